// The classes and shared types, with no side effects: importing this module registers nothing.
// Register with `import 'news-embed/define.js'` or `SomeElement.define('my-tag')`.
export { RandomImageElement } from './random-image/random-image.js';
export type {
  RandomImageItem,
  RandomImageSource,
  RandomImageChangeDetail,
  RandomImageChangeReason,
  RandomImageErrorDetail,
  RandomImageMode,
  RandomImagePriority,
} from './random-image/random-image.js';
export { VideoCardElement } from './video-card/video-card.js';
export type { VideoObject, VideoCardPlayDetail, VideoCardErrorDetail, VideoCardErrorReason } from './video-card/video-card.js';
export { NewsArticleElement } from './news-article/news-article.js';
export type { NewsArticleErrorDetail, NewsArticleErrorReason } from './news-article/news-article.js';
export { parseStory, type Story, type StoryBlock, type StoryImage, type StoryProblem } from './story/parse.js';
export { safeUrl, safeSrcset } from './shared/url.js';
export { setNow, now } from './shared/time.js';
export { loadLocale, registerLocale, type Locale, type Plural } from './shared/i18n.js';
