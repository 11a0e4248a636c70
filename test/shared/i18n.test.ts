import { expect, fixture, html } from '@open-wc/testing';
import { ABOUT_AUTHOR, MIN_READ, UPDATED, WATCH, langAttrOf, langOf as langOfTag, localeOf as localeOfTag, stringsFor } from '../../src/shared/i18n.js';

const langOf = (el: Element) => langOfTag(langAttrOf(el));
const localeOf = (el: Element) => localeOfTag(langAttrOf(el));
const strings = (el: Element) => stringsFor(langOf(el));

describe('i18n', () => {
  const inLang = (lang: string) => strings(Object.assign(document.createElement('span'), { lang }));

  it('has every UI string in English, Spanish and French, each translated', () => {
    const [en, es, fr] = ['en', 'es', 'fr'].map(inLang);
    expect(en.length).to.be.greaterThan(UPDATED);
    expect(es).to.have.length(en.length);
    expect(fr).to.have.length(en.length);
    for (const table of [en, es, fr]) table.forEach((text, i) => expect(text, `string ${i}`).to.be.a('string').and.not.empty);
    expect(en[WATCH]).to.equal('Watch');
    expect(es[WATCH]).to.equal('Ver');
    expect(fr[ABOUT_AUTHOR]).to.equal('À propos de l’auteur');
    expect([en[MIN_READ], es[MIN_READ], fr[MIN_READ]]).to.deep.equal(['min read', 'min de lectura', 'min de lecture']);
  });

  it('falls back to English for a language it does not have', () => {
    expect(inLang('de')).to.deep.equal(inLang('en'));
    expect(inLang('es-MX')).to.deep.equal(inLang('es'));
  });

  it('takes the language from the element, then the nearest ancestor', async () => {
    const root = await fixture(html`
      <div lang="fr-CA">
        <section><span id="inherits"></span></section>
        <span id="own" lang="es"></span>
        <span id="unknown" lang="de"></span>
      </div>
    `);
    expect(langOf(root.querySelector('#inherits')!)).to.equal('fr');
    expect(localeOf(root.querySelector('#inherits')!)).to.equal('fr-CA');
    expect(langOf(root.querySelector('#own')!)).to.equal('es');
    expect(langOf(root.querySelector('#unknown')!)).to.equal('en');
  });

  it('inherits the language across a shadow root', async () => {
    const host = await fixture(html`<div lang="es"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(langOf(shadow.querySelector('p')!)).to.equal('es');
  });

  it('falls back to English with no lang anywhere, and survives an invalid tag', async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture(html`<span></span>`);
      expect(langOf(el)).to.equal('en');
      el.setAttribute('lang', 'not a tag!');
      expect(langOf(el)).to.equal('en');
      expect(localeOf(el)).to.equal('en');
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });
});
