// A story in its own language on an English page: the chrome in that language from the first
// frame it shows, the story's `lang` and direction on what it renders, reading time as that
// language reads. Every test page here is `<html lang="en">`, the normal case of an embed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../../src/define.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

// English chrome words, as `<news-article>` and `<video-card>` render them.
const ENGLISH = /\b(By|Published|Updated|min read|Watch|Play video|Duration|Credit|About the author|Check also|Loading story)\b/;

interface Case {
  lang: string;
  headline: string;
  body: string;
  author: string;
  rtl?: boolean;
}

// Headlines and bodies written for these tests in each language (no English words in them).
const CASES: Case[] = [
  { lang: 'ar', headline: 'افتتاح مكتبة جديدة في وسط المدينة', body: 'افتتحت البلدية اليوم مكتبة عامة جديدة.\nيقول السكان إنها تأخرت كثيرًا.', author: 'ليلى حداد', rtl: true },
  { lang: 'he', headline: 'ספרייה חדשה נפתחה במרכז העיר', body: 'העירייה פתחה היום ספרייה ציבורית חדשה.\nהתושבים אומרים שהיא איחרה לבוא.', author: 'נועה לוי', rtl: true },
  { lang: 'ja', headline: '市中心部に新しい図書館が開館', body: '市は本日、新しい公共図書館を開館した。\n住民からは待ち望んでいたとの声が上がった。', author: '山田花子' },
  { lang: 'zh', headline: '市中心新图书馆开馆', body: '市政府今天开放了一座新的公共图书馆。\n居民们表示期待已久。', author: '王小明' },
  { lang: 'de', headline: 'Neue Bibliothek in der Innenstadt eröffnet', body: 'Die Stadt hat heute eine neue öffentliche Bibliothek eröffnet.\nDie Anwohner sagen, sie sei überfällig.', author: 'Anna Schmidt' },
  { lang: 'pl', headline: 'Nowa biblioteka w centrum miasta', body: 'Miasto otworzyło dziś nową bibliotekę publiczną.\nMieszkańcy mówią, że czekali na nią długo.', author: 'Anna Kowalska' },
  { lang: 'ru', headline: 'В центре города открылась новая библиотека', body: 'Сегодня город открыл новую публичную библиотеку.\nЖители говорят, что ждали её давно.', author: 'Анна Иванова' },
  { lang: 'hi', headline: 'शहर के बीच नया पुस्तकालय खुला', body: 'नगर निगम ने आज एक नया सार्वजनिक पुस्तकालय खोला।\nनिवासियों का कहना है कि इसका लंबा इंतज़ार था।', author: 'अनीता शर्मा' },
];

const jsonLd = (c: Case, extra: object = {}) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    inLanguage: c.lang,
    headline: c.headline,
    articleBody: c.body,
    author: { '@type': 'Person', name: c.author },
    datePublished: '2024-03-07T09:00:00Z',
    dateModified: '2024-03-08T09:00:00Z',
    image: [{ '@type': 'ImageObject', url: '/test/fixtures/random-image/blue.svg', width: 800, height: 450 }],
    video: { '@type': 'VideoObject', name: c.headline, duration: 'PT1M5S', contentUrl: '/demo/story/media/sample-clip.mp4', uploadDate: '2024-03-07' },
    ...extra,
  }).replace(/</g, '\\u003c');

/** Every text the element's shadow root (and the shadow roots inside it) shows, at every change, until `done`. */
function recordTexts(el: Element) {
  const seen: string[] = [];
  const text = (root: Node): string =>
    [...root.childNodes].map((node) => (node instanceof Element && node.shadowRoot ? text(node.shadowRoot) : '') + (node.nodeType == 3 ? node.textContent : node instanceof Element ? text(node) + ' ' + (node.getAttribute('aria-label') ?? '') : '')).join(' ');
  const observer = new MutationObserver(() => seen.push(text(el.shadowRoot!)));
  const watch = () => observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return { seen, watch, stop: () => observer.disconnect(), text: () => text(el.shadowRoot!) };
}

describe('<news-article> in the story’s own language', () => {
  before(() => document.documentElement.setAttribute('lang', 'en'));

  it('an English story on an English page fetches no language module', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article><script type="application/ld+json">${unsafeHTML(jsonLd({ lang: 'en', headline: 'A new library opens', body: 'The city opened a library.', author: 'Ada Park' }))}</script></news-article>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part=headline]'));
    expect(el.shadowRoot!.querySelector('[part=byline]')!.textContent).to.match(/By\s+Ada Park/);
    expect(performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/locales/') && !/\/en\.(js|ts)/.test(name))).to.deep.equal([]);
  });

  for (const c of CASES) {
    it(`${c.lang}: chrome in ${c.lang} from the first frame, the story's lang and ${c.rtl ? 'rtl' : 'ltr'} direction`, async () => {
      const el = document.createElement('news-article') as NewsArticleElement;
      el.innerHTML = `<script type="application/ld+json">${jsonLd(c)}</script>`;
      const record = recordTexts(el);
      const loaded = new Promise((resolve) => el.addEventListener('news-article-load', resolve, { once: true }));
      const wrapper = await fixture(html`<div></div>`);
      wrapper.append(el);
      record.watch();
      await loaded;
      const headline = el.shadowRoot!.querySelector<HTMLElement>('[part=headline]')!;
      await waitUntil(() => el.shadowRoot!.querySelector('video-card')?.shadowRoot?.querySelector('[part=kicker]'), 'the video card never rendered');
      record.stop();
      const final = record.text();
      for (const text of [...record.seen, final]) expect(text, 'English chrome at some moment').not.to.match(ENGLISH);
      expect(final).to.include(c.headline).and.include(c.author);
      expect(headline.closest('[lang]')!.getAttribute('lang')).to.equal(c.lang);
      expect(getComputedStyle(headline).direction).to.equal(c.rtl ? 'rtl' : 'ltr');
      const card = el.shadowRoot!.querySelector('video-card')!;
      expect(getComputedStyle(card.shadowRoot!.querySelector('[part=title]')!).direction).to.equal(c.rtl ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }

  it('<news-article lang="ar"> with light-DOM content runs right to left on an English page', async () => {
    const el = await fixture<NewsArticleElement>(html`<news-article lang="ar"><h2 slot="headline">افتتاح مكتبة جديدة</h2><p>افتتحت البلدية اليوم مكتبة عامة جديدة.</p></news-article>`);
    expect(getComputedStyle(el.querySelector('h2')!).direction).to.equal('rtl');
    expect(getComputedStyle(el.querySelector('p')!).direction).to.equal('rtl');
    expect(el.shadowRoot!.querySelector('[part=article]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('an English story on a right-to-left page runs left to right', async () => {
    const wrapper = await fixture(html`<div lang="ar" dir="rtl"><news-article><script type="application/ld+json">${unsafeHTML(jsonLd({ lang: 'en', headline: 'A new library opens', body: 'The city opened a library.', author: 'Ada Park' }))}</script></news-article></div>`);
    const el = wrapper.querySelector('news-article')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part=headline]'));
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part=headline]')!).direction).to.equal('ltr');
    expect(el.shadowRoot!.querySelector('[part=byline]')!.textContent).to.match(/By\s+Ada Park/);
  });

  it('takes inLanguage in the forms publishers write, and the element’s own lang first', async () => {
    const forms = ['de-DE', { '@type': 'Language', name: 'German', alternateName: 'de' }, ['de']];
    for (const inLanguage of forms) {
      const c = { ...CASES[4]!, lang: 'de' };
      const el = await fixture<NewsArticleElement>(html`<news-article .story=${JSON.parse(jsonLd(c, { inLanguage }))}></news-article>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part=byline]'), 'no byline');
      expect(el.shadowRoot!.querySelector('[part=article]')!.getAttribute('lang'), JSON.stringify(inLanguage)).to.match(/^de/);
    }
    const own = await fixture<NewsArticleElement>(html`<news-article lang="pl" .story=${JSON.parse(jsonLd(CASES[4]!))}></news-article>`);
    await waitUntil(() => own.shadowRoot!.querySelector('[part=byline]'), 'no byline');
    expect(own.shadowRoot!.querySelector('[part=article]')!.getAttribute('lang')).to.equal('pl');
  });

  it('reads a 10,000-character Japanese body in 15 to 30 minutes, and a Polish one with Polish plurals', async () => {
    const sentence = '市は本日、新しい公共図書館を開館し、住民からは待ち望んでいたとの声が上がった。';
    const body = sentence.repeat(Math.ceil(10000 / sentence.length)).slice(0, 10000);
    const el = await fixture<NewsArticleElement>(html`<news-article .story=${{ '@type': 'NewsArticle', inLanguage: 'ja', headline: '図書館', articleBody: body }}></news-article>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.read'), 'no reading time');
    const minutes = Number(/(\d+)分/.exec(el.shadowRoot!.querySelector('.read')!.textContent!)?.[1]);
    expect(minutes).to.be.within(15, 30);

    const words = (n: number) => Array.from({ length: n }, () => 'słowo').join(' ');
    const times = [];
    for (const n of [166, 166 * 3, 166 * 5]) {
      const pl = await fixture<NewsArticleElement>(html`<news-article .story=${{ '@type': 'NewsArticle', inLanguage: 'pl', headline: 'Biblioteka', articleBody: words(n) }}></news-article>`);
      await waitUntil(() => pl.shadowRoot!.querySelector('.read'), 'no reading time');
      times.push(pl.shadowRoot!.querySelector('.read')!.textContent!.trim());
    }
    // One, few and many: three different forms of the word for minutes.
    expect(new Set(times.map((time) => time.replace(/\d+/, ''))).size).to.equal(3);
  });
});
