// The elements' style sheets first: side by side in the bundle, they compress as one text.
import './shared/styles.js';
import './random-image/random-image.styles.js';
import './video-card/video-card.styles.js';
import './news-article/news-article.styles.js';
// Registers all three elements under their default tags: the entry of dist/news-embed.js.
export * from './random-image/define.js';
export * from './video-card/define.js';
export * from './news-article/define.js';
// Lets a page that loads only the bundle freeze "now" for tests and screenshots, and add a
// language or correct strings. (A page's own language starts loading as the elements upgrade, in
// their first update, a microtask after this module runs.)
export { setNow } from './shared/time.js';
export { registerLocale } from './shared/i18n.js';
