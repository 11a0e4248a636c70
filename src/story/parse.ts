/**
 * Reads a story written as schema.org `NewsArticle` JSON-LD (https://schema.org/NewsArticle), the
 * way publishers already embed it for search engines, into a typed model (`Story`, in model.ts).
 * It is the one reader of the format: `<news-article>`, server rendering, the snippet writer
 * (snippet.ts) and the oEmbed module all read stories through it.
 *
 * Every field is checked on its own: a bad field becomes a problem named by its path
 * (`image[2].url: not an http(s) URL`) and is left out, and the rest of the story still renders.
 * Only a story with neither a headline nor a body is unusable (`fatal`).
 *
 * One extension property, `newsEmbedBody`, holds the body as typed blocks in reading order; when
 * present it replaces `articleBody`. Its JSON Schema is `schema/story.schema.json`.
 */
import { isServer } from 'lit';
import { readBody } from './body.js';
import { date, each, fieldsOf, link, text, url } from './fields.js';
import { isArticle, isObject, list, readGraph, resolve, warn, type ReadContext } from './graph.js';
import type { Story, StoryProblem, StoryResult } from './model.js';
import { readAuthor, readImage, readVideo } from './parts.js';
import { countWords, languageOf } from './text.js';

export type * from './model.js';
export { countWords, languageOf, plainText } from './text.js';

/**
 * A title line (headline, dek, kicker) as text, cut past 2,000 characters with a warning: no title
 * is that long, and an engine lays out one unbroken megabyte of headline for seconds (WebKit: 10 s
 * and more), freezing the host page. The body keeps every character.
 */
const line = (cx: ReadContext, value: unknown, path: string) => {
  const title = text(cx, value, path);
  return title && title.length > 2e3 ? (warn(cx, path, 'longer than 2000 characters, cut'), title.slice(0, 1999) + '…') : title;
};

/**
 * Reads `data` (JSON-LD: one node, an array, or a `@graph`, where `{"@id": …}` references point at
 * other nodes). Relative URLs resolve against `base`: the story file's own URL when it was fetched,
 * as a browser does for links in a fetched document.
 */
export const parseStory = (data: unknown, base = isServer ? undefined : document.baseURI): StoryResult => {
  const problems: StoryProblem[] = [];
  const nodes = new Map();
  const root = readGraph(nodes, data);
  if (!isObject(root)) return { problems, fatal: { path: '', message: 'not a JSON-LD object' } };
  const cx: ReadContext = { problems, base, nodes, root };
  if (root['@type'] != null && !isArticle(root)) warn(cx, '@type', 'not a NewsArticle');

  // Entries keep their place in `image` and `video`, so block indexes point at the right one.
  const images = each(cx, 'image', readImage);
  const body = readBody(cx, root, images, each(cx, 'video', readVideo));
  const headline = line(cx, root.headline ?? root.name, 'headline');
  if (!headline && !body.length) return { problems, fatal: { path: 'headline', message: 'missing, and no body' } };

  const creditKey = root.isBasedOn != null ? 'isBasedOn' : 'sourceOrganization';
  const authors = each(cx, 'author', readAuthor).filter((author) => !!author);
  // The first publisher with a name, unless an author has that name ("By LA NACION LA NACION").
  const publisher = each(cx, 'publisher', text).find(Boolean);
  const lang = languageOf(root.inLanguage);
  const [words, chars] = countWords(body.map((block) => ('text' in block ? block.text : '')).join('\n'), lang);
  const page = root.mainEntityOfPage;
  const get = fieldsOf(cx, root);
  const story: Story = {
    headline,
    dek: get('alternativeHeadline', line),
    kicker: line(cx, list(root.articleSection)[0], 'articleSection'),
    authors,
    publisher: authors.some((author) => author.name == publisher) ? undefined : publisher,
    published: get('datePublished', date),
    modified: get('dateModified', date),
    images: images.filter((image) => !!image),
    body,
    credit: link(cx, resolve(cx, list(root[creditKey])[0], creditKey), creditKey, true),
    related: ['citation', 'relatedLink'].flatMap((key) => each(cx, key, link).filter((item) => !!item)),
    lang,
    words,
    chars,
    // The story's own page: `url`, else `mainEntityOfPage` (a URL, or a WebPage by `@id` or `url`).
    url: url(cx, root.url ?? (isObject(page) ? page['@id'] ?? page.url : page), 'url'),
  };
  return { story, problems };
};
