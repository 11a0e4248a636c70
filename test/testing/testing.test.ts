// news-embed/testing: whenReady, freezeTime and visibleText, in the engines they are meant for.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { freezeTime, visibleText, whenReady } from '../../src/testing/index.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { token } from '../helpers.js';

const IMAGES = '/test/fixtures/news-article/';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="320" height="180" fill="teal"/></svg>';
/** An image the test server sends after `delay` ms. */
const slowImage = (delay: number) =>
  `/__respond?type=image/svg%2Bxml&delay=${delay}&body=${encodeURIComponent(SVG)}&t=${token()}`;
/** A story the test server sends after `delay` ms. */
const slowStory = (story: object, delay: number) =>
  `/__respond?type=application/json&delay=${delay}&body=${encodeURIComponent(JSON.stringify(story))}&t=${token()}`;

const story = (image: string) => ({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'A headline that arrives late',
  datePublished: '2024-08-03T08:00:00Z',
  image: [{ '@type': 'ImageObject', url: image, width: 320, height: 180, description: 'A teal box' }],
  video: [{ '@type': 'VideoObject', name: 'A clip', uploadDate: '2024-07-30', duration: 'PT1M', thumbnailUrl: IMAGES + 'a.png', contentUrl: '/test/fixtures/video-card/clip.mp4' }],
  newsEmbedBody: [
    { type: 'paragraph', text: 'The first paragraph.' },
    { type: 'video', video: 0 },
  ],
});

const leadImage = (article: Element) =>
  article.shadowRoot!.querySelector('random-image')!.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;

describe('news-embed/testing', () => {
  afterEach(() => freezeTime(null));

  describe('whenReady', () => {
    it('waits for a story from src, the elements it renders and its lead image', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src=${slowStory(story(slowImage(1500)), 1500)}></news-article>`);
      expect(el.shadowRoot!.querySelector('[part=skeleton]'), 'still loading when the wait starts').to.exist;

      const report = await whenReady(el);

      expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('A headline that arrives late');
      const img = leadImage(el);
      expect(img.complete && img.naturalWidth > 0, 'the lead image has loaded').to.be.true;
      // The article, the random-image and the video-card inside its shadow root.
      expect(report).to.deep.equal({ elements: 3, loaded: 1, failed: 0 });
      const card = el.shadowRoot!.querySelector<VideoCardElement>('video-card')!;
      expect(card.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('A clip');
    });

    it('takes the document by default, and options in place of the root (as page.evaluate passes them)', async () => {
      const el = await fixture<RandomImageElement>(
        html`<random-image><img src=${slowImage(1500)} alt="A teal box" width="320" height="180"></random-image>`,
      );
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
      expect(img.complete, 'still loading when the wait starts').to.be.false;
      const report = await whenReady({ timeout: 5000 });
      expect(img.complete && img.naturalWidth > 0).to.be.true;
      expect(report.loaded).to.be.at.least(1);
    });

    it('resolves when a story fails, with the error showing', async () => {
      const errors: string[] = [];
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="/__status/404?t=${token()}" @news-article-error=${(e: CustomEvent) => errors.push(e.detail.reason)}><h2 slot="headline">Kept</h2></news-article>`,
      );
      await whenReady(el);
      expect(errors).to.deep.equal(['http']);
      expect(el.shadowRoot!.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
    });

    it('waits until a broken lead image has been replaced by the next one', async () => {
      const el = await fixture<RandomImageElement>(html`<random-image seed="a">
        <img src="/__status/404?t=${token()}" alt="Broken" width="320" height="180">
        <img src=${slowImage(200)} alt="A teal box" width="320" height="180">
      </random-image>`);
      const report = await whenReady(el);
      const img = el.shadowRoot!.querySelector<HTMLImageElement>('img[part~="image"]')!;
      expect(img.alt).to.equal('A teal box');
      expect(img.complete && img.naturalWidth > 0).to.be.true;
      expect(report.loaded).to.equal(1);
    });

    it('counts lead images that failed, and resolves with the placeholder showing', async () => {
      const el = await fixture<RandomImageElement>(html`<random-image>
        <img src="/__status/404?t=${token()}" alt="Broken one" width="320" height="180">
        <img src="/__status/404?t=${token()}" alt="Broken two" width="320" height="180">
      </random-image>`);
      const report = await whenReady(el);
      expect(el.shadowRoot!.querySelector('[part=placeholder]')).to.exist;
      expect(report.elements).to.equal(1);
      expect(report.loaded).to.equal(0);
    });

    it('settles while the rest of the page keeps changing', async () => {
      const page = await fixture(html`<div><p>0</p><video-card name="A clip" duration="PT1M"></video-card></div>`);
      const ticker = setInterval(() => (page.querySelector('p')!.textContent = String(Date.now())), 10);
      try {
        expect(await whenReady(document, { timeout: 2000 })).to.deep.equal({ elements: 1, loaded: 0, failed: 0 });
      } finally {
        clearInterval(ticker);
      }
    });

    it('rejects after its timeout, naming what it waits for', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article src="/__hang?t=${token()}"></news-article>`);
      const error = await whenReady(el, { timeout: 300 }).catch((e: Error) => e);
      expect(String(error)).to.match(/whenReady: still waiting for 1 <news-article> to load its src after 300 ms/);
      el.remove();
    });

    it('waits for elements that are not defined yet, under the tags given', async () => {
      const name = `late-card-${token()}`;
      const holder = await fixture(html`<div></div>`);
      holder.innerHTML = `<${name} name="Defined late"></${name}>`;
      const error = await whenReady(holder, { tags: [name], timeout: 200 }).catch((e: Error) => e);
      expect(String(error)).to.include(`<${name}> to be defined`);
      const ready = whenReady(holder, { tags: [name] });
      const { VideoCardElement } = await import('../../src/video-card/video-card.js');
      VideoCardElement.define(name);
      expect(await ready).to.deep.equal({ elements: 1, loaded: 0, failed: 0 });
      expect(holder.firstElementChild!.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Defined late');
    });
  });

  describe('freezeTime', () => {
    it('freezes relative times for the elements already on the page, and unfreezes them', async () => {
      const card = await fixture<VideoCardElement>(html`<video-card name="A clip" upload-date="2024-07-30" duration="PT1M"></video-card>`);
      await freezeTime('2024-08-03T12:00:00Z');
      expect(card.shadowRoot!.querySelector('[part=meta]')!.textContent).to.include('4 days ago');
      await freezeTime(new Date('2024-07-31T12:00:00Z'));
      expect(card.shadowRoot!.querySelector('[part=meta]')!.textContent).to.include('yesterday');
      await freezeTime(null);
      expect(document.querySelector('meta[name="news-embed-now"]')).to.be.null;
      // Today the upload is more than 30 days old: the absolute date shows.
      expect(card.shadowRoot!.querySelector('[part=meta]')!.textContent).to.include('2024');
    });

    it('refuses a value that is not a date', async () => {
      const error = await freezeTime('next tuesday').catch((e: Error) => e);
      expect(error).to.be.instanceOf(RangeError);
    });
  });

  describe('visibleText', () => {
    it('reads what a reader sees through shadow roots and slots, and leaves hidden content out', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article>
        <h2 slot="headline">Slotted headline</h2>
        <random-image slot="lead" seed="x">
          <template><figure><img data-src="/test/fixtures/news-article/a.png" alt="Alt A" width="320" height="180"><figcaption>Only caption</figcaption></figure></template>
        </random-image>
        <p>Body text.</p>
        <p hidden>Hidden text.</p>
        <video-card name="A clip" duration="PT1M"><a href="/clip.mp4">Fallback link</a></video-card>
      </news-article>`);
      await whenReady(el);
      const text = visibleText(el);
      expect(text.split('\n')).to.include.members(['Slotted headline', 'Only caption', 'Body text.', 'A clip']);
      expect(text).not.to.include('Hidden text.');
      expect(text).not.to.include('Fallback link');
      expect(text.indexOf('Slotted headline')).to.be.lessThan(text.indexOf('Body text.'));
    });
  });
});
