/**
 * The iframe embed (`dist/embed.html?src=…`): for platforms that accept an iframe but not a
 * script. It renders one story full width from the query string and tells the parent page its
 * height with `postMessage({ type: 'news-embed:resize', height }, '*')` whenever the height changes.
 * The height is not secret, so any parent may read it; the parent's listener checks that the
 * message comes from this iframe's origin and window.
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
};
for (const [name, pattern] of Object.entries(allowed)) {
  const value = params.get(name);
  if (value !== null && pattern.test(value)) {
    if (name === 'lang') document.documentElement.lang = value;
    else article.setAttribute(name, value);
  }
}
document.body.append(article);

let last = -1;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'news-embed:resize', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
