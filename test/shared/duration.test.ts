import { expect } from '@open-wc/testing';
import { formatDuration, parseDuration, speakDuration } from '../../src/shared/duration.js';

describe('parseDuration', () => {
  const valid: [string, number][] = [
    ['PT9M34S', 574],
    ['pt9m34s', 574],
    ['PT1H2M3S', 3723],
    ['PT1H', 3600],
    ['PT45S', 45],
    ['PT0S', 0],
    ['PT90M', 5400],
    ['PT1.5S', 1.5],
    ['PT1,5S', 1.5],
    ['P1D', 86400],
    ['P1DT2H', 93600],
    ['P1W', 604800],
    [' PT9M34S ', 574],
    ['9:34', 574],
    ['0:05', 5],
    ['09:34', 574],
    ['1:02:03', 3723],
    ['10:00:00', 36000],
  ];
  for (const [text, seconds] of valid) {
    it(`reads "${text}" as ${seconds} s`, () => expect(parseDuration(text)).to.equal(seconds));
  }

  const invalid: unknown[] = [
    '', 'P', 'PT', 'P1DT', 'PT9M34', 'PT1.5M', 'P1Y', 'P1M', 'P1MT2S', 'T9M34S', '9M34S',
    'PT-1S', 'PT9M34S extra', '9:60', '9:5', '1:60:00', ':34', '1:02:03:04', '9.34', 'nine minutes',
    '<b>9:34</b>', 574, null, undefined, {},
  ];
  for (const value of invalid) {
    it(`refuses ${JSON.stringify(value) ?? String(value)}`, () => expect(parseDuration(value)).to.equal(undefined));
  }
});

describe('formatDuration', () => {
  const cases: [number, string][] = [
    [574, '9:34'],
    [5, '0:05'],
    [0, '0:00'],
    [60, '1:00'],
    [3723, '1:02:03'],
    [36000, '10:00:00'],
    [1.5, '0:02'],
  ];
  for (const [seconds, text] of cases) {
    it(`shows ${seconds} s as ${text}`, () => expect(formatDuration(seconds)).to.equal(text));
  }
});

describe('speakDuration', () => {
  // French and Spanish put a no-break space between number and unit.
  const speak = (seconds: number, locale: string) => speakDuration(seconds, locale).replace(/[\u00a0\u202f]/g, ' ');
  it('spells minutes and seconds in English', () => expect(speakDuration(574, 'en')).to.equal('9 minutes 34 seconds'));
  it('uses singular forms', () => expect(speakDuration(3661, 'en')).to.equal('1 hour 1 minute 1 second'));
  it('leaves out zero units', () => expect(speakDuration(3600, 'en')).to.equal('1 hour'));
  it('says zero seconds for an empty duration', () => expect(speakDuration(0, 'en')).to.equal('0 seconds'));
  it('speaks Spanish', () => expect(speak(574, 'es')).to.equal('9 minutos 34 segundos'));
  it('speaks French', () => expect(speak(574, 'fr')).to.equal('9 minutes 34 secondes'));
});
