/**
 * The loader of every language but English, fetched from beside the bundle (`locales/index.js`)
 * only by a page that shows another language: which shipped language is closest to a `lang`, which
 * way it is written, and the fetch of its module (`locales/<tag>.js`). Kept out of the bundle, so
 * an English page carries none of it.
 */
import type { LoadedLocale } from '../shared/i18n.js';

/** The languages shipped beside the bundle as `locales/<tag>.js` (see docs/i18n.md to add one). */
export const SHIPPED = 'ar bn de el en es fa fi fr he hi id it ja ko ms nb nl pl pt pt-PT ro ru sv sw ta th tr uk ur vi zh-Hans zh-Hant'.split(' ');

// Scripts written right to left (Unicode's Bidi_Class R/AL scripts that have a language tag in use).
const RTL = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr)$/;

/** The maximized `Intl.Locale` of a tag (`zh-TW` → `zh-Hant-TW`), or `undefined` for an invalid one. */
function maximize(lang: string) {
  try {
    return new Intl.Locale(lang).maximize();
  } catch {
    // An empty or invalid tag such as "x_1" makes the constructor throw a RangeError.
    return undefined;
  }
}

/** `rtl` for a language written right to left (by its likely script: `ar`, `fa`, `he`, `ur`, `ps`…), else `ltr`. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return RTL.test(maximize(lang)?.script ?? '') ? 'rtl' : 'ltr';
}

/**
 * The shipped language whose strings a `lang` uses, the closest match (`de-AT` → `de`,
 * `zh-TW` → `zh-Hant`, `zh` → `zh-Hans`, `pt-PT` → `pt-PT`, `no` → `nb`), else `en`.
 */
export function localeTag(lang: string): string {
  const full = maximize(lang);
  if (!full) return 'en';
  const { language, script, region } = full;
  const candidates = [lang, `${language}-${script}`, `${language}-${region}`, language, language == 'no' || language == 'nn' ? 'nb' : ''];
  return candidates.find((tag) => SHIPPED.includes(tag)) ?? 'en';
}

/**
 * The strings of the closest shipped language and the direction of `lang` itself (a language
 * without strings of its own still runs its own way); nothing but the direction when no shipped
 * language is close, or its module cannot be fetched (with a warning).
 */
export async function load(lang: string): Promise<LoadedLocale> {
  // A language whose module gives no reading rate reads at 184 words a minute, the mean of the 17
  // languages measured by Trauzettel-Klosinski & Dietz 2012 (IReST, Invest. Ophthalmol. Vis. Sci.
  // 53:5452); English's own rate is in the bundle, the others' in their modules (docs/i18n.md).
  const found: LoadedLocale = { wordsPerMinute: 184, charsPerMinute: undefined, dir: dirOf(lang) };
  const tag = localeTag(lang);
  if (tag == 'en') return found;
  try {
    return { ...found, ...(await import(/* @vite-ignore */ `./${tag}.js`)).default };
  } catch (error) {
    console.warn(`news-embed: the strings for "${tag}" could not be fetched; English is shown instead.`, error);
    return found;
  }
}
