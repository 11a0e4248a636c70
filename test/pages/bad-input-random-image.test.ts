// <random-image> fed bad input: candidates in the light DOM (template and direct children), the
// `images` property, attributes, and image responses. See matrix.ts for what every row checks.
import { expect } from '@open-wc/testing';
import { HUGE, UNSAFE_URLS, XSS, runMatrix, shownText, type BadInput } from './matrix.js';
import { visible } from './helpers.js';
import { frames, requested, sleep, token, until } from '../helpers.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';

type Row = BadInput<RandomImageElement>;
const RED = '/test/fixtures/random-image/red.svg';
const BLUE = '/test/fixtures/random-image/blue.svg';
const sr = (el: RandomImageElement) => el.shadowRoot!;
const shownImg = (el: RandomImageElement) => sr(el).querySelector<HTMLImageElement>('img[part~="image"]');

interface Candidate {
  [attribute: string]: string | undefined;
  caption?: string;
}

/** Candidates as the host writes them: `<figure>`s with an `<img>` inside a `<template>`, attributes and caption set through the DOM. */
const candidates = (...list: Candidate[]) => (el: RandomImageElement, doc: Document) => {
  const template = doc.createElement('template');
  for (const { caption, ...attributes } of list) {
    const figure = doc.createElement('figure');
    const img = doc.createElement('img');
    for (const [name, value] of Object.entries(attributes)) if (value !== undefined) (name.startsWith('data-') && name !== 'data-src' && name !== 'data-srcset' ? figure : img).setAttribute(name, value);
    figure.append(img);
    if (caption !== undefined) figure.append(Object.assign(doc.createElement('figcaption'), { textContent: caption }));
    template.content.append(figure);
  }
  el.append(template);
};
const good = (extra: Candidate = {}): Candidate => ({ 'data-src': RED, alt: 'Red', width: '400', height: '300', ...extra });

/** Shows a loaded image whose URL ends with `path`. */
const shows = (path = RED) => async (el: RandomImageElement) => {
  await until(() => shownImg(el)?.complete && shownImg(el)!.naturalWidth > 0, 'an image loads');
  expect(new URL(shownImg(el)!.src).pathname).to.equal(path);
};
/** Every candidate failed: the localized placeholder with the alt text, in a box that kept its size. */
const placeholder = (alt: string, text = 'Image unavailable') => (el: RandomImageElement) => {
  const box = sr(el).querySelector('[part~="placeholder"]')!;
  expect(visible(box)).to.be.true;
  expect(box.textContent).to.contain(text);
  expect(box.textContent).to.contain(alt);
  expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
};
const nothingShown = (el: RandomImageElement) => {
  expect(shownImg(el)).to.equal(null);
  expect(shownText(el)).to.equal('');
};

const rows: Row[] = [
  // Empty sets
  { name: 'no candidates at all', reasons: ['empty'], check: nothingShown },
  { name: 'an empty <template>', children: candidates(), reasons: ['empty'], check: nothingShown },
  { name: 'an <img> without src', children: candidates({ alt: 'No source' }), reasons: ['invalid-url', 'empty'], check: nothingShown },
  { name: 'an empty src', children: candidates({ 'data-src': '', alt: 'Empty' }), reasons: ['invalid-url', 'empty'], check: nothingShown },
  { name: 'images property set to []', props: { images: [] }, reasons: ['empty'], check: nothingShown },
  // Unsafe URLs: the candidate is skipped, the safe one shows
  ...UNSAFE_URLS.map((url): Row => ({
    name: `unsafe src ${JSON.stringify(url)} beside a safe candidate`,
    attrs: { seed: '1' },
    children: candidates({ 'data-src': url, alt: 'Bad' }, good()),
    reasons: ['invalid-url'],
    check: shows(),
  })),
  ...UNSAFE_URLS.slice(0, 3).map((url): Row => ({
    name: `unsafe src ${JSON.stringify(url)} through the images property`,
    props: { images: [{ src: url, alt: 'Bad' }, { src: RED, alt: 'Red', width: 4, height: 3 }] },
    reasons: ['invalid-url'],
    check: shows(),
  })),
  {
    name: 'unsafe srcset entries are dropped silently',
    children: candidates(good({ 'data-srcset': `javascript:__xss() 1x, ${RED} 2x, //evil.example/x.png 3x` })),
    reasons: [],
    check: async (el) => {
      await shows()(el);
      expect(shownImg(el)!.getAttribute('srcset')).to.equal(`${RED} 2x`);
    },
  },
  {
    name: 'a <picture> <source> with only unsafe URLs is dropped silently',
    children: (el, doc) => {
      const template = doc.createElement('template');
      template.innerHTML = `<picture><source type="image/svg+xml" data-srcset="javascript:__xss() 1x"><img data-src="${RED}" alt="Red" width="4" height="3"></picture>`;
      el.append(template);
    },
    reasons: [],
    check: async (el) => {
      await shows()(el);
      expect(sr(el).querySelector('source')).to.equal(null);
    },
  },
  // Responses
  { name: 'the only image is a 404', children: candidates(good({ 'data-src': `/__status/404?${token()}`, alt: 'Harbour' })), reasons: ['load-failed', 'all-failed'], check: placeholder('Harbour') },
  {
    name: 'the only image is a 500, localized (fr)',
    lang: 'fr',
    children: candidates(good({ 'data-src': `/__status/500?${token()}`, alt: 'Port' })),
    reasons: ['load-failed', 'all-failed'],
    check: placeholder('Port', 'Image indisponible'),
  },
  {
    name: 'the only image has the wrong content type (HTML with a script)',
    children: candidates(good({ 'data-src': `/__respond?type=text/html&body=${encodeURIComponent('<script>parent.__xss()</script>')}&${token()}`, alt: 'Harbour' })),
    reasons: ['load-failed', 'all-failed'],
    check: placeholder('Harbour'),
  },
  {
    name: 'the chosen image is a 404: the next one shows',
    attrs: { chosen: '0' },
    children: candidates(good({ 'data-src': `/__status/404?${token()}` }), good({ 'data-src': BLUE, alt: 'Blue' })),
    reasons: ['load-failed'],
    check: shows(BLUE),
  },
  {
    name: 'a slow image (1.5 s): the box has its size before the bytes',
    children: candidates(good({ 'data-src': `/__respond?type=image/svg+xml&delay=1500&body=${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"/>')}&${token()}` })),
    reasons: [],
    check: (el) => {
      const box = el.getBoundingClientRect();
      expect(box.height).to.be.closeTo((box.width * 3) / 4, 2);
    },
  },
  // Text from the page's data: rendered as text only
  ...XSS.map((payload): Row => ({
    name: `HTML/script payload in alt, caption and credit: ${payload}`,
    children: candidates(good({ 'data-src': `/__status/404?${token()}`, alt: payload, 'data-credit': payload, caption: payload })),
    reasons: ['load-failed', 'all-failed'],
    check: (el) => {
      placeholder(payload)(el);
      expect(sr(el).querySelector('[part~="caption"]')!.textContent).to.equal(payload);
      expect(sr(el).querySelector('[part~="credit"]')!.textContent).to.contain(payload);
    },
  })),
  {
    name: '1 MB alt, caption and credit',
    timeout: 30_000,
    children: candidates(good({ alt: HUGE, 'data-credit': HUGE, caption: HUGE })),
    reasons: [],
    check: async (el) => {
      await shows()(el);
      expect(shownImg(el)!.alt.length).to.equal(HUGE.length);
      expect(sr(el).querySelector('[part~="caption"]')!.textContent!.length).to.equal(HUGE.length);
    },
  },
  // Numbers
  ...['-1', 'NaN', 'Infinity', 'abc', '1e309', '-Infinity'].map((weight): Row => ({
    name: `data-weight "${weight}"`,
    attrs: { seed: '2' },
    children: candidates(good({ 'data-weight': weight }), good({ 'data-src': BLUE, alt: 'Blue' })),
    reasons: [],
    check: async (el) => expect(el.index).to.be.at.least(0),
  })),
  ...['-5', 'NaN', '0', '1e9', 'abc'].map((size): Row => ({
    name: `width and height "${size}"`,
    children: candidates(good({ width: size, height: size })),
    reasons: [],
    check: shows(),
  })),
  ...['-1', 'NaN', 'abc', '0'].map((interval): Row => ({
    name: `interval "${interval}" (no rotation)`,
    attrs: { interval, seed: '1' },
    children: candidates(good(), good({ 'data-src': BLUE, alt: 'Blue' })),
    reasons: [],
    check: async (el) => {
      await shows()(el);
      expect(sr(el).querySelector('[part~="controls"]')).to.equal(null);
    },
  })),
  {
    name: 'interval "1e-9" does not spin (turns at least the shortest interval apart)',
    attrs: { interval: '1e-9', seed: '1' },
    children: candidates(good(), good({ 'data-src': BLUE, alt: 'Blue' }), good({ 'data-src': '/test/fixtures/random-image/green.svg', alt: 'Green' })),
    reasons: [],
    check: async (el, ctx) => {
      // It shows an image and rotates (its pause button is there).
      await until(() => shownImg(el)?.complete && shownImg(el)!.naturalWidth > 0, 'an image loads');
      expect(visible(sr(el).querySelector('[part~="controls"]'))).to.be.true;
      await sleep(1200);
      await frames(ctx.win);
      // Turns come no closer than the shortest interval, 0.5 s, whenever the first one started
      // (the timer starts before the image has loaded, so a count in a fixed window races it).
      const turns = ctx.events.filter((e) => e.type === 'random-image-change' && e.detail.reason === 'rotate').map((e) => e.timeStamp);
      for (let i = 1; i < turns.length; i++) expect(turns[i]! - turns[i - 1]!, 'ms between turns').to.be.at.least(450);
    },
  },
  // Beyond setTimeout's limit (2^31 - 1 ms, about 24.8 days) browsers fire at once (HTML, "timer
  // initialisation steps"): the next image would be fetched at once and shown 2 s later.
  ...['Infinity', '3000000'].map((interval): Row => {
    const t = token();
    return {
      name: `interval "${interval}" does not fetch the next image at once`,
      attrs: { interval, seed: '1' },
      children: candidates(good({ 'data-src': `${RED}?${t}` }), good({ 'data-src': `${BLUE}?${t}`, alt: 'Blue' }), good({ 'data-src': `/test/fixtures/random-image/green.svg?${t}`, alt: 'Green' })),
      reasons: [],
      check: async () => {
        await sleep(500);
        expect(await requested(t), 'images requested').to.have.length(1);
      },
    };
  }),
  // Enumerations and other attributes
  { name: 'unknown mode "bogus"', attrs: { mode: 'bogus' }, children: candidates(good()), reasons: [], check: shows() },
  { name: 'unknown priority "bogus"', attrs: { priority: 'bogus' }, children: candidates(good()), reasons: [], check: shows() },
  ...['javascript:__xss()', '1/0', '-1/2', 'NaN', '16/9; background: url(//evil.example)'].map((ratio): Row => ({
    name: `aspect-ratio "${ratio}"`,
    attrs: { 'aspect-ratio': ratio },
    children: candidates(good()),
    reasons: [],
    check: shows(),
  })),
  ...['-1', '999', 'abc', '1e3', '0x1'].map((chosen): Row => ({
    name: `chosen "${chosen}" is ignored`,
    attrs: { chosen, seed: '1' },
    children: candidates(good(), good({ 'data-src': BLUE, alt: 'Blue' })),
    reasons: [],
    check: (el) => expect(el.index).to.be.within(0, 1),
  })),
  { name: 'storage-key "__proto__"', attrs: { 'storage-key': '__proto__' }, children: candidates(good(), good({ 'data-src': BLUE, alt: 'Blue' })), reasons: [], check: (el) => expect(el.index).to.be.within(0, 1) },
  { name: '1 MB storage-key and seed', timeout: 30_000, attrs: { 'storage-key': HUGE, seed: HUGE }, children: candidates(good(), good({ 'data-src': BLUE, alt: 'Blue' })), reasons: [], check: (el) => expect(el.index).to.be.within(0, 1) },
  // The images property with the wrong types
  ...(['a string', 42, {}, { length: 2 }] as unknown[]).map((images): Row => ({
    name: `images property of the wrong type: ${JSON.stringify(images)}`,
    props: { images },
    reasons: ['empty'],
    check: nothingShown,
  })),
  ...([null, 42, 'red.svg', { src: 42 }, { alt: 'No src' }] as unknown[]).map((item): Row => ({
    name: `an images entry of the wrong type: ${JSON.stringify(item)}`,
    props: { images: [item, { src: RED, alt: 'Red', width: 4, height: 3 }] },
    reasons: ['invalid-url'],
    check: shows(),
  })),
  {
    name: 'images entry with sources of the wrong types',
    props: { images: [{ src: RED, alt: 'Red', width: 4, height: 3, sources: 'avif' }, { src: BLUE, alt: 'Blue', sources: [null, { srcset: 42 }] }] },
    attrs: { seed: '1' },
    reasons: [],
    check: (el) => expect(el.index).to.be.within(0, 1),
  },
  {
    name: 'images entry with fields of the wrong types',
    props: { images: [{ src: RED, alt: 42, width: 'wide', height: {}, caption: ['x'], credit: { a: 1 }, weight: 'heavy', srcset: 7 }] },
    reasons: [],
    check: shows(),
  },
];

runMatrix<RandomImageElement>('random-image', rows);
