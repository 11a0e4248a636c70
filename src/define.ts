// The elements' style sheets first: side by side in the bundle, they compress as one text.
import './shared/styles.js';
import './random-image/random-image.styles.js';
import './video-card/video-card.styles.js';
import './news-article/news-article.styles.js';
import { RandomImageElement } from './random-image/random-image.js';
import { VideoCardElement } from './video-card/video-card.js';
import { NewsArticleElement } from './news-article/news-article.js';

// Registers all three elements under their default tags: the entry of dist/news-embed.js. The lead
// image and the story first, in the task that evaluates the bundle; video cards in a task of their
// own, so the host page can handle input and paint between the two (HTML: a task per timer).
RandomImageElement.define();
NewsArticleElement.define();
await new Promise((go) => setTimeout(go));
VideoCardElement.define();

export { RandomImageElement, VideoCardElement, NewsArticleElement };
// Lets a page that loads only the bundle freeze "now" for tests and screenshots, and add a
// language or correct strings. (A page's own language starts loading as the elements upgrade, in
// their first update, a microtask after this module runs.)
export { setNow } from './shared/time.js';
export { registerLocale } from './shared/i18n.js';
