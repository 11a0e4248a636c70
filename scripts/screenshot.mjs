// Screenshots of the demo story for the README, light and dark, taken with Debian's Chromium:
//   npm run build && node scripts/screenshot.mjs
// Writes docs/images/demo-light.png, docs/images/demo-dark.png and docs/images/demo-ar.png (the
// demo's Arabic story), and docs/images/lang-<tag>-<width>.png: a story in Arabic, Japanese, Hindi
// and Russian from the real-world corpus at 390 and 1280 px, to review how each script's kicker,
// headline and byline look. "Now" is frozen so the pictures only change when the look does.
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';

const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: false, watch: false, logStartMessage: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});

/** A screenshot of the demo page at `url`, after `prepare(arg)` ran in it and the story settled. */
async function shoot(viewport, url, path, prepare, arg) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  await page.addInitScript(() => {
    const meta = document.createElement('meta');
    meta.name = 'news-embed-now';
    meta.content = '2026-12-01T12:00:00Z';
    document.addEventListener('DOMContentLoaded', () => document.head.append(meta));
  });
  await page.goto(`http://localhost:${port}${url}`);
  if (prepare) await page.evaluate(prepare, arg);
  // Settled: the new story's headline shows, in its own language (the demo's first story is English).
  await page.waitForFunction(() => {
    const headline = document.querySelector('news-article')?.shadowRoot?.querySelector('[part=headline]');
    return headline && !headline.closest('[lang]')?.getAttribute('lang')?.startsWith('en');
  });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  await page.screenshot({ path });
  console.log(path);
  await page.close();
}

try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, colorScheme: theme, deviceScaleFactor: 1 });
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.addInitScript(() => {
      const meta = document.createElement('meta');
      meta.name = 'news-embed-now';
      meta.content = '2024-08-03T16:00:00-04:00';
      document.addEventListener('DOMContentLoaded', () => document.head.append(meta));
    });
    await page.goto(`http://localhost:${port}/demo/#lang=en&theme=${theme}&width=1200px`);
    await page.waitForFunction(() => {
      const article = document.querySelector('news-article');
      return article?.shadowRoot && !article.hasAttribute('aria-busy') && article.shadowRoot.textContent.length > 500;
    });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(500);
    const path = `docs/images/demo-${theme}.png`;
    await page.screenshot({ path });
    console.log(`${path}${problems.length ? ` (console: ${problems.join(' | ')})` : ''}`);
    await page.close();
  }
  // The demo's Arabic story, on the demo's English page.
  await shoot({ width: 1100, height: 1200 }, `/demo/#src=./story/albayan-ar.json&lang=&theme=light&width=720px`, 'docs/images/demo-ar.png');
  // Real stories in four scripts (test/fixtures/stories/real/), without their lead images, which
  // live on the publishers' hosts.
  const stories = { ar: 'albayan-ar', ja: 'asahi-ja', hi: 'bhaskar-hi', ru: 'pravda-ru' };
  for (const [tag, name] of Object.entries(stories)) {
    for (const width of [390, 1280]) {
      await shoot({ width, height: width < 500 ? 900 : 800 }, '/demo/#theme=light&width=1200px', `docs/images/lang-${tag}-${width}.png`, (src) => {
        const story = document.getElementById('story');
        story.setAttribute('lead', 'none');
        story.setAttribute('src', src);
      }, `/test/fixtures/stories/real/${name}.json`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
