// Screenshots of the demo story for the README, light and dark, taken with Debian's Chromium:
//   npm run build && node scripts/screenshot.mjs
// Writes docs/images/demo-light.png and docs/images/demo-dark.png. The lead image is fixed with a
// seed so the pictures only change when the look does; "now" is frozen for the same reason.
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
} finally {
  await browser.close();
  await server.stop();
}
