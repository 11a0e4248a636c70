import { expect, fixture, html } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { CLOCK_INTERVAL, clockRunning, setNow } from '../../src/shared/time.js';
import { settle } from '../helpers.js';

describe('<video-card> shared clock', () => {
  let original: typeof window.setInterval;
  let started: number;
  beforeEach(() => {
    setNow('2024-08-03T12:00:00Z');
    original = window.setInterval;
    started = 0;
    // Counts the clock's timers: the shared clock calls the global setInterval when it starts.
    window.setInterval = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      if (timeout === CLOCK_INTERVAL) started++;
      return original(handler, timeout, ...rest);
    }) as typeof window.setInterval;
  });
  afterEach(() => {
    window.setInterval = original;
    setNow(null);
  });

  it('runs one timer whatever the number of cards, and none once all are removed', async () => {
    expect(clockRunning()).to.equal(false);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < 12; i++) {
      host.append(Object.assign(document.createElement('video-card'), { name: `Card ${i}`, uploadDate: '2024-07-30' }));
    }
    await Promise.all([...host.children].map((card) => settle(card as VideoCardElement)));
    expect(clockRunning()).to.equal(true);
    expect(started).to.equal(1);
    [...host.children].slice(1).forEach((card) => card.remove());
    expect(clockRunning()).to.equal(true);
    host.firstElementChild!.remove();
    expect(clockRunning()).to.equal(false);
    expect(started).to.equal(1);
  });

  it('stops updating a card once it is disconnected', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="T" upload-date="2024-07-30"></video-card>`);
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      updates++;
      original(...args);
    };
    // Connected, it follows the clock.
    setNow('2024-08-04T12:00:00Z');
    expect(updates).to.equal(1);
    await settle(el);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('5 days ago');
    el.remove();
    setNow('2024-08-10T12:00:00Z');
    expect(updates).to.equal(1);
  });

  it('leaves nothing running after 1,000 connect and disconnect cycles', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = Object.assign(document.createElement('video-card'), { name: 'T', uploadDate: '2024-07-30', embedUrl: 'https://vimeo.com/1' });
    for (let i = 0; i < 1000; i++) {
      host.append(el);
      el.remove();
    }
    expect(clockRunning()).to.equal(false);
    host.append(el);
    await settle(el);
    expect(clockRunning()).to.equal(true);
    expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('4 days ago');
    el.remove();
    expect(clockRunning()).to.equal(false);
    expect(started).to.equal(1001);
  });
});
