import type { Locale } from '../shared/i18n.js';

/** Indonesian (id). */
export default {
  watch: 'Video',
  playVideo: 'Putar video: {title}',
  openVideo: 'Buka video: {title}',
  duration: 'Durasi: {duration}',
  untitledVideo: 'Video tanpa judul',
  videoUnavailable: 'Video ini tidak dapat diputar di sini.',
  videoFailed: 'Video tidak dapat diputar.',
  downloadVideo: 'Unduh berkas video',
  credit: 'Foto: {credit}',
  pauseRotation: 'Jeda pergantian gambar',
  playRotation: 'Lanjutkan pergantian gambar',
  imageUnavailable: 'Gambar tidak tersedia',
  by: 'Penulis: {authors}',
  published: 'Diterbitkan {date}',
  updated: 'Diperbarui {date}',
  minRead: { other: '{n} menit baca' },
  aboutAuthor: 'Tentang penulis',
  email: 'Kirim surel ke {name}',
  creditBelongs: 'Sumber: {source}',
  checkAlso: 'Baca juga',
  readStory: 'Baca selengkapnya',
  loading: 'Memuat berita…',
  storyError: 'Berita ini tidak dapat dimuat.',
} satisfies Locale;
