import type { Locale } from '../shared/i18n.js';

/** Spanish (es). */
export default {
  watch: 'Vídeo',
  playVideo: 'Reproducir vídeo: {title}',
  openVideo: 'Abrir el vídeo: {title}',
  duration: 'Duración: {duration}',
  untitledVideo: 'Vídeo sin título',
  videoUnavailable: 'Este vídeo no se puede reproducir aquí.',
  videoFailed: 'No se pudo reproducir el vídeo.',
  downloadVideo: 'Descargar el archivo de vídeo',
  credit: 'Foto: {credit}',
  pauseRotation: 'Pausar la rotación de imágenes',
  playRotation: 'Reanudar la rotación de imágenes',
  imageUnavailable: 'Imagen no disponible',
  by: 'Por {authors}',
  published: 'Publicado: {date}',
  updated: 'Actualizado: {date}',
  minRead: { one: '{n} min de lectura', many: '{n} min de lectura', other: '{n} min de lectura' },
  aboutAuthor: 'Sobre la firma',
  email: 'Escribir a {name}',
  creditBelongs: 'Fuente: {source}',
  checkAlso: 'Te puede interesar',
  readStory: 'Leer la noticia completa',
  loading: 'Cargando la noticia…',
  storyError: 'No se pudo cargar esta noticia.',
} satisfies Locale;
