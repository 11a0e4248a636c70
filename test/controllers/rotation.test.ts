import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import { RotationHost } from './hosts.js';
import { canEmulateMedia, frames, uniqueTag } from '../helpers.js';

const tag = uniqueTag('rotation-host');
customElements.define(tag, RotationHost);

let emulated = false;
before(async () => {
  // WebKit over WebDriver cannot emulate media features; its own setting is no preference.
  emulated = await canEmulateMedia();
  if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
});

describe('RotationController', () => {
  let clock: sinon.SinonFakeTimers;
  /**
   * Resolves once an IntersectionObserver created now has reported `el` (in view or not, as
   * `visible` says), and a frame has passed: the observers of a document are told in one task
   * (Intersection Observer, "notify intersection observers"; in no set order among them), so by the
   * next frame the controller's own observer has been told too. A wait for the report itself, not
   * for some frames, which under load can pass before it.
   */
  const reported = (el: Element, visible: boolean) =>
    new Promise<void>((resolve) => {
      const observer = new IntersectionObserver(([entry]) => {
        if (entry!.isIntersecting != visible) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve());
      });
      observer.observe(el);
    });
  const make = async (interval: number, style = '') => {
    const el = await fixture<RotationHost>(`<${tag} style="${style}"></${tag}>`);
    el.rotation.interval = interval;
    el.rotation.schedule();
    await frames();
    await reported(el, !style.includes('top:300vh'));
    return el;
  };
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    fixtureCleanup();
    clock.restore();
    if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('prepares the next item shortly before its turn, then advances, every interval', async () => {
    const el = await make(4);
    // 4 s: the next item is fetched 2 s before its turn (half the interval, at most 2 s).
    clock.tick(1999);
    expect(el.prepared).to.deep.equal([]);
    clock.tick(1);
    expect(el.prepared).to.deep.equal([1]);
    expect(el.shown).to.equal(0);
    clock.tick(2000);
    expect(el.shown).to.equal(1);
    clock.tick(4000);
    expect(el.shown).to.equal(2);
    expect(el.prepared).to.deep.equal([1, 2]);
  });

  it('clamps the interval to at least half a second and within setTimeout’s range', async () => {
    const fast = await make(1e-9);
    clock.tick(499);
    expect(fast.shown).to.equal(0);
    clock.tick(1);
    expect(fast.shown).to.equal(1);
    const slow = await make(Infinity);
    clock.tick(60_000);
    expect(slow.shown).to.equal(0);
  });

  it('waits while the pointer or focus is inside, and while the reader paused it', async () => {
    const el = await make(1);
    el.dispatchEvent(new Event('pointerenter'));
    clock.tick(3000);
    expect(el.shown).to.equal(0);
    el.dispatchEvent(new Event('pointerleave'));
    el.dispatchEvent(new Event('focusin'));
    clock.tick(3000);
    expect(el.shown).to.equal(0);
    el.dispatchEvent(new Event('focusout'));
    clock.tick(1000);
    expect(el.shown).to.equal(1);
    el.rotation.toggle();
    expect(el.rotation.paused).to.equal(true);
    clock.tick(5000);
    expect(el.shown).to.equal(1);
  });

  it('pressing play overrides the hold that hover causes', async () => {
    const el = await make(1);
    el.rotation.toggle();
    el.dispatchEvent(new Event('pointerenter'));
    el.rotation.toggle();
    clock.tick(1000);
    expect(el.shown).to.equal(1);
  });

  it('waits while the page is hidden', async () => {
    const el = await make(1);
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    try {
      clock.tick(5000);
      expect(el.shown).to.equal(0);
    } finally {
      delete (document as { hidden?: boolean }).hidden;
    }
    clock.tick(1000);
    expect(el.shown).to.equal(1);
  });

  it('waits while the host is off-screen', async () => {
    const el = await make(1, 'display:block;position:absolute;top:300vh');
    clock.tick(5000);
    expect(el.shown).to.equal(0);
    el.style.top = '0';
    await reported(el, true);
    clock.tick(1000);
    expect(el.shown).to.equal(1);
  });

  it('does nothing with a single item, and stops when the host is removed', async () => {
    const el = await make(1);
    el.count = 1;
    clock.tick(5000);
    expect(el.shown).to.equal(0);
    el.count = 3;
    el.rotation.schedule();
    el.remove();
    expect(clock.countTimers()).to.equal(0);
  });

  it('starts paused under prefers-reduced-motion, and the reader may still press play', async function () {
    if (!emulated) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await make(1);
    expect(el.rotation.paused).to.equal(true);
    clock.tick(5000);
    expect(el.shown).to.equal(0);
    el.rotation.toggle();
    clock.tick(1000);
    expect(el.shown).to.equal(1);
  });
});
