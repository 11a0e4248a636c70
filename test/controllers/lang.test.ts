import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { LangHost } from './hosts.js';
import { registerLocale } from '../../src/shared/i18n.js';
import { uniqueTag } from '../helpers.js';

const tag = uniqueTag('lang-host');
customElements.define(tag, LangHost);
const host = unsafeStatic(tag);
const shown = (el: Element) => el.shadowRoot?.querySelector('p')?.textContent ?? '-';

/** The text `el` shows once its language's strings are here (a module fetched the first time). */
async function text(el: Element) {
  await waitUntil(() => !shown(el).startsWith('-'), `no strings for ${shown(el)}`);
  return shown(el);
}

/** The text `el` shows once the page's lang observer has reported (a microtask later) and `el` re-rendered. */
async function textAfterChange(el: LangHost) {
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
  return text(el);
}

describe('LangController', () => {
  const saved = document.documentElement.getAttribute('lang');
  afterEach(() => {
    fixtureCleanup();
    if (saved === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', saved);
  });

  it('takes the host’s own lang, else the nearest ancestor’s, else English', async () => {
    document.documentElement.removeAttribute('lang');
    const root = await fixture(html`<div lang="fr-CA">${staticHtml`<${host} id=a></${host}><${host} id=b lang=es></${host}>`}</div>`);
    const plain = await fixture(staticHtml`<${host}></${host}>`);
    expect(await text(root.querySelector('#a')!)).to.equal('Vidéo fr-CA');
    expect(await text(root.querySelector('#b')!)).to.equal('Vídeo es');
    expect(await text(plain)).to.equal('Watch en');
  });

  it('follows a later change of <html lang>, an ancestor’s lang and its own', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const root = await fixture(html`<section><div>${staticHtml`<${host}></${host}>`}</div></section>`);
    const el = root.querySelector(tag) as LangHost;
    expect(await text(el)).to.equal('Watch en');

    document.documentElement.setAttribute('lang', 'es');
    expect(await textAfterChange(el)).to.equal('Vídeo es');

    root.setAttribute('lang', 'fr');
    expect(await textAfterChange(el)).to.equal('Vidéo fr');

    el.setAttribute('lang', 'es-MX');
    expect(await textAfterChange(el)).to.equal('Vídeo es-MX');
  });

  it('follows an ancestor across a shadow root', async () => {
    const outer = await fixture(html`<div lang="en"></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const el = document.createElement(tag) as LangHost;
    shadow.append(el);
    await el.updateComplete;
    expect(await text(el)).to.equal('Watch en');
    outer.setAttribute('lang', 'fr');
    expect(await textAfterChange(el)).to.equal('Vidéo fr');
  });

  it('re-renders only the hosts whose language changed', async () => {
    const root = await fixture(html`<div><p lang="en">${staticHtml`<${host}></${host}>`}</p><p lang="es">${staticHtml`<${host}></${host}>`}</p></div>`);
    const [en, es] = [...root.querySelectorAll(tag)] as LangHost[];
    await text(es!);
    await text(en!);
    await import('../../src/locales/fr.js').then(({ default: fr }) => expect(fr.watch).to.equal('Vidéo'));
    // French is loaded once, before the change, so the change costs exactly one render.
    const fr = document.createElement(tag);
    fr.lang = 'fr';
    root.append(fr);
    await text(fr);
    const before = [en!.renders, es!.renders];
    root.querySelector('[lang=es]')!.setAttribute('lang', 'fr');
    await new Promise((resolve) => setTimeout(resolve));
    await es!.updateComplete;
    expect(await text(es!)).to.equal('Vidéo fr');
    expect([en!.renders, es!.renders]).to.deep.equal([before[0], before[1]! + 1]);
  });

  it('re-renders, when a language arrives or is registered, only the hosts that speak it', async () => {
    const root = await fixture(html`<div><p lang="en">${staticHtml`<${host}></${host}>`}</p><p lang="nl-BE">${staticHtml`<${host}></${host}>`}</p></div>`);
    const [en, nl] = [...root.querySelectorAll(tag)] as LangHost[];
    expect(await text(en!)).to.equal('Watch en');
    expect(await text(nl!)).to.equal('Video nl-BE');
    const before = [en!.renders, nl!.renders];
    registerLocale('NL-be', { watch: 'Bekijk' });
    await nl!.updateComplete;
    expect(await text(nl!)).to.equal('Bekijk nl-BE');
    expect([en!.renders, nl!.renders]).to.deep.equal([before[0], before[1]! + 1]);
  });

  it('uses one MutationObserver for the whole page, and none once every host has gone', async () => {
    const Original = window.MutationObserver;
    let created = 0;
    let disconnected = 0;
    window.MutationObserver = class extends Original {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
      override disconnect() {
        disconnected++;
        super.disconnect();
      }
    };
    try {
      const root = await fixture(html`<div>${Array.from({ length: 20 }, () => staticHtml`<${host}></${host}>`)}</div>`);
      expect(created).to.equal(1);
      root.remove();
      expect(disconnected).to.equal(1);
    } finally {
      window.MutationObserver = Original;
    }
  });

  it('looks a locale up only when something formats: a lead image and a light-DOM story wake no Intl locale data', async () => {
    // The first locale lookup of a page loads Intl's data (tens of milliseconds on a slow phone):
    // it must not stand between the bundle and the lead image's request.
    const original = Intl.DateTimeFormat.supportedLocalesOf;
    const asked: string[] = [];
    Intl.DateTimeFormat.supportedLocalesOf = ((locales: string | string[], options?: Intl.DateTimeFormatOptions) => {
      asked.push(String(locales));
      return original.call(Intl.DateTimeFormat, locales, options);
    }) as typeof original;
    try {
      const root = await fixture(html`<div lang="de">
        <random-image><img src="/test/fixtures/random-image/red.svg" alt="Red"></random-image>
        <news-article><h2 slot="headline">Schlagzeile</h2><p>Text.</p></news-article>
      </div>`);
      const image = root.querySelector('random-image')!;
      const article = root.querySelector('news-article')!;
      await waitUntil(() => image.shadowRoot?.querySelector('img') && article.shadowRoot?.querySelector('article'), 'elements rendered');
      expect(asked).to.deep.equal([]);
      // A host that formats looks its locale up once.
      const el = await fixture<LangHost>(html`<div lang="de">${staticHtml`<${host}></${host}>`}</div>`);
      expect(await text(el.firstElementChild!)).to.equal('Video de');
      expect(asked).to.deep.equal(['de']);
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = original;
    }
  });
});
