/**
 * Reads the dates publishers write, by rule and the same in every engine (`Date.parse` is never
 * used: beyond ECMAScript's own format, what it accepts differs between browsers).
 *
 * - ISO 8601, extended or basic: `2024-07-30`, `2024-07-30T14:05:00Z`, `2019-12-09 09:08:21+01:00`,
 *   `20180619T055000+0900`, a fraction of a second, an offset with or without a colon, a month or
 *   day of one digit (`2022-5-3`), `/` between the parts (`2024/07/30`).
 * - English month names, in any order with the day and year (the month is a name, so there is no
 *   day/month doubt): `Wed, 04 May 2022 00:25:56 GMT` (RFC 2822), `Mon, Jan 7 2019 15:37:00 EST`,
 *   `Tue Jan 28 15:28:56 CET 2020`, `July 30, 2024`, `3:45 pm`.
 * - A zone is `Z`, an offset (`+0100`, `+01:00`, `GMT+1`) or one of the abbreviations in `ZONES`:
 *   only those that name one offset. `IST` (India, Ireland or Israel), `BST` (Britain or
 *   Bangladesh) and the like are refused, as is a date with numbers only in another order
 *   (`03/08/2024`). A date-time without a zone is local time.
 */

export interface ParsedDate {
  date: Date;
  /** True for a date without a time, which is shown in UTC so it is the same day everywhere. */
  dateOnly: boolean;
}

// Abbreviation and its offset in hours from UTC (RFC 2822's US zones, then others in common use
// that stand for one offset only).
const ZONES = ' UT0 UTC0 GMT0 Z0 EST-5 EDT-4 CST-6 CDT-5 MST-7 MDT-6 PST-8 PDT-7 WET0 WEST1 CET1 CEST2 EET2 EEST3 MSK3 JST9 KST9 AEST10 AEDT11';
const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const ISO =
  /^(\d{4})(?:([-/])(\d\d?)\2(\d\d?)|(\d\d)(\d\d))(?:[T ](\d\d):?(\d\d)(?::?(\d\d)([.,]\d+)?)?)?(.*)$/i;
const TIME = /^(\d\d?):(\d\d)(?::(\d\d)([.,]\d+)?)?$/;

/** Minutes east of UTC in `zone` (`''` is local time: `null`); `undefined` when unreadable. */
function offset(zone: string): number | null | undefined {
  const [, name = '', sign, h = 0, m = 0] = /^([a-z]*)(?:([+-])(\d\d?):?(\d\d)?)?$/i.exec(zone) ?? [];
  const base = name ? new RegExp(` ${name}(-?[\\d.]+)`, 'i').exec(ZONES)?.[1] : sign ? '0' : zone ? undefined : null;
  if (sign && (!/^(gmt|utc|ut|z|)$/i.test(name) || +h > 14 || +m > 59)) return;
  return base == null ? (base as null | undefined) : +base * 60 + (sign == '-' ? -1 : 1) * (+h * 60 + +m);
}


export function parseDate(value: unknown): ParsedDate | undefined {
  const text = typeof value == 'string' ? value.trim() : '';
  let [y, mo, d, h, mi, s, fraction, zone]: (string | number | undefined)[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    [, y, , mo = iso[5], d = iso[6], , , h, mi, s, fraction, zone = ''] = iso;
    zone = zone.trim();
  } else {
    // Words: each is a weekday, month, day, year, time, am/pm or the zone, at most once each.
    zone = '';
    let pm: boolean | undefined;
    for (const word of text.toLowerCase().split(/[\s,]+|\.(?=\s)/)) {
      // A month is at least its first three letters ("Jan", "Sept.", "January").
      const month = word.length > 2 ? MONTHS.findIndex((name) => name.startsWith(word)) : -1;
      const time = TIME.exec(word);
      if (/^\d{4}$/.test(word) && y == null) y = word;
      else if (/^\d\d?\.?$/.test(word) && d == null) d = parseInt(word);
      else if (month >= 0 && mo == null) mo = month + 1;
      else if (time && h == null) [, h, mi, s, fraction] = time;
      else if (/^[ap]\.?m\.?$/.test(word) && pm == null) pm = word[0] == 'p';
      else if (word && !/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*$/.test(word)) {
        if (zone) return;
        zone = word;
      }
    }
    if (pm != null && (+h! > 12 || +h! < 1)) return;
    if (pm != null) h = (+h! % 12) + (pm ? 12 : 0);
  }
  const minutes = offset(zone);
  if (y == null || mo == null || d == null || minutes === undefined) return;
  const parts = [+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0)] as const;
  // A date or time that does not exist (2024-02-31, 24:00, 12:60) rolls over into another one,
  // which no longer reads back as written.
  const utc = new Date(Date.UTC(...parts));
  const read = [utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds()];
  if (read.some((n, i) => n != parts[i])) return;
  const ms = +((fraction ?? '.').slice(1) + '00').slice(0, 3);
  const date = h == null ? utc : minutes == null ? new Date(...parts, ms) : new Date(+utc + ms - minutes * 6e4);
  return { date, dateOnly: h == null };
}
