import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../src/random-image/define.js';
import { RandomImageElement } from '../../src/random-image/random-image.js';
import { storageKey } from '../../src/random-image/choose.js';
import { setNow } from '../../src/shared/time.js';
import { COLOURS, loaded, make, shownImage, templateMarkup, url } from './helpers.js';
import { capture, requested, token } from '../helpers.js';
import { loadLocale } from '../../src/shared/i18n.js';

// French and Spanish arrive as modules beside the bundle; fetched once here, they render at once.
before(() => Promise.all(['fr', 'es'].map(loadLocale)));

afterEach(() => {
  document.querySelectorAll('random-image').forEach((el) => el.remove());
  setNow(null);
});

/** The set's storage key, as the element derives it from the candidates' URLs. */
const keyOf = (names: string[], tok: string) => storageKey(names.map((n) => url(n, tok)));

describe('<random-image> choice', () => {
  it('is a RandomImageElement and shows one image of the set', async () => {
    const tok = token();
    const { el, changes, errors } = await make(templateMarkup(COLOURS, tok));
    expect(el).to.be.instanceOf(RandomImageElement);
    expect(el.index).to.be.within(0, 3);
    expect(el.current!.src).to.equal(url(COLOURS[el.index]!, tok));
    const img = shownImage(el)!;
    expect(img.getAttribute('src')).to.equal(el.current!.src);
    expect(img.alt).to.equal(`A ${COLOURS[el.index]} square`);
    expect(el.shadowRoot!.querySelectorAll('.frame img')).to.have.length(1);
    expect(changes).to.deep.equal([{ index: el.index, previousIndex: -1, reason: 'initial' }]);
    expect(errors).to.deep.equal([]);
    await loaded(img);
    // Loaded (WebKit reports an SVG's natural width as its laid-out width, so only check it loaded).
    expect(img.naturalWidth).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('never repeats the previous image across reloads, and shows every image before repeating', async () => {
    const tok = token();
    const seen: number[] = [];
    for (let reload = 0; reload < 8; reload++) {
      // A reload: a new element, the same set, the same localStorage.
      const { el } = await make(templateMarkup(COLOURS, tok));
      seen.push(el.index);
      el.remove();
    }
    seen.slice(1).forEach((index, i) => expect(index).to.not.equal(seen[i]));
    expect([...seen.slice(0, 4)].sort()).to.deep.equal([0, 1, 2, 3]);
    expect([...seen.slice(4)].sort()).to.deep.equal([0, 1, 2, 3]);
    localStorage.removeItem(keyOf(COLOURS, tok));
  });

  it('respects data-weight: a weight-0 image is never shown', async () => {
    const tok = token();
    const markup = `<template>${COLOURS.map(
      (n, i) => `<img src="${url(n, tok)}" alt="${n}" data-weight="${i === 1 ? 1 : 0}">`,
    ).join('')}</template>`;
    for (let reload = 0; reload < 3; reload++) {
      const { el } = await make(markup);
      expect(el.index).to.equal(1);
      el.remove();
    }
    localStorage.removeItem(keyOf(COLOURS, tok));
  });

  it('uses storage-key for its memory', async () => {
    const tok = token();
    const { el } = await make(templateMarkup(COLOURS, tok), { 'storage-key': `k-${tok}` });
    expect(JSON.parse(localStorage.getItem(`k-${tok}`)!).l).to.equal(el.index);
    expect(localStorage.getItem(keyOf(COLOURS, tok))).to.equal(null);
    localStorage.removeItem(`k-${tok}`);
  });

  it('seed: the same seed shows the same image on every load, whatever the mode', async () => {
    const tok = token();
    const { el: first } = await make(templateMarkup(COLOURS, tok), { seed: 'screenshot' });
    expect(first.index).to.be.within(0, 3);
    const src = url(COLOURS[first.index]!, tok);
    expect(shownImage(first)!.getAttribute('src')).to.equal(src);
    for (const mode of ['reload', 'session', 'daily']) {
      const { el } = await make(templateMarkup(COLOURS, tok), { seed: 'screenshot', mode });
      expect(el.index).to.equal(first.index);
      expect(shownImage(el)!.getAttribute('src')).to.equal(src);
    }
    expect(localStorage.getItem(keyOf(COLOURS, tok))).to.equal(null);
  });

  it('session: the same image on every load of a session', async () => {
    const tok = token();
    const { el: first } = await make(templateMarkup(COLOURS, tok), { mode: 'session' });
    expect(sessionStorage.getItem(keyOf(COLOURS, tok))).to.equal(String(first.index));
    for (let reload = 0; reload < 3; reload++) {
      const { el } = await make(templateMarkup(COLOURS, tok), { mode: 'session' });
      expect(el.index).to.equal(first.index);
    }
    sessionStorage.removeItem(keyOf(COLOURS, tok));
    // A new session does not start with the image the last one showed.
    const { el: next } = await make(templateMarkup(COLOURS, tok), { mode: 'session' });
    expect(next.index).to.not.equal(first.index);
    sessionStorage.removeItem(keyOf(COLOURS, tok));
    localStorage.removeItem(keyOf(COLOURS, tok));
  });

  it('daily: the same image all day, another one the next day (UTC)', async () => {
    const tok = token();
    const at = async (iso: string) => {
      setNow(iso);
      const { el } = await make(templateMarkup(COLOURS, tok), { mode: 'daily' });
      return el.index;
    };
    const monday = await at('2025-03-10T00:30:00Z');
    expect(await at('2025-03-10T23:30:00Z')).to.equal(monday);
    expect(await at('2025-03-11T00:30:00Z')).to.not.equal(monday);
  });

  it('falls back to a random choice with one debug message when storage is blocked', async () => {
    const tok = token();
    // What a sandboxed iframe does: reading window.localStorage throws a SecurityError.
    // (Window attributes live on the instance in some engines, on the prototype in others.)
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    let made: Awaited<ReturnType<typeof make>> | undefined;
    let debug: string[] = [];
    try {
      debug = await capture('debug', async () => {
        made = await make(templateMarkup(COLOURS, tok));
      });
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(made!.el.index).to.be.within(0, 3);
    expect(shownImage(made!.el)).to.exist;
    expect(made!.errors).to.deep.equal([]);
    expect(debug.filter((m) => m.includes('storage'))).to.have.length(1);
    expect(localStorage.getItem(keyOf(COLOURS, tok))).to.equal(null);
  });

  it('uses a choice already made by an inline snippet (chosen="N") without advancing the bag', async () => {
    const tok = token();
    const { el, changes } = await make(templateMarkup(COLOURS, tok), { chosen: '2' });
    expect(el.index).to.equal(2);
    expect(changes).to.deep.equal([{ index: 2, previousIndex: -1, reason: 'initial' }]);
    expect(localStorage.getItem(keyOf(COLOURS, tok))).to.equal(null);
    const { el: bad } = await make(templateMarkup(COLOURS, tok), { chosen: '9' });
    expect(bad.index).to.be.within(0, 3);
    expect(localStorage.getItem(keyOf(COLOURS, tok))).to.not.equal(null);
    localStorage.removeItem(keyOf(COLOURS, tok));
  });
});

describe('<random-image> requests', () => {
  it('starts the chosen image request as it connects, before any update has run', async () => {
    const t = token();
    const el = document.createElement('random-image') as RandomImageElement;
    el.innerHTML = `<template><img data-src="/test/fixtures/random-image/red.svg?t=${t}" alt="red" width="300" height="200"></template>`;
    document.body.append(el);
    // Same task as append(): no microtask (so no reactive update) has run yet.
    const img = el.shadowRoot!.querySelector('img');
    expect(img?.getAttribute('src')).to.include(`red.svg?t=${t}`);
    expect(img?.getAttribute('fetchpriority')).to.equal('high');
    await waitUntil(async () => (await requested(t)).length > 0, 'the image was not requested', { timeout: 5000 });
    await loaded(img!);
    expect(await requested(t)).to.have.length(1);
    el.remove();
  });

  it('requests only the chosen image, with fetchpriority="high"; template candidates cost nothing', async () => {
    const tok = token();
    const { el } = await make(templateMarkup(COLOURS, tok));
    await loaded(shownImage(el));
    await aTimeout(100);
    expect(await requested(tok)).to.deep.equal([url(COLOURS[el.index]!, tok)]);
    expect(shownImage(el)!.getAttribute('fetchpriority')).to.equal('high');
  });

  it('the recommended markup: with JavaScript, the <noscript> fallback costs nothing either', async () => {
    const tok = token();
    const { el } = await make(
      `${templateMarkup(COLOURS, tok)}<noscript><img src="${url('red', tok)}&noscript" alt="A red square" width="300" height="200"></noscript>`,
    );
    await loaded(shownImage(el));
    await aTimeout(100);
    expect(await requested(tok)).to.deep.equal([url(COLOURS[el.index]!, tok)]);
  });

  it('the recommended markup: without JavaScript, readers see the <noscript> image and nothing else is fetched', async () => {
    const tok = token();
    const frame = document.createElement('iframe');
    // A sandbox without allow-scripts turns scripting off, so <noscript> content is parsed and shown.
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.width = '320px';
    const imgs = COLOURS.map((n) => `<img data-src="${url(n, tok)}" alt="${n}">`).join('');
    frame.srcdoc = `<random-image><template>${imgs}</template><noscript><img src="${url('red', tok)}&noscript" alt="A red square" width="300" height="200"></noscript></random-image>`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('noscript img'), 'no fallback image', { timeout: 3000 });
    const img = frame.contentDocument!.querySelector('noscript img') as HTMLImageElement;
    await waitUntil(() => img.complete, 'fallback not loaded', { timeout: 3000 });
    expect(img.getBoundingClientRect().height).to.equal(200);
    expect(await requested(tok)).to.deep.equal([`${url('red', tok)}&noscript`]);
    frame.remove();
  });

  it('on a parsed page, template candidates written with data-src cost nothing in every engine', async () => {
    const tok = token();
    const imgs = COLOURS.map((n) => `<img data-src="${url(n, tok)}" alt="${n}" width="300" height="200">`).join('');
    const frame = document.createElement('iframe');
    // A real page load (the preload scanner runs), without the script: nothing may be fetched.
    frame.src = `/__respond?type=text/html&t=${tok}&body=${encodeURIComponent(
      `<!doctype html><random-image><template>${imgs}</template></random-image><p>end</p>`,
    )}`;
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('p'), 'page not loaded', { timeout: 3000 });
    await aTimeout(300);
    expect((await requested(tok)).filter((u) => u.startsWith('/test/'))).to.deep.equal([]);
    frame.remove();
    // With the script, the element reads data-src like src.
    const { el } = await make(`<template>${imgs}</template>`);
    await loaded(shownImage(el));
    expect(await requested(`.svg?t=${tok}`)).to.deep.equal([url(COLOURS[el.index]!, tok)]);
  });

  it('priority="auto" leaves the fetch priority to the browser', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), { priority: 'auto' });
    expect(shownImage(el)!.getAttribute('fetchpriority')).to.equal('auto');
  });

  it('picks the <source> the browser supports from <picture> candidates', async () => {
    const tok = token();
    const { el } = await make(
      `<template><picture><source type="image/x-unknown" srcset="${url('red', tok)}">` +
        `<source type="image/svg+xml" srcset="${url('green', tok)}">` +
        `<img src="${url('blue', tok)}" alt="Green" width="300" height="200"></picture></template>`,
    );
    const img = shownImage(el)!;
    await loaded(img);
    expect(img.currentSrc).to.contain(url('green', tok));
    expect(await requested(tok)).to.deep.equal([url('green', tok)]);
  });
});

describe('<random-image> markup', () => {
  it('takes <img>, <picture> and <figure> children, with captions, credits and localized labels', async () => {
    const tok = token();
    const { el } = await make(
      `<figure data-credit="Jane Doe/CBC"><img src="${url('red', tok)}" alt="Red" width="300" height="200">` +
        `<figcaption> A red square </figcaption></figure>`,
      { lang: 'fr' },
    );
    expect(el.current).to.include({ caption: 'A red square', credit: 'Jane Doe/CBC' });
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!;
    const credit = el.shadowRoot!.querySelector('[part="credit"]')!;
    expect(caption.textContent).to.equal('A red square');
    expect(credit.textContent).to.equal('Photo\u202f: Jane Doe/CBC');
    expect(caption.getBoundingClientRect().top).to.be.at.least(shownImage(el)!.getBoundingClientRect().bottom - 1);
    await expect(el).to.be.accessible();
  });

  it('takes the images property and skips refused URLs with a warning and an invalid-url error', async () => {
    const tok = token();
    const el = document.createElement('random-image');
    const errors: unknown[] = [];
    el.addEventListener('random-image-error', (e) => errors.push(e.detail));
    el.images = [
      { src: 'javascript:alert(1)', alt: 'Bad' },
      { src: url('blue', tok), alt: 'Blue', caption: 'Blue caption', credit: 'Studio' },
    ];
    const warnings = await capture('warn', async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    expect(el.index).to.equal(0);
    expect(el.current!.alt).to.equal('Blue');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ reason: 'invalid-url', index: 0 });
    expect(warnings.filter((w) => w.startsWith('news-embed:'))).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Blue caption');
    // Setting images again replaces the set.
    el.images = [{ src: url('green', tok), alt: 'Green' }];
    await el.updateComplete;
    expect(shownImage(el)!.getAttribute('src')).to.equal(url('green', tok));
  });

  it('warns once for an image without alt, and keeps alt="" decorative', async () => {
    const tok = token();
    let made: Awaited<ReturnType<typeof make>>;
    const warnings = await capture('warn', async () => {
      made = await make(`<img src="${url('red', tok)}"><img src="${url('green', tok)}">`, { seed: 'x' });
    });
    expect(warnings.filter((w) => w.includes('alt'))).to.have.length(1);
    expect(shownImage(made!.el)!.getAttribute('alt')).to.equal('');
    const { el } = await make(`<img src="${url('red', tok)}" alt="">`);
    expect(shownImage(el)!.getAttribute('alt')).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('an empty set shows nothing, warns once and fires "empty"', async () => {
    let made: Awaited<ReturnType<typeof make>>;
    const warnings = await capture('warn', async () => {
      made = await make('<p>No images here</p>');
    });
    const { el, errors } = made!;
    expect(errors).to.deep.equal([{ reason: 'empty', index: undefined, message: errors[0]!.message }]);
    expect(warnings).to.have.length(1);
    expect(el.getBoundingClientRect().height).to.equal(0);
    expect(el.index).to.equal(-1);
    expect(el.current).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('picks up candidates added after it connected', async () => {
    const tok = token();
    const { el } = await make('');
    el.innerHTML = templateMarkup(['red'], tok);
    await waitUntil(() => el.index === 0, 'children not picked up');
    await el.updateComplete;
    expect(shownImage(el)!.getAttribute('src')).to.equal(url('red', tok));
  });
});

describe('<random-image> layout', () => {
  /** A 300×200 SVG the test server sends after `delay` ms. */
  const slowSvg = (tok: string, colour: string, delay = 2000) =>
    `/__respond?type=image/svg%2Bxml&delay=${delay}&t=${tok}&body=${encodeURIComponent(
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="${colour}"/></svg>`,
    )}`;

  it('has its final size before any image byte arrives (from the candidates’ width/height)', async () => {
    const tok = token();
    const wrap = document.createElement('div');
    wrap.style.width = '450px';
    document.body.append(wrap);
    const { el } = await make(
      `<template><img src="${slowSvg(tok, 'red')}" alt="Red" width="300" height="200"></template>`,
      {},
      wrap,
    );
    const img = shownImage(el)!;
    expect(img.complete).to.equal(false);
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.closeTo(300, 1);
    await loaded(img);
    expect(img.complete && img.naturalWidth > 0).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(before);
    wrap.remove();
  });

  it('keeps the set’s ratio for images of another ratio, and honours aspect-ratio and the custom property', async () => {
    const tok = token();
    const wrap = document.createElement('div');
    wrap.style.width = '400px';
    document.body.append(wrap);
    const markup = `<template><img src="${url('red', tok)}" alt="Red" width="300" height="200">
      <img src="${url('tall', tok)}" alt="Tall" width="200" height="300"></template>`;
    const { el } = await make(markup, { chosen: '1' }, wrap);
    await loaded(shownImage(el));
    expect(el.getBoundingClientRect().height).to.be.closeTo(400 * (2 / 3), 1);
    const { el: attr } = await make(markup, { 'aspect-ratio': '16:9', chosen: '0' }, wrap);
    expect(attr.getBoundingClientRect().height).to.be.closeTo(225, 1);
    const { el: prop } = await make(markup, { chosen: '0', style: '--random-image-aspect-ratio: 1' }, wrap);
    expect(prop.getBoundingClientRect().height).to.be.closeTo(400, 1);
    wrap.remove();
  });
});

describe('<random-image> broken images', () => {
  it('skips a broken image for the next one (fallback) and reports load-failed', async () => {
    const tok = token();
    const { el, changes, errors } = await make(
      `<template><img src="/__status/404?t=${tok}" alt="Broken" width="300" height="200">` +
        `<img src="${url('green', tok)}" alt="Green" width="300" height="200"></template>`,
      { chosen: '0' },
    );
    await waitUntil(() => el.index === 1, 'no fallback');
    await el.updateComplete;
    expect(changes).to.deep.equal([
      { index: 0, previousIndex: -1, reason: 'initial' },
      { index: 1, previousIndex: 0, reason: 'fallback' },
    ]);
    expect(errors.map((e) => [e.reason, e.index])).to.deep.equal([['load-failed', 0]]);
    expect(el.shadowRoot!.querySelectorAll('.frame img')).to.have.length(1);
    expect(shownImage(el)!.getAttribute('src')).to.equal(url('green', tok));
    await expect(el).to.be.accessible();
  });

  it('shows a placeholder of the same size with the alt text and caption when all fail', async () => {
    const tok = token();
    const wrap = document.createElement('div');
    wrap.style.width = '300px';
    document.body.append(wrap);
    const { el, errors } = await make(
      `<template><figure><img src="/__status/404?a&t=${tok}" alt="The harbour at dawn" width="300" height="200">` +
        `<figcaption>Harbour</figcaption></figure>` +
        `<img src="/__status/500?b&t=${tok}" alt="Other" width="300" height="200"></template>`,
      { chosen: '0' },
      wrap,
    );
    const before = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().height;
    await waitUntil(() => errors.some((e) => e.reason === 'all-failed'), 'no all-failed');
    await el.updateComplete;
    const placeholder = el.shadowRoot!.querySelector('[part="placeholder"]')!;
    expect(placeholder.textContent).to.contain('Image unavailable').and.contain('The harbour at dawn');
    expect(placeholder.getBoundingClientRect().height).to.equal(before);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Harbour');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(errors.map((e) => e.reason)).to.deep.equal(['load-failed', 'load-failed', 'all-failed']);
    await expect(el).to.be.accessible();
    wrap.remove();
  });
});

describe('<random-image> API', () => {
  it('show(), next() and previous() change the image with reason "user"', async () => {
    const tok = token();
    const { el, changes } = await make(templateMarkup(COLOURS, tok), { chosen: '0' });
    el.next();
    el.next();
    el.previous();
    el.show(3);
    el.show(3);
    el.show(42);
    el.previous();
    await el.updateComplete;
    expect(changes.map((c) => [c.index, c.previousIndex, c.reason])).to.deep.equal([
      [0, -1, 'initial'],
      [1, 0, 'user'],
      [2, 1, 'user'],
      [1, 2, 'user'],
      [3, 1, 'user'],
      [2, 3, 'user'],
    ]);
    expect(el.index).to.equal(2);
    expect(el.current!.alt).to.equal('A blue square');
    // Only images that reached the screen were requested: 1 showed only between two renders.
    await aTimeout(100);
    const urls = await requested(tok);
    expect(urls).to.include.members([0, 2].map((i) => url(COLOURS[i]!, tok)));
    expect(urls).not.to.include(url(COLOURS[1]!, tok));
  });

  it('events bubble and are composed', async () => {
    const tok = token();
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('random-image-change', listener);
    await make(templateMarkup(COLOURS, tok));
    document.removeEventListener('random-image-change', listener);
    expect(seen).to.have.length(1);
    expect(seen[0]!.composed).to.equal(true);
    localStorage.removeItem(keyOf(COLOURS, tok));
  });

  it('moving the element in the page keeps its image and fires nothing', async () => {
    const tok = token();
    const { el, changes } = await make(templateMarkup(COLOURS, tok));
    const index = el.index;
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await el.updateComplete;
    expect(el.index).to.equal(index);
    expect(changes).to.have.length(1);
    expect(shownImage(el)!.getAttribute('src')).to.equal(url(COLOURS[index]!, tok));
    other.remove();
    localStorage.removeItem(keyOf(COLOURS, tok));
  });
});
