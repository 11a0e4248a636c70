import type { Locale } from '../shared/i18n.js';

/**
 * English: the language built into the bundle, and the model for every other language.
 * `{name}` marks where a value goes; each string keeps the same placeholder as here.
 */
export default {
  watch: 'Watch',
  playVideo: 'Play video: {title}',
  openVideo: 'Open the video: {title}',
  duration: 'Duration {duration}',
  untitledVideo: 'Untitled video',
  videoUnavailable: 'This video cannot be played here.',
  videoFailed: 'The video could not be played.',
  downloadVideo: 'Download the video file',
  credit: 'Credit: {credit}',
  pauseRotation: 'Pause image rotation',
  playRotation: 'Play image rotation',
  imageUnavailable: 'Image unavailable',
  by: 'By {authors}',
  published: 'Published {date}',
  updated: 'Updated {date}',
  // One form: English says "1 min read" and "5 min read" alike.
  minRead: { other: '{n} min read' },
  aboutAuthor: 'About the author',
  email: 'Email {name}',
  creditBelongs: 'Credit belongs to {source}',
  checkAlso: 'Check also',
  readStory: 'Read the whole story',
  loading: 'Loading story…',
  storyError: 'This story could not be loaded.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 228,
} satisfies Locale;
