/**
 * UI strings in English, Spanish and French.
 *
 * The language is the element's `lang`, or the nearest ancestor's, crossing shadow roots (the way
 * the HTML `lang` attribute inherits), falling back to English. `es-MX` uses `es`, and so on.
 * Each table is one `|`-separated string, indexed by the constants below: the smallest form to ship.
 */
import { isServer } from 'lit';

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


// Indexes into the tables (constants, so the bundle carries numbers, not names).
export const WATCH = 0;
export const PLAY_VIDEO = 1;
export const DURATION = 2;
export const CREDIT = 3;
export const PAUSE_ROTATION = 4;
export const PLAY_ROTATION = 5;
export const IMAGE_UNAVAILABLE = 6;
export const UNTITLED_VIDEO = 7;
export const VIDEO_UNAVAILABLE = 8;
export const OPEN_VIDEO = 9;
export const VIDEO_FAILED = 10;
export const DOWNLOAD_VIDEO = 11;
export const BY = 12;
export const CHECK_ALSO = 13;
export const CREDIT_BELONGS = 14;
export const LOADING = 15;
export const STORY_ERROR = 16;
export const EMAIL = 17;
export const ABOUT_AUTHOR = 18;
export const MIN_READ = 19;
export const PUBLISHED = 20;
export const UPDATED = 21;
export const READ_STORY = 22;

export type Lang = 'en' | 'es' | 'fr';

const TABLES: Record<Lang, string> = {
  en: 'Watch|Play video|Duration|Credit|Pause image rotation|Play image rotation|Image unavailable|Untitled video|This video cannot be played here.|Open the video|The video could not be played.|Download the video file|By|Check also|Credit belongs to|Loading story…|This story could not be loaded.|Email|About the author|min read|Published|Updated|Read the whole story',
  es: 'Ver|Reproducir vídeo|Duración|Crédito|Pausar la rotación de imágenes|Reanudar la rotación de imágenes|Imagen no disponible|Vídeo sin título|Este vídeo no se puede reproducir aquí.|Abrir el vídeo|No se pudo reproducir el vídeo.|Descargar el archivo de vídeo|Por|Vea también|El crédito pertenece a|Cargando la noticia…|No se pudo cargar esta noticia.|Correo|Sobre el autor|min de lectura|Publicado|Actualizado|Leer la noticia completa',
  fr: 'Regarder|Lire la vidéo|Durée|Crédit|Mettre en pause la rotation des images|Reprendre la rotation des images|Image indisponible|Vidéo sans titre|Cette vidéo ne peut pas être lue ici.|Ouvrir la vidéo|La vidéo n’a pas pu être lue.|Télécharger le fichier vidéo|Par|À voir aussi|Le crédit revient à|Chargement de l’article…|Cet article n’a pas pu être chargé.|Courriel|À propos de l’auteur|min de lecture|Publié|Mis à jour|Lire l’article complet',
};

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

/** The supported UI language for a `lang` value, `en` when it is not one we have. */
export function langOf(lang: string): Lang {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return primary == 'es' || primary == 'fr' ? primary : 'en';
}

/**
 * A locale tag for `Intl` formatters: the full `lang` (so `fr-CA` formats dates the Canadian way)
 * when `Intl` accepts it, otherwise the UI language.
 */
export function localeOf(lang: string): string {
  try {
    if (Intl.DateTimeFormat.supportedLocalesOf(lang).length) return lang;
  } catch {
    // An empty or invalid tag such as "x_1" makes supportedLocalesOf throw a RangeError.
  }
  return langOf(lang);
}

/** The UI strings of a language, indexed by the constants above. */
export const stringsFor = (lang: Lang): string[] => TABLES[lang].split('|');
