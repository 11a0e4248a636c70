// Strict Content-Security-Policy and Trusted Types: the story renders, images and a video play, and
// the page sees no violation and no exception. The test server sends the policies as headers
// (`?csp=strict`, `?csp=trusted-types`, see test/server/plugins.mjs).
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, visible, type HostPage } from './helpers.js';
import { frames, until } from '../helpers.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';

const HEADLINE = 'The Maduro government still shows no signs of surrendering power in Venezuela';

/** The story is on screen: headline, body, a loaded lead image and every video card. */
async function storyRendered(page: HostPage) {
  const article = page.doc.querySelector<NewsArticleElement>('news-article')!;
  const root = () => article.shadowRoot!;
  await until(() => root().querySelector('[part~="body"]'), 'the story renders');
  await until(
    () => root().querySelector('[part~="headline"]')?.textContent?.includes(HEADLINE) || article.querySelector('[slot="headline"]')?.textContent?.includes(HEADLINE),
    'the headline shows',
  );
  const lead = (root().querySelector('random-image') ?? article.querySelector('random-image')) as RandomImageElement;
  expect(lead, 'lead image').to.exist;
  await until(() => {
    const img = lead.shadowRoot?.querySelector('img');
    return img?.complete && img.naturalWidth > 0;
  }, 'the lead image loads');
  const cards = [...root().querySelectorAll<VideoCardElement>('video-card'), ...article.querySelectorAll<VideoCardElement>('video-card')];
  expect(cards.length, 'video cards').to.be.greaterThan(0);
  for (const card of cards) {
    await card.updateComplete;
    expect(visible(card.shadowRoot!.querySelector('[part~="play-button"]')), 'play button').to.be.true;
  }
  return { article, cards };
}

/** Activates `card` and waits until its native `<video>` is playing (or at least has decoded a frame). */
async function plays(card: VideoCardElement) {
  card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play-button"]')!.click();
  await card.updateComplete;
  const video = card.shadowRoot!.querySelector('video')!;
  expect(video, 'native player').to.exist;
  await until(() => video.readyState >= 2 || video.error, 'the video loads', 8000);
  expect(video.error, 'media error').to.equal(null);
  return video;
}

function clean(page: HostPage) {
  expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
  expect(page.probe.errors, 'uncaught exceptions').to.deep.equal([]);
  expect(page.probe.warnings.filter((w) => w.startsWith('news-embed')), 'warnings').to.deep.equal([]);
}

for (const policy of ['strict', 'trusted-types']) {
  describe(`host page with a ${policy} CSP`, () => {
    let page: HostPage;
    afterEach(() => page?.close());

    it('renders the light-DOM story and plays a video, with no violation', async () => {
      page = await openPage(`/demo/story/index.html?probe=1&csp=${policy}`);
      const { cards } = await storyRendered(page);
      const video = await plays(cards[0]!);
      expect(video.src).to.match(/\/demo\/story\/media\/sample-clip\.mp4$/);
      await frames(page.win);
      clean(page);
    });

    it('renders the story from src with its figures and nested cards, and plays a content-url video', async () => {
      page = await openPage(`${FIXTURES}/story-src.html?csp=${policy}`);
      const { article } = await storyRendered(page);
      const figures = [...article.shadowRoot!.querySelectorAll<HTMLImageElement>('[part~="figure"] img')];
      expect(figures.length).to.be.greaterThan(0);
      // The fallback stays in the DOM but is hidden while the story shows.
      expect(article.querySelector('.fallback')).to.exist;
      expect(visible(article.querySelector('.fallback'))).to.be.false;
      await plays(page.doc.querySelector<VideoCardElement>('#clip')!);
      await frames(page.win);
      clean(page);
    });
  });
}

describe('Trusted Types', () => {
  // Chromium, Firefox (ESR 153 here) and WebKit (WebKitGTK 2.50 here, Safari 26) all enforce
  // `require-trusted-types-for 'script'`; an engine without Trusted Types ignores the directive and
  // the page works the same (the runs above).
  it('are enforced by the engine, so the zero-violation runs above mean something', async () => {
    const page = await openPage(`${FIXTURES}/story-src.html?csp=trusted-types`);
    try {
      if (!('trustedTypes' in page.win)) return;
      // A plain string into an HTML sink is refused by the page's own policy…
      expect(() => {
        page.doc.createElement('div').innerHTML = '<b>x</b>';
      }).to.throw();
      // …and the only policy our bundle created is Lit's, the name the header allows.
      expect(page.probe.violations).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
