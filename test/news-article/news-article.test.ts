import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-article/define.js';
import { NewsArticleElement } from '../../src/news-article/news-article.js';

describe('<news-article>', () => {
  it('upgrades and shows its light-DOM content', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article><p>Host content</p></news-article>`);
    expect(el).to.be.instanceOf(NewsArticleElement);
    expect(el.shadowRoot).to.exist;
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('is accessible', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article><p>Host content</p></news-article>`);
    await expect(el).to.be.accessible();
  });
});
