/**
 * Dates and relative time, shared by every element that shows a date.
 *
 * - `parseDate` accepts ISO 8601 dates (`2024-07-30`) and date-times (`2024-07-30T14:05:00Z`,
 *   with an optional offset) and nothing else: `Date.parse` also takes engine-specific forms
 *   ("July 30", "2024/07/30") that differ between browsers.
 * - `now()` is the current time, unless frozen for tests and screenshots with `setNow()` or a
 *   `<meta name="news-embed-now" content="2024-08-03T12:00:00Z">` in the page.
 * - `subscribeClock()` gives every element one shared timer: it runs only while something is
 *   subscribed and the page is visible (Page Visibility API), and ticks at once when the page
 *   becomes visible again.
 */

export interface ParsedDate {
  date: Date;
  /** True for a date without a time, which is shown in UTC so it is the same day everywhere. */
  dateOnly: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export function parseDate(value: unknown): ParsedDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31 || Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) {
    return undefined;
  }
  const dateOnly = h === undefined;
  // A date-only form is UTC in ECMAScript's Date.parse; a date-time without offset is local time.
  const date = new Date(dateOnly ? `${y}-${mo}-${d}T00:00:00Z` : value.trim().replace(' ', 'T'));
  if (Number.isNaN(date.getTime())) return undefined;
  // Rejects 2024-02-31 and the like, which Date silently rolls over into March.
  if (dateOnly && date.getUTCDate() !== day) return undefined;
  return { date, dateOnly };
}

let frozen: number | undefined;

/** Freezes "now" at `date` for every element on the page; `null` unfreezes it. */
export function setNow(date: Date | string | number | null): void {
  frozen = date === null ? undefined : new Date(date).getTime();
  notify();
}

/** The current time in milliseconds: frozen by `setNow()` or the `news-embed-now` meta tag if set. */
export function now(): number {
  if (frozen !== undefined) return frozen;
  const meta = document.querySelector<HTMLMetaElement>('meta[name="news-embed-now"]');
  const parsed = meta && parseDate(meta.content);
  return parsed ? parsed.date.getTime() : Date.now();
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', SECOND],
];

export interface RelativeOptions {
  locale: string;
  /** Beyond this many days from now the absolute date is shown instead. */
  thresholdDays?: number;
  now?: number;
}

/**
 * "4 days ago", "hace 4 días", "in 2 hours"; the absolute date once the distance from now passes
 * the threshold. `relative` says which one it is.
 */
export function formatRelative(parsed: ParsedDate, options: RelativeOptions): { text: string; relative: boolean } {
  const { locale, thresholdDays = 30, now: at = now() } = options;
  const diff = parsed.date.getTime() - at;
  const distance = Math.abs(diff);
  if (distance > thresholdDays * DAY) return { text: formatDate(parsed, locale), relative: false };
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  // Whole days for a date without a time: "yesterday", "4 days ago".
  if (parsed.dateOnly) {
    const startOfToday = Math.floor(at / DAY) * DAY;
    const days = Math.round((parsed.date.getTime() - startOfToday) / DAY);
    return { text: rtf.format(days, 'day'), relative: true };
  }
  for (const [unit, size] of units) {
    if (distance >= size || unit === 'second') {
      return { text: rtf.format(Math.trunc(diff / size), unit), relative: true };
    }
  }
  return { text: formatDate(parsed, locale), relative: false };
}

/** The absolute date ("Jul 30, 2024", "30 juil. 2024"), with the time when it has one and `withTime`. */
export function formatDate(parsed: ParsedDate, locale: string, withTime = false): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: withTime ? 'long' : 'medium',
    ...(withTime && !parsed.dateOnly ? { timeStyle: 'short' } : {}),
    ...(parsed.dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(parsed.date);
}

type Listener = () => void;
const listeners = new Set<Listener>();
let timer: ReturnType<typeof setInterval> | undefined;
/** How often relative times are refreshed. */
export const CLOCK_INTERVAL = 30 * SECOND;

function notify() {
  for (const listener of [...listeners]) listener();
}

function sync() {
  const run = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (run && timer === undefined) timer = setInterval(notify, CLOCK_INTERVAL);
  if (!run && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

function handleVisibility() {
  sync();
  if (document.visibilityState === 'visible') notify();
}

/** Calls `listener` on every tick of the shared clock until the returned function is called. */
export function subscribeClock(listener: Listener): () => void {
  if (listeners.size === 0) document.addEventListener('visibilitychange', handleVisibility);
  listeners.add(listener);
  sync();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) document.removeEventListener('visibilitychange', handleVisibility);
    sync();
  };
}

/** Whether the shared clock's timer is running (for tests and leak checks). */
export function clockRunning(): boolean {
  return timer !== undefined;
}
