import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import sinon from 'sinon';
import { CLOCK_INTERVAL, clockRunning, setNow } from '../../src/shared/time.js';
import { ClockHost } from './hosts.js';
import { uniqueTag } from '../helpers.js';

const tag = uniqueTag('clock-host');
customElements.define(tag, ClockHost);
const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('ClockController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    setNow('2024-08-03T12:05:00Z');
  });
  afterEach(() => {
    fixtureCleanup();
    clock.restore();
    setNow(null);
  });

  it('re-renders its host on each tick of the shared clock, so relative times stay true', async () => {
    const el = await fixture<ClockHost>(`<${tag}></${tag}>`);
    expect(text(el)).to.equal('5 minutes ago');
    setNow('2024-08-03T12:07:00Z');
    clock.tick(CLOCK_INTERVAL);
    await el.updateComplete;
    expect(text(el)).to.equal('7 minutes ago');
  });

  it('skips ticks that do not concern the host', async () => {
    const el = await fixture<ClockHost>(`<${tag}></${tag}>`);
    el.active = false;
    const renders = el.renders;
    clock.tick(CLOCK_INTERVAL * 3);
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
  });

  it('shares one timer among many hosts and stops it when the last one leaves', async () => {
    const root = await fixture(`<div>${`<${tag}></${tag}>`.repeat(50)}</div>`);
    expect(clockRunning()).to.equal(true);
    expect(clock.countTimers()).to.equal(1);
    root.remove();
    expect(clockRunning()).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });
});
