/**
 * Dates and relative time, shared by every element that shows a date.
 *
 * - `parseDate` (in `date.ts`) reads ISO 8601 and the other forms publishers write, by rule, the
 *   same in every engine.
 * - `now()` is the current time, unless frozen for tests and screenshots with `setNow()` or a
 *   `<meta name="news-embed-now" content="2024-08-03T12:00:00Z">` in the page.
 * - `subscribeClock()` gives every element one shared timer: it runs only while something is
 *   subscribed and the page is visible (Page Visibility API), and ticks at once when the page
 *   becomes visible again.
 */
import { isServer } from 'lit';
import { formatter } from './intl.js';

import { parseDate, type ParsedDate } from './date.js';

export { parseDate, type ParsedDate } from './date.js';

let frozen: number | undefined;

/** Freezes "now" at `date` for every element on the page; `null` unfreezes it. */
export function setNow(date: Date | string | number | null): void {
  const time = new Date(date ?? NaN).getTime();
  // An unparsable value unfreezes rather than freezing at NaN, which would print "NaN days ago".
  frozen = isNaN(time) ? undefined : time;
  notify();
}

/** The current time in milliseconds: frozen by `setNow()` or the `news-embed-now` meta tag if set. */
export function now(): number {
  // A server has no page to read a frozen "now" from: only `setNow()`.
  const meta = isServer ? null : document.querySelector<HTMLMetaElement>('meta[name="news-embed-now"]');
  return frozen ?? parseDate(meta?.content)?.date.getTime() ?? Date.now();
}

const DAY = 864e5;
// The units of a relative time, largest first, and the length of each in milliseconds.
const UNITS = 'year month week day hour minute second'.split(' ') as Intl.RelativeTimeFormatUnit[];
const SIZES = [365 * DAY, 30 * DAY, 7 * DAY, DAY, 36e5, 6e4, 1e3];

/**
 * "4 days ago", "hace 4 días", "in 2 hours"; `undefined` once the distance from now passes
 * `thresholdDays`, where the absolute date should show instead.
 */
export function formatRelative(parsed: ParsedDate, locale: string, thresholdDays = 30, at = now()): string | undefined {
  const time = parsed.date.getTime();
  const diff = time - at;
  if (Math.abs(diff) > thresholdDays * DAY) return;
  const rtf = formatter(Intl.RelativeTimeFormat, locale, { numeric: 'auto' });
  // Whole days for a date without a time: "yesterday", "4 days ago".
  if (parsed.dateOnly) return rtf.format(Math.round((time - Math.floor(at / DAY) * DAY) / DAY), 'day');
  // The largest unit the distance reaches; under a second, seconds (`at(-1)` when none is found).
  const i = SIZES.findIndex((size) => Math.abs(diff) >= size);
  return rtf.format(Math.trunc(diff / SIZES.at(i)!), UNITS.at(i)!);
}

/** The absolute date ("Jul 30, 2024", "30 juil. 2024"), with the time when it has one and `withTime`. */
export function formatDate(parsed: ParsedDate, locale: string, withTime?: boolean): string {
  return formatter(Intl.DateTimeFormat, locale, {
    dateStyle: withTime ? 'long' : 'medium',
    timeStyle: withTime && !parsed.dateOnly ? 'short' : undefined,
    timeZone: parsed.dateOnly ? 'UTC' : undefined,
  }).format(parsed.date);
}

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
/** How often relative times are refreshed. */
export const CLOCK_INTERVAL = 30e3;

function notify() {
  listeners.forEach((listener) => listener());
}

function sync() {
  // Adding or removing the same listener twice is a no-op (DOM, "add an event listener").
  document[listeners.size ? 'addEventListener' : 'removeEventListener']('visibilitychange', handleVisibility);
  if (!listeners.size || document.visibilityState == 'hidden') timer = void clearInterval(timer);
  else timer ??= setInterval(notify, CLOCK_INTERVAL);
}

function handleVisibility() {
  sync();
  if (document.visibilityState == 'visible') notify();
}

/** Calls `listener` on every tick of the shared clock until the returned function is called. */
export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  sync();
  return () => {
    listeners.delete(listener);
    sync();
  };
}

/** Whether the shared clock's timer is running (for tests and leak checks). */
export function clockRunning(): boolean {
  return timer !== undefined;
}
