// The npm build in Node: it imports with no browser globals, and @lit-labs/ssr renders the
// elements to HTML with declarative shadow roots (the browser side is test/ssr/hydrate.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const node = (code) => execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

test('the package imports in plain Node, with no DOM and no side effects', () => {
  const out = node(`
    const m = await import('news-embed');
    console.log(JSON.stringify({
      names: Object.keys(m).sort(),
      defined: typeof customElements == 'undefined' ? null : customElements.get('news-article') ?? null,
      safe: m.safeUrl('javascript:alert(1)') ?? null,
    }));
  `);
  const { names, defined, safe } = JSON.parse(out);
  for (const name of ['NewsArticleElement', 'RandomImageElement', 'VideoCardElement', 'parseStory', 'safeUrl', 'setNow']) {
    assert.ok(names.includes(name), `exports ${name}`);
  }
  assert.equal(defined, null, 'importing the classes registers nothing');
  assert.equal(safe, null);
});

test('the define modules register all three elements in Node', () => {
  const out = node(`
    await import('news-embed/define.js');
    console.log(['news-article', 'random-image', 'video-card'].map((tag) => customElements.get(tag)?.name).join());
  `);
  assert.equal(out.trim(), 'NewsArticleElement,RandomImageElement,VideoCardElement');
});

test('@lit-labs/ssr renders <news-article> with the shipped story and <video-card> to HTML', async () => {
  const { renderStoryPage } = await import('../ssr/render-story.mjs');
  const page = renderStoryPage('https://news.example', '2024-08-04T12:00:00Z');
  // One declarative shadow root per element: the article, its lead image, its two cards, the card.
  assert.equal(page.match(/<template shadowroot(?:mode)?="open"/g)?.length, 5);
  assert.match(page, /role="?heading"?[^>]*aria-level="?1"?[^>]*>(<!--[^>]*-->)*The Maduro government[^<]*Venezuela/);
  assert.match(page, /<p part="?kicker"?>(<!--[^>]*-->)*World/);
  // The whole body is there, not only its first blocks.
  assert.ok((page.match(/<p>(<!--[^>]*-->)+[^<]/g) ?? []).length >= 37);
  // The lead image: the server's choice travels as `chosen`, its box ratio as a style.
  const lead = /<random-image[^>]*chosen="(\d)"[^>]*>/.exec(page);
  assert.ok(lead, 'the lead image carries its choice');
  assert.match(page, /<figure\s+style="--_ratio:\d+\/\d+"/);
  assert.match(page, /<img part="?image"?[^>]*src="https:\/\/news\.example\/demo\/story\/images\/[\w-]+\.jpg"/);
  // Video cards: titles, durations, the relative upload time against the frozen now.
  assert.match(page, /About That/);
  assert.match(page, /<span part="?duration"? aria-hidden="?true"?>(<!--[^>]*-->)*9:34/);
  assert.match(page, /<p part="?title"?>(<!--[^>]*-->)*The sample clip/);
  assert.match(page, /yesterday/);
  // Nothing that would run a player or a request before the reader asks.
  assert.doesNotMatch(page, /<iframe|<video[\s>]/);
});
