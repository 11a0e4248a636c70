/**
 * Readers of one field each: the value as written, its path for problems, and the story's
 * context (`ReadContext`). Each returns the value ready to show, or `undefined` after reporting
 * what was wrong; none throws.
 */
import { safeUrl } from '../shared/url.js';
import { parseDate } from '../shared/time.js';
import { isObject, list, resolve, warn, type Json, type ReadContext } from './graph.js';
import type { StoryDate, StoryLink } from './model.js';
import { plainText } from './text.js';

export type Reader<T> = (cx: ReadContext, value: unknown, path: string) => T;

/**
 * Plain text from a string, a number, a list of them or a Thing's `name` (tags dropped,
 * references decoded, white space collapsed; line breaks kept when `lines`). Empty is
 * `undefined`; anything else is reported and dropped.
 */
export const text = (cx: ReadContext, value: unknown, path: string, lines?: boolean): string | undefined => {
  // A Thing's name may be a list ("name": ["Ann", "Bo"]); other text fields are one value. A
  // Thing without a name is itself the part that is not text.
  const parts = isObject(value) ? list(value.name ?? value) : [value ?? ''];
  if (!parts.every((part) => typeof part == 'string' || typeof part == 'number'))
    return warn(cx, parts[0] === value ? path : path + '.name', 'not a string');
  return (
    parts
      .map((part) => plainText(String(part)).replace(/[ \t\r\f]+/g, ' ').replace(/ ?\n[\n ]*/g, lines ? '\n' : ' ').trim())
      .filter(Boolean)
      .join(', ') || undefined
  );
};

/** An http(s) URL (resolved against the context's base), else `undefined` (reported unless empty). */
export const url = (cx: ReadContext, value: unknown, path: string): string | undefined => {
  // WordPress writes `&` in its JSON-LD URLs as `&#038;`.
  const safe = safeUrl(typeof value == 'string' ? value.replace(/&(amp|#0*38|#x0*26);/gi, '&') : value);
  return safe ? (cx.base ? new URL(safe, cx.base).href : safe) : value == null || value === '' ? undefined : warn(cx, path, 'not an http(s) URL');
};

/** A positive number, or a QuantitativeValue's `value`. */
export const size = (cx: ReadContext, value: unknown, path: string): number | undefined => {
  const n = parseFloat(String(isObject(value) ? value.value : value));
  return n > 0 ? n : value == null ? undefined : warn(cx, path, 'not a positive number');
};

/**
 * The fields of `object` (a thing at `path`; the story itself at `''`): `get(key)` reads
 * `object[key]` as text, or by `read`, and reports problems at the path of that key.
 */
export const fieldsOf =
  (cx: ReadContext, object: Json, path = '') =>
  <T = string | undefined>(key: string, read = text as Reader<T>): T =>
    read(cx, object[key], path ? path + '.' + key : key);

/** The date in `value`, reported at `path` (`datePublished`, `dateModified`). */
export const date = (cx: ReadContext, value: unknown, path: string): StoryDate | undefined => {
  const parsed = parseDate(value);
  if (!parsed) return value == null || value === '' ? undefined : warn(cx, path, `cannot read ${JSON.stringify(value)} as a date`);
  // `<time datetime>` takes ISO 8601 as written; other forms are given as the instant they name.
  const iso = (value as string).trim();
  return { ...parsed, iso: /^\d{4}-\d\d-\d\d([T ][\d:.]+([Z+-][\d:]*)?)?$/.test(iso) ? iso : parsed.date.toISOString().slice(0, parsed.dateOnly ? 10 : 24) };
};

/** A link from a URL string or a Thing with `url` (and a name to show; else the host when `short`). */
export const link = (cx: ReadContext, value: unknown, path: string, short?: boolean): StoryLink | undefined => {
  const thing = isObject(value);
  const href = url(cx, thing ? value.url : value, thing ? path + '.url' : path);
  const label = thing ? text(cx, value.name ?? value.headline, path + '.name') : undefined;
  return label || href ? { text: label ?? (short ? new URL(href!).host : href!), url: href } : undefined;
};

/** Each entry of the story's `key` (one value or an array; references resolved) read with its path, in place. */
export const each = <T>(cx: ReadContext, key: string, read: Reader<T>) =>
  list(cx.root[key]).map((entry, i) => {
    const path = Array.isArray(cx.root[key]) ? `${key}[${i}]` : key;
    const value = resolve(cx, entry, path);
    return value === undefined ? undefined : read(cx, value, path);
  });
