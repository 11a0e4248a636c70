import type { Locale } from '../shared/i18n.js';

/** Hindi (hi). */
export default {
  watch: 'वीडियो',
  playVideo: 'वीडियो चलाएं: {title}',
  openVideo: 'वीडियो खोलें: {title}',
  duration: 'अवधि: {duration}',
  untitledVideo: 'बिना शीर्षक का वीडियो',
  videoUnavailable: 'यह वीडियो यहां नहीं चल सकता।',
  videoFailed: 'वीडियो नहीं चल सका।',
  downloadVideo: 'वीडियो फ़ाइल डाउनलोड करें',
  credit: 'फ़ोटो: {credit}',
  pauseRotation: 'तस्वीरों का बदलना रोकें',
  playRotation: 'तस्वीरों का बदलना फिर शुरू करें',
  imageUnavailable: 'तस्वीर उपलब्ध नहीं है',
  by: 'लेखक: {authors}',
  published: 'प्रकाशित: {date}',
  updated: 'अपडेट: {date}',
  minRead: { one: '{n} मिनट में पढ़ें', other: '{n} मिनट में पढ़ें' },
  aboutAuthor: 'लेखक के बारे में',
  email: '{name} को ईमेल करें',
  creditBelongs: 'स्रोत: {source}',
  checkAlso: 'ये भी पढ़ें',
  readStory: 'पूरी ख़बर पढ़ें',
  loading: 'ख़बर लोड हो रही है…',
  storyError: 'यह ख़बर लोड नहीं हो सकी।',
} satisfies Locale;
