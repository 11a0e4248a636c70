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
const params = new URLSearchParams(location.search);
const article = document.createElement('news-article');

// <news-article> checks the URL against its policy and shows an error box when it is refused.
article.setAttribute('src', params.get('src') ?? '');

const allowed: Record<string, RegExp> = {
  theme: /^(light|dark|auto)$/,
  lang: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
  'heading-level': /^[1-6]$/,
  lead: /^(random|first|none)$/,
  interval: /^\d{1,4}$/,
  layout: /^(card|full)$/,
  href: /^https?:\/\//,
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
