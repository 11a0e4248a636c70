import { expect, fixture, fixtureCleanup, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { ref } from 'lit/directives/ref.js';
import { NewsArticleElement } from '../../src/news-article/news-article.js';
import { RandomImageElement } from '../../src/random-image/random-image.js';
import { VideoCardElement } from '../../src/video-card/video-card.js';
import '../../src/define.js';
import { loadLocale } from '../../src/shared/i18n.js';
import { capture, uniqueTag } from '../helpers.js';

// French and Spanish arrive as modules beside the bundle; fetched once here, they render at once.
before(() => Promise.all(['fr', 'es'].map(loadLocale)));

/** Records the connection state an async directive hears about. */
const heard: boolean[] = [];
class ConnectionProbe extends AsyncDirective {
  render() {
    return 'probe';
  }
  protected override disconnected() {
    heard.push(false);
  }
  protected override reconnected() {
    heard.push(true);
  }
}
const probe = directive(ConnectionProbe);

afterEach(() => fixtureCleanup());

describe('the elements are LitElements', () => {
  it('extend LitElement, and importing a class registers nothing', () => {
    for (const ctor of [RandomImageElement, VideoCardElement, NewsArticleElement]) {
      expect(ctor.prototype).to.be.instanceOf(LitElement);
    }
  });

  it('a subclass that adds a property keeps every property of its parent', async () => {
    class MyCard extends VideoCardElement {
      static override properties = { extra: {} };
      extra = '';
      override render() {
        return html`${super.render()}<p id=extra>${this.extra}</p>`;
      }
    }
    const name = uniqueTag('my-card');
    MyCard.define(name);
    const el = await fixture<MyCard>(`<${name} name="Hello" duration="PT1M" extra="more"></${name}>`);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Hello');
    expect(el.shadowRoot!.querySelector('[part=duration]')!.textContent).to.equal('1:00');
    expect(el.shadowRoot!.querySelector('#extra')!.textContent).to.equal('more');
    el.setAttribute('name', 'Changed');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Changed');
  });

  it('a property set while the template renders (a ref callback) leads to another update', async () => {
    class Refs extends VideoCardElement {
      override render() {
        return html`${super.render()}<i ${ref(() => {
          if (!this.kicker) this.kicker = 'Set during render';
        })}></i>`;
      }
    }
    const name = uniqueTag('ref-card');
    Refs.define(name);
    const el = await fixture<Refs>(`<${name} name="A"></${name}>`);
    // fixture() waited for the first update; the one the ref caused follows.
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=kicker]')!.textContent).to.equal('Set during render');
  });

  it('async directives in a template hear that the element was disconnected and reconnected', async () => {
    class WithDirective extends RandomImageElement {
      override render() {
        return html`${super.render()}<span>${probe()}</span>`;
      }
    }
    const name = uniqueTag('probe-image');
    WithDirective.define(name);
    const el = await fixture<WithDirective>(`<${name}></${name}>`);
    heard.length = 0;
    const parent = el.parentNode!;
    el.remove();
    expect(heard).to.deep.equal([false]);
    parent.append(el);
    expect(heard).to.deep.equal([false, true]);
  });

  it('hydrates properties set before the element was defined, with no false error (random-image)', async () => {
    const name = uniqueTag('early-image');
    const el = document.createElement(name) as RandomImageElement;
    const images = [{ src: '/test/fixtures/random-image/red.svg', alt: 'Red', width: 16, height: 9 }];
    el.images = images;
    el.seed = 'fixed';
    const errors: unknown[] = [];
    el.addEventListener('random-image-error', (e) => errors.push(e.detail));
    const warnings = await capture('warn', async () => {
      document.body.append(el);
      RandomImageElement.define(name);
      await el.updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(el.index).to.equal(0);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('Red');
    el.remove();
  });

  it('news-article-load fires after the story from src is on screen', async () => {
    const el = document.createElement('news-article');
    el.src = '/test/fixtures/news-article/full.json';
    const seen = new Promise<{ headline?: string | null; skeleton: boolean }>((resolve) =>
      el.addEventListener('news-article-load', () =>
        resolve({
          headline: el.shadowRoot!.querySelector('[part=headline]')?.textContent,
          skeleton: !!el.shadowRoot!.querySelector('[part=skeleton]'),
        }),
      ),
    );
    document.body.append(el);
    const { headline, skeleton } = await seen;
    expect(skeleton).to.equal(false);
    expect(headline).to.be.a('string').and.not.empty;
    el.remove();
  });

  it('news-article-load fires after the update that shows a story set as a property', async () => {
    const el = document.createElement('news-article');
    el.story = { '@type': 'NewsArticle', headline: 'Set as a property', articleBody: 'Body.' };
    const event = oneEvent(el, 'news-article-load');
    document.body.append(el);
    await event;
    expect(el.shadowRoot!.querySelector('[part=headline]')!.textContent).to.equal('Set as a property');
    el.remove();
  });

  it('follow a later change of <html lang> and of an ancestor’s lang', async () => {
    const saved = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'en');
      const wrapper = await fixture<HTMLElement>('<section><video-card name="A" duration="PT1M"></video-card></section>');
      const card = wrapper.querySelector('video-card')!;
      const kicker = () => card.shadowRoot!.querySelector('[part=kicker]')?.textContent;
      // Another language arrives from beside the bundle: the card shows once it is here.
      const shows = (text: string) => waitUntil(() => kicker() == text, `the card never said ${text}`);
      expect(kicker()).to.equal('Watch');
      document.documentElement.setAttribute('lang', 'es');
      await shows('Vídeo');
      wrapper.setAttribute('lang', 'fr-CA');
      await shows('Vidéo');
    } finally {
      if (saved === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', saved);
    }
  });

  it('create each Intl formatter once per locale and options, however many elements render', async () => {
    const counts = new Map<string, number>();
    const originals = {
      DateTimeFormat: Intl.DateTimeFormat,
      RelativeTimeFormat: Intl.RelativeTimeFormat,
      NumberFormat: Intl.NumberFormat,
    };
    for (const [name, Original] of Object.entries(originals)) {
      const Counting = function (this: unknown, ...args: unknown[]) {
        counts.set(name, (counts.get(name) ?? 0) + 1);
        return new (Original as unknown as new (...a: unknown[]) => object)(...args);
      };
      Object.assign(Counting, { supportedLocalesOf: Original.supportedLocalesOf.bind(Original) });
      (Intl as unknown as Record<string, unknown>)[name] = Counting;
    }
    try {
      const cards = Array.from({ length: 30 }, (_, i) => `<video-card lang="es-MX" name="Card ${i}" duration="PT${i + 1}M" upload-date="2024-07-${10 + (i % 9)}"></video-card>`);
      const root = await fixture<HTMLElement>(`<div>${cards.join('')}</div>`);
      await waitUntil(() => [...root.querySelectorAll('video-card')].every((card) => card.shadowRoot!.querySelector('time')), 'the cards never spoke Spanish');
      for (const card of root.querySelectorAll('video-card')) {
        card.requestUpdate();
        await card.updateComplete;
      }
      expect(root.querySelector('video-card')!.shadowRoot!.querySelector('time')!.textContent).to.match(/\d/);
      // One per distinct locale and options (dates: short and long; durations: minutes), not per render.
      expect(counts.get('DateTimeFormat') ?? 0).to.be.within(1, 2);
      expect(counts.get('NumberFormat') ?? 0).to.be.within(1, 3);
      expect(counts.get('RelativeTimeFormat') ?? 0).to.be.at.most(1);
    } finally {
      Object.assign(Intl, originals);
    }
  });
});
