import type { Locale } from '../shared/i18n.js';

/** Malay (ms). */
export default {
  watch: 'Video',
  playVideo: 'Main video: {title}',
  openVideo: 'Buka video: {title}',
  duration: 'Tempoh: {duration}',
  untitledVideo: 'Video tanpa tajuk',
  videoUnavailable: 'Video ini tidak boleh dimainkan di sini.',
  videoFailed: 'Video tidak dapat dimainkan.',
  downloadVideo: 'Muat turun fail video',
  credit: 'Foto: {credit}',
  pauseRotation: 'Jeda pertukaran gambar',
  playRotation: 'Sambung pertukaran gambar',
  imageUnavailable: 'Gambar tidak tersedia',
  by: 'Oleh {authors}',
  published: 'Diterbitkan {date}',
  updated: 'Dikemas kini {date}',
  minRead: { other: '{n} minit bacaan' },
  aboutAuthor: 'Mengenai penulis',
  email: 'Hantar e-mel kepada {name}',
  creditBelongs: 'Sumber: {source}',
  checkAlso: 'Baca juga',
  readStory: 'Baca berita penuh',
  loading: 'Memuatkan berita…',
  storyError: 'Berita ini tidak dapat dimuatkan.',
} satisfies Locale;
