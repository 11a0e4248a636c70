// Many cards, and cards far from the viewport: each card's first render runs in a task of its own
// (the page answers input in between), and a card far below keeps a box of a card's size and its
// title, found by find-in-page, while the browser skips its rendering (content-visibility).
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { part, text } from './helpers.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const card = (name: string) => `<video-card name="${name}" duration="PT9M34S" upload-date="2024-07-30" embed-url="${YOUTUBE}"></video-card>`;

describe('<video-card> on busy pages', () => {
  before(() => setNow('2024-08-03T12:00:00Z'));
  after(() => setNow(null));
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('renders many cards one task at a time, so the page can answer input and paint in between', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = Array.from({ length: 60 }, (_, i) => card(`Card ${i + 1}`)).join('');
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
    expect(tasks.size, 'tasks the 60 first renders ran in').to.be.greaterThan(30);
    expect(text(cards.at(-1)!, 'title')).to.equal('Card 60');
  });

  it('keeps the box and the title of a card far below the viewport, found by find-in-page', async function () {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height:40000px"></div>
      <video-card name="Far away" description="Below everything." duration="PT9M34S" embed-url=${YOUTUBE}></video-card>
    </div>`);
    const el = wrap.querySelector<VideoCardElement>('video-card')!;
    await el.updateComplete;
    expect(text(el, 'title')).to.equal('Far away');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Play video: Far away, 9 minutes 34 seconds');
    // Unrendered, the card still holds room for itself: no jump when the reader gets there.
    expect(el.getBoundingClientRect().height).to.be.greaterThan(150);
    const find = (window as Window & { find?: (text: string) => boolean }).find;
    // window.find is not in every engine; where it is, it searches the text the reader can find.
    if (typeof find != 'function') return;
    getSelection()?.removeAllRanges();
    expect(find.call(window, 'Below everything')).to.be.true;
    await waitUntil(() => el.getBoundingClientRect().top < innerHeight, 'find-in-page did not bring the card into view', { timeout: 3000 });
  });
});
