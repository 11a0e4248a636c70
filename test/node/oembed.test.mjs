// oEmbed by the spec (https://oembed.com/ §2.2) and the allowed story origins, in Node: the request
// and answer checks of integrations/oembed/oembed.mjs, the Node server of
// docs/hosting.md (examples/hosting/oembed-server.mjs, shown there verbatim) and `npm start`'s plugin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  allowedOriginsOf,
  allowedUrl,
  checkedAnswer,
  dimension,
  oembedFor,
  oembedRequest,
  parseAllowedOrigins,
  withAllowedOrigins,
} from '../../integrations/oembed/oembed.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const story = JSON.parse(read('demo/story/story.json'));
const base = 'https://news.example';
const isPage = (page) => page.href === `${base}/s/`;

test('a url outside the story pages answers 404; a format other than json 501', () => {
  for (const url of [
    `${base}/s/`,
    `${base}/s/index.html`,
  ]) assert.equal(oembedRequest({ url }, isPage).status, 200, url);
  for (const url of [
    undefined,
    '',
    '/s/',
    '//news.example/s/',
    'https://news.example.attacker.example/s/',
    'https://attacker.example/s/',
    'https://user:pass@news.example/s/',
    'https://news.example@attacker.example/s/',
    'http://news.example/s/',
    'https://news.example:444/s/',
    'https://news.example/s/?x=1',
    'https://news.example/s/#x',
    'https://news.example/s/../t/',
    'https://news.example/other/',
    'javascript:alert(1)//https://news.example/s/',
    'data:text/html,https://news.example/s/',
    'https://xn--news-9ta.example/s/',
  ]) assert.deepEqual(oembedRequest({ url }, isPage).status, 404, String(url));
  assert.equal(oembedRequest({ url: `${base}/s/`, format: 'xml' }, isPage).status, 501);
  assert.equal(oembedRequest({ url: `${base}/s/`, format: 'json' }, isPage).status, 200);
  // Repeated parameters: the first counts.
  assert.equal(oembedRequest({ url: [`${base}/s/`, 'https://attacker.example/'] }, isPage).status, 200);
  assert.equal(oembedRequest({ url: ['https://attacker.example/', `${base}/s/`] }, isPage).status, 404);
});

test('maxwidth and maxheight junk is ignored, and what is given is clamped', () => {
  for (const junk of ['abc', '-5', '0', '1e9', '0x10', '12px', '1.5', '', ' ', 'Infinity', 'NaN', '9999999', ['x', '300']]) {
    assert.equal(dimension(junk), undefined, JSON.stringify(junk));
  }
  assert.equal(dimension('320'), 320);
  assert.equal(dimension(['320', '400']), 320);
  const urls = { storyUrl: `${base}/s/story.json`, pageUrl: `${base}/s/`, frameUrl: `${base}/dist/embed.html`, providerUrl: `${base}/` };
  for (const [maxwidth, maxheight] of [[999999, 999999], [1, 1], [undefined, undefined]]) {
    const answer = oembedFor(story, { ...urls, maxwidth, maxheight });
    assert.ok(answer.width >= 200 && answer.width <= 800, `width ${answer.width}`);
    assert.ok(answer.height >= 1 && answer.height <= 1000, `height ${answer.height}`);
  }
});

test("the answer's html and every URL in it are checked against the allowed origins", () => {
  const urls = { storyUrl: `${base}/s/story.json`, pageUrl: `${base}/s/`, frameUrl: `${base}/dist/embed.html`, providerUrl: `${base}/` };
  const good = checkedAnswer(oembedFor(story, urls), [base]);
  assert.ok(good);
  assert.match(good.html, /^<div class="news-embed-card" style="display:grid"><blockquote [^>]*><p><a href="https:\/\/news\.example\/s\/">/);
  for (const bad of [
    { frameUrl: 'https://attacker.example/dist/embed.html' },
    { storyUrl: 'https://attacker.example/story.json' },
    { pageUrl: 'https://attacker.example/s/' },
    { pageUrl: 'javascript:alert(1)' },
    { providerUrl: 'https://attacker.example/' },
  ]) assert.equal(checkedAnswer(oembedFor(story, { ...urls, ...bad }), [base]), undefined, JSON.stringify(bad));
  const listed = checkedAnswer(oembedFor(story, { ...urls, storyUrl: 'https://cdn.news.example/s/story.json' }), [base, 'https://cdn.news.example']);
  assert.ok(listed, 'a listed second origin');
  // A thumbnail that is not http(s) is left out, the rest of the answer kept.
  const odd = { ...story, image: { '@type': 'ImageObject', url: 'javascript:alert(1)', width: 10, height: 10 } };
  const answer = checkedAnswer(oembedFor(odd, urls), [base]);
  assert.equal(answer.thumbnail_url, undefined);
  // Markup in the headline stays text.
  const html = checkedAnswer(oembedFor({ ...story, headline: '<script>alert(1)</script>"' }, urls), [base]).html;
  assert.doesNotMatch(html, /<script/);
});

test('allowed origins: one list, checked at build time, written into and read from embed.html', () => {
  assert.deepEqual(parseAllowedOrigins('https://a.example, http://b.example:8080 https://c.example/'), [
    'https://a.example',
    'http://b.example:8080',
    'https://c.example',
  ]);
  assert.deepEqual(parseAllowedOrigins(undefined), []);
  for (const bad of ['*', 'https://*.example', 'a.example', 'https://a.example/path', 'https://u:p@a.example', 'javascript:alert(1)', 'ftp://a.example']) {
    assert.throws(() => parseAllowedOrigins(bad), /not an origin/, bad);
  }
  const html = withAllowedOrigins(read('embed/embed.html'), ['https://a.example', 'https://b.example']);
  assert.deepEqual(allowedOriginsOf(html, 'https://own.example/x/'), ['https://own.example', 'https://a.example', 'https://b.example']);
  assert.deepEqual(allowedOriginsOf(read('dist/embed.html'), 'https://own.example/'), ['https://own.example', ...parseAllowedOrigins(process.env.NEWS_EMBED_ALLOWED_ORIGINS)]);
  assert.equal(allowedUrl('https://a.example.attacker.example/', ['https://a.example']), undefined);
  assert.equal(allowedUrl('/s/', ['https://a.example'], 'https://a.example/x'), 'https://a.example/s/');
});

test('the Node server of docs/hosting.md answers by the spec, and the guide shows it as tested', async () => {
  const code = read('examples/hosting/oembed-server.mjs');
  const guide = read('docs/hosting.md');
  const body = code.slice(code.indexOf('import { createServer }'), code.indexOf('\nif (import.meta.url'));
  assert.ok(guide.includes(body.trim()), 'docs/hosting.md shows examples/hosting/oembed-server.mjs');

  const dir = mkdtempSync(join(tmpdir(), 'news-embed-oembed-'));
  mkdirSync(join(dir, 'dist'));
  mkdirSync(join(dir, 'stories', 'maduro'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'embed.html'), withAllowedOrigins(read('embed/embed.html'), ['https://cdn.news.example']));
  writeFileSync(join(dir, 'stories', 'maduro', 'story.json'), JSON.stringify(story));
  process.env.BASE_URL = base;
  process.env.ROOT = dir;
  const { server } = await import('../../examples/hosting/oembed-server.mjs');
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const at = `http://127.0.0.1:${server.address().port}`;
  const ask = (query) => fetch(`${at}/oembed?${new URLSearchParams(query)}`, { redirect: 'manual' });
  try {
    const ok = await ask({ url: `${base}/stories/maduro/`, maxwidth: '420', maxheight: 'junk' });
    assert.equal(ok.status, 200);
    const answer = await ok.json();
    assert.equal(answer.width, 420);
    assert.ok(answer.height <= 1000);
    assert.match(answer.html, /<iframe src="https:\/\/news\.example\/dist\/embed\.html\?/);
    for (const url of [`${base}/stories/nothing/`, `${base}/stories/../dist/`, 'https://news.example.attacker.example/stories/maduro/', `${base}/stories/maduro/?a=1`]) {
      assert.equal((await ask({ url })).status, 404, url);
    }
    assert.equal((await ask({ url: `${base}/stories/maduro/`, format: 'xml' })).status, 501);
  } finally {
    server.close();
  }
});
