import type { Locale } from '../shared/i18n.js';

/** Persian (fa). */
export default {
  watch: 'ویدیو',
  playVideo: 'پخش ویدیو: {title}',
  openVideo: 'باز کردن ویدیو: {title}',
  duration: 'مدت: {duration}',
  untitledVideo: 'ویدیوی بی‌عنوان',
  videoUnavailable: 'این ویدیو را نمی‌توان اینجا پخش کرد.',
  videoFailed: 'پخش ویدیو ممکن نشد.',
  downloadVideo: 'دانلود فایل ویدیو',
  credit: 'عکس: {credit}',
  pauseRotation: 'توقف چرخش تصاویر',
  playRotation: 'ادامهٔ چرخش تصاویر',
  imageUnavailable: 'تصویر در دسترس نیست',
  by: 'نویسنده: {authors}',
  published: 'تاریخ انتشار: {date}',
  updated: 'به‌روزرسانی: {date}',
  minRead: { one: 'زمان مطالعه: {n} دقیقه', other: 'زمان مطالعه: {n} دقیقه' },
  aboutAuthor: 'دربارهٔ نویسنده',
  email: 'ایمیل به {name}',
  creditBelongs: 'منبع: {source}',
  checkAlso: 'بیشتر بخوانید',
  readStory: 'خواندن متن کامل خبر',
  loading: 'در حال بارگذاری خبر…',
  storyError: 'بارگذاری این خبر ممکن نشد.',
} satisfies Locale;
