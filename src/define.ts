// Registers all three elements under their default tags: the entry of dist/news-embed.js.
export * from './random-image/define.js';
export * from './video-card/define.js';
export * from './news-article/define.js';
// Lets a page that loads only the bundle freeze "now" for tests and screenshots.
export { setNow } from './shared/time.js';
