/**
 * The language the elements speak, and their UI strings by name.
 *
 * English is built in. Everything about other languages travels beside the bundle: the loader
 * (`locales/index.js`: which shipped language is closest, its direction) and one module per
 * language (`locales/<tag>.js`), fetched the first time an element needs them, so a page downloads
 * only the languages it shows and an English page nothing. A host adds or corrects a language with
 * `registerLocale()`. Until a language's strings are here, `stringsFor` answers `undefined` and
 * the elements hold back their chrome rather than show English first.
 */
import { isServer } from 'lit';
import en from '../locales/en.js';
import { formatter } from './intl.js';

/** A string that varies with a number: one form per plural category of `Intl.PluralRules`. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every UI string, by name. `{…}` marks where a value goes (a title, names, a date, a number);
 * a translation keeps the placeholder, placed where the language puts it.
 */
export interface Locale {
  /** Kicker above a video card's title, as news sites label their videos ("Watch", "Video"). */
  watch: string;
  /** Accessible name of a video card's play button; `{title}` is the video's title. */
  playVideo: string;
  /** Accessible name of the link that opens a video on its own page; `{title}` is its title. */
  openVideo: string;
  /** Label before a video's length shown as a clock; `{duration}` is "9:34" (and, spoken, "9 minutes 34 seconds"). */
  duration: string;
  /** Title of a video that has none. */
  untitledVideo: string;
  /** Shown on a card whose video cannot play on this page. */
  videoUnavailable: string;
  /** Shown when a video failed while playing. */
  videoFailed: string;
  /** Link to the video file after it failed to play. */
  downloadVideo: string;
  /** Photo credit under an image; `{credit}` is the photographer or agency. */
  credit: string;
  /** Accessible name of the button that pauses a rotating lead image. */
  pauseRotation: string;
  /** Accessible name of the button that resumes it. */
  playRotation: string;
  /** Shown in place of an image that failed to load, before its description. */
  imageUnavailable: string;
  /** Byline; `{authors}` is the list of author names. */
  by: string;
  /** `{date}` is when the story was published ("3 hours ago", "Mar 7, 2024"). */
  published: string;
  /** `{date}` is when the story was last updated. */
  updated: string;
  /** Reading time in the byline; `{n}` is a number of minutes, one form per plural category of the language. */
  minRead: Plural;
  /** Heading of the author's biography box. */
  aboutAuthor: string;
  /** Link to write to the author; `{name}` is the author's name. */
  email: string;
  /** Source credit line at the end of a story; `{source}` is the source's name, often a link. */
  creditBelongs: string;
  /** Heading of the related links at the end of a story. */
  checkAlso: string;
  /** Link from a story card to the whole story. */
  readStory: string;
  /** Accessible name of the placeholder shown while a story loads. */
  loading: string;
  /** Shown when a story could not be loaded. */
  storyError: string;
  /**
   * Reading speed for the reading time, in words a minute (words as `Intl.Segmenter` finds them);
   * left out, the kit uses a cross-language average. See docs/i18n.md for the sources.
   */
  wordsPerMinute?: number;
  /** For scripts written without spaces between words (Chinese, Japanese): characters a minute instead. */
  charsPerMinute?: number;
}

/** What a language module gives, with the direction its loader found (`locales/index.js`). */
export type LoadedLocale = Partial<Locale> & { dir?: 'ltr' | 'rtl' };

/** What arrived for each lower-cased `lang` from beside the bundle; a promise while on its way. */
const loaded = new Map<string, LoadedLocale | Promise<unknown>>();
/** What hosts registered, by lower-cased tag. */
const registered = new Map<string, Partial<Locale>>();
/** What shows strings (each element's `LangController` while connected), told of every change. */
export const connected = new Set<{ update(changed?: string): void }>();

/** English (`en`, `en-GB`…), or no language at all: what the bundle speaks without fetching anything. */
const english = (lang: string) => /^(en)?(-|$)/i.test(lang);

/**
 * A locale tag for `Intl` formatters: the full `lang` (so `fr-CA` formats dates the Canadian way)
 * when `Intl` accepts it, otherwise English.
 */
export function localeOf(lang: string): string {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf(lang).length) return lang;
  } catch {
    // An empty or invalid tag such as "x_1" makes supportedLocalesOf throw a RangeError.
  }
  return 'en';
}

/** Tells every connected element that the strings of `key` (a lower-cased `lang`) arrived or were registered. */
function notify(key: string) {
  connected.forEach((controller) => controller.update(key));
}

/**
 * Adds a language, or corrects strings of a shipped one, for every element on the page: a host's
 * own strings win over the shipped ones; keys left out come from the shipped language, else English.
 * Elements already on the page re-render.
 */
export function registerLocale(tag: string, strings: Partial<Locale>): void {
  const key = tag.toLowerCase();
  registered.set(key, { ...registered.get(key), ...strings });
  notify(key);
}

/**
 * Fetches what `lang` needs from beside the bundle, once, unless it is English; resolves when it
 * is here. Everything about other languages lives there, not in the bundle: `locales/index.js`
 * finds the closest shipped language and its direction, then fetches `locales/<tag>.js`. The page's
 * language starts early this way, and a server awaits it before rendering a story in that language.
 */
export function loadLocale(lang: string): Promise<unknown> {
  const key = lang.toLowerCase();
  if (!english(key) && !loaded.has(key))
    loaded.set(
      key,
      import(/* @vite-ignore */ new URL('../locales/index.js', import.meta.url).href)
        .then((index: { load(lang: string): Promise<LoadedLocale> }) => index.load(lang))
        // Without the folder beside the bundle, the language shows English chrome.
        .catch((error) => console.warn('news-embed: no strings for ' + lang, error))
        .then((locale) => loaded.set(key, locale ?? {}))
        .then(() => notify(key)),
    );
  return Promise.resolve(loaded.get(key));
}

/**
 * The strings for `lang` (and its direction, `dir`), or `undefined` while they are on their way
 * (the load starts here; connected elements re-render when they arrive).
 */
export function stringsFor(lang: string): (LoadedLocale & Locale) | undefined {
  const key = lang.toLowerCase();
  loadLocale(lang);
  const base = english(key) ? { dir: key ? ('ltr' as const) : undefined } : loaded.get(key);
  if (base instanceof Promise || !base) return;
  // English, under what arrived, under the host's own strings for this `lang`.
  return { ...en, ...base, ...registered.get(key) };
}

/** The raw `lang` in force for `el`: its own or its nearest ancestor's, across shadow roots. */
export function langAttrOf(el: Element | undefined): string {
  // A server-side DOM shim has attributes but no tree to walk: the element's own `lang` is all there is.
  if (isServer) return el?.getAttribute('lang')?.trim() ?? '';
  for (; el; el = (el.getRootNode() as ShadowRoot).host) {
    const found = el.closest('[lang]');
    if (found) return found.getAttribute('lang')!.trim();
  }
  return '';
}

const PLACEHOLDER = /\{\w+\}/;

/** `template`'s text around its one `{…}` placeholder, with `value` (text or a template) between them, for Lit to render. */
export const fill = <T>(template: string, value: T): [string, T, string] => {
  const [before = '', after = ''] = template.split(PLACEHOLDER);
  return [before, value, after];
};


/** The form of `forms` for the number `n` (by `Intl.PluralRules`), with `n` formatted for `locale`. */
export const plural = (forms: Plural, n: number, locale: string): string =>
  fill(forms[formatter(Intl.PluralRules, locale).select(n)] ?? forms.other, formatter(Intl.NumberFormat, locale).format(n)).join('');
