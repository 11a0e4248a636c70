// A long body written in the page: blocks far below the viewport are skipped by the browser's
// rendering (content-visibility) until the reader comes near, yet they keep room on the page and
// find-in-page finds their text.
import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../src/news-article/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

describe('<news-article> with a long light-DOM body', () => {
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('keeps room for every paragraph and finds the last one with find-in-page', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i + 1} of a long story, with enough words to wrap over a line or two.</p>`).join('');
    const el = await fixture<NewsArticleElement>(`<news-article><h2 slot="headline">Long</h2>${paragraphs}<p id="last">The closing words of the story.</p></news-article>`);
    await el.updateComplete;
    const last = el.querySelector('#last')!;
    const first = el.querySelector('p')!;
    // Every paragraph has a box: the last one sits far below the first, not on top of it.
    expect(last.getBoundingClientRect().top - first.getBoundingClientRect().top).to.be.greaterThan(400 * 20);
    const find = (window as Window & { find?: (text: string) => boolean }).find;
    // window.find is not in every engine; where it is, it searches the text the reader can find.
    if (typeof find != 'function') return;
    getSelection()?.removeAllRanges();
    expect(find.call(window, 'closing words of the story')).to.be.true;
    await waitUntil(() => Math.abs(last.getBoundingClientRect().top) < innerHeight, 'find-in-page did not scroll to the last paragraph', { timeout: 3000 });
  });
});
