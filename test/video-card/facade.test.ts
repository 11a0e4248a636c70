import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/video-card/define.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { FIXTURES, centre, preconnects, removePreconnects, resources } from './helpers.js';
import { captureWarnings, part, partText as text, requested, settle, token } from '../helpers.js';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const VIMEO = 'https://vimeo.com/76979871';

describe('<video-card> facade', () => {
  before(() => setNow('2024-08-03T12:00:00Z'));
  after(() => setNow(null));
  afterEach(async () => {
    removePreconnects();
    await resetMouse();
  });

  const player = (el: VideoCardElement) => el.shadowRoot!.querySelector<HTMLVideoElement | HTMLIFrameElement>('video, iframe');

  it('makes zero requests to a video host or media file before activation', async () => {
    const t = token();
    const since = performance.now();
    const wrapper = await fixture(html`<div>
      <video-card name="YouTube" duration="PT9M34S" embed-url=${YOUTUBE} thumbnail=${`${FIXTURES}/poster.png?${t}-poster`}></video-card>
      <video-card name="Vimeo" embed-url=${VIMEO}></video-card>
      <video-card name="File" content-url=${`${FIXTURES}/clip.webm?${t}-media`}></video-card>
    </div>`);
    const cards = [...wrapper.querySelectorAll('video-card')];
    await Promise.all(cards.map(settle));
    // The poster the page asked for does load (it is the page's own image, not the provider's).
    await waitUntil(async () => (await requested(`${t}-poster`)).length === 1, 'poster requested');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await requested(`${t}-media`)).to.deep.equal([]);
    for (const host of ['youtube', 'ytimg', 'vimeo', `${t}-media`]) expect(resources(host, since), host).to.have.length(0);
    expect(preconnects()).to.deep.equal([]);
    for (const card of cards) expect(player(card)).to.equal(null);
    // Each card did render, with its play button ready.
    expect(cards.map((card) => text(card, 'title'))).to.deep.equal(['YouTube', 'Vimeo', 'File']);
    for (const card of cards) expect(part<HTMLButtonElement>(card, 'play-button')!.disabled).to.equal(false);
  });

  async function activate(el: VideoCardElement, how: 'click' | 'Enter' | 'Space') {
    const button = part(el, 'play-button')!;
    if (how === 'click') {
      await sendMouse({ type: 'click', position: centre(button) });
    } else {
      button.focus();
      // " " is the Space key in every driver (puppeteer knows no "Space" key in Firefox).
      await sendKeys({ press: how === 'Space' ? ' ' : how });
    }
    await waitUntil(() => player(el), `player after ${how}`);
    await settle(el);
  }

  const cases: ['click' | 'Enter' | 'Space', string, 'embed' | 'content', string][] = [
    ['click', YOUTUBE, 'embed', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1'],
    ['Enter', VIMEO, 'embed', 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1'],
    ['Space', `${FIXTURES}/clip.webm`, 'content', `${FIXTURES}/clip.webm`],
  ];
  for (const [how, source, kind, url] of cases) {
    it(`activates by ${how}: ${kind} player in place, same size, focused`, async () => {
      const attr = kind === 'content' ? 'content-url' : 'embed-url';
      const host = await fixture(html`<div style="width: 480px"></div>`);
      host.innerHTML = `<video-card name="Clip" duration="PT9M34S" ${attr}="${source}" thumbnail="${FIXTURES}/poster.png"></video-card>`;
      const el = host.firstElementChild as VideoCardElement;
      await settle(el);
      const before = el.getBoundingClientRect();
      const plays = oneEvent(el, 'video-card-play');
      await activate(el, how);
      expect((await plays).detail).to.deep.equal({ source: kind, url });
      const after = el.getBoundingClientRect();
      expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
      const media = player(el)!;
      expect(media.getAttribute('part')).to.equal('player');
      expect(media.getBoundingClientRect().height).to.be.closeTo(270, 1);
      expect(el.shadowRoot!.activeElement).to.equal(media);
      expect(document.activeElement).to.equal(el);
      if (kind === 'content') {
        const video = media as HTMLVideoElement;
        expect(video.localName).to.equal('video');
        expect(video.getAttribute('src')).to.equal(url);
        expect(video.getAttribute('poster')).to.equal(`${FIXTURES}/poster.png`);
        expect([video.controls, video.autoplay, video.hasAttribute('playsinline')]).to.deep.equal([true, true, true]);
      } else {
        const iframe = media as HTMLIFrameElement;
        expect(iframe.localName).to.equal('iframe');
        expect(iframe.getAttribute('src')).to.equal(url);
        expect(iframe.title).to.equal('Clip');
        expect(iframe.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
      }
    });
  }

  it('plays with play(), requesting the file only then; content-url wins over embed-url', async () => {
    const t = token();
    const since = performance.now();
    const el = await fixture<VideoCardElement>(html`<video-card
      name="Both"
      content-url=${`${FIXTURES}/clip.webm?${t}`}
      embed-url=${YOUTUBE}
    ></video-card>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await requested(t)).to.deep.equal([]);
    expect(el.play()).to.equal(true);
    await settle(el);
    expect(player(el)!.localName).to.equal('video');
    await waitUntil(async () => (await requested(t)).length > 0, 'media file requested after play()');
    expect(resources('youtube', since)).to.have.length(0);
  });

  it('loads no player when video-card-play is cancelled', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="T" embed-url=${YOUTUBE}></video-card>`);
    el.addEventListener('video-card-play', (event) => event.preventDefault());
    const plays = oneEvent(el, 'video-card-play');
    part(el, 'play-button')!.click();
    const event = await plays;
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(el);
    expect(player(el)).to.equal(null);
    expect(part(el, 'play-button')).to.exist;
    expect(el.play()).to.equal(false);
  });

  const yt = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1';
  const vm = 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1';
  const embeds: [string, string | undefined][] = [
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', yt],
    ['https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42', yt],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ', yt],
    ['https://youtu.be/dQw4w9WgXcQ?si=abc', yt],
    ['https://www.youtube.com/shorts/dQw4w9WgXcQ', yt],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ?start=3', yt],
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', yt],
    ['http://www.youtube.com/live/dQw4w9WgXcQ', yt],
    ['https://www.youtube.com/embed/a_b-C0d9E8f', 'https://www.youtube-nocookie.com/embed/a_b-C0d9E8f?autoplay=1'],
    ['https://vimeo.com/76979871', vm],
    ['https://www.vimeo.com/76979871#t=10', vm],
    ['https://player.vimeo.com/video/76979871?h=abc', vm],
    ['https://www.youtube.com/watch?v=dQw4w9WgXc', undefined],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQQ', undefined],
    ['https://www.youtube.com/watch?vv=dQw4w9WgXcQ', undefined],
    ['https://www.youtube.com/embed/dQw4w9Wg%3CQ', undefined],
    ['https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ', undefined],
    ['https://evil.example/?u=https://www.youtube.com/watch?v=dQw4w9WgXcQ', undefined],
    ['https://www.youtube.com/channel/dQw4w9WgXcQ', undefined],
    ['https://vimeo.com/channels/76979871', undefined],
    ['https://vimeo.com/76979871abc', undefined],
    ['https://player.vimeo.com/76979871', undefined],
    ['//www.youtube.com/embed/dQw4w9WgXcQ', undefined],
  ];
  for (const [url, expected] of embeds) {
    it(`${expected ? 'accepts' : 'refuses'} ${url}`, () => {
      const el = document.createElement('video-card');
      el.name = 'T';
      el.embedUrl = url;
      const urls: string[] = [];
      el.addEventListener('video-card-play', (event) => {
        urls.push(event.detail.url);
        event.preventDefault();
      });
      el.addEventListener('video-card-error', (event) => event.stopPropagation());
      const capture = captureWarnings();
      try {
        el.play();
      } finally {
        capture.restore();
      }
      expect(capture.warnings).to.have.length(expected ? 0 : 1);
      expect(urls).to.deep.equal(expected ? [expected] : []);
    });
  }
});
