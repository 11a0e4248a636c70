// Screenshots of the embeds inside real themes (test/pages/fixtures/theme.html, the pages the theme
// tests measure) and of the oEmbed card in frames of its declared height, for review:
//   npm run build && node scripts/theme-screenshots.mjs
// Writes docs/images/themes/<theme>.png (the post with the light-DOM story, 1000 px wide, and the
// same story from `src` and a video card further down, 390 px wide) and card-<width>.png.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { oembedFor } from '../integrations/oembed/oembed.mjs';
import { demoUrls } from './build-story-page.mjs';

const THEMES = (process.env.THEMES ?? 'ghost-source,ghost-casper,tailwind,modern-normalize,pico,bootstrap,wordpress-tt3,wordpress-tt4').split(',').filter(Boolean);
const out = 'docs/images/themes';
// A palette PNG: a third of the bytes, no visible difference for review.
const save = async (page, path) => sharp(await page.screenshot()).png({ palette: true, quality: 90 }).toFile(path);
mkdirSync(out, { recursive: true });

const server = await startDevServer({
  config: { rootDir: '.', port: 0, nodeResolve: false, watch: false, logStartMessage: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.server.address().port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
});

/** Waits until every story on the page has rendered and every non-lazy image has loaded. */
const settled = (page) =>
  page.waitForFunction(() => {
    if (document.documentElement.dataset.ready !== '') return false;
    const src = document.querySelector('#from-src');
    const images = [...document.querySelectorAll('news-article, random-image')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('random-image') ?? [])].concat(el));
    return src?.shadowRoot?.querySelector('[part=body] p') && images.every((el) => [...(el.shadowRoot?.querySelectorAll('img.on') ?? [])].every((img) => img.complete));
  });

try {
  for (const theme of THEMES) {
    for (const [width, height, suffix, target] of [[1000, 1400, '', 'news-article:not([src])'], [390, 1400, '-390-src', '#from-src']]) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.goto(`${origin}/test/pages/fixtures/theme.html?theme=${theme}`);
      await settled(page);
      await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), target);
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      await save(page, `${out}/${theme}${suffix}.png`);
      await page.close();
    }
    console.log(`${out}/${theme}.png, ${theme}-390-src.png`);
  }
  const story = JSON.parse(await readFile('demo/story/story.json', 'utf8'));
  for (const width of [320, 600]) {
    const answer = oembedFor(story, { ...demoUrls(`${origin}/`), maxwidth: width });
    const page = await browser.newPage({ viewport: { width: width + 32, height: answer.height + 32 }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><body style="margin:16px;background:#eee">${answer.html}</body>`);
    await page.frameLocator('iframe').locator('news-article').waitFor();
    // The frame is of another origin than this page (about:blank): wait inside it.
    await page.frames()[1].waitForFunction(() => {
      const article = document.querySelector('news-article');
      const img = article?.shadowRoot?.querySelector('random-image')?.shadowRoot?.querySelector('img');
      return img?.complete && img.naturalWidth > 0;
    });
    await page.waitForTimeout(300);
    await save(page, `${out}/card-${width}.png`);
    console.log(`${out}/card-${width}.png (${answer.width}×${answer.height})`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
