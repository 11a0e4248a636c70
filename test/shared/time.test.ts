import { expect } from '@open-wc/testing';
import {
  CLOCK_INTERVAL,
  clockRunning,
  formatDate,
  formatRelative,
  now,
  parseDate,
  setNow,
  subscribeClock,
} from '../../src/shared/time.js';

const utc = (value: string) => Date.parse(value);

describe('parseDate', () => {
  const valid: [string, string, boolean][] = [
    ['2024-07-30', '2024-07-30T00:00:00.000Z', true],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', true],
    ['2024-07-30T14:05:00Z', '2024-07-30T14:05:00.000Z', false],
    ['2024-07-30T14:05Z', '2024-07-30T14:05:00.000Z', false],
    ['2024-07-30t14:05:00z', '2024-07-30T14:05:00.000Z', false],
    ['2024-07-30 14:05:00Z', '2024-07-30T14:05:00.000Z', false],
    ['2024-07-30T14:05:00.5Z', '2024-07-30T14:05:00.500Z', false],
    ['2024-07-30T14:05:00.123456Z', '2024-07-30T14:05:00.123Z', false],
    ['2024-07-30T14:05:00+02:00', '2024-07-30T12:05:00.000Z', false],
    ['2024-07-30T14:05:00+0530', '2024-07-30T08:35:00.000Z', false],
    ['2024-07-30T14:05:00-04:00', '2024-07-30T18:05:00.000Z', false],
    ['  2024-07-30  ', '2024-07-30T00:00:00.000Z', true],
  ];
  for (const [text, iso, dateOnly] of valid) {
    it(`reads "${text}"`, () => {
      const parsed = parseDate(text)!;
      expect(parsed, text).to.exist;
      expect(parsed.date.toISOString()).to.equal(iso);
      expect(parsed.dateOnly).to.equal(dateOnly);
    });
  }

  it('reads a date-time without offset as local time', () => {
    const parsed = parseDate('2024-07-30T14:05:00')!;
    expect(parsed.date.getTime()).to.equal(new Date(2024, 6, 30, 14, 5, 0).getTime());
  });

  const invalid: unknown[] = [
    '', '2024', '2024-07', '30/07/2024', '07/30/2024', '2024-13-01', '2024-00-10',
    '2024-02-30', '2023-02-29', '2024-04-31', '2024-04-31T10:00:00Z', '2024-07-30T24:00:00Z', '2024-07-30T12:60Z',
    '2024-07-30T12:00:60Z', '2024-07-30T', '2024-07-30T1:00Z', 'yesterday', '<b>2024-07-30</b>', 1722297600000, null, {},
  ];
  for (const value of invalid) {
    it(`refuses ${JSON.stringify(value)}`, () => expect(parseDate(value)).to.equal(undefined));
  }
});

describe('now and setNow', () => {
  afterEach(() => {
    setNow(null);
    document.head.querySelectorAll('meta[name="news-embed-now"]').forEach((meta) => meta.remove());
  });

  it('is the real time by default', () => {
    expect(Math.abs(now() - Date.now())).to.be.lessThan(1000);
  });

  it('freezes with setNow() and unfreezes with null', () => {
    setNow('2024-08-03T12:00:00Z');
    expect(now()).to.equal(utc('2024-08-03T12:00:00Z'));
    setNow(new Date(0));
    expect(now()).to.equal(0);
    setNow(null);
    expect(Math.abs(now() - Date.now())).to.be.lessThan(1000);
  });

  it('ignores an unparsable setNow() value instead of freezing at NaN', () => {
    setNow('not a date');
    expect(Number.isNaN(now())).to.equal(false);
  });

  it('reads the news-embed-now meta tag, and setNow() wins over it', () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'news-embed-now', content: '2024-08-03T12:00:00Z' });
    document.head.append(meta);
    expect(now()).to.equal(utc('2024-08-03T12:00:00Z'));
    setNow('2020-01-01T00:00:00Z');
    expect(now()).to.equal(utc('2020-01-01T00:00:00Z'));
  });

  it('notifies clock subscribers when now changes', () => {
    let calls = 0;
    const unsubscribe = subscribeClock(() => calls++);
    setNow('2024-08-03T12:00:00Z');
    unsubscribe();
    expect(calls).to.equal(1);
  });
});

describe('formatRelative', () => {
  const at = utc('2024-08-03T12:00:00Z');
  const rel = (value: string, locale = 'en', thresholdDays?: number) =>
    formatRelative(parseDate(value)!, locale, thresholdDays, at) ?? 'absolute';

  it('counts whole days for a date', () => {
    expect(rel('2024-07-30')).to.equal('4 days ago');
    expect(rel('2024-08-02')).to.equal('yesterday');
    expect(rel('2024-08-03')).to.equal('today');
  });
  it('uses the largest fitting unit for a date-time', () => {
    expect(rel('2024-08-03T11:59:30Z')).to.equal('30 seconds ago');
    expect(rel('2024-08-03T10:00:00Z')).to.equal('2 hours ago');
    expect(rel('2024-08-03T14:00:00Z')).to.equal('in 2 hours');
    expect(rel('2024-07-20T12:00:00Z')).to.equal('2 weeks ago');
  });
  it('speaks Spanish and French', () => {
    expect(rel('2024-07-30', 'es')).to.equal('hace 4 días');
    expect(rel('2024-07-30', 'fr')).to.equal('il y a 4 jours');
  });
  it('switches to the absolute date past the threshold', () => {
    // Past it there is no relative text: the caller shows the absolute date.
    expect(rel('2024-06-01')).to.equal('absolute');
    expect(rel('2024-06-01', 'en', 90)).to.equal('63 days ago');
    expect(rel('2024-07-30', 'en', 3)).to.equal('absolute');
  });
});

describe('formatDate', () => {
  it('shows a date-only value on its own day in every time zone', () => {
    expect(formatDate(parseDate('2024-07-30')!, 'en')).to.equal('Jul 30, 2024');
    expect(formatDate(parseDate('2024-07-30')!, 'fr', true)).to.equal('30 juillet 2024');
  });
  it('adds the time when asked and known', () => {
    const text = formatDate(parseDate('2024-07-30T14:05:00Z')!, 'en', true);
    expect(text).to.match(/July (30|31), 2024/);
    expect(text).to.match(/\d:\d\d/);
  });
});

describe('subscribeClock', () => {
  let original: typeof window.setInterval;
  let started: number[];
  beforeEach(() => {
    original = window.setInterval;
    started = [];
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      started.push(timeout ?? 0);
      return original(handler, timeout, ...rest);
    }) as typeof window.setInterval;
  });
  afterEach(() => {
    window.setInterval = original;
  });

  it('runs one timer for any number of subscribers, and none after the last leaves', () => {
    expect(clockRunning()).to.equal(false);
    const unsubscribers = Array.from({ length: 5 }, () => subscribeClock(() => {}));
    expect(clockRunning()).to.equal(true);
    expect(started.filter((ms) => ms === CLOCK_INTERVAL)).to.have.length(1);
    unsubscribers.slice(1).forEach((unsubscribe) => unsubscribe());
    expect(clockRunning()).to.equal(true);
    unsubscribers[0]();
    expect(clockRunning()).to.equal(false);
  });

  it('pauses while the page is hidden and ticks at once when it is shown again', () => {
    let calls = 0;
    const unsubscribe = subscribeClock(() => calls++);
    try {
      // The Page Visibility API state cannot be changed from a page; shadow the getter instead.
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clockRunning()).to.equal(false);
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clockRunning()).to.equal(true);
      expect(calls).to.equal(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
      unsubscribe();
    }
  });
});
