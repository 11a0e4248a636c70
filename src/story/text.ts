/** Text as publishers write it in JSON-LD: HTML tags and character references, languages, words. */
import { isObject, list } from './graph.js';

/**
 * Words in `text` and the characters in them, for a reading time: word segments as `lang` counts
 * them (`Intl.Segmenter`, which finds the words of Chinese, Japanese, Thai, Khmer… by dictionary).
 * A long text is counted from its first 10,000 characters, scaled to the whole, so any body costs
 * one short pass.
 */
export const countWords = (text: string, lang?: string): [words: number, chars: number] => {
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
};

/** A language tag from `inLanguage` as publishers write it: `"de"`, `"de-DE"`, or a Language with its code as `alternateName`. */
export const languageOf = (value: unknown): string | undefined => {
  const first = list(value)[0];
  const tag = isObject(first) ? first.alternateName : first;
  try {
    // A language code, not a language's name ("German"): two or three letters, then subtags;
    // getCanonicalLocales throws on a tag that is not well-formed BCP 47.
    return /^[a-z]{2,3}(-|$)/i.test(tag as string) ? Intl.getCanonicalLocales(tag as string)[0] : undefined;
  } catch {
    return undefined;
  }
};

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
