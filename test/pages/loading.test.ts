// Two copies on one page, and late or odd loading: every element still works, nothing throws.
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, ourWarnings, sampleWorks, visible, type HostPage } from './helpers.js';
import { frames, partText, scrolledTo, until } from '../helpers.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';

let page: HostPage;
afterEach(() => page?.close());

describe('two copies on one page', () => {
  for (const [name, file] of [
    ['the bundle loaded twice', 'two-bundles.html'],
    ['the bundle, then the npm build with its own Lit', 'bundle-npm.html'],
    ['the npm build with its own Lit, then the bundle', 'npm-bundle.html'],
  ]) {
    it(`${name}: no exception, exactly one warning, every element works`, async () => {
      page = await openPage(`${FIXTURES}/${file}`);
      // Both copies have run once the load event fired (module scripts run before it).
      await sampleWorks(page.doc);
      await frames(page.win);
      expect(page.probe.errors).to.deep.equal([]);
      const warnings = ourWarnings(page.probe);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/already defined by another copy/);
    });
  }
});

describe('two copies under Trusted Types', () => {
  // Each copy of Lit creates a Trusted Types policy named "lit-html". With
  // `trusted-types lit-html` (no 'allow-duplicates') the second createPolicy() throws (Trusted
  // Types, "create a Trusted Type policy"), so the second copy does not run at all: the page keeps
  // working on the first copy. docs/robustness.md tells sites that may load two copies to add
  // 'allow-duplicates'.
  for (const file of ['two-bundles.html', 'bundle-npm.html']) {
    it(`${file}: every element works on the first copy`, async () => {
      page = await openPage(`${FIXTURES}/${file}?csp=trusted-types`);
      await sampleWorks(page.doc);
      const errors = page.probe.errors;
      expect(errors.length).to.be.at.most(1);
      errors.forEach((error) => expect(error).to.match(/policy|lit-html/i));
      expect(page.probe.violations.filter((v) => !/trusted-types/.test(v))).to.deep.equal([]);
    });
  }
});

describe('late and odd loading', () => {
  it('upgrades markup parsed before an async bundle', async () => {
    page = await openPage(`${FIXTURES}/late-async.html`);
    await sampleWorks(page.doc);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('upgrades markup inserted after the bundle ran', async () => {
    page = await openPage(`${FIXTURES}/blank.html`);
    const source = await openPage(`${FIXTURES}/two-bundles.html`, { defined: false });
    const markup = source.doc.body.innerHTML;
    source.close();
    page.doc.body.insertAdjacentHTML('beforeend', markup);
    await sampleWorks(page.doc);
    expect(page.probe.errors).to.deep.equal([]);
    expect(ourWarnings(page.probe)).to.deep.equal([]);
  });

  it('works inside another element’s shadow root', async () => {
    page = await openPage(`${FIXTURES}/blank.html`);
    const host = page.doc.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>:host{display:block;font:20px serif}</style>
      <news-article lang="fr"><h2 slot="headline">Dans une ombre</h2><p>Un paragraphe.</p>
        <video-card name="Carte" duration="PT1M" content-url="/demo/story/media/sample-clip.mp4"></video-card></news-article>`;
    page.doc.body.append(host);
    const article = shadow.querySelector<NewsArticleElement>('news-article')!;
    const card = shadow.querySelector<VideoCardElement>('video-card')!;
    await article.updateComplete;
    await card.updateComplete;
    expect(visible(article.shadowRoot!.querySelector('[part~="article"]'))).to.be.true;
    // The language comes from the nearest lang across the shadow boundary.
    await until(() => partText(card, 'kicker') == 'Vidéo', 'the card speaks French');
    const events: string[] = [];
    page.doc.addEventListener('video-card-play', (event) => events.push(event.type));
    expect(card.play()).to.be.true;
    expect(events, 'composed events reach the document').to.deep.equal(['video-card-play']);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('works in a <template> cloned later', async () => {
    page = await openPage(`${FIXTURES}/blank.html`);
    const source = await openPage(`${FIXTURES}/two-bundles.html`, { defined: false });
    const markup = source.doc.body.innerHTML;
    source.close();
    const template = page.doc.createElement('template');
    template.innerHTML = markup;
    page.doc.body.append(template);
    // Inert content: nothing upgraded, nothing requested.
    expect(template.content.querySelector('video-card')!.shadowRoot).to.equal(null);
    page.doc.body.append(template.content.cloneNode(true));
    page.doc.body.append(page.doc.importNode(template.content, true));
    const sections = [...page.doc.querySelectorAll('video-card')];
    expect(sections).to.have.length(2);
    await sampleWorks(page.doc);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('works in an <iframe srcdoc> with its own copy', async () => {
    page = await openPage(`${FIXTURES}/srcdoc.html`);
    const inner = page.doc.querySelector<HTMLIFrameElement>('#inner')!;
    await until(() => inner.contentWindow?.customElements.get('news-article'), 'the srcdoc frame defines the elements');
    const doc = inner.contentDocument!;
    const card = doc.querySelector<VideoCardElement>('video-card')!;
    await until(() => partText(card, 'title') === 'In a srcdoc frame', 'the card renders');
    await until(() => doc.querySelector<RandomImageElement>('random-image')!.shadowRoot!.querySelector('img')?.naturalWidth, 'the image loads');
    expect(card.play()).to.be.true;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('video')!.src).to.match(/\/demo\/story\/media\/sample-clip\.mp4$/);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('resolves relative URLs against a <base href> that points elsewhere, like native elements do', async () => {
    page = await openPage(`${FIXTURES}/base.html`);
    const card = page.doc.querySelector<VideoCardElement>('video-card')!;
    await card.updateComplete;
    const poster = card.shadowRoot!.querySelector('img')!;
    await until(() => poster.complete && poster.naturalWidth > 0, 'the poster loads from the base');
    expect(poster.src).to.match(/\/demo\/story\/images\/poster-about-that-640\.jpg$/);
    const image = page.doc.querySelector<RandomImageElement>('random-image')!;
    await until(() => image.shadowRoot!.querySelector('img')?.naturalWidth, 'the random image loads from the base');
    // The story file is found through the base; its own relative URLs resolve against the file.
    const article = page.doc.querySelector<NewsArticleElement>('news-article')!;
    await until(() => article.shadowRoot!.querySelector('[part~="figure"] img'), 'the story renders');
    const figure = article.shadowRoot!.querySelector<HTMLImageElement>('[part~="figure"] img')!;
    expect(new URL(figure.src).pathname).to.match(/^\/demo\/story\/images\//);
    card.play();
    await card.updateComplete;
    expect(new URL(card.shadowRoot!.querySelector('video')!.src).pathname).to.equal('/demo/story/media/sample-clip.mp4');
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('lays out right to left in a dir="rtl" page', async () => {
    page = await openPage(`${FIXTURES}/rtl.html`);
    await sampleWorks(page.doc, { play: false });
    const wide = page.doc.querySelector<VideoCardElement>('#wide')!;
    // Cards past the first few render in tasks of their own: this one may not have yet.
    await wide.updateComplete;
    await scrolledTo(wide);
    const poster = wide.shadowRoot!.querySelector('[part~="poster"]')!.getBoundingClientRect();
    const title = wide.shadowRoot!.querySelector('[part~="title"]')!.getBoundingClientRect();
    // Poster beside the text, on the start side: the right in a right-to-left page.
    expect(poster.left).to.be.greaterThan(title.left);
    expect(page.win.getComputedStyle(wide.shadowRoot!.querySelector('[part~="title"]')!).direction).to.equal('rtl');
    // Text stays inside the element's box.
    const box = wide.getBoundingClientRect();
    expect(title.left).to.be.at.least(box.left - 1);
    expect(title.right).to.be.at.most(box.right + 1);
    expect(page.probe.errors).to.deep.equal([]);
  });
});
