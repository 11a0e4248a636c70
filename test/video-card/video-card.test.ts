import { expect, fixture, html } from '@open-wc/testing';
import '../../src/video-card/define.js';
import { VideoCardElement } from '../../src/video-card/video-card.js';

describe('<video-card>', () => {
  it('upgrades and shows its light-DOM content', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card><p>Host content</p></video-card>`);
    expect(el).to.be.instanceOf(VideoCardElement);
    expect(el.shadowRoot).to.exist;
    expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('is accessible', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card><p>Host content</p></video-card>`);
    await expect(el).to.be.accessible();
  });
});
