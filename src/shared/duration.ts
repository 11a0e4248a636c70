/**
 * Video durations: schema.org's `duration` is an ISO 8601 duration (`PT9M34S`); people also write
 * the clock form they see on a player (`9:34`, `1:02:03`). Both parse to seconds.
 *
 * Only days, hours, minutes and seconds are accepted in the ISO form (plus weeks): a year or a
 * month has no fixed length, so `P1M` is refused rather than guessed. Like ISO 8601, only the
 * smallest unit (the seconds) may have a fraction, with `.` or `,`.
 */
import { formatter } from './intl.js';

const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;
const CLOCK = /^(?:(\d+):([0-5]\d)|(\d+)):([0-5]\d)$/;

/** Seconds in `value` (`PT9M34S`, `P1DT2H`, `9:34`, `1:02:03`), or `undefined` when it is not one of those forms. */
export function parseDuration(value: unknown): number | undefined {
  const text = typeof value == 'string' ? value.trim() : '';
  const iso = ISO.exec(text);
  // "P" alone matches every optional group empty; "PT" is refused by the look-ahead.
  if (iso && text[1]) {
    const [, w = 0, d = 0, h = 0, m = 0, s = '0'] = iso;
    const seconds = ((+w * 7 + +d) * 24 + +h) * 3600 + +m * 60 + +s.replace(',', '.');
    // Absurdly long values (400 digits) are not a duration either.
    return seconds < 1e12 ? seconds : undefined;
  }
  const clock = CLOCK.exec(text);
  return clock ? (+(clock[1] ?? 0) * 60 + +(clock[2] ?? clock[3])!) * 60 + +clock[4]! : undefined;
}

/** Hours, minutes and seconds (rounded) in `seconds`. */
const hms = (seconds: number) => {
  const s = Math.round(seconds);
  return [(s / 3600) | 0, ((s / 60) | 0) % 60, s % 60] as const;
};

/** The clock form a player shows: `9:34`, `1:02:03`, `0:05` (whole seconds, rounded). */
export function formatDuration(seconds: number): string {
  const [h, m, s] = hms(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${h ? `${h}:${pad(m)}` : m}:${pad(s)}`;
}

/**
 * The duration in words for assistive technology: "9 minutes 34 seconds", "9 minutos 34 segundos"
 * (`Intl.NumberFormat` unit style, so the units are spelled and pluralised by the locale's rules).
 */
export function speakDuration(seconds: number, locale: string): string {
  const parts = hms(seconds);
  return ['hour', 'minute', 'second']
    .flatMap((unit, i) =>
      // Zero units are left out, except "0 seconds" for an empty duration.
      parts[i] || (i > 1 && !Math.round(seconds))
        ? formatter(Intl.NumberFormat, locale, { style: 'unit', unit, unitDisplay: 'long' }).format(parts[i]!)
        : [],
    )
    .join(' ');
}
