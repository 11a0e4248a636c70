// The classes and shared types, with no side effects: importing this module registers nothing.
// Register with `import 'news-embed/define.js'` or `SomeElement.define('my-tag')`.
export { RandomImageElement } from './random-image/random-image.js';
export { VideoCardElement } from './video-card/video-card.js';
export { NewsArticleElement } from './news-article/news-article.js';
export { checkUrl, safeUrl, type UrlCheck, type UrlReason } from './shared/url.js';
export { type Lang, supportedLangs } from './shared/i18n.js';
