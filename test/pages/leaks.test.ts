// Leaks and load. 1,000 create/connect/disconnect cycles of each element must leave nothing running
// in the host page: no timer (the probe wraps setTimeout/setInterval and their clear functions
// before the bundle loads), no listener on window or document (it wraps add/removeEventListener),
// no observed IntersectionObserver target (it wraps the constructor), no fetch left open. And a
// page with 200 <video-card>s and 50 <random-image>s works.
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, ourWarnings, type HostPage } from './helpers.js';
import { frames, partText, sleep, token, until } from '../helpers.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

const IMAGES = ['red', 'blue', 'green'].map((c) => ({ src: `/test/fixtures/random-image/${c}.svg`, alt: c, width: 16, height: 9 }));
const STORY = { '@type': 'NewsArticle', headline: 'Story', datePublished: '2024-08-03T09:00:00Z', articleBody: 'Body.' };

interface Kind {
  name: string;
  make(doc: Document): Lit;
  cycles: number;
}

const kinds: Kind[] = [
  {
    name: '<random-image> rotating (timer and IntersectionObserver)',
    cycles: 1000,
    make: (doc) => Object.assign(doc.createElement('random-image') as RandomImageElement, { images: IMAGES, interval: 5, seed: '1' }),
  },
  {
    name: '<video-card> (shared clock)',
    cycles: 1000,
    make: (doc) => {
      const card = doc.createElement('video-card') as VideoCardElement;
      card.setAttribute('name', 'Card');
      card.setAttribute('upload-date', '2024-08-01');
      card.setAttribute('content-url', '/demo/story/media/sample-clip.mp4');
      return card;
    },
  },
  {
    name: '<news-article> with a story (shared clock)',
    cycles: 1000,
    make: (doc) => Object.assign(doc.createElement('news-article') as NewsArticleElement, { story: STORY }),
  },
];

function leftovers(page: HostPage, baseline: { timers: Set<number>; listeners: number }) {
  const { probe } = page;
  return {
    timers: [...probe.timers].filter(([id]) => !baseline.timers.has(id)).map(([, what]) => what),
    listeners: probe.listenerCount() - baseline.listeners,
    observed: probe.observed.size,
  };
}

/** Nothing left: the message names what is. */
function expectNothingLeft(page: HostPage, baseline: { timers: Set<number>; listeners: number }) {
  const left = leftovers(page, baseline);
  const listeners = [...page.probe.listeners.values()].flatMap((keys) => [...keys]);
  expect(left.timers, 'timers still running').to.deep.equal([]);
  expect(left.listeners, `listeners left on window/document (now: ${listeners.join('; ')})`).to.equal(0);
  expect(left.observed, 'IntersectionObserver targets still observed').to.equal(0);
}

describe('leaks', () => {
  let page: HostPage;
  beforeEach(async () => {
    page = await openPage(`${FIXTURES}/blank.html`);
  });
  afterEach(() => page.close());

  for (const kind of kinds) {
    it(`${kind.cycles} create/connect/disconnect cycles of ${kind.name} leave nothing running`, async () => {
      const { doc, probe } = page;
      const baseline = { timers: new Set(probe.timers.keys()), listeners: probe.listenerCount() };
      const container = doc.createElement('div');
      doc.body.append(container);

      // One connected element holds resources, so the checks below can see a leak.
      const one = kind.make(doc);
      container.append(one);
      await one.updateComplete;
      await frames(page.win);
      const held = leftovers(page, baseline);
      expect(held.timers.length + held.listeners + held.observed, 'a connected element holds something').to.be.greaterThan(0);
      one.remove();

      let last = one;
      for (let i = 0; i < kind.cycles; i++) {
        last = kind.make(doc);
        container.append(last);
        last.remove();
      }
      // And some with a render in between, the way a framework mounts and unmounts.
      for (let i = 0; i < 20; i++) {
        last = kind.make(doc);
        container.append(last);
        await last.updateComplete;
        last.remove();
      }
      await last.updateComplete;
      await frames(page.win);
      expectNothingLeft(page, baseline);
      expect(probe.errors).to.deep.equal([]);
    });
  }

  it('<video-card>s removed while their first update waits for its own task leave no timer, and render when back', async () => {
    const { doc, probe, win } = page;
    const make = () => {
      const card = doc.createElement('video-card') as VideoCardElement;
      card.setAttribute('name', 'Waiting card');
      return card;
    };
    const first = make();
    doc.body.append(first);
    // The first card opens a 30 ms burst of first updates; spending it here, in the same task,
    // makes every card connected next wait for a task of its own (a timer each).
    await first.updateComplete;
    for (const end = win.performance.now() + 40; win.performance.now() < end; );
    const before = new Set(probe.timers.keys());
    const cards = Array.from({ length: 50 }, make);
    doc.body.append(...cards);
    await Promise.resolve();
    const waiting = () => [...probe.timers.keys()].filter((id) => !before.has(id));
    await until(() => waiting().length == cards.length, 'every card waits for its own task');
    cards.forEach((card) => card.remove());
    expect(waiting(), 'timers of removed cards').to.deep.equal([]);
    await Promise.all(cards.map((card) => card.updateComplete));
    first.remove();
    // A card that comes back renders.
    doc.body.append(cards[0]!);
    await cards[0]!.updateComplete;
    expect(partText(cards[0]!, 'title')).to.equal('Waiting card');
    cards[0]!.remove();
    expect(probe.errors).to.deep.equal([]);
  });

  it('<video-card>s removed before the page has loaded leave no load listener', async () => {
    // A page whose load event waits for a slow image; the cards are made while it is still loading.
    const t = token();
    const html = `<!doctype html><html><head><meta charset="utf-8"><script src="/test/pages/fixtures/probe.js"></script>
      <script type="module" src="/dist/news-embed.js"></script></head>
      <body><img src="/__respond?delay=4000&type=image/svg%2Bxml&body=%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E&${t}" alt="" width="1" height="1"></body></html>`;
    const { url } = await (await fetch('/__page', { method: 'POST', body: html })).json();
    const frame = document.createElement('iframe');
    frame.src = url;
    document.body.append(frame);
    try {
      type Win = Window & typeof globalThis & { __probe: HostPage['probe'] };
      const win = () => frame.contentWindow as Win;
      await until(() => win().document.URL.endsWith(url) && win().customElements.get('video-card'), 'the bundle runs before the page loads');
      const { document: doc, __probe: probe } = win();
      expect(doc.readyState).not.to.equal('complete');
      const baseline = probe.listenerCount();
      const cards = Array.from({ length: 20 }, () => {
        const card = doc.createElement('video-card') as VideoCardElement;
        card.setAttribute('name', 'Early card');
        doc.body.append(card);
        return card;
      });
      expect(probe.listenerCount(), 'connected cards wait for the load event').to.be.greaterThan(baseline);
      await Promise.all(cards.map((card) => card.updateComplete));
      cards.forEach((card) => card.remove());
      expect(probe.listenerCount() - baseline, 'load listeners left by removed cards').to.equal(0);
      expect(doc.readyState).not.to.equal('complete');
    } finally {
      frame.remove();
    }
  });

  it('<news-article src> removed before or while it loads leaves no fetch or timer behind', async () => {
    const { doc, probe } = page;
    const baseline = { timers: new Set(probe.timers.keys()), listeners: probe.listenerCount() };
    const t = token();
    const src = `/__respond?delay=2000&body=${encodeURIComponent(JSON.stringify(STORY))}&${t}`;
    const make = () => Object.assign(doc.createElement('news-article') as NewsArticleElement, { src });
    // Removed at once (before its first update), and removed after its fetch started.
    for (let i = 0; i < 10; i++) {
      const el = make();
      doc.body.append(el);
      el.remove();
      await el.updateComplete;
    }
    for (let i = 0; i < 10; i++) {
      const el = make();
      doc.body.append(el);
      await el.updateComplete;
      el.remove();
    }
    await frames(page.win);
    // The ten removed after their first update had started their fetch; every one is aborted.
    const started = probe.fetches.filter((f) => f.url.includes(t));
    expect(started, 'fetches started').to.have.length(10);
    const open = started.filter((f) => !f.signal?.aborted);
    expect(open.map((f) => f.url), 'fetches still open').to.deep.equal([]);
    expectNothingLeft(page, baseline);
  });
});

describe('load', () => {
  it('a page with 200 <video-card>s and 50 <random-image>s works', async () => {
    const page = await openPage(`${FIXTURES}/load.html`, { width: 1000, height: 800 });
    try {
      const { doc, probe } = page;
      const cards = [...doc.querySelectorAll<VideoCardElement>('video-card')];
      const images = [...doc.querySelectorAll<RandomImageElement>('random-image')];
      expect(cards).to.have.length(200);
      expect(images).to.have.length(50);
      await Promise.all([...cards, ...images].map((el) => el.updateComplete));
      cards.forEach((card, i) => expect(partText(card, 'title')).to.equal(card.getAttribute('name'), `card ${i}`));
      await until(
        () => images.every((el) => {
          const img = el.shadowRoot!.querySelector('img');
          return img?.complete && img.naturalWidth > 0;
        }),
        'every random image loads',
        10_000,
      );
      // One shared clock for all 200 cards.
      expect([...probe.timers.values()].filter((what) => what.startsWith('interval'))).to.have.length(1);
      // A card far down the page plays.
      const card = cards[180]!;
      card.scrollIntoView();
      expect(card.play()).to.be.true;
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('video')).to.exist;
      // Removing them all stops the clock.
      doc.querySelector('#many')!.remove();
      await sleep(0);
      expect([...probe.timers.values()].filter((what) => what.startsWith('interval'))).to.have.length(0);
      expect(probe.errors).to.deep.equal([]);
      expect(ourWarnings(probe)).to.deep.equal([]);
    } finally {
      page.close();
    }
  });
});
