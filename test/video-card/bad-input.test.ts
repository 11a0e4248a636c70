import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/video-card/define.js';
import type { VideoCardElement, VideoCardErrorDetail } from '../../src/video-card/video-card.js';
import { setNow } from '../../src/shared/time.js';
import { FIXTURES, collect } from './helpers.js';
import { captureWarnings, part, partText as text, settle, token } from '../helpers.js';
import { loadLocale } from '../../src/shared/i18n.js';

// French arrives as a module beside the bundle; fetched once here, it renders at once.
before(() => loadLocale('fr'));

type Fixture = () => Promise<VideoCardElement>;

/** Renders a card, returning it with the error reasons it reported and the warnings it logged. */
async function observe(make: Fixture) {
  const errors = collect<VideoCardErrorDetail>('video-card-error');
  const capture = captureWarnings();
  try {
    const el = await make();
    await settle(el);
    return { el, reasons: errors.events.map((event) => event.detail.reason), warnings: capture.warnings };
  } finally {
    errors.stop();
    capture.restore();
  }
}

const card = (markup: string) => async () => {
  const host = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
  host.innerHTML = markup;
  return host.firstElementChild as VideoCardElement;
};

describe('<video-card> bad input', () => {
  before(() => setNow('2024-08-03T12:00:00Z'));
  after(() => setNow(null));

  for (const [scheme, url] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:video/mp4;base64,AAAA'],
    ['java\\tscript:', 'java\tscript:alert(1)'],
  ]) {
    it(`refuses a ${scheme} content-url: text stays, the play button is disabled with a visible reason`, async () => {
      const { el, reasons, warnings } = await observe(async () => {
        const host = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
        const el = Object.assign(document.createElement('video-card'), { name: 'Title', description: 'Text', duration: 'PT9M34S' });
        el.setAttribute('content-url', url);
        host.append(el);
        return el;
      });
      expect(reasons).to.deep.equal(['unsafe-url']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^news-embed: <video-card> content-url refused/);
      expect(text(el, 'title')).to.equal('Title');
      expect(text(el, 'description')).to.equal('Text');
      const button = part<HTMLButtonElement>(el, 'play-button')!;
      expect(button.localName).to.equal('button');
      expect(button.disabled).to.equal(true);
      const message = el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(message.textContent).to.equal('This video cannot be played here.');
      expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.play()).to.equal(false);
      expect(el.shadowRoot!.querySelector('video, iframe')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('turns an unknown provider into a plain link to its safe URL', async () => {
    const { el, reasons, warnings } = await observe(
      card(`<video-card name="Elsewhere" embed-url="https://video.example/watch/42"></video-card>`),
    );
    expect(reasons).to.deep.equal(['unknown-provider']);
    expect(warnings).to.have.length(1);
    const link = part<HTMLAnchorElement>(el, 'play-button')!;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('https://video.example/watch/42');
    expect(link.getAttribute('aria-label')).to.equal('Open the video: Elsewhere');
    expect(el.play()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens a publisher’s own player on the video’s page, with no warning, when the video has one', async () => {
    const make = async () => {
      const host = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
      const el = document.createElement('video-card');
      el.video = {
        name: 'Le surnom',
        embedUrl: 'https://players.brightcove.net/5338/default_default/index.html?videoId=6111',
        url: 'https://www.gala.fr/videos/le-surnom',
        duration: 'PT1M12S',
      };
      host.append(el);
      return el;
    };
    const { el, reasons, warnings } = await observe(make);
    expect(reasons).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(text(el, 'title')).to.equal('Le surnom');
    const link = part<HTMLAnchorElement>(el, 'play-button')!;
    expect(link.localName).to.equal('a');
    expect(link.getAttribute('href')).to.equal('https://www.gala.fr/videos/le-surnom');
    expect(link.getAttribute('aria-label')).to.equal('Open the video: Le surnom');
    await expect(el).to.be.accessible();
  });

  it('plays the embed when only the content-url is refused', async () => {
    const { el, reasons } = await observe(
      card(`<video-card name="T" content-url="javascript:alert(1)" embed-url="https://vimeo.com/76979871"></video-card>`),
    );
    expect(reasons).to.deep.equal(['unsafe-url']);
    expect(el.play()).to.equal(true);
    await settle(el);
    expect(el.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
  });

  it('disables the button with a visible explanation when there is no source at all', async () => {
    const { el, reasons } = await observe(card(`<video-card name="T"></video-card>`));
    expect(reasons).to.deep.equal(['no-source']);
    expect(part<HTMLButtonElement>(el, 'play-button')!.disabled).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('This video cannot be played here.');
  });

  it('hides an unparsable duration and warns once, even across updates', async () => {
    const { el, reasons, warnings } = await observe(async () => {
      const el = await card(`<video-card name="T" duration="nine minutes" content-url="${FIXTURES}/clip.webm"></video-card>`)();
      await settle(el);
      el.description = 'A re-render';
      return el;
    });
    expect(reasons).to.deep.equal(['invalid-duration']);
    expect(warnings).to.have.length(1);
    expect(part(el, 'duration')).to.equal(null);
    expect(text(el, 'meta')).to.not.contain('Duration');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Play video: T');
  });

  it('hides an unparsable upload date and warns', async () => {
    const { el, reasons, warnings } = await observe(
      card(`<video-card name="T" upload-date="30/07/2024" duration="9:34" content-url="${FIXTURES}/clip.webm"></video-card>`),
    );
    expect(reasons).to.deep.equal(['invalid-date']);
    expect(warnings).to.have.length(1);
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    expect(text(el, 'meta')).to.contain('Duration');
  });

  it('shows a localized "Untitled video" for a missing title and warns', async () => {
    const { el, reasons, warnings } = await observe(card(`<video-card lang="fr" content-url="${FIXTURES}/clip.webm"></video-card>`));
    expect(reasons).to.deep.equal(['missing-title']);
    expect(warnings).to.have.length(1);
    expect(text(el, 'title')).to.equal('Vidéo sans titre');
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Lire la vidéo\u202f: Vidéo sans titre');
  });

  it('reports malformed JSON-LD and still renders what it has', async () => {
    const { el, reasons, warnings } = await observe(
      card(`<video-card name="From attributes" duration="PT1M56S" content-url="${FIXTURES}/clip.webm">
        <script type="application/ld+json">{"@type": "VideoObject", "name": </script>
        <a href="/watch">Fallback</a>
      </video-card>`),
    );
    expect(reasons).to.deep.equal(['invalid-json']);
    expect(warnings).to.have.length(1);
    expect(text(el, 'title')).to.equal('From attributes');
    expect(text(el, 'duration')).to.equal('1:56');
    expect(el.querySelector('a')).to.exist;
  });

  it('ignores non-string JSON-LD fields', async () => {
    const { el } = await observe(
      card(`<video-card content-url="x.webm"><script type="application/ld+json">{"name": {"a": 1}, "duration": 574, "description": ["x"]}</script></video-card>`),
    );
    expect(text(el, 'title')).to.equal('Untitled video');
    expect(part(el, 'description')).to.equal(null);
    expect(part(el, 'duration')).to.equal(null);
  });

  it('refuses an unsafe thumbnail and srcset, showing the neutral box', async () => {
    const { el, reasons } = await observe(
      card(`<video-card name="T" content-url="x.webm" thumbnail="javascript:alert(1)" thumbnail-srcset="javascript:alert(1) 1x"></video-card>`),
    );
    expect(reasons).to.have.members(['unsafe-url', 'unsafe-url']);
    const poster = part(el, 'poster')!;
    expect(poster.localName).to.equal('div');
    expect(poster.getBoundingClientRect().height).to.be.closeTo(180, 1);
  });

  it('keeps only the safe entries of a thumbnail srcset', async () => {
    const { el } = await observe(
      card(`<video-card name="T" content-url="x.webm" thumbnail="${FIXTURES}/poster.png" thumbnail-srcset="javascript:alert(1) 100w, ${FIXTURES}/poster.png 160w"></video-card>`),
    );
    expect(part(el, 'poster')!.getAttribute('srcset')).to.equal(`${FIXTURES}/poster.png 160w`);
  });

  it('replaces a poster that fails to load with a neutral box of the same size', async () => {
    const t = token();
    const errors = collect<VideoCardErrorDetail>('video-card-error');
    const capture = captureWarnings();
    try {
      const el = await card(`<video-card name="T" content-url="x.webm" thumbnail="/__status/404?${t}"></video-card>`)();
      await settle(el);
      const height = el.getBoundingClientRect().height;
      await waitUntil(() => part(el, 'poster')!.localName === 'div', 'neutral poster box');
      expect(errors.events.map((event) => event.detail.reason)).to.deep.equal(['poster-failed']);
      expect(capture.warnings).to.have.length(1);
      expect(part(el, 'poster')!.getBoundingClientRect().height).to.be.closeTo(180, 1);
      expect(el.getBoundingClientRect().height).to.equal(height);
      await expect(el).to.be.accessible();
    } finally {
      errors.stop();
      capture.restore();
    }
  });

  it('shows an error with a link to the file when the media fails after activation', async () => {
    const t = token();
    const url = `/__status/404?${t}`;
    const capture = captureWarnings();
    try {
      const el = await card(`<video-card name="T" content-url="${url}"></video-card>`)();
      await settle(el);
      const height = el.getBoundingClientRect().height;
      const failed = oneEvent(el, 'video-card-error');
      el.play();
      expect((await failed).detail.reason).to.equal('media-failed');
      await settle(el);
      const box = part(el, 'player')!;
      expect(box.textContent).to.contain('The video could not be played.');
      const link = box.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal(url);
      expect(link.textContent).to.equal('Download the video file');
      expect(el.shadowRoot!.activeElement).to.equal(link);
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect(capture.warnings).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('never throws on odd property values', async () => {
    const { el } = await observe(async () => {
      const el = await card(`<video-card content-url="x.webm"></video-card>`)();
      (el as unknown as { video: unknown }).video = 'not an object';
      (el as unknown as { name: unknown }).name = 42;
      el.relativeThreshold = Number.NaN;
      return el;
    });
    expect(text(el, 'title')).to.equal('Untitled video');
  });
});
