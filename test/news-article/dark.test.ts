// The light and dark themes meet WCAG contrast (axe's color-contrast rule) for the whole story, the
// card layout and the video card inside the story, in a left-to-right and a right-to-left language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import { loadLocale } from '../../src/shared/i18n.js';

const story = (inLanguage: string) => ({
  '@type': 'NewsArticle',
  inLanguage,
  articleSection: 'World',
  headline: 'Headline',
  alternativeHeadline: 'The dek under the headline',
  url: 'https://example.com/story',
  articleBody: 'First paragraph.\nSecond paragraph.',
  datePublished: '2024-03-07T09:00:00Z',
  author: { '@type': 'Person', name: 'Ada Park', url: 'https://example.com/ada', jobTitle: 'Reporter', description: 'Writes about cities.', email: 'ada@example.com' },
  publisher: { '@type': 'Organization', name: 'Example News' },
  isBasedOn: { '@type': 'CreativeWork', name: 'Example Wire', url: 'https://example.com/wire' },
  relatedLink: ['https://example.com/related'],
  image: [{ '@type': 'ImageObject', url: '/test/fixtures/random-image/blue.svg', width: 800, height: 450, caption: 'A caption', creditText: 'A photographer' }],
  video: { '@type': 'VideoObject', name: 'A video', duration: 'PT1M5S', contentUrl: '/demo/story/media/sample-clip.mp4', uploadDate: '2024-03-07', description: 'What the video shows.' },
});

describe('themes meet contrast', () => {
  before(() => loadLocale('ar'));

  for (const theme of ['light', 'dark'] as const) {
    for (const layout of ['full', 'card'] as const) {
      for (const lang of ['en', 'ar']) {
        it(`${theme} theme, ${layout} layout, ${lang}`, async () => {
          const wrapper = await fixture(html`<div style="background:${theme == 'dark' ? '#000' : '#fff'};color:${theme == 'dark' ? '#fff' : '#000'};padding:1em">
            <news-article theme=${theme} layout=${layout} .story=${story(lang)}></news-article></div>`);
          const el = wrapper.querySelector<NewsArticleElement>('news-article')!;
          await waitUntil(() => el.shadowRoot!.querySelector('[part=headline]'), 'no story');
          if (layout == 'full') await waitUntil(() => el.shadowRoot!.querySelector('video-card')?.shadowRoot?.querySelector('[part=kicker]'), 'no video card');
          await expect(el).to.be.accessible();
          if (layout == 'full') await expect(el.shadowRoot!.querySelector('video-card')!).to.be.accessible();
        });
      }
    }
  }
});
