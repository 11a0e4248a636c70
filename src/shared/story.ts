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
  /** Body words, for the reading time. */
  words: number;
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
const list = (value: unknown): unknown[] => (value == null ? [] : Array.isArray(value) ? value : [value]);
const isArticle = (node: unknown) => isObject(node) && list(node['@type']).some((type) => /Article$/.test(type as string));

/** Words in `text`, for a reading time. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Reads `data` (JSON-LD; the article may sit in an array or a `@graph`). Relative URLs resolve
 * against `base`: the story file's own URL when it was fetched, as a browser does for links in a
 * fetched document.
 */
export function parseStory(data: unknown, base = isServer ? undefined : document.baseURI): StoryResult {
  const problems: StoryProblem[] = [];
  const warn = (path: string, message: string): undefined => void problems.push({ path, message });
  const root = (isObject(data) && Array.isArray(data['@graph']) ? data['@graph'] : list(data)).find(isArticle) ?? data;
  if (!isObject(root)) return { problems, fatal: { path: '', message: 'not a JSON-LD object' } };

  /** Each entry of `root[key]` (one value or an array) read with its path, in place. */
  const each = <T>(key: string, read: (entry: unknown, path: string) => T) =>
    list(root[key]).map((entry, i) => read(entry, Array.isArray(root[key]) ? `${key}[${i}]` : key));
  /** A trimmed non-empty string (or a Thing's `name`); anything else is reported and dropped. */
  const text = (value: unknown, path: string): string | undefined =>
    typeof value == 'string' || typeof value == 'number'
      ? String(value).trim() || undefined
      : value == null
        ? undefined
        : isObject(value) && value.name != null
          ? text(value.name, path + '.name')
          : warn(path, 'not a string');
  const url = (value: unknown, path: string): string | undefined => {
    const safe = safeUrl(value);
    return safe ? (base ? new URL(safe, base).href : safe) : value == null ? undefined : warn(path, 'not an http(s) URL');
  };
  const size = (value: unknown, path: string): number | undefined => {
    const n = parseFloat(String(isObject(value) ? value.value : value));
    return n > 0 ? n : value == null ? undefined : warn(path, 'not a positive number');
  };
  const date = (key: string): StoryDate | undefined => {
    const value = root[key];
    const parsed = parseDate(value);
    return parsed ? { ...parsed, iso: (value as string).trim() } : value == null ? undefined : warn(key, 'not an ISO 8601 date');
  };
  /** A link from a URL string or a Thing with `url` (and a name to show; else the host when `short`). */
  const link = (value: unknown, path: string, short?: boolean): StoryLink | undefined => {
    const thing = isObject(value);
    const href = url(thing ? value.url : value, thing ? path + '.url' : path);
    const label = thing ? text(value.name, path + '.name') : undefined;
    return label || href ? { text: label ?? (short ? new URL(href!).host : href!), url: href } : undefined;
  };

  if (root['@type'] != null && !isArticle(root)) warn('@type', 'not a NewsArticle');

  // Entries keep their place in `image` and `video`, so block indexes point at the right one.
  const images = each('image', (entry, path): StoryImage | undefined => {
    const object: Json = isObject(entry) ? entry : { url: entry };
    const src = url(object.url ?? object.contentUrl, object == entry ? path + '.url' : path);
    const caption = text(object.caption, path + '.caption');
    return src
      ? {
          src,
          // Alt text: the image's own `description`, else its `caption`, else empty (decorative).
          alt: text(object.description, path + '.description') ?? caption ?? '',
          width: size(object.width, path + '.width'),
          height: size(object.height, path + '.height'),
          caption,
          credit: text(object.creditText, path + '.creditText'),
        }
      : undefined;
  });
  const videos = each('video', (entry, path) => {
    if (!isObject(entry)) return warn(path, 'not a VideoObject');
    const video = { ...entry };
    for (const key of ['thumbnailUrl', 'contentUrl', 'embedUrl', 'url']) {
      if (typeof video[key] == 'string') video[key] = url(video[key], `${path}.${key}`);
    }
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
        const value = text(block.text, path + '.text');
        if (!value) return warn(path + '.text', 'missing');
        body.push({ type, text: value, cite: text(block.cite, path + '.cite') });
      } else if (type === 'image' || type === 'video') {
        const index = block[type];
        const found = Number.isInteger(index) && (type === 'image' ? images : videos)[index as number];
        if (!found) return warn(`${path}.${type}`, `no usable ${type} at index ${index}`);
        // A placed video leaves its slot, so it does not come again at the end.
        if (type === 'video') videos[index as number] = undefined;
        body.push(type === 'image' ? { type, image: found as StoryImage } : { type, video: found as Json });
      } else {
        warn(path + '.type', `unknown block type "${type}"`);
      }
    });
  } else {
    if (blocks != null) warn('newsEmbedBody', 'not an array');
    body = (text(root.articleBody, 'articleBody') ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .flatMap((paragraph) => (paragraph ? { type: 'paragraph', text: paragraph } : []));
  }
  videos.forEach((video) => video && body.push({ type: 'video', video }));

  const headline = text(root.headline ?? root.name, 'headline');
  if (!headline && !body.length) return { problems, fatal: { path: 'headline', message: 'missing, and no body' } };

  const creditKey = root.isBasedOn != null ? 'isBasedOn' : 'sourceOrganization';
  const story: Story = {
    headline,
    dek: text(root.alternativeHeadline, 'alternativeHeadline'),
    kicker: text(list(root.articleSection)[0], 'articleSection'),
    authors: each('author', (entry, path): StoryAuthor | undefined => {
      const object: Json = isObject(entry) ? entry : { name: entry };
      const name = text(object.name, path + (object == entry ? '.name' : ''));
      if (!name) return warn(path + '.name', 'missing');
      const address = text(object.email, path + '.email')?.replace(/^mailto:/i, '');
      return {
        name,
        jobTitle: text(object.jobTitle, path + '.jobTitle'),
        description: text(object.description, path + '.description'),
        email:
          address && /^[^\s@:/?#]+@[^\s@/?#]+$/.test(address)
            ? 'mailto:' + address
            : address && warn(path + '.email', 'not an email address'),
        url: url(object.url, path + '.url'),
      };
    }).filter((author) => !!author),
    publisher: text(root.publisher, 'publisher'),
    published: date('datePublished'),
    modified: date('dateModified'),
    images: images.filter((image) => !!image),
    body,
    credit: link(list(root[creditKey])[0], creditKey, true),
    related: ['citation', 'relatedLink'].flatMap((key) => each(key, link).filter((item) => !!item)),
    words: body.reduce((sum, block) => sum + ('text' in block ? countWords(block.text) : 0), 0),
    // The story's own page: `url`, else `mainEntityOfPage` (a URL, or a WebPage by `@id` or `url`).
    url: url(root.url ?? (isObject(root.mainEntityOfPage) ? root.mainEntityOfPage['@id'] ?? root.mainEntityOfPage.url : root.mainEntityOfPage), 'url'),
  };
  return { story, problems };
}
