import type { Locale } from '../shared/i18n.js';

/** Swedish (sv). */
export default {
  watch: 'Video',
  playVideo: 'Spela upp videon: {title}',
  openVideo: 'Öppna videon: {title}',
  duration: 'Längd: {duration}',
  untitledVideo: 'Video utan titel',
  videoUnavailable: 'Den här videon kan inte spelas upp här.',
  videoFailed: 'Videon kunde inte spelas upp.',
  downloadVideo: 'Ladda ner videofilen',
  credit: 'Foto: {credit}',
  pauseRotation: 'Pausa bildväxlingen',
  playRotation: 'Återuppta bildväxlingen',
  imageUnavailable: 'Bilden är inte tillgänglig',
  by: 'Av {authors}',
  published: 'Publicerad {date}',
  updated: 'Uppdaterad {date}',
  minRead: { one: 'Lästid {n} min', other: 'Lästid {n} min' },
  aboutAuthor: 'Om skribenten',
  email: 'Mejla {name}',
  creditBelongs: 'Källa: {source}',
  checkAlso: 'Läs också',
  readStory: 'Läs hela artikeln',
  loading: 'Laddar artikeln…',
  storyError: 'Artikeln kunde inte laddas.',
} satisfies Locale;
