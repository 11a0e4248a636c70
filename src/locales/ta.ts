import type { Locale } from '../shared/i18n.js';

/** Tamil (ta). */
export default {
  watch: 'காணொளி',
  playVideo: 'காணொளியை இயக்கு: {title}',
  openVideo: 'காணொளியைத் திற: {title}',
  duration: 'நேரம்: {duration}',
  untitledVideo: 'தலைப்பில்லாத காணொளி',
  videoUnavailable: 'இந்தக் காணொளியை இங்கே இயக்க முடியாது.',
  videoFailed: 'காணொளியை இயக்க முடியவில்லை.',
  downloadVideo: 'காணொளிக் கோப்பைப் பதிவிறக்கு',
  credit: 'பட மூலாதாரம்: {credit}',
  pauseRotation: 'படங்கள் மாறுவதை இடைநிறுத்து',
  playRotation: 'படங்கள் மாறுவதைத் தொடர்',
  imageUnavailable: 'படம் கிடைக்கவில்லை',
  by: 'எழுதியவர்: {authors}',
  published: 'வெளியிடப்பட்டது: {date}',
  updated: 'புதுப்பிக்கப்பட்டது: {date}',
  minRead: { one: '{n} நிமிட வாசிப்பு', other: '{n} நிமிட வாசிப்பு' },
  aboutAuthor: 'எழுத்தாளர் பற்றி',
  email: '{name} அவர்களுக்கு மின்னஞ்சல் அனுப்பு',
  creditBelongs: 'நன்றி: {source}',
  checkAlso: 'இதையும் படியுங்கள்',
  readStory: 'முழுச் செய்தியையும் படிக்க',
  loading: 'செய்தி ஏற்றப்படுகிறது…',
  storyError: 'இந்தச் செய்தியை ஏற்ற முடியவில்லை.',
} satisfies Locale;
