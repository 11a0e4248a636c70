import type { Locale } from '../shared/i18n.js';

/** Arabic (ar). */
export default {
  watch: 'فيديو',
  playVideo: 'تشغيل الفيديو: {title}',
  openVideo: 'فتح الفيديو: {title}',
  duration: 'المدة: {duration}',
  untitledVideo: 'فيديو بلا عنوان',
  videoUnavailable: 'لا يمكن تشغيل هذا الفيديو هنا.',
  videoFailed: 'تعذّر تشغيل الفيديو.',
  downloadVideo: 'تنزيل ملف الفيديو',
  credit: 'الصورة: {credit}',
  pauseRotation: 'إيقاف تبديل الصور مؤقتًا',
  playRotation: 'استئناف تبديل الصور',
  imageUnavailable: 'الصورة غير متاحة',
  by: 'بقلم {authors}',
  published: 'تاريخ النشر: {date}',
  updated: 'آخر تحديث: {date}',
  minRead: {
    zero: '{n} دقيقة للقراءة',
    one: '{n} دقيقة للقراءة',
    two: '{n} دقيقتان للقراءة',
    few: '{n} دقائق للقراءة',
    many: '{n} دقيقة للقراءة',
    other: '{n} دقيقة للقراءة',
  },
  aboutAuthor: 'عن الكاتب',
  email: 'راسل {name} بالبريد الإلكتروني',
  creditBelongs: 'المصدر: {source}',
  checkAlso: 'اقرأ أيضًا',
  readStory: 'اقرأ الخبر كاملًا',
  loading: 'جارٍ تحميل الخبر…',
  storyError: 'تعذّر تحميل هذا الخبر.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 138,
} satisfies Locale;
