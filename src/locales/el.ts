import type { Locale } from '../shared/i18n.js';

/** Greek (el). */
export default {
  watch: 'Βίντεο',
  playVideo: 'Αναπαραγωγή βίντεο: {title}',
  openVideo: 'Άνοιγμα του βίντεο: {title}',
  duration: 'Διάρκεια: {duration}',
  untitledVideo: 'Βίντεο χωρίς τίτλο',
  videoUnavailable: 'Αυτό το βίντεο δεν μπορεί να αναπαραχθεί εδώ.',
  videoFailed: 'Δεν ήταν δυνατή η αναπαραγωγή του βίντεο.',
  downloadVideo: 'Λήψη του αρχείου βίντεο',
  credit: 'Φωτογραφία: {credit}',
  pauseRotation: 'Παύση εναλλαγής εικόνων',
  playRotation: 'Συνέχιση εναλλαγής εικόνων',
  imageUnavailable: 'Η εικόνα δεν είναι διαθέσιμη',
  by: 'Κείμενο: {authors}',
  published: 'Δημοσίευση: {date}',
  updated: 'Ενημέρωση: {date}',
  minRead: { one: '{n} λεπτό ανάγνωσης', other: '{n} λεπτά ανάγνωσης' },
  aboutAuthor: 'Για τον συντάκτη',
  email: 'Στείλτε μήνυμα: {name}',
  creditBelongs: 'Πηγή: {source}',
  checkAlso: 'Διαβάστε επίσης',
  readStory: 'Διαβάστε ολόκληρο το άρθρο',
  loading: 'Φόρτωση άρθρου…',
  storyError: 'Δεν ήταν δυνατή η φόρτωση του άρθρου.',
} satisfies Locale;
