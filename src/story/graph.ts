/**
 * The JSON-LD document as a graph: nodes by `@id`, references resolved, and the article node
 * picked out of a page's `@graph` (WordPress with Yoast SEO or Rank Math writes one node per
 * thing, joined by `{"@id": …}` references).
 */
import type { StoryProblem } from './model.js';

export type Json = Record<string, unknown>;

/** What every field reader of one story shares: where problems go, the base URL, the node index, the story node. */
export interface ReadContext {
  problems: StoryProblem[];
  /** Relative URLs resolve against this (the story file's own URL when it was fetched). */
  base?: string;
  /** Nodes by `@id` (see `readGraph`). */
  nodes: Map<string, Json>;
  /** The story's node. */
  root: Json;
}

/** Reports `message` at `path` (a bad field is left out, the story still renders). */
export const warn = (cx: ReadContext, path: string, message: string): undefined => void cx.problems.push({ path, message });

export const isObject = (value: unknown): value is Json => !!value && typeof value == 'object' && !Array.isArray(value);
// A JSON-LD list object (`{"@list": […]}`) is a list too.
export const list = (value: unknown): unknown[] =>
  value == null ? [] : Array.isArray(value) ? value : isObject(value) && Array.isArray(value['@list']) ? value['@list'] : [value];
/**
 * Any schema.org Article type (`NewsArticle`, `OpinionNewsArticle`, `BlogPosting`, `Report`, …), or
 * a list holding one; written as a name, a prefixed name (`schema:Report`) or an IRI.
 */
export const isArticle = (node: unknown) =>
  isObject(node) && list(node['@type']).some((type) => /(Article|Posting|(^|[/#:])Report|APIReference)$/.test(type as string));

// How many values of a JSON-LD document are read at most.
const NODES = 2e4;

/**
 * Indexes `data` (JSON-LD: one node, an array, or a `@graph`) into `nodes` and returns its article: the page's
 * main entity, then one with a body, then one with a headline; else the first; else `data` itself.
 *
 * One breadth-first pass over at most NODES values (so any depth or size is read in bounded time),
 * never recursing and never visiting a value twice (a story given as an object may have cycles):
 * nodes by `@id`, and the article candidates, which are the top-level nodes (the document, its
 * array or `@graph` entries) and the `mainEntity` of one. Each value maps to whether it is
 * top-level; a Map's iteration visits the entries added during it.
 */
export const readGraph = (nodes: Map<string, Json>, data: unknown): unknown => {
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
  const score = (node: Json) =>
    (mains.has(node) || mains.has(node['@id']) || node.mainEntityOfPage != null ? 4 : 0) +
    (node.articleBody != null ? 2 : 0) +
    (node.headline != null ? 1 : 0);
  // (`sort` is stable: the first of equals stays first.)
  return candidates.sort((a, b) => score(b) - score(a))[0] ?? data;
};

/** The node `value` refers to (merged with what the reference itself says), else `value`. */
export const resolve = (cx: ReadContext, value: unknown, path: string): unknown => {
  const id = isObject(value) && value['@id'];
  if (typeof id != 'string') return value;
  const node = cx.nodes.get(id);
  if (node) return { ...node, ...(value as Json) };
  return Object.keys(value as Json).some((key) => key[0] != '@') ? value : warn(cx, path, `no node "${id}" in the document`);
};
