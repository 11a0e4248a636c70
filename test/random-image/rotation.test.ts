import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/random-image/define.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import { COLOURS, loaded, make, shownImage, templateMarkup, url } from './helpers.js';
import { canEmulateMedia, frames, requested, token } from '../helpers.js';
import { loadLocale } from '../../src/shared/i18n.js';

// Spanish arrives as a module beside the bundle; fetched once here, it renders at once.
before(() => loadLocale('es'));

// Rotation runs on setTimeout, which these tests fake, so every turn happens at an exact moment.
// Image loads, IntersectionObserver, animation frames and events stay real.
// 1 s between images: the next one is fetched half an interval (0.5 s) before its turn.
const INTERVAL = '1';

let clock: sinon.SinonFakeTimers | undefined;
/** Fakes setTimeout and clearTimeout from now until the test ends. */
function fakeTimers(): sinon.SinonFakeTimers {
  clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return clock;
}
/** Real timers again (axe-core, for one, waits on them). */
function realTimers() {
  clock?.restore();
  clock = undefined;
}

const button = (el: RandomImageElement) => el.shadowRoot!.querySelector('button');
const label = (el: RandomImageElement) => button(el)?.getAttribute('aria-label');
const reasons = (changes: { reason: string }[]) => changes.map((change) => change.reason);

/**
 * Whether `el` is on screen, as IntersectionObserver reports it, once the element's own observer
 * has had the frames to hear the same (engines deliver each observer's report in its own task).
 */
async function intersecting(el: Element): Promise<boolean> {
  const seen = await new Promise<boolean>((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(entry!.isIntersecting);
    });
    observer.observe(el);
  });
  await frames();
  return seen;
}

/** Rotating elements start paused under reduced motion, so these tests set it explicitly where they can. */
let reducedMotionEmulated = false;

before(async () => {
  // WebKit through WebDriver cannot emulate media features; its default is no preference.
  reducedMotionEmulated = await canEmulateMedia();
  if (reducedMotionEmulated) await emulateMedia({ reducedMotion: 'no-preference' });
});

afterEach(async () => {
  realTimers();
  document.querySelectorAll('random-image').forEach((el) => el.remove());
  await resetMouse();
  if (reducedMotionEmulated) await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('<random-image> rotation', () => {
  it('rotates every interval with reason "rotate", with a localized pause button', async () => {
    const tok = token();
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, tok), { interval: INTERVAL, chosen: '0' });
    expect(label(el)).to.equal('Pause image rotation');
    clock.tick(999);
    expect(changes).to.have.length(1);
    clock.tick(1);
    expect(changes[1]).to.deep.equal({ index: 1, previousIndex: 0, reason: 'rotate' });
    clock.tick(999);
    expect(changes).to.have.length(2);
    clock.tick(1);
    expect(changes[2]).to.deep.equal({ index: 2, previousIndex: 1, reason: 'rotate' });
    await el.updateComplete;
    expect(shownImage(el)!.getAttribute('src')).to.equal(url('blue', tok));
    expect(shownImage(el)!.alt).to.equal('A blue square');
    // No live region: rotation is not announced.
    expect(el.shadowRoot!.querySelector('[aria-live]')).to.equal(null);
    realTimers();
    await expect(el).to.be.accessible();
  });

  it('fetches the next image only shortly before its turn, and shows that same image', async () => {
    const tok = token();
    const clock = fakeTimers();
    const { el } = await make(templateMarkup(COLOURS, tok), { interval: '4', chosen: '0' });
    await loaded(shownImage(el));
    expect(await requested(tok)).to.deep.equal([url('red', tok)]);
    // 4 s: the next image is fetched 2 s before its turn (half the interval, at most 2 s).
    clock.tick(1999);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.frame img')).to.have.length(1);
    clock.tick(1);
    await el.updateComplete;
    const imgs = el.shadowRoot!.querySelectorAll<HTMLImageElement>('.frame img');
    expect(imgs, 'the next image is in the DOM, fetching').to.have.length(2);
    const next = imgs[1]!;
    expect(next.getAttribute('src')).to.equal(url('green', tok));
    await loaded(next);
    expect(next.naturalWidth).to.be.greaterThan(0);
    expect(await requested(tok)).to.deep.equal([url('red', tok), url('green', tok)]);
    expect(el.index).to.equal(0);
    clock.tick(1999);
    expect(el.index).to.equal(0);
    clock.tick(1);
    expect(el.index).to.equal(1);
    await el.updateComplete;
    // The image fetched ahead is the one that shows: no second request.
    expect(shownImage(el)).to.equal(next);
    expect(await requested(tok)).to.deep.equal([url('red', tok), url('green', tok)]);
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
    const imgs = el.shadowRoot!.querySelectorAll('.frame img');
    expect(imgs).to.have.length(2);
    expect(imgs[1]!.classList.contains('fade')).to.equal(true);
    // The CSS animation really runs: its end removes the old image.
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.frame img').length === 1, 'old image stayed', { timeout: 3000 });
    expect(shownImage(el)).to.equal(imgs[1]);
  });

  it('pauses and plays with the button (mouse and keyboard), which changes its name', async () => {
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    button(el)!.click();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(label(el)).to.equal('Play image rotation');
    clock.tick(10_000);
    expect(changes).to.have.length(1);
    button(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.paused).to.equal(false);
    expect(label(el)).to.equal('Pause image rotation');
    // Playing overrides the pause that focus inside causes: the next turn is one interval later.
    clock.tick(999);
    expect(changes).to.have.length(1);
    clock.tick(1);
    expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(label(el)).to.equal('Play image rotation');
    clock.tick(10_000);
    expect(changes).to.have.length(2);
    realTimers();
    await expect(el).to.be.accessible();
  });

  it('names the button in the page language', async () => {
    const { el } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL, lang: 'es' });
    expect(label(el)).to.equal('Pausar la rotación de imágenes');
  });

  it('pauses while focus is inside', async () => {
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    button(el)!.focus();
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    clock.tick(5000);
    expect(changes).to.have.length(1);
    button(el)!.blur();
    clock.tick(999);
    expect(changes).to.have.length(1);
    clock.tick(1);
    expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
  });

  it('pauses while the pointer is over it', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '200px';
    document.body.append(wrap);
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL }, wrap);
    const box = el.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(0);
    await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
    clock.tick(5000);
    expect(changes).to.have.length(1);
    await sendMouse({ type: 'move', position: [Math.round(box.right + 100), Math.round(box.top + 20)] });
    clock.tick(999);
    expect(changes).to.have.length(1);
    clock.tick(1);
    expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
    wrap.remove();
    // Leave the pointer in the body's margin: Firefox fires pointerenter on elements that appear under it.
    await sendMouse({ type: 'move', position: [2, 2] });
  });

  it('pauses while the page is hidden', async () => {
    const clock = fakeTimers();
    const { changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    // Test browsers cannot hide their page, so the page-visibility state is overridden for this test.
    Object.defineProperty(document, 'hidden', { configurable: true, value: true });
    document.dispatchEvent(new Event('visibilitychange'));
    try {
      clock.tick(5000);
      expect(changes).to.have.length(1);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(999);
    expect(changes).to.have.length(1);
    clock.tick(1);
    expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
  });

  it('pauses while off-screen', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    document.body.append(spacer);
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    try {
      expect(await intersecting(el)).to.equal(false);
      clock.tick(5000);
      expect(changes).to.have.length(1);
      el.scrollIntoView();
      expect(await intersecting(el)).to.equal(true);
      clock.tick(999);
      expect(changes).to.have.length(1);
      clock.tick(1);
      expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
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
    expect(el.shadowRoot!.querySelectorAll('.frame img')).to.have.length(reduced ? 1 : 2);
    if (reducedMotionEmulated) expect(reduced).to.equal(true);
  });

  it('has no button and no timer with one image or no interval', async () => {
    const tok = token();
    const clock = fakeTimers();
    const { el, changes: single } = await make(templateMarkup(['red'], tok), { interval: INTERVAL });
    expect(button(el)).to.equal(null);
    expect(shownImage(el)!.getAttribute('src')).to.equal(url('red', tok));
    const { el: still, changes } = await make(templateMarkup(COLOURS, tok));
    expect(button(still)).to.equal(null);
    expect(shownImage(still)!.getAttribute('src')).to.equal(url(COLOURS[still.index]!, tok));
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60_000);
    expect(reasons(single)).to.deep.equal(['initial']);
    expect(reasons(changes)).to.deep.equal(['initial']);
  });

  it('stops every timer when disconnected, through many connect/disconnect cycles', async () => {
    const clock = fakeTimers();
    const { el, changes } = await make(templateMarkup(COLOURS, token()), { interval: INTERVAL });
    // A connected, rotating element holds one timer.
    expect(clock.countTimers()).to.equal(1);
    for (let i = 0; i < 200; i++) {
      el.remove();
      document.body.append(el);
    }
    expect(clock.countTimers()).to.equal(1);
    el.remove();
    expect(clock.countTimers()).to.equal(0);
    clock.tick(60_000);
    expect(changes).to.have.length(1);
    // Reconnecting keeps the image and resumes.
    document.body.append(el);
    clock.tick(1000);
    expect(reasons(changes)).to.deep.equal(['initial', 'rotate']);
  });
});
