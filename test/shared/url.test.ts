import { expect } from '@open-wc/testing';
import { safeSrcset, safeUrl } from '../../src/shared/url.js';

describe('safeUrl', () => {
  const passes: [string, string][] = [
    ['https://example.com/a.jpg', 'https'],
    ['http://example.com/a.jpg', 'http'],
    ['HTTPS://EXAMPLE.COM/', 'upper-case scheme'],
    ['/images/a.jpg', 'root-relative'],
    ['images/a.jpg', 'path-relative'],
    ['../a.jpg?x=1#y', 'parent-relative with query and fragment'],
    ['  https://example.com/a.jpg\n', 'surrounding whitespace'],
  ];
  for (const [url, label] of passes) {
    it(`accepts ${label}`, () => {
      expect(safeUrl(url), url).to.equal(url.trim());
    });
  }

  const refusals: [unknown, string][] = [
    ['javascript:alert(1)', 'unsafe-scheme'],
    ['JavaScript:alert(1)', 'unsafe-scheme'],
    ['java\tscript:alert(1)', 'unsafe-scheme'],
    ['java\nscript:alert(1)', 'unsafe-scheme'],
    ['\u0000javascript:alert(1)', 'unsafe-scheme'],
    ['  javascript:alert(1)', 'unsafe-scheme'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'unsafe-scheme'],
    ['vbscript:msgbox(1)', 'unsafe-scheme'],
    ['file:///etc/passwd', 'unsafe-scheme'],
    ['blob:https://example.com/uuid', 'unsafe-scheme'],
    ['mailto:someone@example.com', 'unsafe-scheme'],
    ['//evil.example/a.js', 'protocol-relative'],
    ['/\\evil.example/a.js', 'protocol-relative'],
    ['\\\\evil.example/a.js', 'protocol-relative'],
    ['https://user:pass@example.com/', 'credentials'],
    ['https://user@example.com/', 'credentials'],
    ['http://[::1', 'malformed'],
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [42, 'empty'],
  ];
  for (const [url, reason] of refusals) {
    it(`refuses ${JSON.stringify(url)} (${reason})`, () => {
      expect(safeUrl(url)).to.equal(undefined);
    });
  }

  it('safeUrl returns the trimmed URL or undefined', () => {
    expect(safeUrl(' /a.jpg ')).to.equal('/a.jpg');
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
  });

  it('safeSrcset keeps only the entries that pass', () => {
    expect(safeSrcset('/a-640.jpg 640w, javascript:alert(1) 1280w, /a-1280.jpg 1280w')).to.equal(
      '/a-640.jpg 640w, /a-1280.jpg 1280w',
    );
    expect(safeSrcset('data:image/png;base64,AAAA 1x')).to.equal(undefined);
    expect(safeSrcset(undefined)).to.equal(undefined);
  });

  describe('safeSrcset splits candidates as the HTML standard does', () => {
    const svg = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    const cases: [string, string | undefined][] = [
      // A bare comma between candidates: the second URL is its own candidate and is refused.
      [`a.jpg 1x,${svg} 2x`, 'a.jpg 1x'],
      [`a.jpg 1x,data:image/png;base64,AAAA 2x`, 'a.jpg 1x'],
      // A comma inside a URL belongs to it: each of these is one URL.
      ['data:image/gif;base64,R0lGOD 1x', undefined],
      // Commas ending a URL close its candidate (no descriptors).
      ['a.jpg,b.jpg 2x', 'a.jpg,b.jpg 2x'],
      ['a.jpg,,, b.jpg 640w', 'a.jpg, b.jpg 640w'],
      [' , ,a.jpg 640w ,  b.jpg 1280w , ', 'a.jpg 640w, b.jpg 1280w'],
      ['javascript:alert(1),a.jpg 2x', undefined],
      ['javascript:alert(1), a.jpg 2x', 'a.jpg 2x'],
      // Descriptors run to a comma outside parentheses; anything but w/x/h descriptors drops the candidate.
      ['a.jpg (1x, javascript:alert(1)) 2x, b.jpg 1x', 'b.jpg 1x'],
      ['a.jpg 1.5x, b.jpg 2e0x', 'a.jpg 1.5x, b.jpg 2e0x'],
      ['a.jpg foo', undefined],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} -> ${JSON.stringify(expected)}`, () => expect(safeSrcset(input)).to.equal(expected));
    }

    it('never lets an <img> pick a refused URL', async () => {
      const img = new Image();
      img.srcset = safeSrcset(`${svg} 1x,${svg} 2x, /test/fixtures/random-image/blue.svg 3x`) ?? '';
      document.body.append(img);
      await img.decode();
      expect(img.currentSrc).to.match(/\/blue\.svg$/);
      img.remove();
    });
  });
});
