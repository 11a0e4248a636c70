import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { Story } from '../../src/story/parse.js';
import { setNow } from '../../src/shared/time.js';
import { $, $$, captureFetches, load, render, settled, shadowText } from './helpers.js';
import { captureWarnings, requested, token } from '../helpers.js';

const HOST = html`<h2 slot="headline">Host headline</h2><p>Host paragraph</p>`;
// The slow response of the race tests: far longer than the fast one and than any pause a loaded
// machine puts between starting the first fetch and setting the new src, so the order is certain.
const SLOW = 2500;
const json = (body: string, extra = '') => `/__respond?type=application/json&body=${encodeURIComponent(body)}${extra}`;

/** The host's own nodes are unchanged and still laid out. */
function expectLightDomKept(el: NewsArticleElement) {
  expect(el.querySelector('h2')!.textContent).to.equal('Host headline');
  expect(el.querySelector('p')!.assignedSlot, 'the body is slotted').to.exist;
  expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(el.querySelector('h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
}

describe('<news-article> bad input', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    setNow('2024-08-03T12:00:00Z');
    capture = captureWarnings('news-embed');
  });
  afterEach(() => {
    capture.restore();
    setNow(null);
  });

  describe('fatal: an error box, an event, one warning, the light DOM kept', () => {
    const cases: [string, () => string, string, RegExp][] = [
      ['HTTP 404', () => `/__status/404?t=${token()}`, 'http', /HTTP 404/],
      ['a network error', () => `http://127.0.0.1:9/story.json?t=${token()}`, 'network', /could not fetch/],
      ['the wrong content type', () => `/__respond?type=text/html&body=${encodeURIComponent('<h1>Hi</h1>')}`, 'content-type', /expected JSON, got "text\/html/],
      ['malformed JSON', () => json('{"headline": '), 'invalid-json', /not valid JSON/],
      ['no headline and no body', () => json('{"@type":"NewsArticle","author":{"name":"A"}}'), 'invalid-story', /headline: missing/],
      ['a JSON array of nothing useful', () => json('[1, 2]'), 'invalid-story', /not a JSON-LD object|missing/],
      ['a javascript: src', () => 'javascript:alert(1)', 'invalid-url', /src: not an http\(s\) URL/],
    ];
    for (const [name, src, reason, message] of cases) {
      it(name, async () => {
        const { el, errors, loads } = await load(src(), HOST);
        expect(loads).to.have.length(0);
        expect(errors).to.have.length(1);
        expect(errors[0].reason).to.equal(reason);
        expect(errors[0].message).to.match(message);
        const box = $(el, '[part=error]')!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.equal('This story could not be loaded.');
        expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(capture.warnings).to.have.length(1);
        expect(capture.warnings[0]).to.match(message);
        expectLightDomKept(el);
        await expect(el).to.be.accessible();
      });
    }

    it('a fetch that outlives `timeout` is aborted at that moment and reported as a timeout', async () => {
      const t = token();
      const { calls, restore } = captureFetches(t);
      // The element's timer is faked, so the abort happens at an exact moment; the request is real.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const { el, errors } = await render(
          (_l, f) => html`<news-article timeout="5000" src=${`/__hang?t=${t}`} @news-article-error=${f}>${HOST}</news-article>`,
        );
        expect($(el, '[part=skeleton]'), 'loading').to.exist;
        expect(calls).to.have.length(1);
        const failed = oneEvent(el, 'news-article-error');
        clock.tick(4999);
        expect(calls[0].signal!.aborted).to.equal(false);
        expect(errors).to.have.length(0);
        clock.tick(1);
        expect(calls[0].signal!.aborted).to.equal(true);
        expect((await failed).detail).to.deep.equal({ reason: 'timeout', message: 'no answer within 5000 ms' });
        await el.updateComplete;
        expect(errors).to.have.length(1);
        expect(capture.warnings).to.deep.equal(['news-embed: <news-article> no answer within 5000 ms']);
        expect($(el, '[part=skeleton]')).to.equal(null);
        expect($(el, '[part=error]')!.textContent).to.equal('This story could not be loaded.');
        expectLightDomKept(el);
      } finally {
        clock.restore();
        restore();
      }
    });

    it('malformed inline JSON-LD', async () => {
      const { el, errors } = await render(
        (_l, f) => html`<news-article @news-article-error=${f}
          >${HOST}<script type="application/ld+json">
            { "headline": "x",, }
          </script></news-article
        >`,
      );
      expect(errors.map((e) => e.reason)).to.deep.equal(['invalid-json']);
      expect($(el, '[part=error]')).to.exist;
      expectLightDomKept(el);
    });

    it('a story property that is not an object', async () => {
      const { el, errors } = await render((_l, f) => html`<news-article .story=${'nonsense'} @news-article-error=${f}>${HOST}</news-article>`);
      expect(errors).to.deep.equal([{ reason: 'invalid-story', message: 'story: not a JSON-LD object' }]);
      expectLightDomKept(el);
    });

    it('the error box goes away when a good story arrives', async () => {
      const { el } = await load(`/__status/500?t=${token()}`, HOST);
      el.story = { headline: 'Recovered' };
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
      expect(shadowText(el, '[part=headline]')).to.equal('Recovered');
    });
  });

  describe('non-fatal: the part is skipped with a warning, the rest renders', () => {
    const cases: [string, Record<string, unknown>, string, (el: NewsArticleElement) => void][] = [
      ['a bad image URL', { image: ['javascript:alert(1)', '/b.png'] }, 'image[0]: not an http(s) URL', (el) => expect((($(el, 'random-image') as unknown) as { images: unknown[] }).images).to.have.length(1)],
      ['a bad ImageObject url', { image: [{ url: '/a.png' }, { url: '/b.png' }, { url: 'data:image/png;base64,AA' }] }, 'image[2].url: not an http(s) URL', () => {}],
      ['a bad width', { image: { url: '/a.png', width: 'wide' } }, 'image.width: not a positive number', () => {}],
      ['a bad date', { datePublished: '03/08/2024' }, 'datePublished: cannot read "03/08/2024" as a date', (el) => expect($(el, 'time')).to.equal(null)],
      ['an impossible date', { dateModified: '2024-02-31' }, 'dateModified: cannot read "2024-02-31" as a date', (el) => expect($(el, 'time')).to.equal(null)],
      ['an unknown block type', { newsEmbedBody: [{ type: 'table' }, { type: 'paragraph', text: 'Kept' }] }, 'newsEmbedBody[0].type: unknown block type "table"', (el) => expect(shadowText(el, '[part=body]')).to.equal('Kept')],
      ['an image index out of range', { image: ['/a.png'], newsEmbedBody: [{ type: 'image', image: 3 }, { type: 'paragraph', text: 'Kept' }] }, 'newsEmbedBody[0].image: no usable image at index 3', (el) => expect($(el, 'figure')).to.equal(null)],
      ['a video index that is not a number', { video: [{ name: 'V' }], newsEmbedBody: [{ type: 'video', video: '0' }] }, 'newsEmbedBody[0].video: no usable video at index 0', (el) => expect($$(el, 'video-card'), 'the unplaced video still comes last').to.have.length(1)],
      ['a block that is not an object', { newsEmbedBody: ['text', { type: 'paragraph', text: 'Kept' }] }, 'newsEmbedBody[0]: not a block object', () => {}],
      ['a paragraph without text', { newsEmbedBody: [{ type: 'paragraph' }, { type: 'quote', text: 'Kept' }] }, 'newsEmbedBody[0].text: missing', (el) => expect(shadowText(el, 'blockquote')).to.equal('Kept')],
      ['a newsEmbedBody that is not an array', { newsEmbedBody: { type: 'paragraph' }, articleBody: 'Plain body' }, 'newsEmbedBody: not an array', (el) => expect(shadowText(el, '[part=body]')).to.equal('Plain body')],
      ['a dek that is not text', { alternativeHeadline: ['a'] }, 'alternativeHeadline: not a string', (el) => expect($(el, '[part=dek]')).to.equal(null)],
      ['an author without a name', { author: [{ jobTitle: 'X' }, { name: 'Kept' }] }, 'author[0].name: missing', (el) => expect(shadowText(el, '[part=byline]')).to.contain('By Kept')],
      ['a bad author email', { author: { name: 'A', email: 'not an address' } }, 'author.email: not an email address', (el) => expect($(el, '[part=author]')).to.equal(null)],
      ['a bad video URL', { video: { name: 'V', embedUrl: 'javascript:alert(1)' } }, 'video.embedUrl: not an http(s) URL', (el) => expect((($(el, 'video-card') as unknown) as { video: { embedUrl?: string } }).video.embedUrl).to.equal(undefined)],
      ['a video that is not an object', { video: ['https://example.com/v.mp4'] }, 'video[0]: not a VideoObject', (el) => expect($(el, 'video-card')).to.equal(null)],
      ['a bad related link', { relatedLink: [{ name: 'Bad', url: 'javascript:alert(1)' }, 'https://example.com/ok'] }, 'relatedLink[0].url: not an http(s) URL', (el) => expect($$(el, '[part=related] a').map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/ok'])],
      ['a non-article @type', { '@type': 'VideoObject' }, '@type: not a NewsArticle', () => {}],
    ];
    for (const [name, fields, warning, check] of cases) {
      it(name, async () => {
        const { el, errors, loads } = await render(
          (l, f) => html`<news-article .story=${{ headline: 'Still here', ...fields }} @news-article-load=${l} @news-article-error=${f}></news-article>`,
        );
        expect(errors).to.have.length(0);
        expect(loads).to.have.length(1);
        expect($(el, '[part=error]')).to.equal(null);
        expect(shadowText(el, '[part=headline]')).to.equal('Still here');
        expect(capture.warnings.filter((w) => w.includes('<news-article>'))).to.deep.equal([`news-embed: <news-article> ${warning}`]);
        check(el);
      });
    }
  });

  describe('hostile data', () => {
    // Tags are dropped from text fields; markup written as character references becomes text.
    const payload = `<img src=x onerror="window.__newsArticlePwned=1"><script>window.__newsArticlePwned=1</script>&lt;img src=x onerror="window.__newsArticlePwned=1"&gt;`;
    const shown = `window.__newsArticlePwned=1<img src=x onerror="window.__newsArticlePwned=1">`;
    const js = 'javascript:window.__newsArticlePwned=1';
    const story = {
      headline: payload,
      alternativeHeadline: payload,
      articleSection: payload,
      author: { name: payload, jobTitle: payload, description: payload, email: js, url: js, image: js },
      publisher: { name: payload },
      image: [{ url: js, caption: payload }, { url: '/x.png', caption: payload, creditText: payload, description: payload }, ` ${js}`],
      video: { name: payload, description: payload, thumbnailUrl: js, contentUrl: 'JaVaScRiPt:x', embedUrl: 'java\tscript:x', url: js },
      newsEmbedBody: [
        { type: 'paragraph', text: payload },
        { type: 'heading', text: payload },
        { type: 'quote', text: payload, cite: payload },
        { type: 'image', image: 1 },
        { type: 'video', video: 0 },
      ],
      isBasedOn: { name: payload, url: js },
      citation: [js, { name: payload, url: js }, { headline: payload, url: 'https://example.com/' }],
      relatedLink: js,
    };

    it('renders HTML as text and no javascript: URL anywhere, and nothing runs', async () => {
      const win = window as unknown as { __newsArticlePwned?: number };
      delete win.__newsArticlePwned;
      const { el } = await render(() => html`<news-article .story=${story}></news-article>`);
      await aTimeout(100);
      expect(win.__newsArticlePwned).to.equal(undefined);
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('script, [onerror], img[src=x]')).to.have.length(0);
      expect(shadowText(el, '[part=headline]')).to.equal(shown);
      expect(shadowText(el, '[part=body] p')).to.equal(shown);
      for (const node of root.querySelectorAll('[href], [src]')) {
        const url = node.getAttribute('href') ?? node.getAttribute('src')!;
        expect(url).to.match(/^(https?:|mailto:)/);
      }
      expect(root.querySelectorAll('a[href^=mailto]')).to.have.length(0);
      const video = ($(el, 'video-card') as unknown as { video: Record<string, unknown> }).video;
      for (const key of ['thumbnailUrl', 'contentUrl', 'embedUrl', 'url']) expect(video[key], key).to.equal(undefined);
      const images = ($(el, 'random-image') as unknown as { images: { src: string; alt: string }[] }).images;
      expect(images.map((image) => image.src)).to.deep.equal([new URL('/x.png', location.href).href]);
      expect(images[0].alt).to.equal(shown);
      expect(capture.warnings.length).to.be.greaterThan(5);
      await aTimeout(100);
      expect(win.__newsArticlePwned).to.equal(undefined);
    });
  });

  describe('fetch races and aborts', () => {
    it('a stale response never overwrites a newer one', async () => {
      const t = token();
      const { calls, restore } = captureFetches(t);
      try {
        const slow = json('{"headline":"Slow"}', `&delay=${SLOW}&t=${t}`);
        const fast = json('{"headline":"Fast"}', `&delay=50&t=${t}`);
        const { el, loads, errors } = await render((l, f) => html`<news-article src=${slow} @news-article-load=${l} @news-article-error=${f}></news-article>`);
        const loaded = oneEvent(el, 'news-article-load');
        el.src = fast;
        expect((await loaded).detail.headline).to.equal('Fast');
        // The slow request was aborted; once its fetch has settled the element has dealt with it.
        expect(calls.map((call) => call.url)).to.deep.equal([slow, fast]);
        expect(calls[0].signal!.aborted).to.equal(true);
        await settled(calls[0].response);
        await el.updateComplete;
        expect(loads.map((story) => story.headline)).to.deep.equal(['Fast']);
        expect(errors, 'an abort is not an error').to.have.length(0);
        expect(shadowText(el, '[part=headline]')).to.equal('Fast');
      } finally {
        restore();
      }
    });

    it('a stale response that arrives after all (the engine finished reading it) is still ignored', async () => {
      const t = token();
      const slow = json('{"headline":"Slow"}', `&delay=${SLOW}&t=${t}`);
      const fast = json('{"headline":"Fast"}', `&delay=50&t=${t}`);
      // An engine may finish reading a response after its fetch was aborted (WebKit can): here the
      // abort does not reach the slow request, so its story arrives after the newer one.
      const original = window.fetch;
      let read!: (text: { story: Promise<string> }) => void;
      const staleRead = new Promise<{ story: Promise<string> }>((resolve) => (read = resolve));
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input) !== slow) return original(input, init);
        const response = await original(input);
        const text = response.text();
        const { ok, status, url, headers } = response;
        return { ok, status, url, headers, text: () => (read({ story: text }), text) } as unknown as Response;
      };
      try {
        const { el, loads, errors } = await render((l, f) => html`<news-article src=${slow} @news-article-load=${l} @news-article-error=${f}></news-article>`);
        const loaded = oneEvent(el, 'news-article-load');
        el.src = fast;
        expect((await loaded).detail.headline).to.equal('Fast');
        await el.updateComplete;
        expect(shadowText(el, '[part=headline]')).to.equal('Fast');
        // The element reads the stale body (and is done with it) before this test reads it.
        const { story } = await staleRead;
        expect(await story).to.equal('{"headline":"Slow"}');
        await el.updateComplete;
        expect(loads.map((s: Story) => s.headline)).to.deep.equal(['Fast']);
        expect(errors, 'a stale response is not an error').to.have.length(0);
        expect(shadowText(el, '[part=headline]')).to.equal('Fast');
      } finally {
        window.fetch = original;
      }
    });

    it('changing src aborts the fetch in flight', async () => {
      const t = token();
      const { calls, restore } = captureFetches(t);
      try {
        const { el, errors } = await render((_l, f) => html`<news-article src=${`/__hang?t=${t}`} @news-article-error=${f}></news-article>`);
        expect(calls).to.have.length(1);
        expect(calls[0].signal!.aborted).to.equal(false);
        el.src = json('{"headline":"Next"}', `&t=${t}`);
        await el.updateComplete;
        expect(calls[0].signal!.aborted).to.equal(true);
        await waitUntil(() => shadowText(el, '[part=headline]') === 'Next', 'next story not shown', { timeout: 5000 });
        expect(errors, 'an abort is not an error').to.have.length(0);
      } finally {
        restore();
      }
    });

    it('removing the element aborts its fetch; putting it back fetches again', async () => {
      const t = token();
      const { calls, restore } = captureFetches(t);
      try {
        const { el, errors } = await render((_l, f) => html`<news-article src=${`/__hang?t=${t}`} @news-article-error=${f}>${HOST}</news-article>`);
        expect($(el, '[part=skeleton]'), 'loading').to.exist;
        const parent = el.parentNode!;
        el.remove();
        expect(calls[0].signal!.aborted).to.equal(true);
        // The fetch rejects with the abort; once that has settled the element has dealt with it.
        await settled(calls[0].response);
        expect(errors).to.have.length(0);
        expect(capture.warnings).to.deep.equal([]);
        parent.append(el);
        await el.updateComplete;
        expect(calls).to.have.length(2);
        expect(calls[1].signal!.aborted).to.equal(false);
        // The request log is not checked here: Firefox and WebKit may hold a second request for the
        // same URL behind the aborted one (HTTP cache entry lock), so only the fetch calls are observable.
        el.remove();
        expect(calls[1].signal!.aborted).to.equal(true);
      } finally {
        restore();
      }
    });

    it('a loaded element moved in the page does not fetch again', async () => {
      const t = token();
      const { el } = await load(json('{"headline":"Once"}', `&t=${t}`));
      expect(shadowText(el, '[part=headline]')).to.equal('Once');
      const { calls, restore } = captureFetches(t);
      try {
        const wrapper = await fixture(html`<div></div>`);
        wrapper.append(el);
        await el.updateComplete;
        // A fetch would start in that update (everything before it runs synchronously).
        expect(calls).to.have.length(0);
      } finally {
        restore();
      }
      expect(shadowText(el, '[part=headline]')).to.equal('Once');
      expect(await requested(t)).to.have.length(1);
    });
  });
});
