import type { Locale } from '../shared/i18n.js';

/** Polish (pl). */
export default {
  watch: 'Wideo',
  playVideo: 'Odtwórz wideo: {title}',
  openVideo: 'Otwórz wideo: {title}',
  duration: 'Czas trwania: {duration}',
  untitledVideo: 'Wideo bez tytułu',
  videoUnavailable: 'Tego wideo nie można tu odtworzyć.',
  videoFailed: 'Nie udało się odtworzyć wideo.',
  downloadVideo: 'Pobierz plik wideo',
  credit: 'Fot. {credit}',
  pauseRotation: 'Wstrzymaj zmianę zdjęć',
  playRotation: 'Wznów zmianę zdjęć',
  imageUnavailable: 'Zdjęcie niedostępne',
  by: 'Autor: {authors}',
  published: 'Opublikowano: {date}',
  updated: 'Zaktualizowano: {date}',
  minRead: {
    one: '{n} minuta czytania',
    few: '{n} minuty czytania',
    many: '{n} minut czytania',
    other: '{n} minuty czytania',
  },
  aboutAuthor: 'O autorze',
  email: 'Napisz e-mail: {name}',
  creditBelongs: 'Źródło: {source}',
  checkAlso: 'Czytaj także',
  readStory: 'Czytaj cały artykuł',
  loading: 'Wczytywanie artykułu…',
  storyError: 'Nie udało się wczytać tego artykułu.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 166,
} satisfies Locale;
