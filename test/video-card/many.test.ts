// Many cards on one page: first renders run at once for up to 30 ms, then each in a task of its
// own, so the page answers input and paints in between.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { cardRendered, partText as text, until } from '../helpers.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const card = (name: string) => `<video-card name="${name}" duration="PT9M34S" upload-date="2024-07-30" embed-url="${YOUTUBE}"></video-card>`;

describe('<video-card> on busy pages', () => {
  before(() => setNow('2024-08-03T12:00:00Z'));
  after(() => setNow(null));
  afterEach(() => fixtureCleanup());

  it('renders a few cards at once and many cards over many tasks, so the page can answer input and paint in between', async () => {
    // One card first, so the two below do not pay the one-off cost of a first render (template set-up).
    const warm = await fixture<VideoCardElement>(card('Warm-up'));
    await warm.updateComplete;
    // A later task: the warm-up's burst is over.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const few = await fixture<HTMLDivElement>(html`<div></div>`);
    few.innerHTML = card('One') + card('Two');
    const [one, two] = [...few.querySelectorAll<VideoCardElement>('video-card')];
    await one!.updateComplete;
    // The second card rendered in the same task as the first: a small page sees no delay.
    expect(two!.hasUpdated).to.be.true;
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = Array.from({ length: 300 }, (_, i) => card(`Card ${i + 1}`)).join('');
    const cards = [...wrap.querySelectorAll<VideoCardElement>('video-card')];
    // Counts tasks: a microtask queued after a render runs once the current task's work is done,
    // so renders in one task see the same count and renders in different tasks different ones.
    let task = 0;
    let counting = false;
    const tasks = new Set<number>();
    await Promise.all(
      cards.map((c) =>
        c.updateComplete.then(() => {
          tasks.add(task);
          if (!counting) {
            counting = true;
            queueMicrotask(() => {
              counting = false;
              task++;
            });
          }
        }),
      ),
    );
    // 300 first renders take well over 30 ms in any engine: most run in tasks of their own.
    expect(tasks.size, 'tasks the 300 first renders ran in').to.be.greaterThan(10);
    expect(text(cards.at(-1)!, 'title')).to.equal('Card 300');
  });

  it('skips style, layout and paint for cards far from the viewport until the reader comes near, holding 15em, then the height it had', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 400px; font-size: 16px"></div>`);
    wrap.innerHTML = Array.from({ length: 40 }, (_, i) => card(`Card ${i + 1}`)).join('');
    const cards = [...wrap.querySelectorAll<VideoCardElement>('video-card')];
    await Promise.all(cards.map((c) => c.updateComplete));
    // What content-visibility skips is the card's content; its own box stays.
    const skipped = (c: VideoCardElement) => !cardRendered(c);
    const height = (c: VideoCardElement) => c.getBoundingClientRect().height;
    const first = cards[0]!;
    const last = cards.at(-1)!;
    // The browser decides in its rendering steps which cards are near the viewport, and lays them out.
    await until(() => !skipped(first) && height(first) > 240, 'the first card, in view, is laid out at its own height');
    // Rendered in full either way: the DOM and the text are there for find-in-page and assistive technology.
    expect(text(last, 'title')).to.equal('Card 40');
    expect(skipped(last), 'the 40th card, far below').to.be.true;
    expect(height(last), 'the far card holds 15em').to.equal(240);
    const own = height(first);
    last.scrollIntoView();
    await until(() => !skipped(last) && Math.abs(height(last) - own) < 1, 'the 40th card, scrolled to, is laid out at its own height');
    // Scrolled away again, it keeps the height it had rather than going back to 15em.
    first.scrollIntoView();
    await until(() => skipped(last), 'the 40th card, scrolled away, is skipped again');
    expect(height(last)).to.be.closeTo(own, 1);
  });
});
