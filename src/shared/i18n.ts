/**
 * UI strings in English, Spanish and French.
 *
 * The language is the element's `lang`, or the nearest ancestor's, crossing shadow roots (the way
 * the HTML `lang` attribute inherits), falling back to English. `es-MX` uses `es`, and so on.
 * Placeholders are `{name}`.
 */

const en = {
  watch: 'Watch',
  playVideo: 'Play video',
  pause: 'Pause',
  play: 'Play',
  aboutAuthor: 'About the author',
  minRead: '{n} min read',
  published: 'Published',
  updated: 'Updated',
  duration: 'Duration',
  credit: 'Credit',
  related: 'Related',
  // <random-image>
  pauseRotation: 'Pause image rotation',
  playRotation: 'Play image rotation',
  imageUnavailable: 'Image unavailable',
  // <video-card>
  untitledVideo: 'Untitled video',
  videoUnavailable: 'This video cannot be played here.',
  openVideo: 'Open the video',
  videoFailed: 'The video could not be played.',
  downloadVideo: 'Download the video file',
  // <news-article>
  by: 'By',
  checkAlso: 'Check also',
  creditBelongs: 'Credit belongs to',
  loading: 'Loading story…',
  storyError: 'This story could not be loaded.',
  email: 'Email',
};

export type StringKey = keyof typeof en;
type Strings = Record<StringKey, string>;

const es: Strings = {
  watch: 'Ver',
  playVideo: 'Reproducir vídeo',
  pause: 'Pausa',
  play: 'Reproducir',
  aboutAuthor: 'Sobre el autor',
  minRead: '{n} min de lectura',
  published: 'Publicado',
  updated: 'Actualizado',
  duration: 'Duración',
  credit: 'Crédito',
  related: 'Relacionado',
  pauseRotation: 'Pausar la rotación de imágenes',
  playRotation: 'Reanudar la rotación de imágenes',
  imageUnavailable: 'Imagen no disponible',
  untitledVideo: 'Vídeo sin título',
  videoUnavailable: 'Este vídeo no se puede reproducir aquí.',
  openVideo: 'Abrir el vídeo',
  videoFailed: 'No se pudo reproducir el vídeo.',
  downloadVideo: 'Descargar el archivo de vídeo',
  by: 'Por',
  checkAlso: 'Vea también',
  creditBelongs: 'El crédito pertenece a',
  loading: 'Cargando la noticia…',
  storyError: 'No se pudo cargar esta noticia.',
  email: 'Correo',
};

const fr: Strings = {
  watch: 'Regarder',
  playVideo: 'Lire la vidéo',
  pause: 'Pause',
  play: 'Lecture',
  aboutAuthor: 'À propos de l’auteur',
  minRead: '{n} min de lecture',
  published: 'Publié',
  updated: 'Mis à jour',
  duration: 'Durée',
  credit: 'Crédit',
  related: 'À lire aussi',
  pauseRotation: 'Mettre en pause la rotation des images',
  playRotation: 'Reprendre la rotation des images',
  imageUnavailable: 'Image indisponible',
  untitledVideo: 'Vidéo sans titre',
  videoUnavailable: 'Cette vidéo ne peut pas être lue ici.',
  openVideo: 'Ouvrir la vidéo',
  videoFailed: 'La vidéo n’a pas pu être lue.',
  downloadVideo: 'Télécharger le fichier vidéo',
  by: 'Par',
  checkAlso: 'À voir aussi',
  creditBelongs: 'Le crédit revient à',
  loading: 'Chargement de l’article…',
  storyError: 'Cet article n’a pas pu être chargé.',
  email: 'Courriel',
};

const tables: Record<string, Strings> = { en, es, fr };

export type Lang = 'en' | 'es' | 'fr';
export const supportedLangs: readonly Lang[] = ['en', 'es', 'fr'];

/** The raw `lang` in force for `node`: its own or its nearest ancestor's, across shadow roots. */
export function langAttrOf(node: Node): string {
  for (let n: Node | null = node; n; ) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang')!;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null);
  }
  return '';
}

/** The supported UI language for `node`, `en` when its language is not one we have. */
export function langOf(node: Node): Lang {
  const primary = langAttrOf(node).trim().toLowerCase().split(/[-_]/)[0];
  return (supportedLangs as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}

/**
 * A locale tag for `Intl` formatters: the full `lang` in force (so `fr-CA` formats dates the
 * Canadian way) when `Intl` accepts it, otherwise the UI language.
 */
export function localeOf(node: Node): string {
  const lang = langAttrOf(node).trim();
  try {
    if (lang && Intl.DateTimeFormat.supportedLocalesOf(lang).length) return lang;
  } catch {
    // An invalid tag such as "x_1" makes supportedLocalesOf throw a RangeError.
  }
  return langOf(node);
}

/** The string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: StringKey, values?: Record<string, string | number>): string {
  const text = (tables[lang] ?? en)[key] ?? en[key];
  return values ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole)) : text;
}
