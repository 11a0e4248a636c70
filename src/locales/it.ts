import type { Locale } from '../shared/i18n.js';

/** Italian (it). */
export default {
  watch: 'Video',
  playVideo: 'Riproduci il video: {title}',
  openVideo: 'Apri il video: {title}',
  duration: 'Durata: {duration}',
  untitledVideo: 'Video senza titolo',
  videoUnavailable: 'Questo video non può essere riprodotto qui.',
  videoFailed: 'Non è stato possibile riprodurre il video.',
  downloadVideo: 'Scarica il file video',
  credit: 'Foto: {credit}',
  pauseRotation: 'Metti in pausa la rotazione delle immagini',
  playRotation: 'Riprendi la rotazione delle immagini',
  imageUnavailable: 'Immagine non disponibile',
  by: 'di {authors}',
  published: 'Pubblicato: {date}',
  updated: 'Aggiornato: {date}',
  minRead: { one: '{n} min di lettura', many: '{n} min di lettura', other: '{n} min di lettura' },
  aboutAuthor: 'Chi scrive',
  email: 'Scrivi a {name}',
  creditBelongs: 'Fonte: {source}',
  checkAlso: 'Leggi anche',
  readStory: 'Leggi l’articolo completo',
  loading: 'Caricamento dell’articolo…',
  storyError: 'Impossibile caricare questo articolo.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 188,
} satisfies Locale;
