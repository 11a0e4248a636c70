import type { Locale } from '../shared/i18n.js';

/** Dutch (nl). */
export default {
  watch: 'Video',
  playVideo: 'Video afspelen: {title}',
  openVideo: 'Video openen: {title}',
  duration: 'Duur: {duration}',
  untitledVideo: 'Video zonder titel',
  videoUnavailable: 'Deze video kan hier niet worden afgespeeld.',
  videoFailed: 'De video kon niet worden afgespeeld.',
  downloadVideo: 'Videobestand downloaden',
  credit: 'Foto: {credit}',
  pauseRotation: 'Wisselen van afbeeldingen pauzeren',
  playRotation: 'Wisselen van afbeeldingen hervatten',
  imageUnavailable: 'Afbeelding niet beschikbaar',
  by: 'Door {authors}',
  published: 'Gepubliceerd: {date}',
  updated: 'Bijgewerkt: {date}',
  minRead: { one: '{n} min. leestijd', other: '{n} min. leestijd' },
  aboutAuthor: 'Over de auteur',
  email: 'Mail {name}',
  creditBelongs: 'Bron: {source}',
  checkAlso: 'Lees ook',
  readStory: 'Lees het hele artikel',
  loading: 'Artikel laden…',
  storyError: 'Dit artikel kon niet worden geladen.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 202,
} satisfies Locale;
