// A Playwright test of a page that embeds a news-embed story (../host.html), run by Node's test
// runner: `node --test examples/testing/playwright/`. It uses playwright-core with a browser already
// on the machine: CHROMIUM_BIN, else Debian's /usr/bin/chromium, else Playwright's own build
// (`npx playwright install chromium`). The page is served by a small static server started here.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { visibleText, whenReady } from 'news-embed/testing';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml', '.css': 'text/css', '.map': 'application/json' };
// The lead image the seed "example-daily" picks, on every load and in every browser.
const SEEDED_ALT = 'Illustration: two figures on a stage raise their joined hands before a crowd waving yellow, blue and red Venezuelan flags.';

/** Serves the repository's files (the host page, dist/ and the demo images) on a free local port. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = await readFile(join(ROOT, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

let server;
let browser;
let page;
let origin;
const executablePath = process.env.CHROMIUM_BIN ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

before(async () => {
  server = await serve();
  origin = `http://127.0.0.1:${server.address().port}`;
  // Every host name but the local server fails to resolve: the test never touches the network.
  browser = await chromium.launch({ executablePath, args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens the host page in a fresh page, recording every request and every `news-article-error`. */
async function open() {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  // Before the page's own scripts, so no event is missed.
  await page.addInitScript(() => {
    window.storyErrors = [];
    document.addEventListener('news-article-error', (event) => window.storyErrors.push(event.detail));
  });
  await page.goto(`${origin}/examples/testing/host.html`);
  // Every story loaded or failed, every lead image loaded, nothing still changing.
  const ready = await page.evaluate(whenReady, { timeout: 10_000 });
  return { requests, ready };
}

describe('a page embedding a news-embed story, in Playwright', { timeout: 60_000 }, () => {
  beforeEach(() => page?.close());

  test('shows the story as a reader sees it', async () => {
    const { ready } = await open();
    assert.equal(ready.loaded, 1, 'the lead image loaded');
    // Roles and accessible names: getByRole reaches into open shadow roots.
    const story = page.locator('#story');
    await assertVisible(story.getByRole('heading', { level: 1, name: /no signs of surrendering power/ }));
    await assertVisible(story.getByRole('button', { name: 'Play video: Venezuela’s ‘stolen’ election: Can Maduro be forced out?, 9 minutes 34 seconds' }));
    const text = await story.evaluate(visibleText);
    assert.match(text, /^World\nThe Maduro government still shows no signs of surrendering power in Venezuela\nBy Evan Dyer/);
    assert.match(text, /As the deadline expired yesterday/);
    // "Now" is frozen by the page's <meta name="news-embed-now">: the upload date reads the same every day.
    assert.match(text, /4 days ago/);
    assert.doesNotMatch(text, /Watch: Venezuela’s ‘stolen’ election \(9:34\)/, 'the fallback link is hidden once the card runs');
  });

  test('shows the same lead image on every load (seed)', async () => {
    const alts = [];
    const shots = [];
    for (let load = 0; load < 2; load++) {
      await open();
      const lead = page.locator('#story random-image').getByRole('img');
      alts.push(await lead.getAttribute('alt'));
      shots.push(await page.locator('#story random-image').screenshot());
    }
    assert.deepEqual(alts, [SEEDED_ALT, SEEDED_ALT]);
    assert.ok(shots[0].equals(shots[1]), 'two loads give identical screenshots of the lead image');
  });

  test('plays a video only when asked, with no request to a video host before', async () => {
    const { requests } = await open();
    // The player is answered locally, so the test needs no network and no real video host.
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Stand-in player</title><p>Stand-in player</p>' }),
    );
    const outside = () => requests.filter((url) => !url.startsWith(origin));
    assert.deepEqual(outside(), [], 'no request leaves the page’s own server before play');
    assert.equal(await page.locator('#story video-card iframe').count(), 0);

    await page.locator('#story').getByRole('button', { name: /^Play video: Venezuela/ }).click();

    const player = page.locator('#story video-card iframe');
    assert.match(await player.getAttribute('src'), /^https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE/);
    await assertVisible(page.frameLocator('#story video-card iframe').getByText('Stand-in player'));
    assert.ok(outside().every((url) => url.startsWith('https://www.youtube-nocookie.com/')), outside().join('\n'));
  });

  test('shows a message and fires news-article-error when a story cannot load', async () => {
    await open();
    const missing = page.locator('#missing');
    await assertVisible(missing.getByRole('alert'));
    assert.equal((await missing.getByRole('alert').textContent()).trim(), 'This story could not be loaded.');
    // The page's own headline stays.
    await assertVisible(missing.getByRole('heading', { name: 'More from Example Daily' }));
    const errors = await page.evaluate(() => window.storyErrors);
    assert.deepEqual(
      errors.map(({ reason, message }) => ({ reason, message })),
      [{ reason: 'http', message: 'HTTP 404 for /examples/testing/no-such-story.json' }],
    );
  });
});

async function assertVisible(locator) {
  assert.equal(await locator.count(), 1, `one match for ${locator}`);
  assert.ok(await locator.isVisible(), `${locator} is visible`);
}
