// Hostile CSS: Bootstrap plus an aggressive reset (`body * { all: unset }`, `img { display: none
// !important }`, `button { font-size: 40px }`, `p { color: transparent }`, a 10px root font size).
// Our elements must look the same as on the clean page: the same boxes for every part, and the same
// key computed styles. The host's own region (its font and width) is the same on both pages.
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, type HostPage } from './helpers.js';
import { frames, scrolledTo, until } from '../helpers.js';

interface Snapshot {
  [key: string]: string;
}

const STYLES = ['display', 'visibility', 'opacity', 'font-size', 'font-family', 'font-weight', 'color', 'background-color', 'object-fit'] as const;

/**
 * Boxes (relative to the element) and key computed styles of every shadow part, for each of our
 * elements. Each element, and each card inside one, is scrolled to first, as a reader would see it:
 * a card far from the viewport skips layout (content-visibility) and has no boxes to compare.
 */
async function snapshot(page: HostPage, selector: string): Promise<Snapshot> {
  const shot: Snapshot = {};
  const hosts = [...page.doc.querySelectorAll(selector)];
  for (const [h, host] of hosts.entries()) {
    const id = `${h}:${host.localName}`;
    // Parts of the element itself, and of the elements nested in its shadow root (lead, cards).
    const nested = [...host.shadowRoot!.querySelectorAll('random-image, video-card')];
    for (const [r, owner] of [host, ...nested].entries()) {
      await scrolledTo(owner);
      const origin = host.getBoundingClientRect();
      if (!r) shot[`${id} box`] = `${Math.round(origin.width)}x${Math.round(origin.height)}`;
      owner.shadowRoot!.querySelectorAll('[part]').forEach((el, i) => {
        const rect = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const key = `${id} ${r}.${i} ${el.localName}[part=${el.getAttribute('part')}]`;
        shot[`${key} box`] = [rect.left - origin.left, rect.top - origin.top, rect.width, rect.height].map(Math.round).join(',');
        for (const name of STYLES) shot[`${key} ${name}`] = style.getPropertyValue(name);
      });
    }
  }
  return shot;
}

async function ready(page: HostPage) {
  const article = page.doc.querySelector('news-article')!;
  await until(() => article.shadowRoot!.querySelector('[part~="body"]'), 'the story renders');
  const images = () => [page.doc.querySelector('random-image')!, article.shadowRoot!.querySelector('random-image')!]
    .map((el) => el.shadowRoot!.querySelector('img'));
  await until(() => images().every((img) => img?.complete && img.naturalWidth > 0), 'the images load');
  await frames(page.win, 3);
}

describe('hostile host CSS', () => {
  let clean: HostPage;
  let hostile: HostPage;
  before(async () => {
    clean = await openPage(`${FIXTURES}/styles.html`, { width: 900, height: 700 });
    hostile = await openPage(`${FIXTURES}/styles.html?hostile`, { width: 900, height: 700 });
    await Promise.all([ready(clean), ready(hostile)]);
  });
  after(() => {
    clean.close();
    hostile.close();
  });

  it('applies to the host page (Bootstrap and the reset are really there)', () => {
    const root = (page: HostPage) => page.win.getComputedStyle(page.doc.documentElement).fontSize;
    expect(root(clean)).to.equal('16px');
    expect(root(hostile)).to.equal('10px');
    const probe = hostile.doc.createElement('p');
    hostile.doc.body.append(probe);
    expect(hostile.win.getComputedStyle(probe).color).to.equal('rgba(0, 0, 0, 0)');
    probe.remove();
  });

  // The region holds a rotating <random-image>, a full-width and a 300px <video-card>, and a themed
  // <news-article> from src (with its lead <random-image> and nested cards).
  for (const [what, selector] of [
    ['<random-image>', '.region > random-image'],
    ['<video-card> (full width and a 300px wide one)', '.region > video-card'],
    ['<news-article> (themed, from src, with its lead image and nested cards)', '.region > news-article'],
  ] as const) {
    it(`leaves every part of ${what} with the same box and the same key styles`, async () => {
      const before = await snapshot(clean, selector);
      const after = await snapshot(hostile, selector);
      expect(Object.keys(before).length).to.be.greaterThan(20);
      const differences = Object.keys(before)
        .filter((key) => before[key] !== after[key])
        .map((key) => `${key}: ${before[key]} → ${after[key]}`);
      expect(differences).to.deep.equal([]);
    });
  }

  it('keeps the images, the play buttons and the text visible', () => {
    const card = hostile.doc.querySelector('video-card')!.shadowRoot!;
    const poster = card.querySelector('img')!;
    expect(getComputedStyle(poster).display).to.not.equal('none');
    expect(poster.getBoundingClientRect().height).to.be.greaterThan(100);
    expect(getComputedStyle(card.querySelector('button')!).fontSize).to.not.equal('40px');
    expect(getComputedStyle(card.querySelector('[part~="title"]')!).color).to.not.equal('rgba(0, 0, 0, 0)');
    expect(hostile.probe.errors).to.deep.equal([]);
  });
});
