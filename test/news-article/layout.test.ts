import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { setNow } from '../../src/shared/time.js';
import { $, FIXTURES, load } from './helpers.js';
import { canEmulateMedia } from '../helpers.js';

const story = {
  '@type': 'NewsArticle',
  articleSection: 'World',
  headline: 'A headline long enough to wrap on a narrow column of text',
  alternativeHeadline: 'The dek',
  author: { name: 'Ada Writer', jobTitle: 'Reporter', description: 'Bio.', email: 'ada@example.com' },
  datePublished: '2024-08-03T08:00:00Z',
  image: [{ url: `${FIXTURES}a.png`, width: 320, height: 180, caption: 'Lead caption', creditText: 'Credit' }],
  newsEmbedBody: [
    { type: 'paragraph', text: 'word '.repeat(200) },
    { type: 'heading', text: 'Section' },
    { type: 'quote', text: 'A quote', cite: 'Someone' },
    { type: 'image', image: 0 },
  ],
  isBasedOn: 'https://www.cbc.ca/',
  relatedLink: ['https://example.com/a', 'https://example.com/b', 'https://example.com/c'],
};

async function at(width: number, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${`width:${width}px`}></div>`);
  wrapper.innerHTML = `<news-article ${attrs}></news-article>`;
  const el = wrapper.firstElementChild as NewsArticleElement;
  el.story = story;
  await el.updateComplete;
  return el;
}

const box = (node: Element) => node.getBoundingClientRect();

describe('<news-article> layout, theme and accessibility', () => {
  beforeEach(() => setNow('2024-08-03T12:00:00Z'));
  afterEach(() => setNow(null));

  describe('fits its container, not the viewport', () => {
    for (const width of [280, 600, 1200]) {
      it(`at ${width}px nothing overflows and body lines stay readable`, async () => {
        const el = await at(width);
        const host = box(el);
        const article = $(el, 'article')!;
        expect(article.scrollWidth).to.be.at.most(Math.ceil(host.width));
        const paragraph = box($(el, '[part=body] p')!);
        expect(paragraph.left).to.be.at.least(host.left - 0.5);
        expect(paragraph.right).to.be.at.most(host.right + 0.5);
        // 40rem measure: about 70 characters a line.
        expect(paragraph.width).to.equal(Math.min(width, 640));
        // The body column is centred in wide containers.
        expect(Math.abs(paragraph.left - host.left - (host.right - paragraph.right))).to.be.below(1);
      });
    }

    it('gives the lead more width than the text at 1200px, the full width at 280px', async () => {
      const wide = await at(1200);
      expect(box($(wide, '[part=lead]')!).width).to.equal(1024);
      const narrow = await at(280);
      expect(box($(narrow, '[part=lead]')!).width).to.equal(280);
    });

    it('scales the headline with the container', async () => {
      const size = async (width: number) => parseFloat(getComputedStyle($(await at(width), '[part=headline]')!).fontSize);
      const small = await size(280);
      const large = await size(1200);
      expect(small).to.be.at.least(24);
      expect(large).to.be.greaterThan(small + 10);
    });

    it('puts related links in two columns from 48rem', async () => {
      expect(getComputedStyle($(await at(1200), '[part=related] ul')!).columnCount).to.equal('2');
      expect(getComputedStyle($(await at(600), '[part=related] ul')!).columnCount).to.equal('auto');
    });
  });

  describe('theme', () => {
    it('inherits the page colour and font by default', async () => {
      const wrapper = await fixture(html`<div style="color: rgb(1, 2, 3); font-family: serif"><news-article .story=${story}></news-article></div>`);
      const el = wrapper.firstElementChild!;
      expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el).fontFamily).to.equal('serif');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('theme="light" and theme="dark" set text and surface', async () => {
      const el = await at(600, 'theme="light"');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 24, 26)');
      expect(getComputedStyle(el).color).to.equal('rgb(236, 236, 236)');
    });

    it('theme="auto" follows prefers-color-scheme', async () => {
      const el = await at(600, 'theme="auto"');
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(getComputedStyle(el).backgroundColor).to.equal(dark ? 'rgb(23, 24, 26)' : 'rgb(255, 255, 255)');
    });

    it('honours the documented custom properties', async () => {
      const el = await at(600, 'theme="light" style="--news-embed-accent: rgb(0, 0, 200); --news-embed-text: rgb(10, 10, 10); --news-embed-surface: rgb(250, 250, 240); --news-embed-font: monospace; --news-embed-space: 10px; --news-embed-radius: 3px"');
      expect(getComputedStyle($(el, '[part=kicker]')!).color).to.equal('rgb(0, 0, 200)');
      expect(getComputedStyle(el).color).to.equal('rgb(10, 10, 10)');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 250, 240)');
      expect(getComputedStyle(el).fontFamily).to.equal('monospace');
      expect(getComputedStyle(el).paddingTop).to.equal('10px');
      expect(getComputedStyle(el).borderTopLeftRadius).to.equal('3px');
    });

    it('prints black on white without a background', async function () {
      const el = await at(600, 'theme="dark"');
      // WebKitGTK is driven over WebDriver, which cannot emulate print media; the rule is
      // exercised in Chromium and Firefox.
      if (!(await canEmulateMedia())) return;
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(el).backgroundImage).to.equal('none');
        expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`loaded story, theme="${theme}"`, async () => {
        const el = await at(800, `theme="${theme}"`);
        await expect(el).to.be.accessible();
      });

      it(`error state, theme="${theme}"`, async () => {
        const { el } = await load(`/__status/404?theme=${theme}`, html`<h2 slot="headline">Host</h2><p>Kept</p>`);
        el.theme = theme as 'light' | 'dark';
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    it('light-DOM story', async () => {
      const el = await fixture(html`<news-article theme="light">
        <p slot="kicker">World</p>
        <h2 slot="headline">Headline</h2>
        <p slot="byline">By Ada <time datetime="2024-08-03">Aug 3</time></p>
        <p>Body</p>
        <ul slot="related"><li><a href="https://example.com/">Related</a></li></ul>
      </news-article>`);
      await expect(el).to.be.accessible();
    });
  });
});
