// The oEmbed card as Ghost and most consumers show it: the answer's HTML as is, the frame at the
// answer's height and never resized (nothing on this page listens to the frame's height message).
// At 320–800 px the whole card shows in a frame of exactly that height: kicker, headline, dek,
// byline, the lead image uncut and "Read the whole story"; with less room (maxheight) the link
// still shows. Where the consumer keeps styles, the frame covers the <blockquote> fallback.
import { expect, waitUntil } from '@open-wc/testing';
import { oembedFor } from '../../integrations/oembed/oembed.mjs';
import { frames } from '../helpers.js';

let story: Record<string, unknown>;
before(async () => {
  story = await (await fetch('/demo/story/story.json')).json();
});

const urls = () => ({
  storyUrl: new URL('/demo/story/story.json', location.href).href,
  pageUrl: new URL('/dist/story/', location.href).href,
  frameUrl: new URL('/dist/embed.html', location.href).href,
  providerUrl: location.origin + '/',
});

/** The answer's HTML in a `width` px column of this page, once its card shows with its image. */
async function embed(width: number, maxheight?: number) {
  const answer = oembedFor(story, { ...urls(), maxwidth: width, maxheight }) as { html: string; height: number; width: number };
  const column = document.createElement('div');
  column.style.cssText = `width:${width}px`;
  column.innerHTML = answer.html;
  document.body.append(column);
  const frame = column.querySelector('iframe')!;
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  const article = () => win.document.querySelector('news-article');
  await waitUntil(() => article()?.shadowRoot?.querySelector('[part=more]'), 'the card renders', { timeout: 8000 });
  const img = () => article()!.shadowRoot!.querySelector('random-image')?.shadowRoot?.querySelector('img');
  if (!frame.src.includes('lead=none')) await waitUntil(() => img()?.complete && img()!.naturalWidth > 0, 'the lead loads', { timeout: 8000 });
  await frames(win, 3);
  return { answer, column, frame, win, article: article()! };
}

/** What of the card a reader cannot see in the frame (the parts cut or missing). */
function cut(win: Window, article: Element, parts: string[]): string[] {
  const root = article.shadowRoot!;
  return parts.filter((name) => {
    const el = root.querySelector(`[part~=${name}]`);
    const box = el?.getBoundingClientRect();
    return !box || box.height < 1 || box.top < 0 || box.bottom > win.innerHeight + 0.5;
  });
}

describe('the oEmbed card in a frame of the declared height', () => {
  for (const width of [320, 390, 600, 800]) {
    it(`shows the whole card at ${width} px, nothing cut, no room to spare`, async () => {
      const { answer, column, frame, win, article } = await embed(width);
      try {
        expect(frame.getBoundingClientRect().height).to.equal(answer.height);
        expect(cut(win, article, ['kicker', 'headline', 'dek', 'byline', 'lead', 'more'])).to.deep.equal([]);
        // The lead image and its credit are whole: the card was not squeezed.
        const lead = article.shadowRoot!.querySelector('[part=lead]')!;
        expect(lead.scrollHeight - lead.clientHeight).to.be.at.most(1);
        const image = lead.shadowRoot!.querySelector('img')!.getBoundingClientRect();
        expect(image.width / image.height).to.be.closeTo(16 / 9, 0.02);
        // The declared height is the card's: at most a few px to spare under it.
        const more = article.shadowRoot!.querySelector('[part=more]')!.parentElement!.getBoundingClientRect();
        const spare = win.innerHeight - 1 - parseFloat(getComputedStyle(article).paddingBottom) - more.bottom;
        expect(spare).to.be.within(-0.5, 3);
        // The frame covers the fallback blockquote (this consumer keeps styles).
        const quote = column.querySelector('blockquote')!.getBoundingClientRect();
        expect(document.elementFromPoint(quote.left + 5, quote.top + 5)).to.equal(frame);
      } finally {
        column.remove();
      }
    });
  }

  for (const [width, maxheight] of [[390, 420], [600, 400], [800, 360]] as const) {
    it(`keeps "Read the whole story" in view with less room (${width} px, maxheight ${maxheight})`, async () => {
      const { answer, column, frame, win, article } = await embed(width, maxheight);
      try {
        expect(answer.height).to.be.at.most(maxheight);
        expect(frame.getBoundingClientRect().height).to.equal(answer.height);
        expect(cut(win, article, ['kicker', 'headline', 'byline', 'more'])).to.deep.equal([]);
      } finally {
        column.remove();
      }
    });
  }

  it('reads as a link with its dek and publisher where the frame and styles are dropped', () => {
    const answer = oembedFor(story, urls()) as { html: string };
    const column = document.createElement('div');
    column.innerHTML = answer.html;
    column.querySelector('iframe')!.remove();
    column.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
    const quote = column.querySelector('blockquote')!;
    expect(quote.querySelector('a')!.textContent).to.include('Maduro government');
    expect(quote.textContent).to.include('Foreign allies').and.include('CBC News');
  });
});
