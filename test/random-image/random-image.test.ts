import { expect, fixture, html } from '@open-wc/testing';
import '../../src/random-image/define.js';
import { RandomImageElement } from '../../src/random-image/random-image.js';

describe('<random-image>', () => {
  it('upgrades and shows its light-DOM content', async () => {
    const el = await fixture<RandomImageElement>(html`<random-image><p>Host content</p></random-image>`);
    expect(el).to.be.instanceOf(RandomImageElement);
    expect(el.shadowRoot).to.exist;
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('is accessible', async () => {
    const el = await fixture<RandomImageElement>(html`<random-image><p>Host content</p></random-image>`);
    await expect(el).to.be.accessible();
  });
});
