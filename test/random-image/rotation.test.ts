import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../../src/random-image/define.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import { COLOURS, make, requests, shownImage, templateMarkup, token, url } from './helpers.js';

// 0.3 s between images: long enough for slow engines to observe, short enough to keep the suite quick.
const INTERVAL = '0.3';
const WAIT = 800;

const button = (el: RandomImageElement) => el.shadowRoot!.querySelector('button');
const label = (el: RandomImageElement) => button(el)?.getAttribute('aria-label');

/** Whether the element rotates within `ms`. */
async function rotatesWithin(el: RandomImageElement, ms = WAIT): Promise<boolean> {
  let rotated = false;
  const listener = (e: CustomEvent) => (rotated ||= e.detail.reason === 'rotate');
  el.addEventListener('random-image-change', listener);
  await aTimeout(ms);
  el.removeEventListener('random-image-change', listener);
  return rotated;
}

/** Rotating elements start paused under reduced motion, so these tests set it explicitly where they can. */
let reducedMotionEmulated = false;

before(async () => {
  try {
    await emulateMedia({ reducedMotion: 'no-preference' });
    reducedMotionEmulated = true;
  } catch {
    // WebKit through WebDriver cannot emulate media features; its default is no preference.
  }
});

afterEach(async () => {
  document.querySelectorAll('random-image').forEach((el) => el.remove());
  await resetMouse();
  if (reducedMotionEmulated) await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<random-image> rotation', () => {
  it('rotates every interval with reason "rotate", with a localized pause button', async () => {
    const tok = token();
    const { el, changes } = await make(templateMarkup(COLOURS, tok), { interval: INTERVAL, chosen: '0' });
    expect(label(el)).to.equal('Pause image rotation');
    await waitUntil(() => changes.length >= 3, 'did not rotate', { timeout: 3000 });
    expect(changes[1]).to.deep.equal({ index: 1, previousIndex: 0, reason: 'rotate' });
    expect(changes[2]).to.deep.equal({ index: 2, previousIndex: 1, reason: 'rotate' });
    await el.updateComplete;
    expect(shownImage(el)!.getAttribute('src')).to.equal(url(COLOURS[el.index]!, tok));
    // No live region: rotation is not announced.
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fetches the next image only shortly before its turn', async () => {
    const tok = token();
    const { el } = await make(templateMarkup(COLOURS, tok), { interval: '2', chosen: '0' });
    await aTimeout(300);
    expect(await requests(tok)).to.deep.equal([url('red', tok)]);
    await waitUntil(async () => (await requests(tok)).length === 2, 'next not fetched', { timeout: 3000 });
    expect(el.index).to.equal(0);
    expect((await requests(tok))[1]).to.equal(url('green', tok));
  });

  it('crossfades from the old image to the new one', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), {
      interval: '60',
      chosen: '0',
      style: '--random-image-crossfade-duration: 200ms',
    });
    el.next();
    await el.updateComplete;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const imgs = el.shadowRoot!.querySelectorAll('.f img');
    expect(imgs).to.have.length(2);
    expect(imgs[1]!.classList.contains('fade')).to.equal(true);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.f img').length === 1, 'old image stayed', { timeout: 3000 });
  });

  it('pauses and plays with the button (mouse and keyboard), which changes its name', async () => {
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    button(el)!.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(label(el)).to.equal('Play image rotation');
    await expect(el).to.be.accessible();
    expect(await rotatesWithin(el)).to.equal(false);
    button(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(label(el)).to.equal('Pause image rotation');
    // Playing overrides the pause that focus inside causes.
    await waitUntil(() => changes.length >= 2, 'did not resume', { timeout: 3000 });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.paused).to.equal(true);
  });

  it('names the button in the page language', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL, lang: 'es' });
    expect(label(el)).to.equal('Pausar la rotación de imágenes');
  });

  it('pauses while focus is inside', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    button(el)!.focus();
    expect(await rotatesWithin(el)).to.equal(false);
    button(el)!.blur();
    expect(await rotatesWithin(el, 1500)).to.equal(true);
  });

  it('pauses while the pointer is over it', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '200px';
    document.body.append(wrap);
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL }, wrap);
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    expect(await rotatesWithin(el)).to.equal(false);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 100), Math.round(box.top + 20)] });
    expect(await rotatesWithin(el, 1500)).to.equal(true);
    wrap.remove();
    // Leave the pointer in the body's margin: Firefox fires pointerenter on elements that appear under it.
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('pauses while the page is hidden', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    // Test browsers cannot hide their page, so the page-visibility state is overridden for this test.
    Object.defineProperty(document, 'hidden', { configurable: true, value: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      expect(await rotatesWithin(el)).to.equal(false);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await rotatesWithin(el, 1500)).to.equal(true);
  });

  it('pauses while off-screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.append(spacer);
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    try {
      expect(await rotatesWithin(el)).to.equal(false);
      el.scrollIntoView();
      expect(await rotatesWithin(el, 1500)).to.equal(true);
    } finally {
      spacer.remove();
      window.scrollTo(0, 0);
    }
  });

  it('prefers-reduced-motion: starts paused and does not crossfade', async () => {
    if (reducedMotionEmulated) await emulateMedia({ reducedMotion: 'reduce' });
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // Where the engine cannot emulate it, check the behaviour that matches its real setting.
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL, chosen: '0' });
    expect(el.paused).to.equal(reduced);
    expect(label(el)).to.equal(reduced ? 'Play image rotation' : 'Pause image rotation');
    el.next();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.f img')).to.have.length(reduced ? 1 : 2);
    if (reducedMotionEmulated) expect(reduced).to.equal(true);
  });

  it('has no button and no timer with one image or no interval', async () => {
    const { el } = await make(templateMarkup(['red'], token()), { interval: INTERVAL });
    expect(button(el)).to.equal(null);
    const { el: still, changes } = await make(templateMarkup(COLOURS, token()));
    expect(button(still)).to.equal(null);
    await aTimeout(400);
    expect(changes).to.have.length(1);
  });

  it('stops every timer when disconnected, through many connect/disconnect cycles', async () => {
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: '0.2' });
    for (let i = 0; i < 200; i++) {
      el.remove();
      document.body.append(el);
    }
    el.remove();
    await aTimeout(700);
    expect(changes).to.have.length(1);
    // Reconnecting keeps the image and resumes.
    document.body.append(el);
    await waitUntil(() => changes.length >= 2, 'did not resume', { timeout: 3000 });
    expect(changes[1]!.reason).to.equal('rotate');
  });
});
