/**
 * Reads a story written as schema.org `NewsArticle` JSON-LD (https://schema.org/NewsArticle), the
 * way publishers already embed it for search engines, into a typed model.
 *
 * Every field is checked on its own: a bad field becomes a problem named by its path
 * (`image[2].url: not an http(s) URL`) and is left out, and the rest of the story still renders.
 * Only a story with neither a headline nor a body is unusable (`fatal`).
 *
 * One extension property, `newsEmbedBody`, holds the body as typed blocks in reading order; when
 * present it replaces `articleBody`. Its JSON Schema is `schema/story.schema.json`.
 */
import { isServer } from 'lit';
import { safeUrl } from './url.js';
import { parseDate, type ParsedDate } from './time.js';

/** An image ready for `<img>` or `<random-image>`: `src` already passed the URL policy. */
export interface StoryImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
}

export interface StoryAuthor {
  name: string;
  jobTitle?: string;
  description?: string;
  /** A `mailto:` URL. */
  email?: string;
  url?: string;
}

export interface StoryLink {
  text: string;
  url?: string;
}

/** A dated field: the original ISO 8601 text (for `<time datetime>`) and the parsed date. */
export interface StoryDate extends ParsedDate {
  iso: string;
}

export type StoryBlock =
  | { type: 'paragraph' | 'heading' | 'quote'; text: string; cite?: string }
  | { type: 'image'; image: StoryImage }
  | { type: 'video'; video: Record<string, unknown> };

export interface Story {
  headline?: string;
  /** `alternativeHeadline`: the dek. */
  dek?: string;
  /** `articleSection`: the kicker. */
  kicker?: string;
  authors: StoryAuthor[];
  publisher?: string;
  published?: StoryDate;
  modified?: StoryDate;
  /** Every usable image, in order (the lead's set). */
  images: StoryImage[];
  /** The body in reading order; videos no block placed come last. */
  body: StoryBlock[];
  /** `isBasedOn` or `sourceOrganization`. */
  credit?: StoryLink;
  /** `citation` and `relatedLink`. */
  related: StoryLink[];
  /** The story's language (`inLanguage`), a BCP 47 tag such as `de` or `pt-BR`. */
  lang?: string;
  /** Body words as the language counts them (`Intl.Segmenter`), for the reading time. */
  words: number;
  /** Letters and digits in those words: the reading time of scripts written without spaces (Chinese, Japanese). */
  chars: number;
  /** The story's own page (`url` or `mainEntityOfPage`). */
  url?: string;
}

export interface StoryProblem {
  path: string;
  message: string;
}

export interface StoryResult {
  story?: Story;
  /** Set when the story cannot be shown at all. */
  fatal?: StoryProblem;
  /** Parts left out; the rest renders. */
  problems: StoryProblem[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);
// A JSON-LD list object (`{"@list": […]}`) is a list too.
const list = (value: unknown): unknown[] =>
  value == null ? [] : Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@list']) ? value['@list'] : [value];
/** Any schema.org Article type (`NewsArticle`, `OpinionNewsArticle`, `BlogPosting`, `Report`, …), or a list holding one. */
const isArticle = (node: unknown) =>
  isObject(node) && list(node['@type']).some((type) => /(Article|Posting|^Report|APIReference)$/.test(String(type).replace(/^.*[/#:]/, '')));

/**
 * Words in `text` and the characters in them, for a reading time: word segments as `lang` counts
 * them (`Intl.Segmenter`, which finds the words of Chinese, Japanese, Thai, Khmer… by dictionary).
 * A long text is counted from its first 10,000 characters, scaled to the whole, so any body costs
 * one short pass.
 */
export function countWords(text: string, lang?: string): [words: number, chars: number] {
  const sample = text.slice(0, 1e4);
  const scale = text.length / sample.length;
  let words = 0;
  let chars = 0;
  for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(sample)) {
    if (isWordLike) {
      words += scale;
      chars += segment.length * scale;
    }
  }
  return [Math.round(words), Math.round(chars)];
}

/** A language tag from `inLanguage` as publishers write it: `"de"`, `"de-DE"`, or a Language with its code as `alternateName`. */
export function languageOf(value: unknown): string | undefined {
  const first = list(value)[0];
  const tag = isObject(first) ? first.alternateName : first;
  try {
    // A language code, not a language's name ("German"): two or three letters, then subtags;
    // getCanonicalLocales throws on a tag that is not well-formed BCP 47.
    return /^[a-z]{2,3}(-|$)/i.test(tag as string) ? Intl.getCanonicalLocales(tag as string)[0] : undefined;
  } catch {
    return undefined;
  }
}

// HTML's named character references that publishers leave in JSON-LD text, each with its
// character; the last ones are the marks of accented letters (`&eacute;` is "e" and the acute).
const REFS =
  ' amp& lt< gt> quot" apos\' nbsp\xa0 ndash– mdash— hellip… lsquo‘ rsquo’ ldquo“ rdquo” bdquo„ laquo« raquo» copy© euro€ szligß' +
  ' grave\u0300 acute\u0301 circ\u0302 tilde\u0303 uml\u0308 ring\u030a cedil\u0327 caron\u030c';
const ref = (name = '') => new RegExp(` ${name}(\\P{L})`, 'u').exec(REFS)?.[1];

/**
 * Plain text from a text field as publishers write it: tags dropped (a line break and the end of
 * a paragraph, heading, list item or block become a new line), then character references decoded.
 * The result only ever becomes text (Lit text bindings), never markup.
 */
export const plainText = (html: string): string =>
  html
    // `[^<>]` rather than `[^>]`: each `<` is scanned to the next `<` at most, so a text of many
    // unclosed `<a` is read in linear time.
    .replace(/<(br|\/(p|h\d|li|div|blockquote))\b[^<>]*>/gi, '\n')
    .replace(/<(\/?[a-z]|!--)[^<>]*>/gi, '')
    .replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z])([a-z]{1,7}\d?));/gi, (whole, dec?: string, hex?: string, letter?: string, rest?: string) => {
      const code = +(dec ?? '0x' + hex);
      const mark = ref(rest);
      return code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : (ref(letter! + rest) ?? (mark ? (letter + mark).normalize() : whole));
    });

/**
 * Paragraphs of an `articleBody`: one per line. A body written as one line is cut into
 * paragraphs of whole sentences, at least 300 characters each, only where a sentence ends: `.`,
 * `!` or `?` after three lower-case letters or digits (so not after "Dr." or "U.S."), then white
 * space and a capital letter.
 */
const paragraphs = (body: string): string[] => {
  const lines = body.split('\n').filter(Boolean);
  if (lines.length != 1) return lines;
  const out: string[] = [];
  for (const sentence of body.replace(/([\p{Ll}\d]{3}[.!?]['"”’»)]*) (?=['"“‘«(¿¡]?\p{Lu})/gu, '$1\n').split('\n')) {
    if (out.length && out[out.length - 1]!.length < 300) out[out.length - 1] += ' ' + sentence;
    else out.push(sentence);
  }
  return out;
};

// How many values of a JSON-LD document are read at most.
const NODES = 2e4;

/**
 * Reads `data` (JSON-LD: one node, an array, or a `@graph`, where `{"@id": …}` references point at
 * other nodes). Relative URLs resolve against `base`: the story file's own URL when it was fetched,
 * as a browser does for links in a fetched document.
 */
export function parseStory(data: unknown, base = isServer ? undefined : document.baseURI): StoryResult {
  const problems: StoryProblem[] = [];
  const warn = (path: string, message: string): undefined => void problems.push({ path, message });
  /** The result for a story that cannot be shown at all. */
  const fatal = (path: string, message: string): StoryResult => ({ problems, fatal: { path, message } });

  // One breadth-first pass over at most NODES values (so any depth or size is read in bounded
  // time), never recursing and never visiting a value twice (a story given as an object may have
  // cycles): nodes by `@id`, and the article candidates, which are the top-level nodes (the
  // document, its array or `@graph` entries) and the `mainEntity` of one. Each value maps to
  // whether it is top-level; a Map's iteration visits the entries added during it.
  const nodes = new Map<string, Json>();
  const candidates: Json[] = [];
  const mains = new Set<unknown>();
  const queue = new Map<unknown, boolean>([[data, true]]);
  for (const [value, top] of queue) {
    if (!value || typeof value != 'object') continue;
    const node = value as Json;
    const id = node['@id'];
    // A node with nothing but `@id` (and `@type`) refers to one described elsewhere.
    if (typeof id == 'string' && Object.keys(node).some((key) => key[0] != '@') && !nodes.has(id)) nodes.set(id, node);
    if (top && isArticle(node)) candidates.push(node);
    list(node.mainEntity).forEach((main) => mains.add(isObject(main) ? (main['@id'] ?? main) : main));
    for (const key in node)
      if (queue.size < NODES && !queue.has(node[key]))
        queue.set(node[key], top && (Array.isArray(node) || key == '@graph' || key == 'mainEntity'));
  }
  /** The node `value` refers to (merged with what the reference itself says), else `value`. */
  const resolve = (value: unknown, path: string): unknown => {
    const id = isObject(value) && value['@id'];
    if (typeof id != 'string') return value;
    const node = nodes.get(id);
    if (node) return { ...node, ...(value as Json) };
    return Object.keys(value as Json).some((key) => key[0] != '@') ? value : warn(path, `no node "${id}" in the document`);
  };
  // The page's main entity, then one with a body, then one with a headline; else the first.
  const score = (node: Json) =>
    (mains.has(node) || mains.has(node['@id']) || node.mainEntityOfPage != null ? 4 : 0) +
    (node.articleBody != null ? 2 : 0) +
    (node.headline != null ? 1 : 0);
  // (`sort` is stable: the first of equals stays first.)
  const root = candidates.sort((a, b) => score(b) - score(a))[0] ?? data;
  if (!isObject(root)) return fatal('', 'not a JSON-LD object');

  /** Each entry of `root[key]` (one value or an array; references resolved) read with its path, in place. */
  const each = <T>(key: string, read: (entry: unknown, path: string) => T) =>
    list(root[key]).map((entry, i) => {
      const path = Array.isArray(root[key]) ? `${key}[${i}]` : key;
      const value = resolve(entry, path);
      return value === undefined ? undefined : read(value, path);
    });
  /**
   * Plain text from a string, a number, a list of them or a Thing's `name` (tags dropped,
   * references decoded, white space collapsed; line breaks kept when `lines`). Empty is
   * `undefined`; anything else is reported and dropped.
   */
  const text = (value: unknown, path: string, lines?: boolean): string | undefined => {
    // A Thing's name may be a list ("name": ["Ann", "Bo"]); other text fields are one value. A
    // Thing without a name is itself the part that is not text.
    const parts = isObject(value) ? list(value.name ?? value) : [value ?? ''];
    if (!parts.every((part) => typeof part == 'string' || typeof part == 'number'))
      return warn(parts[0] === value ? path : path + '.name', 'not a string');
    return (
      parts
        .map((part) => plainText(String(part)).replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n[\n ]*/g, lines ? '\n' : ' ').trim())
        .filter(Boolean)
        .join(', ') || undefined
    );
  };
  const url = (value: unknown, path: string): string | undefined => {
    // WordPress writes `&` in its JSON-LD URLs as `&#038;`.
    const safe = safeUrl(typeof value == 'string' ? value.replace(/&(amp|#0*38|#x0*26);/gi, '&') : value);
    return safe ? (base ? new URL(safe, base).href : safe) : value == null || value === '' ? undefined : warn(path, 'not an http(s) URL');
  };
  const size = (value: unknown, path: string): number | undefined => {
    const n = parseFloat(String(isObject(value) ? value.value : value));
    return n > 0 ? n : value == null ? undefined : warn(path, 'not a positive number');
  };
  type Reader<T> = (value: unknown, path: string) => T;
  /** `object[key]` read as text (or by `read`), reported at the path of that key. */
  const field = <T = string | undefined>(object: Json, path: string, key: string, read = text as Reader<T>): T =>
    read(object[key], path + '.' + key);
  const date = (key: string): StoryDate | undefined => {
    const value = root[key];
    const parsed = parseDate(value);
    if (!parsed) return value == null || value === '' ? undefined : warn(key, `cannot read ${JSON.stringify(value)} as a date`);
    // `<time datetime>` takes ISO 8601 as written; other forms are given as the instant they name.
    const iso = (value as string).trim();
    return { ...parsed, iso: /^\d{4}-\d\d-\d\d([T ][\d:.]+([Z+-][\d:]*)?)?$/.test(iso) ? iso : parsed.date.toISOString().slice(0, parsed.dateOnly ? 10 : 24) };
  };
  /** A link from a URL string or a Thing with `url` (and a name to show; else the host when `short`). */
  const link = (value: unknown, path: string, short?: boolean): StoryLink | undefined => {
    const thing = isObject(value);
    const href = url(thing ? value.url : value, thing ? path + '.url' : path);
    const label = thing ? text(value.name ?? value.headline, path + '.name') : undefined;
    return label || href ? { text: label ?? (short ? new URL(href!).host : href!), url: href } : undefined;
  };

  if (root['@type'] != null && !isArticle(root)) warn('@type', 'not a NewsArticle');

  // Entries keep their place in `image` and `video`, so block indexes point at the right one.
  const images = each('image', (entry, path): StoryImage | undefined => {
    const object: Json = isObject(entry) ? entry : { url: entry };
    const key = object.url ? 'url' : 'contentUrl';
    const src = url(object[key], object == entry ? path + '.' + key : path);
    const caption = field(object, path, 'caption');
    return src
      ? {
          src,
          // Alt text: the image's own `description`, else its `caption`, else empty (decorative).
          alt: field(object, path, 'description') ?? caption ?? '',
          width: field(object, path, 'width', size),
          height: field(object, path, 'height', size),
          caption,
          credit: field(object, path, 'creditText'),
        }
      : undefined;
  });
  const videos = each('video', (entry, path) => {
    if (!isObject(entry)) return warn(path, 'not a VideoObject');
    const video: Json = { ...entry, name: field(entry, path, 'name'), description: field(entry, path, 'description') };
    for (const key of ['thumbnailUrl', 'contentUrl', 'embedUrl', 'url']) {
      const value = video[key];
      video[key] = Array.isArray(value) ? value.map((item, i) => url(item, `${path}.${key}[${i}]`)).filter(Boolean) : url(value, `${path}.${key}`);
    }
    // A player from another host than YouTube or Vimeo cannot be embedded; `url` (the video's page
    // on the publisher's site, else the player's address) is where a reader can still watch it.
    video.url ??= video.embedUrl;
    for (const key in video) if (video[key] === undefined) delete video[key];
    return video;
  });

  let body: StoryBlock[] = [];
  const blocks = root.newsEmbedBody;
  if (Array.isArray(blocks)) {
    blocks.forEach((block, i) => {
      const path = `newsEmbedBody[${i}]`;
      if (!isObject(block)) return warn(path, 'not a block object');
      const type = block.type;
      if (type === 'paragraph' || type === 'heading' || type === 'quote') {
        const value = field(block, path, 'text');
        if (!value) return warn(path + '.text', 'missing');
        body.push({ type, text: value, cite: field(block, path, 'cite') });
      } else if (type === 'image' || type === 'video') {
        const index = block[type];
        const found = Number.isInteger(index) && { image: images, video: videos }[type][index as number];
        if (!found) return warn(`${path}.${type}`, `no usable ${type} at index ${index}`);
        // A placed video leaves its slot, so it does not come again at the end.
        if (type === 'video') videos[index as number] = undefined;
        body.push({ type, [type]: found } as StoryBlock);
      } else {
        warn(path + '.type', `unknown block type "${type}"`);
      }
    });
  } else {
    if (blocks != null) warn('newsEmbedBody', 'not an array');
    body = paragraphs(text(root.articleBody, 'articleBody', true) ?? '').map((paragraph) => ({ type: 'paragraph', text: paragraph }));
  }
  videos.forEach((video) => video && body.push({ type: 'video', video }));

  const headline = text(root.headline ?? root.name, 'headline');
  if (!headline && !body.length) return fatal('headline', 'missing, and no body');

  const creditKey = root.isBasedOn != null ? 'isBasedOn' : 'sourceOrganization';
  const authors = each('author', (entry, path): StoryAuthor | undefined => {
    const object: Json = isObject(entry) ? entry : { name: entry };
    if (object.name == null) return warn(path + '.name', 'missing');
    // "By Ada" is written by some publishers where the byline already says "By".
    const name = text(object, path)?.replace(/^by\b[\s:]*/i, '');
    // An empty name (written by some publishers' templates) is left out quietly.
    if (!name) return;
    const address = field(object, path, 'email')?.replace(/^mailto:/i, '');
    return {
      name,
      jobTitle: field(object, path, 'jobTitle'),
      description: field(object, path, 'description'),
      email:
        address && /^[^\s@:/?#]+@[^\s@/?#]+$/.test(address)
          ? 'mailto:' + address
          : address && warn(path + '.email', 'not an email address'),
      url: field(object, path, 'url', url),
    };
  }).filter((author) => !!author);
  // The first publisher with a name, unless an author has that name ("By LA NACION LA NACION").
  const publisher = each('publisher', text).find(Boolean);
  const lang = languageOf(root.inLanguage);
  const [words, chars] = countWords(body.map((block) => ('text' in block ? block.text : '')).join('\n'), lang);
  const story: Story = {
    headline,
    dek: text(root.alternativeHeadline, 'alternativeHeadline'),
    kicker: text(list(root.articleSection)[0], 'articleSection'),
    authors,
    publisher: authors.some((author) => author.name == publisher) ? undefined : publisher,
    published: date('datePublished'),
    modified: date('dateModified'),
    images: images.filter((image) => !!image),
    body,
    credit: link(resolve(list(root[creditKey])[0], creditKey), creditKey, true),
    related: ['citation', 'relatedLink'].flatMap((key) => each(key, link).filter((item) => !!item)),
    lang,
    words,
    chars,
    // The story's own page: `url`, else `mainEntityOfPage` (a URL, or a WebPage by `@id` or `url`).
    url: url(root.url ?? (isObject(root.mainEntityOfPage) ? root.mainEntityOfPage['@id'] ?? root.mainEntityOfPage.url : root.mainEntityOfPage), 'url'),
  };
  return { story, problems };
}
