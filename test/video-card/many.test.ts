// Many cards on one page: first renders run at once for up to 30 ms, then each in a task of its
// own, so the page answers input and paints in between.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { partText as text } from '../helpers.js';

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
});
