// Types for `news-embed/bundle` (dist/news-embed.js): the self-contained bundle registers the three
// elements and exports what `news-embed/define.js` exports.
export * from '../dist/define.js';
