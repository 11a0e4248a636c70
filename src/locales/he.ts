import type { Locale } from '../shared/i18n.js';

/** Hebrew (he). */
export default {
  watch: 'וידאו',
  playVideo: 'הפעלת הסרטון: {title}',
  openVideo: 'פתיחת הסרטון: {title}',
  duration: 'משך: {duration}',
  untitledVideo: 'סרטון ללא כותרת',
  videoUnavailable: 'לא ניתן להפעיל את הסרטון הזה כאן.',
  videoFailed: 'לא ניתן היה להפעיל את הסרטון.',
  downloadVideo: 'הורדת קובץ הווידאו',
  credit: 'צילום: {credit}',
  pauseRotation: 'השהיית החלפת התמונות',
  playRotation: 'המשך החלפת התמונות',
  imageUnavailable: 'התמונה אינה זמינה',
  by: 'מאת {authors}',
  published: 'פורסם: {date}',
  updated: 'עודכן: {date}',
  minRead: { one: 'זמן קריאה: {n} דקה', two: 'זמן קריאה: {n} דקות', other: 'זמן קריאה: {n} דקות' },
  aboutAuthor: 'על הכותב',
  email: 'שליחת דוא״ל אל {name}',
  creditBelongs: 'מקור: {source}',
  checkAlso: 'עוד בנושא',
  readStory: 'לכתבה המלאה',
  loading: 'הכתבה נטענת…',
  storyError: 'לא ניתן היה לטעון את הכתבה.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 187,
} satisfies Locale;
