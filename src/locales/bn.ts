import type { Locale } from '../shared/i18n.js';

/** Bengali (bn). */
export default {
  watch: 'ভিডিও',
  playVideo: 'ভিডিও চালান: {title}',
  openVideo: 'ভিডিও খুলুন: {title}',
  duration: 'দৈর্ঘ্য: {duration}',
  untitledVideo: 'শিরোনামহীন ভিডিও',
  videoUnavailable: 'এই ভিডিওটি এখানে চালানো যাবে না।',
  videoFailed: 'ভিডিওটি চালানো যায়নি।',
  downloadVideo: 'ভিডিও ফাইল ডাউনলোড করুন',
  credit: 'ছবি: {credit}',
  pauseRotation: 'ছবি বদলানো থামান',
  playRotation: 'ছবি বদলানো আবার চালু করুন',
  imageUnavailable: 'ছবি পাওয়া যাচ্ছে না',
  by: 'লেখক: {authors}',
  published: 'প্রকাশ: {date}',
  updated: 'আপডেট: {date}',
  minRead: { one: 'পড়তে {n} মিনিট', other: 'পড়তে {n} মিনিট' },
  aboutAuthor: 'লেখক পরিচিতি',
  email: '{name}-কে ইমেইল করুন',
  creditBelongs: 'সূত্র: {source}',
  checkAlso: 'আরও পড়ুন',
  readStory: 'পুরো খবর পড়ুন',
  loading: 'খবর লোড হচ্ছে…',
  storyError: 'খবরটি লোড করা যায়নি।',
} satisfies Locale;
