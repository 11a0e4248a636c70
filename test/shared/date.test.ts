import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/shared/date.js';

describe('parseDate: the forms publishers write', () => {
  // Each form with the instant it names (UTC) and whether it is a date without a time. All of
  // them are taken from real pages' JSON-LD.
  const zoned: [string, string, boolean?][] = [
    ['2019-12-09 09:08:21+01:00', '2019-12-09T08:08:21.000Z'],
    ['20180619T055000+0900', '2018-06-18T20:50:00.000Z'],
    ['Mon, Jan 7 2019 15:37:00 EST', '2019-01-07T20:37:00.000Z'],
    ['Thu, May 13 2021 14:01:31 EDT', '2021-05-13T18:01:31.000Z'],
    ['Tue Jan 28 15:28:56 CET 2020', '2020-01-28T14:28:56.000Z'],
    ['Wed, 04 May 2022 00:25:56 GMT', '2022-05-04T00:25:56.000Z'],
    ['Wed, 02 Feb 2022 09:12:22 +0100', '2022-02-02T08:12:22.000Z'],
    ['2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00.000Z'],
    ['2021-01-03T17:40:00EET', '2021-01-03T15:40:00.000Z'],
    ['2023-11-06T18:19+01:00', '2023-11-06T17:19:00.000Z'],
    ['2019-12-30T05:03-0500', '2019-12-30T10:03:00.000Z'],
    ['2016-05-24T07:00:00-0700', '2016-05-24T14:00:00.000Z'],
    ['2023-11-07T02:00:00.000-05:00', '2023-11-07T07:00:00.000Z'],
    ['2024-07-30T14:05:00+02', '2024-07-30T12:05:00.000Z'],
    ['2024-07-30T14:05:00,25Z', '2024-07-30T14:05:00.250Z'],
    ['2024-07-30 14:05 GMT+2', '2024-07-30T12:05:00.000Z'],
    ['Sun, 6 Nov 1994 08:49:37 PST', '1994-11-06T16:49:37.000Z'],
    ['November 6, 1994 8:49 pm PST', '1994-11-07T04:49:00.000Z'],
    ['Nov. 6, 1994, 12:15 a.m. JST', '1994-11-05T15:15:00.000Z'],
    ['6 November 1994 12:00 pm UTC', '1994-11-06T12:00:00.000Z'],
    ['2024-07-30T14:05:00 AEST', '2024-07-30T04:05:00.000Z'],
    ['July 30, 2024', '2024-07-30T00:00:00.000Z', true],
    ['30 Jul 2024', '2024-07-30T00:00:00.000Z', true],
    ['Tuesday, 30 July 2024', '2024-07-30T00:00:00.000Z', true],
    ['2024/07/30', '2024-07-30T00:00:00.000Z', true],
    ['20240730', '2024-07-30T00:00:00.000Z', true],
    ['2022-5-3', '2022-05-03T00:00:00.000Z', true],
  ];
  for (const [text, iso, dateOnly = false] of zoned) {
    it(`reads "${text}"`, () => {
      const parsed = parseDate(text)!;
      expect(parsed, text).to.exist;
      expect(parsed.date.toISOString()).to.equal(iso);
      expect(parsed.dateOnly).to.equal(dateOnly);
    });
  }

  // Without a zone, a date-time is the reader's local time (as ECMAScript reads ISO 8601).
  const local: [string, number[]][] = [
    ['2020-12-18 14:00:00', [2020, 11, 18, 14, 0, 0]],
    ['2022-5-3T23:57:00', [2022, 4, 3, 23, 57, 0]],
    ['2022-05-03 13:32:45.000000', [2022, 4, 3, 13, 32, 45]],
    ['2021-12-06 14:36', [2021, 11, 6, 14, 36, 0]],
    ['Jan 7 2019 3:37 PM', [2019, 0, 7, 15, 37, 0]],
  ];
  for (const [text, parts] of local) {
    it(`reads "${text}" as local time`, () => {
      const [y, m, d, h, mi, s] = parts as [number, number, number, number, number, number];
      expect(parseDate(text)?.date.getTime(), text).to.equal(new Date(y, m, d, h, mi, s).getTime());
    });
  }

  const refused = [
    // Zone abbreviations that stand for more than one offset.
    'Tue Jan 28 15:28:56 IST 2020',
    'Mon, Jan 7 2019 15:37:00 BST',
    '2024-07-30T14:05:00 XYZ',
    // Numbers only, in an order that is not year first: day or month first is a guess.
    '03/08/2024',
    '08-03-2024',
    '11.11.2021',
    // Month names in other languages, and words that are not dates.
    '4 de mayo de 2022',
    '28. März 2020',
    'yesterday',
    'Jan 2019',
    'Jan 7',
    // Impossible parts and malformed zones.
    'Feb 30 2024',
    'Jan 7 2019 13:00 pm',
    'Jan 7 2019 25:00',
    '2024-07-30T14:05:00+25:00',
    '2024-07-30T14:05:00 EST+0100',
    '2018-11-28CET11:59:00+0100',
    'Jan 7 2019 15:37:00 EST EST',
    'Jan Feb 7 2019',
  ];
  for (const text of refused) {
    it(`refuses "${text}"`, () => expect(parseDate(text)).to.equal(undefined));
  }

  it('reads the same instant in every engine it runs in (no Date.parse)', () => {
    // Date.parse reads this form in some engines only; parseDate reads it by rule.
    expect(parseDate('Tue Jan 28 15:28:56 CET 2020')!.date.getTime()).to.equal(Date.UTC(2020, 0, 28, 14, 28, 56));
    expect(parseDate('20180619T055000+0900')!.date.getTime()).to.equal(Date.UTC(2018, 5, 18, 20, 50));
  });
});
