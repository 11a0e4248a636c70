import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fill, langAttrOf, localeOf, plural, registerLocale, stringsFor, type Locale } from '../../src/shared/i18n.js';
import { SHIPPED, dirOf, localeTag } from '../../src/locales/index.js';
import en from '../../src/locales/en.js';

/** A shipped language's module, as the elements fetch it. */
const load = async (tag: string): Promise<Locale> => (await import(`../../src/locales/${tag}.js`)).default;
const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];

// Room for every request of this page in the resource timeline (250 by default).
performance.setResourceTimingBufferSize(5000);

describe('i18n', () => {
  it('ships every language of the list, each with every key translated and the same placeholders as English', async () => {
    expect(SHIPPED).to.include.members(['ar', 'de', 'he', 'ja', 'pl', 'ru', 'hi', 'zh-Hans', 'zh-Hant', 'pt', 'pt-PT', 'nb']);
    expect(SHIPPED.length).to.be.at.least(33);
    const keys = Object.keys(en).filter((key) => !key.endsWith('PerMinute'));
    for (const tag of SHIPPED) {
      const strings = await load(tag);
      for (const key of keys) {
        const value = strings[key as keyof Locale];
        expect(value, `${tag}: ${key}`).to.exist;
        if (key == 'minRead') continue;
        expect(value, `${tag}: ${key}`).to.be.a('string').and.not.empty;
        expect(placeholders(value as string), `${tag}: ${key}`).to.deep.equal(placeholders(en[key as keyof typeof en] as string));
        if (tag != 'en' && !['duration'].includes(key)) expect(value, `${tag}: ${key} is translated`).not.to.equal(en[key as keyof typeof en]);
      }
    }
  });

  it('has a reading-time form for every plural category each language has', async () => {
    for (const tag of SHIPPED) {
      const { minRead } = await load(tag);
      const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
      for (const category of Object.keys(minRead)) expect(['zero', 'one', 'two', 'few', 'many', 'other'], `${tag}: ${category}`).to.include(category);
      // An engine whose plural data is older or newer than the modules' falls back to `other`.
      // (English, built into the bundle, writes its one form as `other`: "1 min read", "5 min read".)
      const missing = categories.filter((category) => !(category in minRead) && category != 'many' && tag != 'en');
      expect(missing, `${tag}: categories without a form`).to.deep.equal([]);
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) expect(plural(minRead, n, tag), `${tag} ${n}`).to.match(/\d|[٠-٩۰-۹०-९০-৯]/);
    }
  });

  it('picks the closest shipped language for a tag', () => {
    const cases: [string, string][] = [
      ['de-AT', 'de'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['pt-BR', 'pt'],
      ['pt-PT', 'pt-PT'],
      ['no', 'nb'],
      ['nb-NO', 'nb'],
      ['iw', 'he'],
      ['ar-EG', 'ar'],
      ['lv', 'en'],
      ['', 'en'],
      ['not a tag!', 'en'],
    ];
    for (const [lang, tag] of cases) expect(localeTag(lang), lang).to.equal(tag);
  });

  it('knows which languages run right to left', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-MA', 'ps', 'yi']) expect(dirOf(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'ja', 'zh-Hant', 'hi', 'ru', 'az-Latn', '', 'x_1']) expect(dirOf(lang), lang).to.equal('ltr');
  });

  it('gives a locale Intl accepts', () => {
    expect(localeOf('fr-CA')).to.equal('fr-CA');
    expect(localeOf('not a tag!')).to.equal('en');
    expect(localeOf('')).to.equal('en');
  });

  it('fetches nothing for English, and the loader and one module for another language', async () => {
    const fetched = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => /\/locales\/(?!en\.)/.test(path));
    const before = fetched().length;
    for (const lang of ['en', 'en-GB', 'EN-us', '']) expect(stringsFor(lang)!.watch).to.equal('Watch');
    expect(fetched().length).to.equal(before);
    expect(stringsFor('sv-FI')).to.equal(undefined);
    await waitUntil(() => stringsFor('sv-FI'), 'Swedish never arrived');
    const after = fetched().slice(before).map((path) => path.replace(/\.ts$/, '.js'));
    // The loader and Swedish (each once for the page: this file's first test already imported every
    // language module), nothing else.
    expect(after.filter((path) => !/\/locales\/(index|sv)\.js$/.test(path))).to.deep.equal([]);
    expect(stringsFor('sv-FI')!.watch).to.equal((await load('sv')).watch);
  });

  it('gives English at once and another language once its module has arrived', async () => {
    expect(stringsFor('en-GB')!.watch).to.equal('Watch');
    // Finnish is used by no other test: the first ask starts its fetch.
    expect(stringsFor('fi')).to.equal(undefined);
    await waitUntil(() => stringsFor('fi'), 'Finnish never arrived');
    expect(stringsFor('fi')!.watch).to.equal((await load('fi')).watch);
  });

  it('lets a host add a language and correct strings of a shipped one', async () => {
    registerLocale('lv', { watch: 'Skatīties', by: 'Autors: {authors}' });
    await waitUntil(() => stringsFor('lv'), 'Latvian never settled');
    const lv = stringsFor('lv')!;
    expect(lv.watch).to.equal('Skatīties');
    expect(lv.by).to.equal('Autors: {authors}');
    // Keys it left out come from English.
    expect(lv.readStory).to.equal(en.readStory);
    registerLocale('en', { watch: 'Video' });
    expect(stringsFor('en')!.watch).to.equal('Video');
    registerLocale('en', { watch: en.watch });
    // A correction to a shipped language keeps the rest of it.
    registerLocale('de-AT', { watch: 'Im Video' });
    await waitUntil(() => stringsFor('de-AT'), 'German never arrived');
    expect(stringsFor('de-AT')!.watch).to.equal('Im Video');
    expect(stringsFor('de-AT')!.readStory).to.equal((await load('de')).readStory);
    expect(stringsFor('de-AT')!.dir).to.equal('ltr');
    await waitUntil(() => stringsFor('ar'), 'Arabic never arrived');
    expect(stringsFor('ar')!.dir).to.equal('rtl');
  });

  it('places a value where the language puts it', () => {
    expect(fill('By {authors}', 'Ada')).to.deep.equal(['By ', 'Ada', '']);
    expect(fill('{authors} 기자', 'Ada')).to.deep.equal(['', 'Ada', ' 기자']);
    expect(fill('Play video: {title}', 'A $& title').join('')).to.equal('Play video: A $& title');
  });

  it('takes the language from the element, then the nearest ancestor, across shadow roots', async () => {
    const root = await fixture(html`
      <div lang="fr-CA">
        <section><span id="inherits"></span></section>
        <span id="own" lang="es"></span>
      </div>
    `);
    expect(langAttrOf(root.querySelector('#inherits')!)).to.equal('fr-CA');
    expect(langAttrOf(root.querySelector('#own')!)).to.equal('es');
    const host = await fixture(html`<div lang="ar"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(langAttrOf(shadow.querySelector('p')!)).to.equal('ar');
  });
});
