// docs/hosting.md spells out the headers of integrations/hosting/headers.mjs (the ones the browser
// suite serves dist/ with) for every kind of host, value for value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { COMMON_HEADERS, EXAMPLE_ORIGIN, frameCsp, storyCsp, hostingHeaders } from '../../integrations/hosting/headers.mjs';

const FRAME_CSP = frameCsp();
const STORY_CSP = storyCsp();

const hosting = readFileSync(new URL('../../docs/hosting.md', import.meta.url), 'utf8');

test('the headers: CSP for the frame (framed by anyone) and the story page (not), nosniff, CORP on the bundle', () => {
  assert.match(FRAME_CSP, /frame-ancestors \*$/);
  assert.match(STORY_CSP, /frame-ancestors 'self'$/);
  assert.equal(hostingHeaders('/dist/embed.html', [EXAMPLE_ORIGIN])['Content-Security-Policy'], FRAME_CSP);
  assert.equal(hostingHeaders('/news-embed/story/', [EXAMPLE_ORIGIN])['Content-Security-Policy'], STORY_CSP);
  assert.equal(hostingHeaders('/dist/news-embed.js', [])['Cross-Origin-Resource-Policy'], 'cross-origin');
  assert.equal(hostingHeaders('/dist/news-embed.js', [])['Content-Security-Policy'], undefined);
  // The bundle names its map in no comment; the header does.
  assert.equal(hostingHeaders('/dist/news-embed.js', []).SourceMap, 'news-embed.js.map');
  assert.equal(hostingHeaders('/dist/embed-frame.js', []).SourceMap, undefined);
  assert.match(hostingHeaders('/dist/embed.html', [EXAMPLE_ORIGIN, 'https://cdn.example'])['Content-Security-Policy'], /connect-src 'self' https:\/\/news\.example\.com https:\/\/cdn\.example/);
});

for (const host of ['nginx', 'apache', 'text']) {
  test(`docs/hosting.md gives every header for ${host === 'text' ? 'Netlify/Cloudflare _headers' : host}`, () => {
    const block = new RegExp('```' + host + '\\n([\\s\\S]*?)```').exec(hosting.slice(hosting.indexOf('**Headers to send**')));
    assert.ok(block, `no ${host} block`);
    for (const value of [FRAME_CSP, STORY_CSP, ...Object.values(COMMON_HEADERS), 'cross-origin', 'news-embed.js.map']) {
      assert.ok(block[1].includes(value), `${host} lacks ${value.slice(0, 60)}`);
    }
  });
}

test('docs/hosting.md names S3/CloudFront and links the threat model', () => {
  assert.match(hosting, /CloudFront/);
  assert.match(hosting, /\]\(security\.md\)/);
});
