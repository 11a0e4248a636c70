// Turns a schema.org NewsArticle (the project's story format) into the recommended light-DOM embed:
// ordinary semantic HTML inside <news-article>, readable with JavaScript off. Every text is escaped
// and every URL is resolved against the story's own URL and kept only if it is http(s) (or mailto:
// for the author's address), so a pasted snippet cannot carry script.

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const list = (value) => (Array.isArray(value) ? value : value == null ? [] : [value]);

function absolute(url, base, { mailto = false } = {}) {
  if (typeof url !== 'string' || !url.trim()) return '';
  try {
    const parsed = new URL(url.trim(), base);
    const ok = parsed.protocol === 'https:' || parsed.protocol === 'http:' || (mailto && parsed.protocol === 'mailto:');
    return ok && !parsed.username && !parsed.password ? parsed.href : '';
  } catch {
    return '';
  }
}

function imageOf(entry, base) {
  if (typeof entry === 'string') return { src: absolute(entry, base), alt: '' };
  if (!entry || typeof entry !== 'object') return { src: '' };
  return {
    src: absolute(entry.contentUrl ?? entry.url, base),
    alt: entry.description ?? entry.caption ?? entry.name ?? '',
    caption: entry.caption,
    credit: entry.creditText,
    width: Number(entry.width) || undefined,
    height: Number(entry.height) || undefined,
  };
}

const attrs = (pairs) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '' && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');

const img = (image, extra = {}) =>
  `<img${attrs({ src: image.src, alt: image.alt ?? '', width: image.width, height: image.height, ...extra })}>`;

// WordPress's kses (what an Author may post) keeps width/height and these two inline properties:
// the image keeps its aspect ratio and never grows wider than the column, even when the theme has no
// `img { max-width: 100% }`. With the script running, body figures stay in the light DOM, where
// ::slotted() cannot reach `figure > img`, so the rule has to travel with the image.
const FIT = 'max-width:100%;height:auto';
// Collapses an element to nothing with the properties kses allows (it drops display and overflow).
const HIDDEN = 'width:0;height:0;max-width:0;max-height:0;margin:0;padding:0;border:0;font-size:0;line-height:0';

function figure(image, indent) {
  const parts = [image.caption && escapeHtml(image.caption), image.credit && `<small>${escapeHtml(image.credit)}</small>`].filter(Boolean);
  const caption = parts.join(' ');
  return `${indent}<figure>\n${indent}  ${img(image, { loading: 'lazy', style: FIT })}${caption ? `\n${indent}  <figcaption>${caption}</figcaption>` : ''}\n${indent}</figure>`;
}

/** `PT9M34S` → `9:34`; '' when it is not a simple ISO 8601 duration. */
function durationLabel(value) {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(String(value ?? ''));
  if (!match || !(match[1] || match[2] || match[3])) return '';
  const [h, m, sec] = match.slice(1).map((n) => Number(n ?? 0));
  const pad = (n) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`;
}

function videoCard(video, base, indent) {
  if (!video || typeof video !== 'object') return '';
  const thumbnail = list(video.thumbnailUrl)[0];
  const contentUrl = absolute(video.contentUrl, base);
  const embedUrl = absolute(video.embedUrl, base);
  const link = contentUrl || embedUrl;
  // The fallback a reader sees without the script (or once a CMS has removed <video-card>).
  const clock = durationLabel(video.duration);
  const label = `${video.name ?? link}${clock ? ` (${clock})` : ''}`;
  return `${indent}<video-card${attrs({
    name: video.name,
    description: video.description,
    duration: video.duration,
    'upload-date': video.uploadDate,
    thumbnail: absolute(thumbnail, base),
    'content-url': contentUrl,
    'embed-url': embedUrl,
  })}>\n${indent}  <p>${link ? `<a href="${escapeHtml(link)}">${escapeHtml(label)}</a>` : escapeHtml(label)}</p>\n${indent}</video-card>`;
}

// U+2028 LINE SEPARATOR ends a line for JavaScript (ECMAScript "Line Terminators") but not for the
// pattern WordPress's kses splits HTML with (`<!--.*?(-->|$)`, where `.` stops only at \n).
const LS = '\u2028';

/**
 * The text of the early-choice script exactly as the snippet carries it (a CSP hash is computed
 * over these characters): the minified code of dist/early-choice.js between `<!--` and `-->`,
 * each on its own line. A browser runs the code: in a classic script `<!--` and a `-->` that
 * starts a line are one-line comments (ECMAScript Annex B, "HTML-like Comments"). A CMS that
 * strips <script> but keeps HTML comments, as kses does for an Author, sees one single-line
 * comment and keeps it as a comment, so no code is left behind as text.
 * Throws when the code cannot travel this way (a line break, or a sequence that ends the comment
 * or the script early), which the build checks for.
 * @param {string} code
 */
export function earlyChoiceText(code) {
  const text = String(code ?? '').trim();
  if (!text) throw new Error('the early-choice script is empty');
  if (/[\n\r\u2028\u2029]/.test(text)) throw new Error('the early-choice script spans several lines');
  const bad = /-->|<!--|<\/?script/i.exec(text);
  if (bad) throw new Error(`the early-choice script contains "${bad[0]}"`);
  return `<!--${LS}${text}${LS}-->`;
}

/**
 * A CSP nonce as Content Security Policy defines it (`base64-value`: base64 or base64url
 * characters, then at most two `=`).
 * @param {string} value
 */
export const isNonce = (value) => /^[A-Za-z0-9+/_-]+={0,2}$/.test(String(value ?? ''));

/**
 * The early-choice `<script>` (see earlyChoiceText), with `nonce` when one is given (it must pass
 * isNonce; anything else is left out).
 * @param {string} code  the contents of dist/early-choice.js
 * @param {{ nonce?: string }} [options]
 */
export function earlyChoiceTag(code, { nonce } = {}) {
  return `<script${nonceAttr(nonce)}>${earlyChoiceText(code)}</script>`;
}

/** ` nonce="…"` for a valid nonce (see isNonce), else nothing. */
const nonceAttr = (nonce) => (nonce && isNonce(nonce) ? ` nonce="${escapeHtml(nonce)}"` : '');

/**
 * @param {object} story  a schema.org NewsArticle
 * @param {{ base: string, headingLevel?: number, theme?: string, lang?: string, lead?: string, interval?: number, earlyChoice?: { code: string }, nonce?: string }} options
 *   `earlyChoice`: put the early-choice script (the code of dist/early-choice.js) right after the
 *   lead `<random-image>`, so the lead image is chosen and requested before the bundle arrives.
 *   `nonce`: the CSP nonce its script carries (kept only if valid).
 */
export function storyToHtml(story, options) {
  const { base, headingLevel = 2, theme, lead = 'random', interval = 0, earlyChoice, nonce } = options;
  // The story's language travels with the light-DOM copy (which has no JSON-LD to say it): a
  // language chosen in the builder, else the story's inLanguage.
  const inLanguage = list(story.inLanguage)[0];
  const lang = options.lang || (typeof inLanguage === 'object' ? inLanguage?.alternateName : inLanguage) || undefined;
  const level = Math.min(6, Math.max(1, Number(headingLevel) || 2));
  const sub = Math.min(6, level + 1);
  const images = list(story.image).map((entry) => imageOf(entry, base));
  const videos = list(story.video);
  const authors = list(story.author).filter((a) => a && typeof a === 'object');
  const out = [];
  const i1 = '  ';
  const i2 = '    ';

  out.push(`<news-article${attrs({ theme: theme === 'auto' ? undefined : theme, lang, 'heading-level': level === 2 ? undefined : level, lead: lead === 'random' ? undefined : lead })}>`);
  if (story.articleSection) out.push(`${i1}<p slot="kicker">${escapeHtml(list(story.articleSection)[0])}</p>`);
  out.push(`${i1}<h${level} slot="headline">${escapeHtml(story.headline)}</h${level}>`);
  if (story.alternativeHeadline) out.push(`${i1}<p slot="dek">${escapeHtml(story.alternativeHeadline)}</p>`);

  const names = authors.map((a) => escapeHtml(a.name)).filter(Boolean);
  const published = story.datePublished ? `<time datetime="${escapeHtml(story.datePublished)}">${escapeHtml(String(story.datePublished).slice(0, 10))}</time>` : '';
  if (names.length || published) {
    out.push(`${i1}<p slot="byline">${names.length ? `By ${names.join(', ')}` : ''}${names.length && published ? ' · ' : ''}${published}</p>`);
  }

  const usable = images.filter((image) => image.src);
  if (lead !== 'none' && usable.length) {
    const candidates = lead === 'first' ? usable.slice(0, 1) : usable;
    const first = candidates[0];
    const ratio = first.width && first.height ? `${first.width}/${first.height}` : undefined;
    out.push(
      `${i1}<random-image slot="lead"${attrs({ 'aspect-ratio': ratio, interval: interval > 0 ? interval : undefined })}>`,
      // Candidates live in a <template>: inert, so the images not chosen cost nothing (loading=lazy
      // keeps Firefox's speculative parser, which looks inside templates, from fetching them). A CMS
      // that strips <template> leaves its content in the page, so each candidate also collapses to
      // nothing by itself with only what WordPress's kses keeps: a real src (never a broken image),
      // zero size, no margin.
      `${i2}<template>`,
      ...candidates.map(
        (image) =>
          `${i2}  <figure${attrs({ 'data-credit': image.credit, style: HIDDEN })}>${img(image, { loading: 'lazy', style: HIDDEN })}${image.caption ? `<figcaption${attrs({ style: HIDDEN })}>${escapeHtml(image.caption)}</figcaption>` : ''}</figure>`,
      ),
      `${i2}</template>`,
      // Without JavaScript, or once a CMS has stripped <noscript>, the first candidate shows.
      `${i2}<noscript>${img(first, { style: FIT })}</noscript>`,
      `${i1}</random-image>`,
    );
    if (earlyChoice?.code) out.push(`${i1}${earlyChoiceTag(earlyChoice.code, { nonce })}`);
  }

  const blocks = Array.isArray(story.newsEmbedBody)
    ? story.newsEmbedBody
    : String(story.articleBody ?? '')
        .split(/\n\s*\n/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ type: 'paragraph', text }));
  for (const block of blocks) {
    if (!block || typeof block !== 'object') continue;
    if (block.type === 'paragraph') out.push(`${i1}<p>${escapeHtml(block.text)}</p>`);
    else if (block.type === 'heading') out.push(`${i1}<h${sub}>${escapeHtml(block.text)}</h${sub}>`);
    else if (block.type === 'quote') {
      out.push(`${i1}<blockquote><p>${escapeHtml(block.text)}</p>${block.cite ? `<footer>${escapeHtml(block.cite)}</footer>` : ''}</blockquote>`);
    } else if (block.type === 'image' && images[block.image]?.src) out.push(figure(images[block.image], i1));
    else if (block.type === 'video' && videos[block.video]) out.push(videoCard(videos[block.video], base, i1));
  }

  for (const author of authors) {
    const email = absolute(author.email && !String(author.email).startsWith('mailto:') ? `mailto:${author.email}` : author.email, base, { mailto: true });
    out.push(
      `${i1}<aside slot="author">`,
      `${i2}<p><strong>${escapeHtml(author.name)}</strong>${author.jobTitle ? `, ${escapeHtml(author.jobTitle)}` : ''}</p>`,
      ...(author.description ? [`${i2}<p>${escapeHtml(author.description)}</p>`] : []),
      ...(email ? [`${i2}<p><a href="${escapeHtml(email)}">${escapeHtml(email.replace(/^mailto:/, ''))}</a></p>`] : []),
      `${i1}</aside>`,
    );
  }

  const source = list(story.isBasedOn ?? story.sourceOrganization)[0];
  if (source) {
    const url = absolute(typeof source === 'string' ? source : source.url, base);
    const name = typeof source === 'object' ? (source.publisher?.name ?? source.name) : undefined;
    const label = name ?? (url ? new URL(url).hostname : '');
    if (label) out.push(`${i1}<p slot="credit">Credit belongs to ${url ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label)}</p>`);
  }

  const related = [...list(story.relatedLink), ...list(story.citation)]
    .map((entry) => (typeof entry === 'string' ? { url: absolute(entry, base), name: entry } : { url: absolute(entry?.url, base), name: entry?.headline ?? entry?.name ?? entry?.url }))
    .filter((link) => link.name);
  if (related.length) {
    out.push(
      `${i1}<nav slot="related" aria-label="Related">`,
      `${i2}<ul>`,
      ...related.map((link) => `${i2}  <li>${link.url ? `<a href="${escapeHtml(link.url)}">${escapeHtml(link.name)}</a>` : escapeHtml(link.name)}</li>`),
      `${i2}</ul>`,
      `${i1}</nav>`,
    );
  }
  out.push('</news-article>');
  return out.join('\n');
}

/** The story's own web page: `url`, else `mainEntityOfPage` (a URL or a WebPage with `@id`/`url`). */
export function storyPageUrl(story, base) {
  if (!story || typeof story !== 'object') return '';
  const page = story.mainEntityOfPage;
  const candidates = [story.url, typeof page === 'string' ? page : (page?.url ?? page?.['@id'])];
  for (const candidate of candidates) {
    const url = absolute(candidate, base);
    if (url) return url;
  }
  return '';
}

/**
 * The script tag that loads the bundle. `integrity` (Subresource Integrity) belongs only on a URL
 * whose bytes never change, such as a versioned CDN URL: the browser refuses a file that differs.
 * `nonce`, for a page whose Content-Security-Policy allows scripts by nonce (kept only if valid).
 */
export function scriptTag({ bundleUrl, integrity, nonce }) {
  return `<script type="module" src="${escapeHtml(bundleUrl)}"${integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : ''}${nonceAttr(nonce)}></script>`;
}

/** The recommended snippet: script tag + the story as light-DOM HTML. */
export function htmlSnippet(story, options) {
  return `${scriptTag(options)}\n${storyToHtml(story, { ...options, base: options.storyUrl })}`;
}

/**
 * The smallest snippet: script tag + `<news-article src>`. Its child link is what a reader sees while
 * the script is missing, blocked or stripped (a CMS that drops unknown tags keeps the link); once
 * the story renders, the element shows the story instead.
 */
export function srcSnippet(story, options) {
  const { storyUrl, theme, lang, headingLevel = 2, lead = 'random', interval = 0 } = options;
  const page = options.pageUrl || storyPageUrl(story, storyUrl) || storyUrl;
  const headline = story?.headline ? String(story.headline) : '';
  const attributes = attrs({
    src: storyUrl,
    theme: theme === 'auto' ? undefined : theme,
    lang,
    'heading-level': Number(headingLevel) === 2 ? undefined : headingLevel,
    lead: lead === 'random' ? undefined : lead,
    interval: interval > 0 ? interval : undefined,
  });
  const text = headline ? `Read the story: ${escapeHtml(headline)}` : 'Read the story';
  return `${scriptTag(options)}\n<news-article${attributes}>\n  <p><a href="${escapeHtml(page)}">${text}</a></p>\n</news-article>`;
}

/**
 * The iframe snippet, for platforms that allow an iframe but no module script. A block wrapper
 * puts the frame in the content column (an iframe is inline: a theme's auto margins do not centre
 * it). The link inside <iframe> is never shown by a browser (an iframe's children are not
 * rendered) but survives a CMS that strips the iframe. The sizing script is an empty external
 * <script src>: where it is stripped, no code is left behind as text.
 */
export function iframeSnippet(story, options) {
  const { storyUrl, frameUrl, resizeUrl, theme, lang, headingLevel = 2, lead = 'random', interval = 0 } = options;
  const query = new URLSearchParams({ src: storyUrl, theme, lang, lead });
  if (Number(headingLevel) !== 2) query.set('heading-level', String(headingLevel));
  if (interval > 0) query.set('interval', String(interval));
  const page = options.pageUrl || storyPageUrl(story, storyUrl) || storyUrl;
  const headline = story?.headline ? String(story.headline) : '';
  const title = headline ? `Story: ${headline}` : 'News story';
  const text = headline ? `Read the story: ${escapeHtml(headline)}` : 'Read the story';
  return `<div class="news-embed-frame">
  <iframe src="${escapeHtml(`${frameUrl}?${query}`)}" title="${escapeHtml(title)}" width="100%" height="800" style="display:block;width:100%;max-width:100%;border:0"><p><a href="${escapeHtml(page)}">${text}</a></p></iframe>
</div>
<script src="${escapeHtml(resizeUrl)}" async${nonceAttr(options.nonce)}></script>`;
}
