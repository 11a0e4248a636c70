// The response headers a host of the kit should send, in one place: `npm start` sends them, the
// browser suite serves dist/ with exactly these (test/embed/headers.test.ts) and docs/hosting.md
// spells them out for nginx, Apache, Netlify/Cloudflare `_headers` and S3/CloudFront
// (test/node/hosting.test.mjs checks them there, for the example origin EXAMPLE_ORIGIN).
//
// The Content-Security-Policy of the hosted pages allows what the demo story needs: everything from
// the kit's own origin, players from the two video hosts the elements embed, and nothing inline
// except style attributes on the story page (its HTML is the no-JavaScript version of the story, the
// same markup a CMS keeps, sized by `style` attributes). The kit's origin is named as well as
// 'self': WebKit matches 'self' to nothing in a sandboxed frame (an opaque origin), and WordPress
// frames the oEmbed card with sandbox="allow-scripts". A publisher whose stories, images or video
// live on other origins (NEWS_EMBED_ALLOWED_ORIGINS) lists those too.

/** The origin docs/hosting.md writes where a host puts its own. */
export const EXAMPLE_ORIGIN = 'https://news.example.com';

/**
 * @param {string[]} origins  the kit's own origin, then the publisher's other story origins
 */
const policy = (origins) => {
  const sources = ["'self'", ...origins].join(' ');
  return [
    `default-src ${sources}`,
    ...['script-src', 'style-src', 'img-src', 'media-src', 'connect-src'].map((name) => `${name} ${sources}`),
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // Script sinks take only Lit's policy (Chromium enforces Trusted Types; others ignore it).
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ];
};

/**
 * dist/embed.html (the iframe embed and the oEmbed card): framed by any page.
 * @param {string[]} [origins]  the kit's own origin, then the publisher's other story origins
 */
export const frameCsp = (origins = [EXAMPLE_ORIGIN]) => [...policy(origins), 'frame-ancestors *'].join('; ');

/** The story page (dist/story/): not framed by other sites. */
export const storyCsp = (origins = [EXAMPLE_ORIGIN]) => [...policy(origins), "style-src-attr 'unsafe-inline'", "frame-ancestors 'self'"].join('; ');

/** Every response. */
export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/**
 * The headers for a path of the kit as hosted (`/dist/…` or `/news-embed/…`, any prefix).
 * @param {string} path  the URL's path
 * @param {string[]} origins  the kit's own origin, then the publisher's other story origins
 * @returns {Record<string, string>}
 */
export function hostingHeaders(path, origins) {
  const headers = { ...COMMON_HEADERS };
  if (/\/embed\.html$/.test(path)) headers['Content-Security-Policy'] = frameCsp(origins);
  else if (/\/story\/(index\.html)?$/.test(path)) headers['Content-Security-Policy'] = storyCsp(origins);
  // The bundle is loaded by pages on every origin (a module script, so with CORS); a host that
  // sends Cross-Origin-Embedder-Policy needs CORP on it too.
  if (/\.js$/.test(path)) {
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
    headers['Access-Control-Allow-Origin'] = '*';
  }
  // The bundle carries no `sourceMappingURL` comment (bytes on every load); DevTools finds its map
  // from this header (SourceMap, as in the Source Map specification, ECMA-426).
  if (/\/news-embed\.js$/.test(path)) headers.SourceMap = 'news-embed.js.map';
  // Stories are fetched from other origins (and from WordPress's sandboxed frames, origin "null").
  if (/\.json(ld)?$/.test(path)) headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}
