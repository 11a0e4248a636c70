import type { Locale } from '../shared/i18n.js';

/** Romanian (ro). */
export default {
  watch: 'Video',
  playVideo: 'Redă videoclipul: {title}',
  openVideo: 'Deschide videoclipul: {title}',
  duration: 'Durata: {duration}',
  untitledVideo: 'Videoclip fără titlu',
  videoUnavailable: 'Acest videoclip nu poate fi redat aici.',
  videoFailed: 'Videoclipul nu a putut fi redat.',
  downloadVideo: 'Descarcă fișierul video',
  credit: 'Foto: {credit}',
  pauseRotation: 'Pune pe pauză schimbarea imaginilor',
  playRotation: 'Reia schimbarea imaginilor',
  imageUnavailable: 'Imagine indisponibilă',
  by: 'de {authors}',
  published: 'Publicat: {date}',
  updated: 'Actualizat: {date}',
  minRead: { one: '{n} minut de lectură', few: '{n} minute de lectură', other: '{n} de minute de lectură' },
  aboutAuthor: 'Despre autor',
  email: 'Trimite un e-mail: {name}',
  creditBelongs: 'Sursa: {source}',
  checkAlso: 'Citește și',
  readStory: 'Citește tot articolul',
  loading: 'Se încarcă articolul…',
  storyError: 'Articolul nu a putut fi încărcat.',
} satisfies Locale;
