import { expect, fixture, html } from '@open-wc/testing';
import { langOf, localeOf, t } from '../../src/shared/i18n.js';

describe('i18n', () => {
  const keys = [
    'watch', 'playVideo', 'pause', 'play', 'aboutAuthor', 'minRead',
    'published', 'updated', 'duration', 'credit', 'related',
  ] as const;

  it('has every UI string in English, Spanish and French, each translated', () => {
    for (const key of keys) {
      const [en, es, fr] = (['en', 'es', 'fr'] as const).map((lang) => t(lang, key, { n: 7 }));
      expect(en, key).to.be.a('string').and.not.empty;
      expect(es, key).to.be.a('string').and.not.empty;
      expect(fr, key).to.be.a('string').and.not.empty;
    }
    expect(t('en', 'watch')).to.equal('Watch');
    expect(t('es', 'watch')).to.equal('Ver');
    expect(t('fr', 'aboutAuthor')).to.equal('À propos de l’auteur');
  });

  it('fills placeholders', () => {
    expect(t('en', 'minRead', { n: 7 })).to.equal('7 min read');
    expect(t('es', 'minRead', { n: 3 })).to.equal('3 min de lectura');
    expect(t('fr', 'minRead', { n: 12 })).to.equal('12 min de lecture');
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
