import type { Locale } from '../shared/i18n.js';

/** Turkish (tr). */
export default {
  watch: 'Video',
  playVideo: 'Videoyu oynat: {title}',
  openVideo: 'Videoyu aç: {title}',
  duration: 'Süre: {duration}',
  untitledVideo: 'Başlıksız video',
  videoUnavailable: 'Bu video burada oynatılamıyor.',
  videoFailed: 'Video oynatılamadı.',
  downloadVideo: 'Video dosyasını indir',
  credit: 'Fotoğraf: {credit}',
  pauseRotation: 'Görsel geçişini duraklat',
  playRotation: 'Görsel geçişini sürdür',
  imageUnavailable: 'Görsel yüklenemedi',
  by: 'Yazan: {authors}',
  published: 'Yayınlanma: {date}',
  updated: 'Güncelleme: {date}',
  minRead: { one: '{n} dk okuma', other: '{n} dk okuma' },
  aboutAuthor: 'Yazar hakkında',
  email: 'E-posta gönder: {name}',
  creditBelongs: 'Kaynak: {source}',
  checkAlso: 'İlgili haberler',
  readStory: 'Haberin tamamını oku',
  loading: 'Haber yükleniyor…',
  storyError: 'Bu haber yüklenemedi.',
} satisfies Locale;
