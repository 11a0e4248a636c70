// A card far from the viewport: its box, play button and title are there from the start; the
// poster (and its request), the kicker and the meta lines come when the reader is near.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { FIXTURES, part, requested, text, token } from './helpers.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';

async function farCard(t: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div>
    <div style="height:40000px"></div>
    <video-card name="Far away" description="Below everything." duration="PT9M34S" upload-date="2024-07-30" embed-url=${YOUTUBE} thumbnail=${`${FIXTURES}/poster.png?${t}`}></video-card>
  </div>`);
  const card = wrap.querySelector<VideoCardElement>('video-card')!;
  await card.updateComplete;
  return card;
}

describe('<video-card> far from the viewport', () => {
  before(() => setNow('2024-08-03T12:00:00Z'));
  after(() => setNow(null));
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('has its box, its play button (title and duration in its name) and its title from the start, and no poster request', async () => {
    const t = token();
    const card = await farCard(t);
    expect(text(card, 'title')).to.equal('Far away');
    const button = part(card, 'play-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Play video: Far away, 9 minutes 34 seconds');
    // The poster box holds its place (16:9), even before the poster.
    const frame = part(card, 'poster')!.getBoundingClientRect();
    expect(frame.width).to.be.greaterThan(100);
    expect(frame.height / frame.width).to.be.closeTo(9 / 16, 0.02);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requested(t)).to.deep.equal([]);
  });

  it('is found by find-in-page before the reader comes near', async function () {
    const find = (window as Window & { find?: (text: string) => boolean }).find;
    // window.find is not in every engine; where it is, it searches the rendered text.
    if (typeof find != 'function') this.skip();
    const card = await farCard(token());
    getSelection()?.removeAllRanges();
    expect(find.call(window, 'Far away')).to.be.true;
    await waitUntil(() => part(card, 'kicker'), 'the card did not come near after find-in-page scrolled to it', { timeout: 3000 });
  });

  it('shows its poster, kicker and meta lines when the reader scrolls to it', async () => {
    const t = token();
    const card = await farCard(t);
    card.scrollIntoView();
    await waitUntil(() => card.shadowRoot!.querySelector('img[part~="poster"]'), 'no poster after scrolling to the card', { timeout: 3000 });
    expect(text(card, 'kicker')).to.equal('Watch');
    expect(text(card, 'meta')).to.contain('4 days ago');
    expect(text(card, 'description')).to.equal('Below everything.');
    await waitUntil(async () => (await requested(t)).length == 1, 'poster requested once');
  });

  it('keeps focus on its play button when it comes near', async () => {
    const card = await farCard(token());
    const button = part(card, 'play-button')!;
    // Focus scrolls the button into view: the card comes near and renders the rest around it.
    button.focus();
    await waitUntil(() => part(card, 'kicker'), 'the card did not come near', { timeout: 3000 });
    expect(part(card, 'play-button')).to.equal(button);
    expect(card.shadowRoot!.activeElement).to.equal(button);
  });
});
