import type { Locale } from '../shared/i18n.js';

/** Urdu (ur). */
export default {
  watch: 'ویڈیو',
  playVideo: 'ویڈیو چلائیں: {title}',
  openVideo: 'ویڈیو کھولیں: {title}',
  duration: 'دورانیہ: {duration}',
  untitledVideo: 'بلا عنوان ویڈیو',
  videoUnavailable: 'یہ ویڈیو یہاں نہیں چل سکتی۔',
  videoFailed: 'ویڈیو نہیں چل سکی۔',
  downloadVideo: 'ویڈیو فائل ڈاؤن لوڈ کریں',
  credit: 'تصویر: {credit}',
  pauseRotation: 'تصاویر کی تبدیلی روکیں',
  playRotation: 'تصاویر کی تبدیلی دوبارہ شروع کریں',
  imageUnavailable: 'تصویر دستیاب نہیں',
  by: 'تحریر: {authors}',
  published: 'تاریخ اشاعت: {date}',
  updated: 'اپ ڈیٹ: {date}',
  minRead: { one: 'پڑھنے کا وقت: {n} منٹ', other: 'پڑھنے کا وقت: {n} منٹ' },
  aboutAuthor: 'مصنف کے بارے میں',
  email: '{name} کو ای میل کریں',
  creditBelongs: 'بشکریہ: {source}',
  checkAlso: 'مزید پڑھیے',
  readStory: 'پوری خبر پڑھیں',
  loading: 'خبر لوڈ ہو رہی ہے…',
  storyError: 'یہ خبر لوڈ نہیں ہو سکی۔',
} satisfies Locale;
