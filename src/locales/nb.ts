import type { Locale } from '../shared/i18n.js';

/** Norwegian Bokmål (nb). */
export default {
  watch: 'Video',
  playVideo: 'Spill av videoen: {title}',
  openVideo: 'Åpne videoen: {title}',
  duration: 'Varighet: {duration}',
  untitledVideo: 'Video uten tittel',
  videoUnavailable: 'Denne videoen kan ikke spilles av her.',
  videoFailed: 'Videoen kunne ikke spilles av.',
  downloadVideo: 'Last ned videofilen',
  credit: 'Foto: {credit}',
  pauseRotation: 'Sett bildevekslingen på pause',
  playRotation: 'Fortsett bildevekslingen',
  imageUnavailable: 'Bildet er ikke tilgjengelig',
  by: 'Av {authors}',
  published: 'Publisert {date}',
  updated: 'Oppdatert {date}',
  minRead: { one: 'Lesetid {n} min', other: 'Lesetid {n} min' },
  aboutAuthor: 'Om skribenten',
  email: 'Send e-post til {name}',
  creditBelongs: 'Kilde: {source}',
  checkAlso: 'Les også',
  readStory: 'Les hele saken',
  loading: 'Laster inn saken…',
  storyError: 'Saken kunne ikke lastes inn.',
} satisfies Locale;
