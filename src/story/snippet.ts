/**
 * The embed snippets bloggers paste (`news-embed/snippet`), written from the story model that
 * `parseStory` reads, so a snippet shows what `<news-article>` shows for the same JSON-LD: the
 * same headline, byline, dates, paragraphs, captions and videos, from real-world stories as well
 * (WordPress `@graph`s, HTML bodies, one-line bodies).
 *
 * - `storyToHtml`: the recommended light-DOM embed, ordinary semantic HTML inside `<news-article>`,
 *   readable with JavaScript off and after a CMS has stripped scripts and custom tags;
 * - `htmlSnippet`, `srcSnippet`, `iframeSnippet`: the three snippets of the embed builder;
 * - `earlyChoiceText`, `earlyChoiceTag`, `isNonce`, `scriptTag`, `storyPageUrl`: their parts.
 *
 * Every text is escaped. Every URL in a `Story` already passed the URL policy and is resolved
 * against the story file's URL (give `parseStory` that URL as its base), so a snippet cannot carry
 * script. This module is not part of the bundle (`dist/news-embed.js`): it runs in the builder's
 * page, in Node (the story page and oEmbed, `news-embed/oembed`) and in tests.
 */
import { parseDuration, formatDuration } from '../shared/duration.js';
import { localeOf } from '../shared/i18n.js';
import { formatDate } from '../shared/time.js';
import type { Story, StoryBlock, StoryDate, StoryImage, StoryLink } from './model.js';

export { parseStory } from './parse.js';
export type { Story } from './model.js';

/** How the story element is set up (its attributes). */
export interface EmbedOptions {
  /** `light`, `dark` or `auto`; `auto` and unset write no attribute (the element's default). */
  theme?: string;
  /** The story's language, when it should differ from the story's own `inLanguage`. */
  lang?: string;
  /** The headline's level, 1–6 (2 by default). */
  headingLevel?: number;
  /** `random` (default), `first` or `none`. */
  lead?: string;
  /** Seconds between lead images; 0 (default) does not rotate. */
  interval?: number;
}

export interface StoryHtmlOptions extends EmbedOptions {
  /**
   * The early-choice script (`code`: the contents of dist/early-choice.js), put right after the
   * lead `<random-image>` so the lead image is chosen and requested before the bundle arrives.
   */
  earlyChoice?: { code: string };
  /** The CSP nonce the early-choice script carries (kept only if valid: see `isNonce`). */
  nonce?: string;
}

export interface ScriptOptions {
  /** Where the snippet loads the bundle (dist/news-embed.js) from. */
  bundleUrl: string;
  /** Subresource Integrity of the bundle: only for a URL whose bytes never change (a versioned CDN URL). */
  integrity?: string;
  /** The CSP nonce the script carries (kept only if valid). */
  nonce?: string;
}

export interface SnippetOptions extends StoryHtmlOptions, ScriptOptions {
  /** The story file (JSON-LD) the `src` and iframe snippets load. */
  storyUrl: string;
  /** The story's own page, for the links a reader sees without the script; else the story's `url`, else `storyUrl`. */
  pageUrl?: string;
}

export interface IframeSnippetOptions extends SnippetOptions {
  /** The hosted frame page (dist/embed.html). */
  frameUrl: string;
  /** The frame-sizing script (dist/embed-resize.js). */
  resizeUrl: string;
}

type Attributes = Record<string, string | number | boolean | undefined | null>;

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const attrs = (pairs: Attributes) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '' && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');

/** An `<a>` when there is a URL, else the text. */
const linkHtml = ({ url, text }: StoryLink) => (url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text));

/** The element's attributes for `options` (defaults written as no attribute). */
const embedAttributes = ({ theme, lang, headingLevel = 2, lead = 'random', interval = 0 }: EmbedOptions): Attributes => ({
  theme: theme === 'auto' ? undefined : theme,
  lang,
  'heading-level': Number(headingLevel) === 2 ? undefined : headingLevel,
  lead: lead === 'random' ? undefined : lead,
  interval: interval > 0 ? interval : undefined,
});

const img = (image: StoryImage, extra: Attributes = {}) =>
  `<img${attrs({ src: image.src, alt: image.alt, width: image.width, height: image.height, ...extra })}>`;

// WordPress's kses (what an Author may post) keeps width/height and these two inline properties:
// the image keeps its aspect ratio and never grows wider than the column, even when the theme has no
// `img { max-width: 100% }`. With the script running, body figures stay in the light DOM, where
// ::slotted() cannot reach `figure > img`, so the rule has to travel with the image.
const FIT = 'max-width:100%;height:auto';
// Collapses an element to nothing with the properties kses allows (it drops display and overflow).
const HIDDEN = 'width:0;height:0;max-width:0;max-height:0;margin:0;padding:0;border:0;font-size:0;line-height:0';

/** A body figure: the image, then its caption and credit as `<news-article>` shows them. */
function figure(image: StoryImage, indent: string) {
  const caption = [image.caption && escapeHtml(image.caption), image.credit && `<small>${escapeHtml(image.credit)}</small>`].filter(Boolean).join(' ');
  return `${indent}<figure>\n${indent}  ${img(image, { loading: 'lazy', style: FIT })}${caption ? `\n${indent}  <figcaption>${caption}</figcaption>` : ''}\n${indent}</figure>`;
}

const str = (value: unknown) => (typeof value == 'string' && value ? value : undefined);

/**
 * A body video: `<video-card>` with the video's attributes, and inside it the fallback a reader
 * sees without the script (or once a CMS has removed `<video-card>`): a link to the video with
 * its length, in the clock form `<video-card>` shows (`9:34`).
 */
function videoCard(video: Record<string, unknown>, indent: string) {
  const thumbnail = [video.thumbnailUrl].flat()[0];
  const contentUrl = str(video.contentUrl);
  const embedUrl = str(video.embedUrl);
  // The page of a player the card cannot embed (parseStory sets it to the player otherwise).
  const link = contentUrl ?? str(video.url) ?? embedUrl;
  const seconds = parseDuration(video.duration);
  const name = str(video.name);
  const label = `${name ?? link ?? ''}${seconds != null ? ` (${formatDuration(seconds)})` : ''}`;
  return `${indent}<video-card${attrs({
    name,
    description: str(video.description),
    duration: str(video.duration),
    'upload-date': str(video.uploadDate),
    thumbnail: str(thumbnail),
    'content-url': contentUrl,
    'embed-url': embedUrl,
  })}>\n${indent}  <p>${link ? linkHtml({ url: link, text: label }) : escapeHtml(label)}</p>\n${indent}</video-card>`;
}

/** One body block, as `<news-article>` renders it; section headings at `sub`. */
function block(item: StoryBlock, sub: number, indent: string) {
  if (item.type == 'image') return figure(item.image, indent);
  if (item.type == 'video') return videoCard(item.video, indent);
  if (item.type == 'heading') return `${indent}<h${sub}>${escapeHtml(item.text)}</h${sub}>`;
  if (item.type == 'quote') return `${indent}<blockquote><p>${escapeHtml(item.text)}</p>${item.cite ? `<footer>— ${escapeHtml(item.cite)}</footer>` : ''}</blockquote>`;
  return `${indent}<p>${escapeHtml(item.text)}</p>`;
}

/** A date as `<news-article>` shows a story's date older than a week: in the story's language. */
const time = (date: StoryDate, lang?: string) =>
  `<time datetime="${escapeHtml(date.iso)}">${escapeHtml(formatDate(date, localeOf(lang || 'en')))}</time>`;

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
 */
export function earlyChoiceText(code: string): string {
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
 */
export const isNonce = (value: unknown): boolean => /^[A-Za-z0-9+/_-]+={0,2}$/.test(String(value ?? ''));

/** ` nonce="…"` for a valid nonce (see isNonce), else nothing. */
const nonceAttr = (nonce?: string) => (nonce && isNonce(nonce) ? ` nonce="${escapeHtml(nonce)}"` : '');

/**
 * The early-choice `<script>` (see earlyChoiceText), with `nonce` when one is given (it must pass
 * isNonce; anything else is left out).
 * @param code  the contents of dist/early-choice.js
 */
export function earlyChoiceTag(code: string, { nonce }: { nonce?: string } = {}): string {
  return `<script${nonceAttr(nonce)}>${earlyChoiceText(code)}</script>`;
}

/**
 * The story as light-DOM HTML inside `<news-article>`: what the element shows for the same story,
 * as ordinary semantic HTML in its slots.
 */
export function storyToHtml(story: Story, options: StoryHtmlOptions = {}): string {
  const { lead = 'random', interval = 0, earlyChoice, nonce } = options;
  // The story's language travels with the light-DOM copy (which has no JSON-LD to say it): a
  // language chosen in the builder, else the story's inLanguage.
  const lang = options.lang || story.lang;
  const level = Math.min(6, Math.max(1, Math.trunc(Number(options.headingLevel)) || 2));
  const sub = Math.min(6, level + 1);
  const out: string[] = [];
  const i1 = '  ';
  const i2 = '    ';

  // (The lead's interval goes on its <random-image>.)
  out.push(`<news-article${attrs(embedAttributes({ ...options, lang, headingLevel: level, interval: 0 }))}>`);
  if (story.kicker) out.push(`${i1}<p slot="kicker">${escapeHtml(story.kicker)}</p>`);
  if (story.headline) out.push(`${i1}<h${level} slot="headline">${escapeHtml(story.headline)}</h${level}>`);
  if (story.dek) out.push(`${i1}<p slot="dek">${escapeHtml(story.dek)}</p>`);

  // The byline as the element writes it: authors (each a link when they have a page), the
  // publisher, the dates ("Updated" only when it differs).
  const { authors, published, modified } = story;
  const byline = [
    authors.length ? `By ${authors.map((author) => linkHtml({ text: author.name, url: author.url }) + (author.jobTitle ? ` (${escapeHtml(author.jobTitle)})` : '')).join(', ')}` : '',
    story.publisher ? escapeHtml(story.publisher) : '',
    published ? time(published, lang) : '',
    modified && modified.date.getTime() != published?.date.getTime() ? `Updated ${time(modified, lang)}` : '',
  ].filter(Boolean);
  if (byline.length) out.push(`${i1}<p slot="byline">${byline.join(' · ')}</p>`);

  const { images } = story;
  if (lead !== 'none' && images.length) {
    const candidates = lead === 'first' ? images.slice(0, 1) : images;
    const first = candidates[0]!;
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

  for (const item of story.body) out.push(block(item, sub, i1));

  // The author bio, for the authors the element shows one for.
  for (const author of authors.filter((a) => a.description || a.email || a.jobTitle)) {
    out.push(
      `${i1}<aside slot="author">`,
      `${i2}<p><strong>${escapeHtml(author.name)}</strong>${author.jobTitle ? `, ${escapeHtml(author.jobTitle)}` : ''}</p>`,
      ...(author.description ? [`${i2}<p>${escapeHtml(author.description)}</p>`] : []),
      ...(author.email ? [`${i2}<p>${linkHtml({ url: author.email, text: author.email.replace(/^mailto:/, '') })}</p>`] : []),
      `${i1}</aside>`,
    );
  }

  if (story.credit) out.push(`${i1}<p slot="credit">Credit belongs to ${linkHtml(story.credit)}</p>`);

  if (story.related.length) {
    out.push(
      `${i1}<nav slot="related" aria-label="Related">`,
      `${i2}<ul>`,
      ...story.related.map((item) => `${i2}  <li>${linkHtml(item)}</li>`),
      `${i2}</ul>`,
      `${i1}</nav>`,
    );
  }
  out.push('</news-article>');
  return out.join('\n');
}

/** The story's own web page (`url`, else `mainEntityOfPage`, as parseStory read it), or ''. */
export function storyPageUrl(story: Story | undefined): string {
  return story?.url ?? '';
}

/**
 * The script tag that loads the bundle. `integrity` (Subresource Integrity) belongs only on a URL
 * whose bytes never change, such as a versioned CDN URL: the browser refuses a file that differs.
 * `nonce`, for a page whose Content-Security-Policy allows scripts by nonce (kept only if valid).
 */
export function scriptTag({ bundleUrl, integrity, nonce }: ScriptOptions): string {
  return `<script type="module" src="${escapeHtml(bundleUrl)}"${integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : ''}${nonceAttr(nonce)}></script>`;
}

/** The recommended snippet: script tag + the story as light-DOM HTML. */
export function htmlSnippet(story: Story, options: SnippetOptions): string {
  return `${scriptTag(options)}\n${storyToHtml(story, options)}`;
}

/** "Read the story: <headline>", the link a reader sees where the script or the frame is missing. */
const readLink = (story: Story | undefined, options: SnippetOptions) => {
  const page = options.pageUrl || storyPageUrl(story) || options.storyUrl;
  return `<p><a href="${escapeHtml(page)}">${story?.headline ? `Read the story: ${escapeHtml(story.headline)}` : 'Read the story'}</a></p>`;
};

/**
 * The smallest snippet: script tag + `<news-article src>`. Its child link is what a reader sees while
 * the script is missing, blocked or stripped (a CMS that drops unknown tags keeps the link); once
 * the story renders, the element shows the story instead.
 */
export function srcSnippet(story: Story | undefined, options: SnippetOptions): string {
  return `${scriptTag(options)}\n<news-article${attrs({ src: options.storyUrl, ...embedAttributes(options) })}>\n  ${readLink(story, options)}\n</news-article>`;
}

/**
 * The iframe snippet, for platforms that allow an iframe but no module script. A block wrapper
 * puts the frame in the content column (an iframe is inline: a theme's auto margins do not centre
 * it). The link inside <iframe> is never shown by a browser (an iframe's children are not
 * rendered) but survives a CMS that strips the iframe. The sizing script is an empty external
 * <script src>: where it is stripped, no code is left behind as text.
 */
export function iframeSnippet(story: Story | undefined, options: IframeSnippetOptions): string {
  const { storyUrl, frameUrl, resizeUrl, theme, lang, headingLevel = 2, lead = 'random', interval = 0 } = options;
  const query = new URLSearchParams({ src: storyUrl, ...(theme && { theme }), ...(lang && { lang }), lead });
  if (Number(headingLevel) !== 2) query.set('heading-level', String(headingLevel));
  if (interval > 0) query.set('interval', String(interval));
  const title = story?.headline ? `Story: ${story.headline}` : 'News story';
  return `<div class="news-embed-frame">
  <iframe src="${escapeHtml(`${frameUrl}?${query}`)}" title="${escapeHtml(title)}" width="100%" height="800" style="display:block;width:100%;max-width:100%;border:0">${readLink(story, options)}</iframe>
</div>
<script src="${escapeHtml(resizeUrl)}" async${nonceAttr(options.nonce)}></script>`;
}
