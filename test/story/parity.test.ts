// One story, one reader: for every real-world story of the corpus (test/fixtures/stories/real/)
// and every test story, what a reader sees is the same text whether the story comes as JSON-LD
// inside <news-article>, as the embed builder's HTML snippet (the light DOM written by
// news-embed/snippet, upgraded by <news-article>) or as `<news-article src>`: the headline, the
// byline's names and dates, and the whole body (paragraphs, section headings, quotes, captions and
// credits, video cards). Text is read as the page shows it (`visibleText`), never from the model.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { setNow } from '../../src/shared/time.js';
import { parseStory } from '../../src/story/parse.js';
import { storyToHtml } from '../../src/story/snippet.js';
import { visibleText } from '../../src/testing/index.js';

const REAL = '/test/fixtures/stories/real/';
const TEST_STORIES = ['/test/fixtures/news-article/full.json', '/test/fixtures/news-article/google.json', '/test/fixtures/news-article/minimal.json', '/demo/story/story.json'];

// The corpus as its README lists it (test/news-article/real-stories.test.ts checks the list is
// whole), then the test stories.
const readme = await (await fetch(REAL + 'README.md')).text();
const STORIES = [...[...readme.matchAll(/^\| `([\w-]+)\.json` \|/gm)].map((match) => REAL + match[1] + '.json'), ...TEST_STORIES];

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a reader sees of one rendered `<news-article>`, part by part. */
function seen(el: Element) {
  const part = (name: string) => el.shadowRoot!.querySelector(`[part=${name}]`);
  const text = (name: string) => {
    const node = part(name);
    return node ? words(visibleText(node)) : '';
  };
  return { headline: text('headline'), byline: text('byline'), body: text('body') };
}

/** The names and dates of the byline as `<news-article>` renders them from the JSON-LD. */
function bylineParts(el: Element) {
  const byline = el.shadowRoot!.querySelector('[part=byline]')!;
  const text = (selector: string) => [...byline.querySelectorAll(selector)].map((node) => words(node.textContent!)).filter(Boolean);
  return { names: text('b, a'), dates: text('time'), datetimes: [...byline.querySelectorAll('time')].map((time) => time.getAttribute('datetime')) };
}

/**
 * Resolves once the element shows its whole story: every block (long bodies render in chunks),
 * and every video card in it, in the story's language (a card waits for its language's strings).
 */
async function whole(el: Element, blocks: number) {
  // The snippet's blocks are the element's own children, there from the start.
  const slotted = !!el.shadowRoot!.querySelector('[part=body] > slot');
  const root = slotted ? el : el.shadowRoot!;
  const shown = () => slotted || (el.shadowRoot!.querySelector('[part=body]')?.children.length ?? -1) >= blocks;
  await waitUntil(() => shown() && [...root.querySelectorAll('video-card')].every((card) => card.shadowRoot?.firstElementChild), `${blocks} body blocks and their video cards`, {
    timeout: 8000,
  });
}

describe('one reader: the HTML snippet, `src` and server rendering show what <news-article> shows for the JSON-LD', () => {
  // Every story server-rendered by @lit-labs/ssr (test/ssr/render-stories.mjs), shown as a browser
  // shows such a page: declarative shadow roots, no script.
  let server: Document;
  before(async function () {
    // One Node process renders them all (the three engines share its page): longer than a test.
    this.timeout(120_000);
    setNow('2026-11-30T12:00:00Z');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:800px;height:600px';
    const paths = STORIES.map((url) => url.slice(1)).join(',');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/__ssr-stories?paths=${encodeURIComponent(paths)}`;
    document.body.append(frame);
    await loaded;
    server = frame.contentDocument!;
  });
  after(() => {
    setNow(null);
    server.defaultView?.frameElement?.remove();
  });

  it('covers the whole corpus', () => {
    expect(STORIES.length).to.be.above(30);
  });

  for (const url of STORIES) {
    it(url.replace(/^.*\//, ''), async () => {
      const data = await (await fetch(url)).json();
      const { story } = parseStory(data, new URL(url, location.href).href);
      expect(story, url).to.exist;
      const blocks = story!.body.length;

      // 1. The JSON-LD inside the element.
      const json = JSON.stringify(data).replace(/</g, '\\u003c');
      const fromJson = await fixture<NewsArticleElement>(html`<news-article>${unsafeHTML(`<script type="application/ld+json">${json}</script>`)}</news-article>`);
      await whole(fromJson, blocks);
      const expected = seen(fromJson);
      // Every story shows a headline or a body (else the comparisons below would pass on nothing).
      expect(expected.headline || expected.body).to.not.equal('');

      // 2. The builder's HTML snippet, pasted into a page and upgraded.
      const host = await fixture<HTMLDivElement>(html`<div>${unsafeHTML(storyToHtml(story!))}</div>`);
      const fromSnippet = host.querySelector('news-article')!;
      await whole(fromSnippet, blocks);
      const snippet = seen(fromSnippet);
      expect(snippet.headline, 'headline').to.equal(expected.headline);
      expect(snippet.body, 'body').to.equal(expected.body);
      const byline = bylineParts(fromJson);
      for (const text of [...byline.names, ...byline.dates]) expect(snippet.byline, 'byline').to.contain(text);

      // 3. The story file by URL.
      const fromSrc = await fixture<NewsArticleElement>(html`<news-article src=${url}></news-article>`);
      await waitUntil(() => fromSrc.shadowRoot!.querySelector('[part=body], [part=error]'), 'src loaded', { timeout: 8000 });
      await whole(fromSrc, blocks);
      expect(seen(fromSrc)).to.deep.equal(expected);

      // 4. The server-rendered HTML.
      const fromServer = server.querySelector(`section[data-story="${url.slice(1)}"] > news-article`)!;
      expect(fromServer, 'server-rendered').to.exist;
      const rendered = seen(fromServer);
      expect(rendered.headline, 'server-rendered headline').to.equal(expected.headline);
      expect(rendered.body, 'server-rendered body').to.equal(expected.body);
      for (const text of byline.names) expect(rendered.byline, 'server-rendered byline').to.contain(text);
      // The same dates; their text is the server's Intl (Node formats Arabic dates with Latin digits,
      // WebKit with Arabic-Indic ones), which the browser's replaces once the element hydrates.
      expect(bylineParts(fromServer).datetimes, 'server-rendered dates').to.deep.equal(byline.datetimes);
    });
  }
});

