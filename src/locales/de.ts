import type { Locale } from '../shared/i18n.js';

/** German (de). */
export default {
  watch: 'Video',
  playVideo: 'Video abspielen: {title}',
  openVideo: 'Video öffnen: {title}',
  duration: 'Dauer: {duration}',
  untitledVideo: 'Video ohne Titel',
  videoUnavailable: 'Dieses Video kann hier nicht abgespielt werden.',
  videoFailed: 'Das Video konnte nicht abgespielt werden.',
  downloadVideo: 'Videodatei herunterladen',
  credit: 'Foto: {credit}',
  pauseRotation: 'Bildwechsel anhalten',
  playRotation: 'Bildwechsel fortsetzen',
  imageUnavailable: 'Bild nicht verfügbar',
  by: 'Von {authors}',
  published: 'Veröffentlicht: {date}',
  updated: 'Aktualisiert: {date}',
  minRead: { one: '{n} Min. Lesezeit', other: '{n} Min. Lesezeit' },
  aboutAuthor: 'Zur Person',
  email: 'E-Mail an {name}',
  creditBelongs: 'Quelle: {source}',
  checkAlso: 'Mehr zum Thema',
  readStory: 'Ganzen Artikel lesen',
  loading: 'Artikel wird geladen …',
  storyError: 'Dieser Artikel konnte nicht geladen werden.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 179,
} satisfies Locale;
