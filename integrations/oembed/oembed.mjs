// oEmbed for news-embed stories (https://oembed.com/, "rich" type), with no dependency: used by the
// build (static files), by `npm start`'s server (answers honouring maxwidth/maxheight) and by any
// Node server (see docs/hosting.md).
//
// The answer's HTML is a <blockquote> with a link (what a consumer shows when it keeps no iframe)
// and an <iframe> of the story card. WordPress keeps exactly those two for a provider it does not
// trust, sandboxes the frame, and sizes it from the frame's `height` message, at most 1,000 px:
// hence a card (kicker, headline, dek, lead image, byline, link) rather than the whole story. Most
// other consumers (Ghost among them) frame it at the answer's height and never resize it: the
// card's height follows from its width (cardHeight), so the answer's height is right.
//
// Every function takes the story as its JSON-LD and reads it with the package's one reader
// (`parseStory`, through dist/story/snippet.js: `npm run build` makes it), so the card, the answer
// and the story page say what <news-article> shows, for WordPress `@graph`s as for textbook stories.
import { parseStory, storyToHtml } from '../../dist/story/snippet.js';
import { allowedUrl } from './origins.mjs';

export { allowedOriginsOf, allowedUrl, parseAllowedOrigins, withAllowedOrigins } from './origins.mjs';

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const first = (value) => (Array.isArray(value) ? value[0] : value);

/** The default width of the card, and the widest it is offered. */
export const CARD_WIDTH = 600;
const MAX_WIDTH = 800;
// WordPress caps an untrusted provider's frame here (wp-includes/js/wp-embed.js).
const MAX_HEIGHT = 1000;

const positive = (value) => {
  const number = Math.floor(Number(value));
  return Number.isFinite(number) && number > 0 ? number : undefined;
};

/**
 * The URL of the framed card: the iframe embed page in card layout, its link to the story page.
 * @param {{ frameUrl: string, storyUrl: string, pageUrl: string, lang?: string }} options
 */
export function cardFrameUrl({ frameUrl, storyUrl, pageUrl, lang, lead = 'first' }) {
  // No `lang` unless asked for: the story's own language (its inLanguage) decides the card's.
  const query = new URLSearchParams({ src: storyUrl, layout: 'card', href: pageUrl, ...(lang && { lang }), theme: 'auto', lead });
  return `${frameUrl}?${query}`;
}

// Stories read, by JSON-LD object and base URL: one answer reads its story once.
const read = new WeakMap();
const EMPTY = { authors: [], images: [], body: [], related: [], words: 0, chars: 0 };

/**
 * The story model of `story` (JSON-LD), its URLs resolved against `base` (the story file's URL);
 * a story parseStory cannot show reads as an empty one.
 * @param {object} story
 * @param {string} [base]
 */
function modelOf(story, base) {
  if (!story || typeof story !== 'object') return EMPTY;
  const key = String(base ?? '');
  const byBase = read.get(story) ?? new Map();
  read.set(story, byBase);
  if (!byBase.has(key)) byBase.set(key, parseStory(story, base || undefined).story ?? EMPTY);
  return byBase.get(key);
}

/**
 * The height in CSS px of the card frame (dist/embed.html, layout=card) `width` px wide, from the
 * fixed heights of embed-frame.css, in px of the frame's 16 px root: the body's 1 px padding top
 * and bottom, the card's 1em padding, then its blocks 0.75em apart: kicker (one line of 0.8em at
 * 1.55), headline (three lines of clamp(22px, 16px + 2vw, 32px) at 1.15), dek (two lines of
 * 1.15em at 1.55), byline (two lines of 0.875em at 1.55), the first image at 16:9 across the
 * card with its credit on one line (0.85em at 1.55, 0.5em below the image), "Read the whole
 * story" (one line). Blocks the story lacks take no room. `lead: false` leaves the image out.
 * @param {object} story  a schema.org NewsArticle
 * @param {number} width
 * @param {{ lead?: boolean }} [options]
 */
export function cardHeight(story, width, { lead = true } = {}) {
  const rem = 16;
  const blocks = [3 * 1.15 * Math.min(Math.max(1.375 * rem, rem + 0.02 * width), 2 * rem), 2 * 1.55 * 0.875 * rem, 1.55 * rem];
  const { kicker, dek, images } = modelOf(story);
  if (kicker) blocks.push(1.55 * 0.8 * rem);
  if (dek) blocks.push(2 * 1.55 * 1.15 * rem);
  const image = images[0];
  if (lead && image) {
    const { caption, credit } = image;
    blocks.push(((width - 2 * rem) * 9) / 16 + (caption || credit ? 0.5 * rem : 0) + (credit ? 0.85 * 1.55 * rem : 0));
  }
  return Math.ceil(2 + 2 * rem + blocks.reduce((a, b) => a + b) + 0.75 * rem * (blocks.length - 1));
}

/**
 * The frame's height and lead for a consumer's `maxheight` (oEmbed §2.2: the answer never exceeds
 * it). Given less room than the whole card, the lead image gives it up (the card's other blocks
 * keep their heights); past two thirds of the image, the card goes without it.
 * @param {object} story
 * @param {number} width
 * @param {number} [maxheight]
 */
export function cardFit(story, width, maxheight = MAX_HEIGHT) {
  const room = Math.min(maxheight, MAX_HEIGHT);
  const full = cardHeight(story, width);
  const bare = cardHeight(story, width, { lead: false });
  if (full <= room || room >= full - ((full - bare) * 2) / 3) return { height: Math.min(full, room), lead: 'first' };
  return { height: Math.min(bare, room), lead: 'none' };
}

/**
 * What a consumer shows of the answer's HTML. The <blockquote> (headline link, dek, publisher) is
 * what a reader sees where the frame is dropped; where the consumer keeps styles, it sits under
 * the frame in one grid cell and the opaque frame covers it. WordPress keeps only the blockquote
 * (with its link, as text otherwise) and the frame of an untrusted provider, and shows the
 * frame instead of the blockquote once the frame reports its height.
 */
export function cardHtml(story, { pageUrl, src, height }) {
  const { headline = 'Story', dek, publisher } = modelOf(story);
  return (
    `<div class="news-embed-card" style="display:grid">` +
    // Spaces between the paragraphs: WordPress keeps only the link's tag, and the text still reads.
    `<blockquote style="grid-area:1/1;margin:0"><p><a href="${escapeHtml(pageUrl)}">${escapeHtml(headline)}</a></p>` +
    `${dek ? ` <p>${escapeHtml(dek)}</p>` : ''}${publisher ? ` <p>— ${escapeHtml(publisher)}</p>` : ''}</blockquote>` +
    // width="100%": the frame takes the consumer's column and never sticks out of a narrow one
    // (the card lays itself out for any width); the answer's width says what it was made for.
    `<iframe src="${escapeHtml(src)}" width="100%" height="${height}" title="${escapeHtml(headline)}" frameborder="0" scrolling="no" style="grid-area:1/1;border:0;background:Canvas"></iframe></div>`
  );
}

/**
 * The oEmbed answer for one story.
 * @param {object} story  a schema.org NewsArticle
 * @param {{ storyUrl: string, pageUrl: string, frameUrl: string, providerUrl: string,
 *   maxwidth?: number|string, maxheight?: number|string, lang?: string }} options
 */
export function oembedFor(story, { storyUrl, pageUrl, frameUrl, providerUrl, maxwidth, maxheight, lang }) {
  const width = Math.max(200, Math.min(positive(maxwidth) ?? CARD_WIDTH, MAX_WIDTH));
  // The card's layout is fixed enough that its height follows from the width (cardHeight).
  const { height, lead: cardLead } = cardFit(story, width, positive(maxheight));
  const { headline = 'Story', authors, images, publisher } = modelOf(story, storyUrl);
  const image = images[0];
  const src = cardFrameUrl({ frameUrl, storyUrl, pageUrl, lang, lead: cardLead });
  const answer = {
    version: '1.0',
    type: 'rich',
    title: headline,
    provider_name: publisher ? `${publisher} via news-embed` : 'news-embed',
    provider_url: providerUrl,
    width,
    height,
    html: cardHtml(story, { pageUrl, src, height }),
    cache_age: 86400,
    // Not part of oEmbed: what a consumer that trusts this host (the WordPress plugin) needs to show
    // the whole story instead of the card.
    news_embed: { src: storyUrl, href: pageUrl },
  };
  if (authors.length) answer.author_name = authors.map((a) => a.name).join(', ');
  if (image) {
    answer.thumbnail_url = image.src;
    if (image.width && image.height) {
      answer.thumbnail_width = image.width;
      answer.thumbnail_height = image.height;
    }
  }
  return answer;
}

/**
 * The story page's icon and the lead image's text alternative (og:image:alt), each followed by the
 * head's indentation, or ''.
 * @param {object} story
 * @param {{ storyUrl: string, iconUrl?: string }} options
 */
function pageMeta(story, { storyUrl, iconUrl }) {
  // The lead image's text alternative, as <news-article> gives it (description, else caption).
  const alt = modelOf(story, storyUrl).images[0]?.alt;
  // The story model has no logo: the publisher's, as the story writes it.
  const logo = first(story.publisher?.logo);
  const icon = iconUrl || (logo && typeof logo === 'object' ? (logo.contentUrl ?? logo.url) : logo);
  let out = '';
  if (alt) out += `<meta property="og:image:alt" content="${escapeHtml(alt)}">\n    `;
  if (typeof icon === 'string' && icon) out += `<link rel="icon" href="${escapeHtml(new URL(icon, storyUrl).href)}">\n    `;
  return out;
}

/**
 * The story's shareable page: the story as light-DOM HTML (readable without JavaScript), with the
 * oEmbed discovery link WordPress and other consumers read from the served <head>.
 * @param {object} story
 * `iconUrl`: the page's icon (link previews and bookmark cards show it), else the publisher's logo.
 * @param {{ storyUrl: string, pageUrl: string, oembedUrl: string, bundleUrl: string, iconUrl?: string, lang?: string }} options
 */
export function storyPage(story, { storyUrl, pageUrl, oembedUrl, bundleUrl, iconUrl, lang }) {
  const model = modelOf(story, storyUrl);
  const { headline = 'Story', dek } = model;
  const imageUrl = model.images[0]?.src;
  const discovery = `${oembedUrl}?${new URLSearchParams({ url: pageUrl, format: 'json' })}`;
  return `<!doctype html>
<html lang="${escapeHtml(lang || model.lang || 'en')}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(headline)}</title>
    ${dek ? `<meta name="description" content="${escapeHtml(dek)}">\n    ` : ''}<link rel="canonical" href="${escapeHtml(pageUrl)}">
    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(discovery)}" title="${escapeHtml(headline)}">
    <link rel="alternate" type="application/ld+json" href="${escapeHtml(storyUrl)}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="${escapeHtml(headline)}">
    <meta property="og:url" content="${escapeHtml(pageUrl)}">
    ${imageUrl ? `<meta property="og:image" content="${escapeHtml(imageUrl)}">\n    ` : ''}${pageMeta(story, { storyUrl, iconUrl })}<link rel="stylesheet" href="${escapeHtml(new URL('story-page.css', bundleUrl).href)}">
    <script type="module" src="${escapeHtml(bundleUrl)}"></script>
  </head>
  <body>
    <main>
${storyToHtml(model, { headingLevel: 1, lang })}
    </main>
  </body>
</html>
`;
}

/**
 * The story's own page (its `url`, else `mainEntityOfPage`), absolute against `base` (the story
 * file's URL); `''` when it has none.
 * @param {object} story
 * @param {string | URL} [base]
 */
export const storyPageUrl = (story, base) => modelOf(story, base && String(base)).url ?? '';

// ---- oEmbed requests and answers, by the spec ---------------------------------------------------
// https://oembed.com/ §2.2: 404 when there is nothing for `url`, 501 for a format not offered.
// An endpoint never fetches the `url` it is asked about (so it follows no redirect anywhere): it
// maps an allowed story page to the story it already has.

/** maxwidth/maxheight as a whole number of pixels, or undefined for anything else ("1e9", "-5", "abc", "0x10"). */
export function dimension(value) {
  const text = String(first(value) ?? '').trim();
  return /^\d{1,6}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/**
 * Reads an oEmbed request's query (a URLSearchParams-like object or a record; repeated parameters
 * count once, the first).
 * @param {Record<string, string | string[] | undefined>} query
 * @param {(page: URL) => boolean} isStoryPage  whether this endpoint answers for that page
 * @returns {{ status: 200, page: URL, maxwidth?: number, maxheight?: number } | { status: 404 | 501, message: string }}
 */
export function oembedRequest(query, isStoryPage) {
  const format = first(query.format);
  if (format != null && format !== 'json') return { status: 501, message: 'Only format=json is offered.' };
  const url = allowedUrl(first(query.url));
  // A page is named by its directory: …/index.html is the same page.
  const page = url && new URL(url.replace(/\/index\.html$/, '/'));
  if (!page || page.search || page.hash || !isStoryPage(page)) return { status: 404, message: 'No story here for that url.' };
  return { status: 200, page, maxwidth: dimension(query.maxwidth), maxheight: dimension(query.maxheight) };
}

/**
 * `answer` when every URL in it passes the frame's test: the page, frame and story on `origins`,
 * the thumbnail http(s) without credentials (else it is left out); otherwise undefined.
 * @param {ReturnType<typeof oembedFor>} answer
 * @param {string[]} origins
 */
export function checkedAnswer(answer, origins) {
  const checked = { ...answer };
  if (checked.thumbnail_url && !allowedUrl(checked.thumbnail_url)) {
    delete checked.thumbnail_url;
    delete checked.thumbnail_width;
    delete checked.thumbnail_height;
  }
  const unescape = (text) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const attributes = [...String(checked.html).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => unescape(m[1]));
  const framed = attributes.flatMap((value) => {
    const url = new URL(value);
    return ['src', 'href'].map((name) => url.searchParams.get(name)).filter((v) => v != null);
  });
  const urls = [...attributes, ...framed, checked.provider_url, checked.news_embed?.src, checked.news_embed?.href];
  // Exactly one blockquote link (among its text paragraphs) and one frame, in their grid wrapper:
  // nothing else a consumer might run or load.
  const shape =
    /^<div class="news-embed-card" style="display:grid"><blockquote style="[^"<>]*">(<p>(<a href="[^"]*">[^<]*<\/a>|[^<]*)<\/p> ?)+<\/blockquote><iframe src="[^"]*" [^<>]*><\/iframe><\/div>$/;
  if (!shape.test(checked.html) || attributes.length != 2 || !urls.every((url) => url === undefined || allowedUrl(url, origins))) return undefined;
  return checked;
}
