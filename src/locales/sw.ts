import type { Locale } from '../shared/i18n.js';

/** Swahili (sw). */
export default {
  watch: 'Video',
  playVideo: 'Cheza video: {title}',
  openVideo: 'Fungua video: {title}',
  duration: 'Muda: {duration}',
  untitledVideo: 'Video isiyo na jina',
  videoUnavailable: 'Video hii haiwezi kuchezwa hapa.',
  videoFailed: 'Video haikuweza kuchezwa.',
  downloadVideo: 'Pakua faili la video',
  credit: 'Picha: {credit}',
  pauseRotation: 'Sitisha ubadilishaji wa picha',
  playRotation: 'Endelea na ubadilishaji wa picha',
  imageUnavailable: 'Picha haipatikani',
  by: 'Na {authors}',
  published: 'Imechapishwa {date}',
  updated: 'Imesasishwa {date}',
  minRead: { one: 'Dakika {n} ya kusoma', other: 'Dakika {n} za kusoma' },
  aboutAuthor: 'Kuhusu mwandishi',
  email: 'Mtumie {name} barua pepe',
  creditBelongs: 'Chanzo: {source}',
  checkAlso: 'Soma zaidi',
  readStory: 'Soma habari kamili',
  loading: 'Inapakia habari…',
  storyError: 'Habari hii haikuweza kupakiwa.',
} satisfies Locale;
