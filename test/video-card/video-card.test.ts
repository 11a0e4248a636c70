import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/video-card/define.js';
import '../../src/news-article/define.js';
import { VideoCardElement } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { FIXTURES, collect } from './helpers.js';
import { captureWarnings, part, partText as text, settle, uniqueTag } from '../helpers.js';
import { loadLocale } from '../../src/shared/i18n.js';

// French and Spanish arrive as modules beside the bundle; fetched once here, they render at once.
// Each `lang` loads once under its own tag, so `es-MX` (an ancestor's, below) is fetched here too.
before(() => Promise.all(['fr', 'es', 'es-MX'].map(loadLocale)));

const NOW = '2024-08-03T12:00:00Z';
const TITLE = "Venezuela's 'stolen' election: Can Maduro be forced out? | About That";
const DESCRIPTION = 'The re-election of Venezuelan President Nicolás Maduro has sparked violent protests.';
// French and Spanish put a no-break space between number and unit.
const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
/** The upload time as seen on screen (without the text for assistive technology only). */
function shown(el: VideoCardElement) {
  const time = el.shadowRoot!.querySelector('time')!.cloneNode(true) as HTMLElement;
  time.querySelectorAll('.sr').forEach((node) => node.remove());
  return plain(time.textContent!);
}

describe('<video-card>', () => {
  before(() => setNow(NOW));
  after(() => setNow(null));

  async function card(lang = 'en', extra = {}) {
    const el = await fixture<VideoCardElement>(html`<video-card
      lang=${lang}
      name=${TITLE}
      description=${DESCRIPTION}
      duration="PT9M34S"
      upload-date="2024-07-30"
      thumbnail=${`${FIXTURES}/poster.png`}
      content-url=${`${FIXTURES}/clip.webm`}
    ></video-card>`);
    Object.assign(el, extra);
    await settle(el);
    return el;
  }

  it('shows the kicker, title, upload time, duration and description', async () => {
    const el = await card();
    expect(text(el, 'kicker')).to.equal('Watch');
    expect(getComputedStyle(part(el, 'kicker')!).textTransform).to.equal('uppercase');
    expect(text(el, 'title')).to.equal(TITLE);
    expect(text(el, 'description')).to.equal(DESCRIPTION);
    expect(text(el, 'duration')).to.equal('9:34');
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-07-30');
    expect(plain(time.textContent!)).to.equal('4 days ago (July 30, 2024)');
    expect(plain(text(el, 'meta'))).to.contain('Duration 9:349 minutes 34 seconds');
  });

  it('gives assistive technology the full date and the spoken duration as text', async () => {
    const el = await card();
    const meta = part(el, 'meta')!;
    // The visible clock form is hidden from assistive technology and replaced by words.
    const clock = [...meta.querySelectorAll('[aria-hidden="true"]')].map((node) => node.textContent);
    expect(clock).to.deep.equal(['9:34']);
    const hidden = [...meta.querySelectorAll('.sr')].map((node) => plain(node.textContent!));
    expect(hidden).to.deep.equal(['(July 30, 2024)', '9 minutes 34 seconds']);
    // Visually hidden, yet in the layout tree (not display: none), so screen readers read it.
    for (const node of meta.querySelectorAll('.sr')) {
      expect(getComputedStyle(node).display).to.not.equal('none');
      expect(node.getBoundingClientRect().width).to.be.at.most(1);
    }
  });

  it('names the play button with the title and the spoken duration', async () => {
    const el = await card();
    const button = part(el, 'play-button')!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal(`Play video: ${TITLE}, 9 minutes 34 seconds`);
  });

  const languages: [string, string, string, string, string][] = [
    ['en', 'Watch', '4 days ago', 'Duration', 'Play video: T, 9 minutes 34 seconds'],
    ['es', 'Vídeo', 'hace 4 días', 'Duración', 'Reproducir vídeo: T, 9 minutos 34 segundos'],
    ['fr', 'Vidéo', 'il y a 4 jours', 'Durée', 'Lire la vidéo : T, 9 minutes 34 secondes'],
  ];
  for (const [lang, kicker, relative, duration, label] of languages) {
    it(`speaks ${lang} with a frozen now`, async () => {
      const el = await card(lang, { name: 'T' });
      expect(text(el, 'kicker')).to.equal(kicker);
      expect(shown(el)).to.equal(relative);
      expect(text(el, 'meta')).to.contain(duration);
      expect(plain(part(el, 'play-button')!.getAttribute('aria-label')!)).to.equal(label);
    });
  }

  it('takes the language from an ancestor', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><video-card name="T" upload-date="2024-07-30"></video-card></div>`);
    const el = wrapper.querySelector('video-card')!;
    await settle(el);
    expect(shown(el)).to.equal('hace 4 días');
  });

  it('shows the absolute date past the relative threshold', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="T" upload-date="2024-06-01"></video-card>`);
    const time = () => el.shadowRoot!.querySelector('time')!;
    expect(plain(time().textContent!)).to.equal('Jun 1, 2024');
    el.relativeThreshold = 90;
    await settle(el);
    expect(plain(time().textContent!)).to.equal('63 days ago (June 1, 2024)');
    el.setAttribute('relative-threshold', '3');
    el.uploadDate = '2024-07-30';
    await settle(el);
    expect(plain(time().textContent!)).to.equal('Jul 30, 2024');
  });

  it('shows a date-time upload in the largest fitting unit, with its time for assistive technology', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="T" upload-date="2024-08-03T09:00:00Z"></video-card>`);
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2024-08-03T09:00:00.000Z');
    expect(shown(el)).to.equal('3 hours ago');
    expect(time.querySelector('.sr')!.textContent).to.match(/2024.*\d:\d\d/);
  });

  it('updates its relative time when now moves', async () => {
    const el = await card();
    setNow('2024-08-05T12:00:00Z');
    await settle(el);
    expect(shown(el)).to.equal('6 days ago');
    setNow(NOW);
  });

  it('reads a frozen now from the news-embed-now meta tag', async () => {
    setNow(null);
    const meta = Object.assign(document.createElement('meta'), { name: 'news-embed-now', content: '2024-07-31T12:00:00Z' });
    document.head.append(meta);
    try {
      const el = await fixture<VideoCardElement>(html`<video-card name="T" upload-date="2024-07-30"></video-card>`);
      expect(shown(el)).to.equal('yesterday');
    } finally {
      meta.remove();
      setNow(NOW);
    }
  });

  it('reads a JSON-LD VideoObject, and attributes win over it', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="From the attribute">
      <script type="application/ld+json">
        {
          "@context": "https://schema.org",
          "@type": "VideoObject",
          "name": "From JSON-LD",
          "description": "Described in JSON-LD",
          "duration": "PT1M56S",
          "uploadDate": "2024-07-29",
          "thumbnailUrl": ["${FIXTURES}/poster.png", "/other.png"],
          "embedUrl": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        }
      </script>
    </video-card>`);
    await settle(el);
    expect(text(el, 'title')).to.equal('From the attribute');
    expect(text(el, 'description')).to.equal('Described in JSON-LD');
    expect(text(el, 'duration')).to.equal('1:56');
    expect(shown(el)).to.equal('5 days ago');
    expect(part<HTMLImageElement>(el, 'poster')!.getAttribute('src')).to.equal(`${FIXTURES}/poster.png`);
    const play = oneEvent(el, 'video-card-play');
    el.play();
    expect((await play).detail).to.deep.equal({ source: 'embed', url: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' });
  });

  it('reads a VideoObject from a JSON-LD array', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card>
      <script type="application/ld+json">[{"@type": "Person", "name": "Andrew Chang"}, {"@type": "VideoObject", "name": "In an array"}]</script>
    </video-card>`);
    expect(text(el, 'title')).to.equal('In an array');
  });

  it('takes the same data from the video property; attributes still win', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card duration="PT2M"></video-card>`);
    el.video = { name: 'From the property', duration: 'PT9M34S', uploadDate: '2024-07-30', thumbnailUrl: `${FIXTURES}/poster.png` };
    await settle(el);
    expect(text(el, 'title')).to.equal('From the property');
    expect(text(el, 'duration')).to.equal('2:00');
    expect(part(el, 'poster')!.localName).to.equal('img');
  });

  it('picks up JSON-LD added after upgrade', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card><a href="/watch">Fallback</a></video-card>`);
    const script = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: '{"name": "Late"}' });
    el.append(script);
    await waitUntil(() => text(el, 'title') === 'Late', 'title from late JSON-LD');
  });

  it('keeps light-DOM fallback content: visible before upgrade, hidden but not removed after', async () => {
    const tag = uniqueTag('video-card-fallback');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.innerHTML = `<${tag} name="T" content-url="${FIXTURES}/clip.webm"><a href="/watch/venezuela">Venezuela's 'stolen' election</a></${tag}>`;
    const link = host.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    VideoCardElement.define(tag);
    const el = host.firstElementChild as VideoCardElement;
    await settle(el);
    expect(el.shadowRoot).to.exist;
    expect(link.isConnected).to.equal(true);
    expect(link.getBoundingClientRect().height).to.equal(0);
  });

  it('renders every part', async () => {
    const el = await card();
    for (const name of ['poster', 'play-button', 'duration', 'title', 'meta', 'description']) {
      expect(part(el, name), name).to.exist;
    }
    el.play();
    await settle(el);
    expect(part(el, 'player')).to.exist;
  });

  it('sizes the poster box from --video-card-aspect-ratio, 16/9 by default', async () => {
    const el = await card();
    el.style.width = '320px';
    await settle(el);
    expect(part(el, 'poster')!.getBoundingClientRect().height).to.be.closeTo(180, 1);
    el.style.setProperty('--video-card-aspect-ratio', '4 / 3');
    expect(part(el, 'poster')!.getBoundingClientRect().height).to.be.closeTo(240, 1);
  });

  it('applies the accent and radius custom properties', async () => {
    const el = await card();
    el.style.setProperty('--video-card-accent', 'rgb(1, 2, 3)');
    el.style.setProperty('--video-card-radius', '9px');
    expect(getComputedStyle(part(el, 'play-button')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'poster')!.parentElement!).borderTopLeftRadius).to.equal('9px');
  });

  it('takes the shared --news-embed-accent, from the page or a story around it, unless its own accent is set', async () => {
    const el = await card();
    const background = () => getComputedStyle(part(el, 'play-button')!).backgroundColor;
    expect(background(), 'the default').to.equal('rgb(200, 16, 46)');
    const story = document.createElement('news-article');
    story.style.setProperty('--news-embed-accent', 'rgb(0, 100, 0)');
    el.replaceWith(story);
    story.append(el);
    await (story as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(background(), 'the story’s accent').to.equal('rgb(0, 100, 0)');
    el.style.setProperty('--video-card-accent', 'rgb(1, 2, 3)');
    expect(background(), 'its own accent').to.equal('rgb(1, 2, 3)');
    story.remove();
  });

  it('stacks when narrow and puts the poster beside the text when wide (container query)', async () => {
    const el = await card();
    const poster = () => part(el, 'poster')!.getBoundingClientRect();
    const title = () => part(el, 'title')!.getBoundingClientRect();
    el.style.width = '300px';
    await settle(el);
    expect(title().top).to.be.at.least(poster().bottom);
    el.style.width = '800px';
    await settle(el);
    expect(title().left).to.be.at.least(poster().right);
    expect(title().top).to.be.below(poster().bottom);
  });

  it('shows a visible focus ring on the play button when reached by keyboard', async () => {
    const wrapper = await fixture(html`<div><input aria-label="before" /><video-card name="T" content-url=${`${FIXTURES}/clip.webm`}></video-card></div>`);
    const el = wrapper.querySelector('video-card')!;
    await settle(el);
    wrapper.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const button = part(el, 'play-button')!;
    expect(el.shadowRoot!.activeElement).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('renders HTML in text fields as text', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card
      name=${'<img src=x onerror=alert(1)>'}
      description=${'<script>alert(1)</script>'}
      kicker=${'<b>Now</b>'}
    ></video-card>`);
    expect(text(el, 'title')).to.equal('<img src=x onerror=alert(1)>');
    expect(text(el, 'description')).to.equal('<script>alert(1)</script>');
    expect(text(el, 'kicker')).to.equal('<b>Now</b>');
    expect(el.shadowRoot!.querySelector('img:not([part])')).to.equal(null);
    expect(el.shadowRoot!.querySelector('script, b')).to.equal(null);
  });

  it('is accessible before and after activation', async () => {
    const el = await card();
    await expect(el).to.be.accessible();
    el.play();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with an embed player', async () => {
    const el = await fixture<VideoCardElement>(html`<video-card name="T" duration="9:34" embed-url="https://vimeo.com/76979871"></video-card>`);
    await expect(el).to.be.accessible();
    el.play();
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('warns and reports nothing for complete, valid data', async () => {
    const capture = captureWarnings();
    const errors = collect('video-card-error');
    let el: VideoCardElement;
    try {
      el = await card();
    } finally {
      capture.restore();
      errors.stop();
    }
    expect(capture.warnings).to.deep.equal([]);
    expect(errors.events).to.have.length(0);
    // It did render that data, every part of it.
    expect(text(el, 'title')).to.equal(TITLE);
    expect(text(el, 'description')).to.equal(DESCRIPTION);
    expect(text(el, 'duration')).to.contain('9:34');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2024-07-30');
    expect(part<HTMLButtonElement>(el, 'play-button')!.disabled).to.equal(false);
  });
});
