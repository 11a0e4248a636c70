// Hostile query strings against the hosted frame (dist/embed.html, as built): schemes that run
// script or carry data, protocol-relative and backslashed hosts, credentials, encoded and Unicode
// look-alike hosts, the allowed origin as a prefix of another host, overlong values, repeated
// parameters, markup in every parameter. For each: no fetch and no resource from a refused origin,
// no link to one, no script run (every payload calls the probe's `__xss` canary), no uncaught error.
// Frames open in batches side by side, so the 100-odd cases take a few seconds per engine.
import { expect } from '@open-wc/testing';
import { openPage, type HostPage } from '../pages/helpers.js';
import { requested, token, until } from '../helpers.js';

type Article = HTMLElement & { updateComplete: Promise<unknown> };

const { protocol, hostname, port, host } = location;
const own = location.origin;
const otherHost = hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const other = `${protocol}//${otherHost}:${port}`;
/** Tags every URL of another origin that reaches this server: none may. */
const refusedTag = token();
/** Tags the allowed stories. */
const ownTag = token();

const XSS = '<img src=x onerror=__xss()><script>__xss()</script>';
const storyJson = JSON.stringify({
  '@type': 'NewsArticle',
  headline: `Own story ${XSS}`,
  alternativeHeadline: `javascript:__xss()`,
  datePublished: '2024-08-03T09:00:00Z',
  articleBody: `Body ${XSS}`,
  url: 'https://attacker.example/phish',
});
const ownStory = `${own}/__respond?type=application/json&body=${encodeURIComponent(storyJson)}&t=${ownTag}`;
const otherStory = `${other}/__respond?type=application/json&body=${encodeURIComponent(storyJson)}&t=${refusedTag}`;
const q = (params: [string, string][]) => params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');

/** URLs that must never be fetched (as src) nor linked (as href). */
const hostile: string[] = [
  'javascript:__xss()',
  'JaVaScRiPt:__xss()',
  'java\tscript:__xss()',
  'java\nscript:__xss()',
  ' javascript:__xss()',
  '\u0001javascript:__xss()',
  'javascript://%0a__xss()',
  `data:application/json,${encodeURIComponent(storyJson)}`,
  `data:text/html,<script>__xss()</script>`,
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  `blob:${own}/00000000-0000-0000-0000-000000000000`,
  'file:///etc/passwd',
  'about:blank',
  `ftp://${host}/story.json`,
  `ws://${host}/story.json`,
  '//attacker.example/story.json',
  '///attacker.example/story.json',
  '\\\\attacker.example/story.json',
  '/\\attacker.example/story.json',
  '\\/attacker.example/story.json',
  'https://attacker.example/story.json',
  'http://attacker.example/story.json',
  `http://attacker.example\\@${host}/story.json`,
  `${own}@attacker.example/story.json`,
  `http://user:pass@${host}/story.json`,
  `http://user@${host}/story.json`,
  `http://:@${host}/story.json`,
  `http://${hostname}.attacker.example:${port}/story.json`,
  `http://${hostname}.attacker.example/story.json`,
  `${own}.attacker.example/story.json`,
  `http://attacker.example/${own}/story.json`,
  `http://attacker.example?${own}`,
  `https://${host}/story.json`,
  `http://${hostname}:${Number(port) + 1}/story.json`,
  `http://${hostname}:0${port}0/story.json`,
  otherStory,
  `${other}/__respond?t=${refusedTag}`,
  `http://127.1:${port}/__respond?t=${refusedTag}`,
  `http://2130706433:${port}/__respond?t=${refusedTag}`,
  `http://0x7f.0.0.1:${port}/__respond?t=${refusedTag}`,
  `http://[::1]:${port}/__respond?t=${refusedTag}`,
  `http://[::ffff:127.0.0.1]:${port}/__respond?t=${refusedTag}`,
  `http://l\u043ecalhost:${port}/story.json`,
  `http://xn--lcalhost-9zf:${port}/story.json`,
  `http://${hostname}\u3002attacker.example/story.json`,
  `http://${host}%2F.attacker.example/story.json`,
  `http://${hostname}%2eattacker.example:${port}/story.json`,
  `http%3A%2F%2Fattacker.example%2Fstory.json`,
  `http://attacker.example%2F@${host}/`,
  `http://attacker.example/\r\nX-Injected: 1`,
  `http://attacker.example/%00`,
  `http://${'a'.repeat(70)}.example/story.json`,
  `https://attacker.example/${'a'.repeat(6_000)}`,
  'x'.repeat(6_000),
  '',
];

interface Case {
  query: string;
}

const cases: Case[] = [
  ...hostile.map((src) => ({ query: q([['src', src], ['layout', 'card']]) })),
  ...hostile.map((href) => ({ query: q([['src', ownStory], ['layout', 'card'], ['href', href]]) })),
  // Repeated parameters: the first one counts, whichever it is.
  { query: `src=${encodeURIComponent(otherStory)}&src=${encodeURIComponent(ownStory)}` },
  { query: `src=${encodeURIComponent(ownStory)}&src=${encodeURIComponent(otherStory)}&layout=card&href=${encodeURIComponent('https://attacker.example/')}&href=${encodeURIComponent(own + '/')}` },
  { query: `layout=card&layout=full&src=${encodeURIComponent(ownStory)}&theme=dark&theme=${encodeURIComponent(XSS)}` },
  ...[
    ['lang', `en"><img src=x onerror=__xss()>`],
    ['lang', 'javascript:__xss()'],
    ['lang', 'x'.repeat(5_000)],
    ['lang', 'ar'],
    ['lang', '../../etc'],
    ['lang', 'en\u0000'],
    ['lang', 'zh-Hant-TW-u-nu-hanidec'],
    ['theme', XSS],
    ['theme', 'dark;background:url(https://attacker.example/x)'],
    ['theme', 'x'.repeat(5_000)],
    ['layout', 'CARD'],
    ['layout', `card${XSS}`],
    ['interval', '-1'],
    ['interval', '0'],
    ['interval', '1e9'],
    ['interval', '99999999999999999999'],
    ['interval', 'NaN'],
    ['interval', '1;__xss()'],
    ['heading-level', '0'],
    ['heading-level', '7"><script>__xss()</script>'],
    ['lead', 'https://attacker.example/lead.jpg'],
    ['timeout', '1'],
    ['story', storyJson],
    ['onload', '__xss()'],
    ['src[]', 'https://attacker.example/story.json'],
  ].map(([name, value]) => ({ query: `${q([['src', ownStory]])}&${q([[name!, value!]])}` })),
];

const allowedOrigin = (url: string) => {
  try {
    return new URL(url).origin === own;
  } catch {
    return false;
  }
};

/** Opens one case and returns what went wrong (nothing, when it passes). */
async function check({ query }: Case): Promise<string[]> {
  let page: HostPage | undefined;
  try {
    page = await openPage(`/dist/embed.html?probe=1&${query}`, { width: 500, height: 700 });
    const article = page.doc.querySelector('news-article') as Article;
    await until(
      () => article.querySelector('[role=alert]') || article.shadowRoot?.querySelector('[part~=headline], [part~=error]'),
      'the frame shows a story, an error or its refusal',
      8000,
    );
    // (No waiting for animation frames: the frames of a batch stack up past the test page's
    // viewport, where WebKit pauses them. The checks read the DOM and the resource log.)
    await article.updateComplete;
    const { probe, win } = page;
    const problems: string[] = [];
    const fetched = probe.fetches.map((f) => new URL(f.url, page!.doc.baseURI).href);
    for (const url of fetched) if (!allowedOrigin(url)) problems.push(`fetched ${url.slice(0, 120)}`);
    for (const entry of win.performance.getEntriesByType('resource')) if (!allowedOrigin(entry.name)) problems.push(`loaded ${entry.name.slice(0, 120)}`);
    const root = article.shadowRoot!;
    for (const a of [...root.querySelectorAll('a[href]'), ...page.doc.querySelectorAll('a[href]')]) {
      if (!allowedOrigin((a as HTMLAnchorElement).href)) problems.push(`links to ${(a as HTMLAnchorElement).href.slice(0, 120)}`);
    }
    if (probe.xss) problems.push(`script ran ${probe.xss} time(s)`);
    if (probe.errors.length) problems.push(...probe.errors);
    if (probe.violations.length) problems.push(...probe.violations);
    return problems;
  } catch (error) {
    return [String(error)];
  } finally {
    page?.close();
  }
}

// Overlong values stay under Node's 16 KiB limit for a request head (a longer URL is answered 431
// by the server before the page exists).
const BATCH = 10;

describe(`dist/embed.html under ${cases.length} hostile query strings`, () => {
  it('counts at least 100 cases', () => {
    expect(cases.length).to.be.at.least(100);
  });

  for (let start = 0; start < cases.length; start += BATCH) {
    const batch = cases.slice(start, start + BATCH);
    it(`cases ${start + 1}–${start + batch.length}: nothing from refused origins, no script, no error`, async function () {
      this.timeout(30_000);
      const results = await Promise.all(batch.map(check));
      const failed = results.flatMap((problems, i) => (problems.length ? [`?${batch[i]!.query.slice(0, 160)}: ${problems.join('; ')}`] : []));
      expect(failed).to.deep.equal([]);
    });
  }

  it('no request for a refused origin reached the server', async () => {
    expect((await requested(refusedTag)).filter((url) => !url.startsWith('/dist/embed.html'))).to.deep.equal([]);
  });
});
