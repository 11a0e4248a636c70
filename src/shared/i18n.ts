/**
 * The language the elements speak, and their UI strings by name.
 *
 * English is built in. Every other shipped language is a module of its own beside the bundle
 * (`locales/<tag>.js`, found from this module's URL), fetched the first time an element needs it,
 * so a page downloads only the languages it shows. A host adds or corrects a language with
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

/** The languages shipped beside the bundle as `locales/<tag>.js` (see docs/i18n.md to add one). */
export const SHIPPED = 'ar bn de el en es fa fi fr he hi id it ja ko ms nb nl pl pt pt-PT ro ru sv sw ta th tr uk ur vi zh-Hans zh-Hant'.split(' ');

/** Loaded languages by module tag; a promise while one is on its way. */
const loaded = new Map<string, Locale | Promise<unknown>>([['en', en]]);
/** What hosts registered, by lower-cased tag. */
const registered = new Map<string, Partial<Locale>>();
/** The strings in use for each tag: English, under the shipped language, under the host's own. */
const merged = new Map<string, Locale>();
/** What shows strings (each element's `LangController` while connected), told of every change. */
export const connected = new Set<{ update(): void }>();

// Scripts written right to left (Unicode's Bidi_Class R/AL scripts that have a language tag in use).
const RTL = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr)$/;

/** The maximized `Intl.Locale` of a tag (`zh-TW` → `zh-Hant-TW`), or `undefined` for an invalid one. */
function maximize(lang: string) {
  try {
    return new Intl.Locale(lang).maximize();
  } catch {
    // An empty or invalid tag such as "x_1" makes the constructor throw a RangeError.
    return;
  }
}

/** `rtl` for a language written right to left (by its likely script: `ar`, `fa`, `he`, `ur`, `ps`…), else `ltr`. */
export function dirOf(lang: string): 'ltr' | 'rtl' {
  return RTL.test(maximize(lang)?.script ?? '') ? 'rtl' : 'ltr';
}

/**
 * The tag whose strings a `lang` uses: a registered or shipped tag matching it most closely
 * (`de-AT` → `de`, `zh-TW` → `zh-Hant`, `pt-PT` → `pt-PT`, `no` → `nb`), else `en`.
 */
export function localeTag(lang: string): string {
  const full = maximize(lang);
  if (!full) return 'en';
  const { language, script, region } = full;
  const candidates = [lang, `${language}-${script}`, `${language}-${region}`, language, language == 'no' || language == 'nn' ? 'nb' : ''];
  return candidates.find((tag) => registered.has(tag.toLowerCase())) ?? candidates.find((tag) => SHIPPED.includes(tag)) ?? 'en';
}

/**
 * A locale tag for `Intl` formatters: the full `lang` (so `fr-CA` formats dates the Canadian way)
 * when `Intl` accepts it, otherwise English.
 */
export function localeOf(lang: string): string {
  return maximize(lang) && Intl.DateTimeFormat.supportedLocalesOf(lang).length ? lang : 'en';
}

/**
 * Adds a language, or corrects strings of a shipped one, for every element on the page: a host's
 * own strings win over the shipped ones; keys left out come from the shipped language, else English.
 * Elements already on the page re-render.
 */
export function registerLocale(tag: string, strings: Partial<Locale>): void {
  const key = tag.toLowerCase();
  registered.set(key, { ...registered.get(key), ...strings });
  merged.clear();
  notify();
}

/** Fetches a shipped language's module once; on failure the language falls back to English, with a warning. */
function load(tag: string) {
  loaded.set(
    tag,
    import(/* @vite-ignore */ new URL(`${tag}.js`, new URL('../locales/', import.meta.url)).href).then(
      (module: { default: Locale }) => loaded.set(tag, module.default),
      (error) => {
        console.warn(`news-embed: no strings for "${tag}", English shown`, error);
        loaded.set(tag, en);
      },
    ).then(notify),
  );
}

/** Tells every connected element that a language arrived or was registered, or a `lang` changed. */
export function notify() {
  connected.forEach((controller) => controller.update());
}

/**
 * Fetches the strings `lang` needs, if they are not here yet; resolves when they are. The page's
 * language starts early this way, and a server awaits it before rendering a story in that language.
 */
export function loadLocale(lang: string): Promise<unknown> {
  const tag = localeTag(lang);
  if (!loaded.has(tag) && SHIPPED.includes(tag)) load(tag);
  return Promise.resolve(loaded.get(tag));
}

/**
 * The strings for `lang`, or `undefined` while its module is on its way (the load starts here;
 * `onChange` callbacks run when it arrives).
 */
export function stringsFor(lang: string): Locale | undefined {
  const tag = localeTag(lang);
  loadLocale(tag);
  const base = loaded.get(tag) ?? en;
  if (base instanceof Promise) return;
  // A host's own strings win; what it left out comes from the shipped language, else English.
  let strings = merged.get(tag);
  // (English's reading rate is English's alone.)
  if (!strings) merged.set(tag, (strings = { ...en, wordsPerMinute: undefined, ...base, ...registered.get(tag.toLowerCase()) }));
  return strings;
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

/** `template` with its `{…}` placeholder replaced by `value`, as one string (for attributes). */
export const fillText = (template: string, value: string): string => template.replace(PLACEHOLDER, () => value);

/** The form of `forms` for the number `n` (by `Intl.PluralRules`), with `n` formatted for `locale`. */
export const plural = (forms: Plural, n: number, locale: string): string =>
  fillText(forms[formatter(Intl.PluralRules, locale).select(n)] ?? forms.other, formatter(Intl.NumberFormat, locale).format(n));
