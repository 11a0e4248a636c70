// news-embed in a real WordPress (Debian's 6.1, Twenty Twenty-Three), as bloggers use it: each
// embed builder snippet pasted into a Custom HTML block by an Administrator and by an Author (whose
// posts go through kses), a bare story URL on its own line (oEmbed), and the plugin's shortcode,
// block and trusted oEmbed. Each post is opened in Chromium and checked for what a reader sees.
// Set-up and the table of what each case shows are printed; see harness.mjs for the machinery.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { htmlSnippet, iframeSnippet, parseStory, srcSnippet } from '../../dist/story/snippet.js';
import { buildPluginZip } from '../../scripts/wordpress-zip.mjs';
import { missing, startWordPress, stopAll } from './harness.mjs';
import { startStoryHost } from './story-host.mjs';

const HEADLINE = 'The Maduro government still shows no signs of surrendering power in Venezuela';
const SECTION = 'Cuban government watches nervously';
const data = JSON.parse(readFileSync(new URL('../../demo/story/story.json', import.meta.url), 'utf8'));
const gaps = missing();
const seen = [];
const started = Date.now();
let host;
let wp;
let browser;
let posts = {};

const customHtml = (html) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->`;

describe('news-embed in WordPress', { skip: gaps ? `WordPress suite skipped: missing Debian packages (${gaps}); npm run test:wordpress installs them as root` : false }, () => {
  before(async () => {
    const zip = buildPluginZip().path;
    host = await startStoryHost();
    wp = await startWordPress({ storyOrigin: host.origin, pluginZip: zip });
    const at = (path) => new URL(path, host.origin).href;
    const options = {
      storyUrl: at('/demo/story/story.json'),
      pageUrl: at('/dist/story/'),
      bundleUrl: at('/dist/news-embed.js'),
      frameUrl: at('/dist/embed.html'),
      resizeUrl: at('/dist/embed-resize.js'),
      theme: 'auto',
      lang: 'en',
      headingLevel: 2,
      lead: 'random',
      interval: 0,
      // The builder's default: the early-choice script right after the lead image.
      earlyChoice: { code: readFileSync(new URL('../../dist/early-choice.js', import.meta.url), 'utf8') },
    };
    // The snippets are written from the story as <news-article> reads it (URLs against the story file's).
    const { story } = parseStory(data, options.storyUrl);
    const snippets = { html: htmlSnippet(story, options), src: srcSnippet(story, options), iframe: iframeSnippet(story, options) };
    const plain = [];
    for (const [style, snippet] of Object.entries(snippets)) {
      for (const user of ['admin', 'author']) plain.push({ key: `${style}-${user}`, user, title: `${style} snippet (${user})`, content: customHtml(snippet) });
    }
    for (const user of ['admin', 'author']) plain.push({ key: `url-${user}`, user, title: `Story URL (${user})`, content: `${options.pageUrl}\n` });
    const withPlugin = [
      { key: 'shortcode-author', user: 'author', title: 'Shortcode (author)', content: `[news_embed src="${options.storyUrl}" href="${options.pageUrl}" lang="en"]` },
      { key: 'block-author', user: 'author', title: 'Block (author)', content: `<!-- wp:news-embed/story ${JSON.stringify({ src: options.storyUrl, lang: 'en', theme: 'light' })} /-->` },
      { key: 'url-author', user: 'author', title: 'Story URL (author, plugin)', content: `${options.pageUrl}\n` },
      { key: 'html-author', user: 'author', title: 'html snippet (author, plugin)', content: customHtml(snippets.html) },
    ];
    posts = { plain: wp.php('plain', 'publish', { posts: plain }), plugin: wp.php('plugin', 'publish', { posts: withPlugin }) };
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1'],
    });
    console.log(`# WordPress ${wp.version} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (story host ${host.origin})`);
  });

  after(async () => {
    await browser?.close();
    await stopAll();
    await host?.stop();
    if (seen.length) {
      console.log('\n| case | role | plugin | what a reader sees |\n| --- | --- | --- | --- |');
      for (const row of seen) console.log(`| ${row.join(' | ')} |`);
    }
    console.log(`# WordPress suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  /** Opens a post as a reader (not logged in) and returns the page with the errors it logged. */
  async function open(site, key) {
    const post = posts[site][key];
    assert.ok(post, `no post ${site}/${key}`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(`${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && !/favicon/.test(message.location().url)) errors.push(message.text());
    });
    await page.goto(post.url, { waitUntil: 'load' });
    return { page, errors, post };
  }

  /** Scrolls through the page so lazy images load, then back to the top. */
  async function scrollThrough(page) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      scrollTo(0, 0);
    });
  }

  /**
   * Elements (through open shadow roots) that stick out of the post's content column, and whether
   * the page scrolls sideways.
   */
  async function overflow(page) {
    return page.evaluate(() => {
      const column = document.querySelector('.wp-block-post-content, .entry-content');
      const style = getComputedStyle(column);
      const box = column.getBoundingClientRect();
      const left = box.left + parseFloat(style.paddingLeft) - 1;
      const right = box.right - parseFloat(style.paddingRight) + 1;
      const wide = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && (r.left < left || r.right > right) && getComputedStyle(el).visibility !== 'hidden') {
            wide.push(`<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> ${Math.round(r.left)}–${Math.round(r.right)} (column ${Math.round(left)}–${Math.round(right)})`);
          }
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(column);
      return { wide: wide.slice(0, 5), sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth };
    });
  }

  async function fitsColumn(page) {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(150);
      const { wide, sideways } = await overflow(page);
      assert.deepEqual(wide, [], `at ${width} px, wider than the column: ${wide.join('; ')}`);
      assert.equal(sideways, false, `at ${width} px the page scrolls sideways`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  /** The whole story, rendered by <news-article> (in `scope`: the page or a frame). */
  async function wholeStory(scope) {
    // Fallback links in the light DOM name the headline too, unseen once the story renders: only
    // visible text counts.
    const visible = (text) => scope.getByText(text, { exact: true }).filter({ visible: true }).first();
    await visible(SECTION).waitFor({ timeout: 20_000 });
    await visible(HEADLINE).waitFor({ timeout: 5_000 });
    const lead = scope.locator('random-image img').first();
    await lead.waitFor({ timeout: 10_000 });
    await lead.scrollIntoViewIfNeeded();
    await scope.waitForFunction(
      () => {
        const article = document.querySelector('news-article');
        const find = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'random-image') {
              const img = el.shadowRoot?.querySelector('img');
              if (img) return img;
            }
            const inner = el.shadowRoot && find(el.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        const img = article && find(document);
        return img && img.complete && img.naturalWidth > 0;
      },
      null,
      { timeout: 15_000 },
    );
    const cards = scope.locator('video-card');
    await cards.nth(1).waitFor({ timeout: 10_000 });
    assert.equal(await cards.count(), 2, 'video cards');
    await cards.nth(0).getByText('9:34').filter({ visible: true }).first().waitFor({ timeout: 5_000 });
    await cards.nth(1).getByText('1:56').filter({ visible: true }).first().waitFor({ timeout: 5_000 });
    assert.equal(await scope.locator('[part=error]').count(), 0, 'an error box shows');
  }

  /** What is left after kses: a plain article, no broken, src-less or stretched image, no code as text. */
  async function plainArticle(page, { expectLead }) {
    await scrollThrough(page);
    await page.waitForTimeout(300);
    const report = await page.evaluate(() => {
      const column = document.querySelector('.wp-block-post-content, .entry-content');
      const images = [...column.querySelectorAll('img')];
      const shown = images.filter((img) => img.getBoundingClientRect().width > 0 && img.getBoundingClientRect().height > 0);
      return {
        srcless: images.filter((img) => !img.getAttribute('src')).length,
        broken: shown.filter((img) => !(img.complete && img.naturalWidth > 0)).map((img) => img.src),
        stretched: shown
          .filter((img) => {
            const r = img.getBoundingClientRect();
            return img.naturalWidth && Math.abs(r.width / r.height - img.naturalWidth / img.naturalHeight) > 0.02;
          })
          .map((img) => img.src),
        shown: shown.length,
        text: column.innerText,
        customTags: column.querySelectorAll('news-article, random-image, video-card, template, script, iframe').length,
      };
    });
    assert.equal(report.customTags, 0, 'kses left tags an Author may not post');
    assert.equal(report.srcless, 0, 'images without src');
    assert.deepEqual(report.broken, [], 'broken images');
    assert.deepEqual(report.stretched, [], 'stretched images');
    assert.doesNotMatch(report.text, /<\/?[a-z]|addEventListener|currentScript|=>|function\s*\(/i, 'code or markup shown as text');
    if (expectLead) assert.ok(report.shown >= 1, 'no image shows');
    return report;
  }

  /** WordPress's sandboxed oEmbed frame: sized by the frame's height message, the card inside. */
  async function card(page) {
    const iframe = page.locator('iframe.wp-embedded-content');
    await iframe.waitFor({ state: 'attached' });
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
    // wp-embed.js removes the clip style and sets the height when the frame sends its height.
    await page.waitForFunction(() => {
      const frame = document.querySelector('iframe.wp-embedded-content');
      return frame && !frame.hasAttribute('style');
    }, null, { timeout: 20_000 });
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await frame.getByText(HEADLINE).first().waitFor({ timeout: 20_000 });
    const handle = await (await iframe.elementHandle()).contentFrame();
    await handle.waitForFunction(() => {
      const find = (root) => {
        for (const el of root.querySelectorAll('*')) {
          if (el.localName === 'random-image' && el.shadowRoot?.querySelector('img')) return el.shadowRoot.querySelector('img');
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      const img = find(document);
      return img && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 15_000 });
    const cardMode = await handle.evaluate(() => (customElements.get('news-article')?.observedAttributes ?? []).includes('layout'));
    if (cardMode) {
      await page.waitForTimeout(300);
      const wanted = await handle.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      const height = Number(await iframe.getAttribute('height'));
      assert.ok(wanted <= 1000, `the card is ${wanted} px tall, over WordPress's 1,000 px cap`);
      assert.ok(height >= wanted - 2, `the frame is ${height} px for ${wanted} px of card: cut off`);
      const link = frame.getByRole('link', { name: /whole story/i });
      assert.equal(await link.getAttribute('href'), new URL('/dist/story/', host.origin).href);
      assert.equal(await frame.getByText(SECTION).count(), 0, 'the card shows the body');
    } else {
      console.log('# <news-article layout="card"> is not in this build: the frame shows the whole story; checked headline and lead image only');
    }
    return cardMode;
  }

  const record = (name, role, plugin, what) => seen.push([name, role, plugin ? 'yes' : 'no', what]);

  for (const role of ['admin', 'author']) {
    const label = role === 'admin' ? 'Administrator' : 'Author';

    it(`HTML snippet, ${label}`, { timeout: 90_000 }, async () => {
      const { page, errors } = await open('plain', `html-${role}`);
      if (role === 'admin') {
        await wholeStory(page);
        // The story stays in the light DOM: its headline is the post's own <h2>.
        assert.ok(await page.locator('news-article > h2[slot=headline]').isVisible());
        // The early-choice script was kept and ran: the lead image was chosen before the bundle.
        assert.equal(await page.locator('news-article > random-image + script').count(), 1, 'the early-choice script');
        assert.match(String(await page.locator('news-article > random-image').getAttribute('chosen')), /^\d$/);
        await fitsColumn(page);
        record('HTML snippet', label, false, 'the whole story (light DOM), lead image, both video cards, fits the column');
      } else {
        const report = await plainArticle(page, { expectLead: true });
        assert.ok(await page.locator('.wp-block-post-content h2', { hasText: HEADLINE }).isVisible(), 'headline');
        assert.match(report.text, new RegExp(SECTION));
        assert.ok(await page.getByRole('link', { name: /stolen.*election.*9:34/ }).isVisible(), 'video link');
        await fitsColumn(page);
        record('HTML snippet', label, false, `a plain article: headline, body, ${report.shown} image(s) shown, video links, no broken image, no code`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`story-URL snippet, ${label}`, { timeout: 90_000 }, async () => {
      const { page, errors } = await open('plain', `src-${role}`);
      if (role === 'admin') {
        await wholeStory(page);
        await fitsColumn(page);
        record('Story-URL snippet', label, false, 'the whole story (from the JSON-LD, cross-origin), fits the column');
      } else {
        await plainArticle(page, { expectLead: false });
        const link = page.getByRole('link', { name: `Read the story: ${HEADLINE}` });
        assert.ok(await link.isVisible(), 'fallback link');
        assert.equal(await link.getAttribute('href'), new URL('/dist/story/', host.origin).href);
        await fitsColumn(page);
        record('Story-URL snippet', label, false, 'a link “Read the story: …” to the story page; no code');
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`iframe snippet, ${label}`, { timeout: 90_000 }, async () => {
      const { page, errors } = await open('plain', `iframe-${role}`);
      if (role === 'admin') {
        const iframe = page.locator('.wp-block-post-content iframe');
        const frame = (await (await iframe.elementHandle()).contentFrame());
        await wholeStory(frame);
        // The sizing script gives the frame the story's full height: nothing cut off.
        const wanted = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        await page.waitForFunction((h) => Math.abs(Number(document.querySelector('.wp-block-post-content iframe').height) - h) <= 2, wanted, { timeout: 10_000 });
        assert.ok(wanted > 3000, `the story is only ${wanted} px`);
        // In the column, not at the page's edge.
        const [frameBox, columnBox] = await page.evaluate(() => [document.querySelector('.wp-block-post-content iframe'), document.querySelector('.wp-block-post-content p, .wp-block-post-content > div')].map((el) => el.getBoundingClientRect().left));
        assert.ok(Math.abs(frameBox - columnBox) <= 1, `the frame starts at ${frameBox} px, the column at ${columnBox} px`);
        await fitsColumn(page);
        record('iframe snippet', label, false, `the whole story in a frame sized to it (${wanted} px), in the column`);
      } else {
        await plainArticle(page, { expectLead: false });
        assert.ok(await page.getByRole('link', { name: `Read the story: ${HEADLINE}` }).isVisible(), 'fallback link');
        await fitsColumn(page);
        record('iframe snippet', label, false, 'a link “Read the story: …” to the story page; no code');
      }
      assert.deepEqual(errors, []);
      await page.close();
    });

    it(`story URL on its own line (oEmbed), ${label}`, { timeout: 90_000 }, async () => {
      const { page, errors } = await open('plain', `url-${role}`);
      const cardMode = await card(page);
      await fitsColumn(page);
      record('Story URL alone (oEmbed)', label, false, cardMode ? 'a story card in WordPress’s sandboxed frame, sized to fit (≤ 1,000 px), link to the whole story' : 'the story in WordPress’s sandboxed frame (capped at 1,000 px until the card layout lands)');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  it('plugin: [news_embed] shortcode, Author', { timeout: 90_000 }, async () => {
    const { page, errors } = await open('plugin', 'shortcode-author');
    await wholeStory(page);
    assert.equal(await page.locator('script[src*="news-embed.js"]').count(), 1, 'the bundle loads once');
    assert.equal(await page.locator('script[src*="news-embed.js"]').getAttribute('type'), 'module');
    await fitsColumn(page);
    record('[news_embed] shortcode', 'Author', true, 'the whole story, fits the column');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plugin: News story block, Author', { timeout: 90_000 }, async () => {
    const { page, errors } = await open('plugin', 'block-author');
    await wholeStory(page);
    assert.equal(await page.locator('news-article').getAttribute('theme'), 'light');
    await fitsColumn(page);
    record('News story block', 'Author', true, 'the whole story, fits the column');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plugin: story URL on its own line from a trusted host, Author', { timeout: 90_000 }, async () => {
    const { page, errors } = await open('plugin', 'url-author');
    await wholeStory(page);
    assert.equal(await page.locator('iframe').count(), 0, 'a frame instead of the story');
    await fitsColumn(page);
    record('Story URL alone (oEmbed)', 'Author', true, 'the whole story (trusted provider, no frame), fits the column');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('plugin: HTML snippet, Author', { timeout: 90_000 }, async () => {
    const { page, errors } = await open('plugin', 'html-author');
    await wholeStory(page);
    assert.equal(await page.locator('script[src*="news-embed.js"]').count(), 1, 'the bundle loads once');
    // kses removed the early-choice <script> and kept its content as an HTML comment: no code as text.
    assert.doesNotMatch(await page.locator('news-article').evaluate((el) => el.textContent), /currentScript|=>/);
    await fitsColumn(page);
    record('HTML snippet', 'Author', true, 'the whole story (the plugin lets the elements through), fits the column');
    assert.deepEqual(errors, []);
    await page.close();
  });
});
