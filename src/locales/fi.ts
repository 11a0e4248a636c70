import type { Locale } from '../shared/i18n.js';

/** Finnish (fi). */
export default {
  watch: 'Video',
  playVideo: 'Toista video: {title}',
  openVideo: 'Avaa video: {title}',
  duration: 'Kesto: {duration}',
  untitledVideo: 'Nimetön video',
  videoUnavailable: 'Tätä videota ei voi toistaa tässä.',
  videoFailed: 'Videota ei voitu toistaa.',
  downloadVideo: 'Lataa videotiedosto',
  credit: 'Kuva: {credit}',
  pauseRotation: 'Keskeytä kuvien vaihtuminen',
  playRotation: 'Jatka kuvien vaihtumista',
  imageUnavailable: 'Kuva ei ole saatavilla',
  by: 'Teksti: {authors}',
  published: 'Julkaistu {date}',
  updated: 'Päivitetty {date}',
  minRead: { one: 'Lukuaika {n} min', other: 'Lukuaika {n} min' },
  aboutAuthor: 'Kirjoittajasta',
  email: 'Lähetä sähköpostia: {name}',
  creditBelongs: 'Lähde: {source}',
  checkAlso: 'Lue myös',
  readStory: 'Lue koko juttu',
  loading: 'Juttua ladataan…',
  storyError: 'Juttua ei voitu ladata.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 161,
} satisfies Locale;
