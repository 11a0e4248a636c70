/**
 * The iframe embed (`dist/embed.html?src=…`): for platforms that accept an iframe but not a
 * script, and the frame of the oEmbed card. It renders one story full width from the query string
 * (`layout=card` and `href` for the card) and tells the parent page its height:
 * - `postMessage({ type: 'news-embed:resize', height }, '*')`, read by `embed-resize.js`;
 * - WordPress's embed protocol when the URL's hash carries a secret (`#?secret=…`, added by
 *   WordPress to the frames of oEmbed providers it does not trust): `{ message: 'height', value,
 *   secret }` at once, on load, on every resize and when the parent says `ready`; a click on a link
 *   to this host becomes `{ message: 'link', value, secret }`, since the sandboxed frame may not
 *   navigate the top window itself (wp-includes/js/wp-embed.js follows it).
 * The height is not secret, so any parent may read it; the parent checks the message's source.
 */
// The element's types (HTMLElementTagNameMap, its events); erased from the output: the page loads the bundle itself.
import type {} from '../src/index.js';

const params = new URLSearchParams(location.search);
const article = document.createElement('news-article');

// This page carries its publisher's name, so it renders only the publisher's stories: those on its
// own origin and on the origins the build listed in <meta name="news-embed-allowed-origins">
// (NEWS_EMBED_ALLOWED_ORIGINS; see docs/security.md). `location.origin` is this URL's origin even
// in a sandboxed frame, whose document origin is "null".
const origins = new Set([location.origin, ...(document.querySelector<HTMLMetaElement>('meta[name=news-embed-allowed-origins]')?.content.split(/\s+/) ?? [])]);

/**
 * `value` as an absolute URL when it is http(s), carries no credentials and is on an allowed
 * origin. The URL parser does what a fetch would (it drops tabs and newlines, reads `\` as `/`,
 * resolves `//host` and relative paths, turns Unicode hosts into Punycode), and the element is then
 * given the parsed URL, so what is checked is exactly what is fetched or linked.
 */
const allowedUrl = (value: string | null | undefined) => {
  try {
    const url = new URL(value!, location.href);
    if (value && /^https?:$/.test(url.protocol) && !url.username && !url.password && origins.has(url.origin)) return url.href;
  } catch {
    // Not a URL: refused.
  }
  return undefined;
};

const src = allowedUrl(params.get('src'));
if (src) article.setAttribute('src', src);
else {
  // Refused: nothing is fetched, and nothing of the refused URL is shown.
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = 'This story is not available here.';
  article.append(message);
}

// The card's link: an allowed `href`, else (once the story is in) the story's own url when it is
// allowed, else none (an empty `href` makes no link).
const href = allowedUrl(params.get('href'));
article.setAttribute('href', href ?? '');
if (!href) {
  article.addEventListener('news-article-load', ({ detail }) => {
    const own = allowedUrl(detail.url);
    if (own) article.href = own;
  });
}

const allowed: Record<string, RegExp> = {
  theme: /^(light|dark|auto)$/,
  lang: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
  'heading-level': /^[1-6]$/,
  lead: /^(random|first|none)$/,
  interval: /^\d{1,4}$/,
  layout: /^(card|full)$/,
};
for (const [name, pattern] of Object.entries(allowed)) {
  const value = params.get(name);
  if (value !== null && pattern.test(value)) {
    if (name === 'lang') document.documentElement.lang = value;
    else article.setAttribute(name, value);
  }
}
// The card's look (embed-frame.css) reaches into the lead <random-image>'s own parts: its caption
// and credit become parts of the story (`lead-caption`, `lead-credit`) once the lead exists.
if (article.getAttribute('layout') === 'card') {
  article.addEventListener('news-article-load', () =>
    article.shadowRoot?.querySelector('random-image')?.setAttribute('exportparts', 'caption:lead-caption,credit:lead-credit'),
  );
}
document.body.append(article);
if (!src) {
  const message = 'src refused: not on an allowed origin (see news-embed-allowed-origins in embed.html)';
  console.warn('news-embed: <news-article> ' + message);
  article.dispatchEvent(new CustomEvent('news-article-error', { detail: { reason: 'refused', message }, bubbles: true, composed: true }));
}

// WordPress's secret: letters and digits only (wp-embed.js ignores anything else).
const secret = /[#&?]secret=([a-zA-Z0-9]+)/.exec(location.hash)?.[1];

let last = -1;
const report = (force = false) => {
  if (parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last && !force) return;
  last = height;
  parent.postMessage({ type: 'news-embed:resize', height }, '*');
  if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
};
report(true);
addEventListener('load', () => report(true));
new ResizeObserver(() => report()).observe(document.documentElement);
addEventListener('message', (event) => {
  if (event.source !== parent) return;
  const data = event.data as { type?: string; message?: string; secret?: string } | null;
  if (data?.type === 'news-embed:ready' || (secret && data?.message === 'ready' && data.secret === secret)) report(true);
});

if (secret) {
  addEventListener('click', (event) => {
    // The story renders in shadow DOM: the composed path holds the link that was clicked.
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (!link || event.defaultPrevented) return;
    const target = new URL(link.href);
    if (target.host !== location.host || !/^https?:$/.test(target.protocol)) return;
    event.preventDefault();
    parent.postMessage({ message: 'link', value: target.href, secret }, '*');
  });
}
