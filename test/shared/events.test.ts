import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emit, warnOnce } from '../../src/shared/events.js';
import { capture } from '../helpers.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'test-element-ping': CustomEvent<{ value: number }>;
  }
}

describe('emit', () => {
  it('sends a bubbling, composed CustomEvent with a typed detail that crosses shadow roots', async () => {
    const outer = await fixture(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    setTimeout(() => emit(inner, 'test-element-ping', { value: 42 }));
    const event = await oneEvent(outer, 'test-element-ping');
    expect(event.detail.value).to.equal(42);
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.cancelable).to.equal(false);
  });

  it('reports whether a cancelable event was prevented', async () => {
    const el = await fixture(html`<div></div>`);
    expect(emit(el, 'test-element-ping', { value: 1 }, true)).to.equal(true);
    el.addEventListener('test-element-ping', (e) => e.preventDefault());
    expect(emit(el, 'test-element-ping', { value: 1 }, true)).to.equal(false);
  });
});

describe('warnOnce', () => {
  it('warns once per owner and message', async () => {
    const warnings = await capture('warn', () => {
      const a = {};
      const b = {};
      warnOnce(a, 'bad duration');
      warnOnce(a, 'bad duration');
      warnOnce(a, 'bad date');
      warnOnce(b, 'bad duration');
    });
    expect(warnings).to.deep.equal([
      'news-embed: bad duration',
      'news-embed: bad date',
      'news-embed: bad duration',
    ]);
  });
});
