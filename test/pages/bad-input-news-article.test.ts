// <news-article> fed bad input: `src` URLs and responses, child JSON-LD, the `story` property and
// attributes. See matrix.ts for what every row checks.
import { expect } from '@open-wc/testing';
import { HUGE, UNSAFE_URLS, XSS, runMatrix, type BadInput, type Context } from './matrix.js';
import { deepElements, visible } from './helpers.js';
import { partText, sleep, token, until } from '../helpers.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';

type Row = BadInput<NewsArticleElement>;
const sr = (el: NewsArticleElement) => el.shadowRoot!;
const STORY = { '@type': 'NewsArticle', headline: 'A good story', articleBody: 'First.\n\nSecond.' };
const respond = (body: string, { type = 'application/json', status = 200, delay = 0 } = {}) =>
  `/__respond?status=${status}&type=${encodeURIComponent(type)}&delay=${delay}&body=${encodeURIComponent(body)}&${token()}`;
const ld = (text: string) => (el: NewsArticleElement, doc: Document) => {
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = text;
  el.append(script);
};
const story = (fields: object) => ld(JSON.stringify({ '@type': 'NewsArticle', ...fields }));

/** The story cannot be shown: the localized error box, and the host's content visible beside it. */
const failed = (message = 'This story could not be loaded.') => (el: NewsArticleElement, ctx: Context) => {
  const box = sr(el).querySelector('[part~="error"]')!;
  expect(visible(box)).to.be.true;
  expect(box.getAttribute('role')).to.equal('alert');
  expect(box.textContent!.trim()).to.equal(message);
  expect(visible(ctx.hostContent), 'the host content shows').to.be.true;
};
/** The story shows (and the host's content, its fallback, is hidden but kept). */
const rendered = (headline = 'A good story') => (el: NewsArticleElement, ctx: Context) => {
  expect(partText(el, 'headline')).to.equal(headline);
  expect(sr(el).querySelector('[part~="error"]')).to.equal(null);
  expect(visible(ctx.hostContent)).to.be.false;
};
/** Waits for the story's outcome: loaded, or an error (which the row then reports). */
const loaded = (el: NewsArticleElement, ctx: Context) =>
  until(() => ctx.events.some((e) => e.type === 'news-article-load') || ctx.reasons.length, 'news-article-load or -error');
/** No link or image of the story points anywhere but http(s) (or a checked mailto:). */
const safeLinks = (el: NewsArticleElement) => {
  for (const node of deepElements(sr(el))) {
    for (const name of ['href', 'src', 'srcset', 'poster']) {
      const value = node.getAttribute(name);
      if (value !== null) expect(value, `${node.localName}[${name}]`).to.match(/^(https?:\/\/localhost[:/]|https?:\/\/127\.0\.0\.1[:/]|https:\/\/www\.cbc\.ca\/|\/|mailto:[^?]+$)/);
    }
  }
};

const rows: Row[] = [
  // src URLs the policy refuses
  { name: 'empty src', attrs: { src: '' }, reasons: ['invalid-url'], check: failed() },
  ...UNSAFE_URLS.map((src): Row => ({ name: `unsafe src ${JSON.stringify(src)}`, attrs: { src }, reasons: ['invalid-url'], check: failed() })),
  { name: 'unsafe src, localized (fr)', lang: 'fr', attrs: { src: 'javascript:__xss()' }, reasons: ['invalid-url'], check: failed('Cet article n’a pas pu être chargé.') },
  // src responses
  { name: 'src 404', attrs: { src: `/__status/404?${token()}` }, reasons: ['http'], check: failed() },
  { name: 'src 500', attrs: { src: `/__status/500?${token()}` }, reasons: ['http'], check: failed() },
  { name: 'src answered with HTML and a script', attrs: { src: respond('<script>parent.__xss()</script>', { type: 'text/html' }) }, reasons: ['content-type'], check: failed() },
  { name: 'src answered with JSON as text/plain', attrs: { src: respond(JSON.stringify(STORY), { type: 'text/plain' }) }, reasons: ['content-type'], check: failed() },
  { name: 'src answered with malformed JSON', attrs: { src: respond('{"headline": "x",') }, reasons: ['invalid-json'], check: failed() },
  { name: 'src answered with an empty body', attrs: { src: respond('') }, reasons: ['invalid-json'], check: failed() },
  ...['[1, 2]', '"a story"', 'null', '42', '{}', '{"@graph": 5}'].map((body): Row => ({
    name: `src answered with JSON that is not a story: ${body}`,
    attrs: { src: respond(body) },
    reasons: ['invalid-story'],
    check: failed(),
  })),
  { name: 'src answered with JSON nested 20,000 deep', attrs: { src: `/test/fixtures/pages/deep.json?${token()}` }, reasons: [['invalid-story'], ['invalid-json']], check: failed() },
  { name: 'src too slow for the timeout', attrs: { src: respond(JSON.stringify(STORY), { delay: 3000 }), timeout: '300' }, reasons: ['timeout'], check: failed() },
  { name: 'src unreachable (connection refused)', attrs: { src: `http://127.0.0.1:9/story.json?${token()}` }, reasons: ['network'], check: failed() },
  {
    name: 'src that never answers, then removal: the fetch is aborted, nothing is reported',
    attrs: { src: `/__hang?${token()}` },
    reasons: [],
    then: async (el, ctx) => {
      await until(() => ctx.page.probe.fetches.some((f) => f.url.includes('/__hang')), 'the fetch starts');
      expect(sr(el).querySelector('[part~="skeleton"]')).to.exist;
      el.remove();
      const fetch = ctx.page.probe.fetches.filter((f) => f.url.includes('/__hang')).at(-1)!;
      await until(() => fetch.signal?.aborted, 'the fetch is aborted');
      await sleep(50);
      el.parentNode || ctx.doc.body.lastElementChild!.append(el);
      el.remove();
    },
  },
  {
    name: 'src changed while the first answer is slow: the stale answer is ignored',
    attrs: { src: respond(JSON.stringify({ ...STORY, headline: 'Stale' }), { delay: 600 }) },
    then: async (el, ctx) => {
      el.src = respond(JSON.stringify(STORY));
      await loaded(el, ctx);
      await sleep(800);
    },
    reasons: [],
    check: (el, ctx) => {
      rendered()(el, ctx);
      expect(ctx.events.filter((e) => e.type === 'news-article-load')).to.have.length(1);
    },
  },
  ...['abc', '-1', 'NaN'].map((timeout): Row => ({
    name: `timeout "${timeout}" falls back to the default: a good src loads`,
    attrs: { src: respond(JSON.stringify(STORY), { delay: 100 }), timeout },
    then: loaded,
    reasons: [],
    check: rendered(),
  })),
  // Child JSON-LD
  { name: 'malformed JSON-LD', children: ld('{"@type": "NewsArticle", "headline": '), reasons: ['invalid-json'], check: failed() },
  { name: 'empty JSON-LD script', children: ld('  '), reasons: ['invalid-json'], check: failed() },
  ...['[1, 2]', '"a story"', 'null', 'true', '{"@graph": [{"@type": "Person", "name": "x"}]}'].map((json): Row => ({
    name: `JSON-LD that is not a story: ${json}`,
    children: ld(json),
    reasons: ['invalid-story'],
    check: failed(),
  })),
  ...XSS.map((payload): Row => ({
    name: `HTML/script payload in every text field: ${payload}`,
    children: story({
      headline: payload,
      alternativeHeadline: payload,
      articleSection: payload,
      author: { '@type': 'Person', name: payload, jobTitle: payload, description: payload },
      publisher: payload,
      image: [{ url: '/test/fixtures/news-article/a.png', caption: payload, description: payload, creditText: payload }],
      video: { '@type': 'VideoObject', name: payload, description: payload, contentUrl: '/demo/story/media/sample-clip.mp4' },
      isBasedOn: { name: payload, url: 'https://www.cbc.ca/' },
      relatedLink: [{ name: payload, url: 'https://www.cbc.ca/news' }],
      newsEmbedBody: [
        { type: 'paragraph', text: payload },
        { type: 'heading', text: payload },
        { type: 'quote', text: payload, cite: payload },
        { type: 'image', image: 0 },
        { type: 'video', video: 0 },
      ],
    }),
    reasons: [],
    check: async (el) => {
      await el.updateComplete;
      // Tags publishers leave in text fields are dropped; what remains shows as text.
      const shown = payload.replace(/<\/?[a-z][^<>]*>/gi, '').trim();
      expect(partText(el, 'headline')).to.equal(shown);
      expect(partText(el, 'dek')).to.equal(shown);
      expect(sr(el).querySelector('[part~="body"] p')?.textContent ?? '').to.equal(shown);
      const card = sr(el).querySelector('video-card')!;
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      if (shown) expect(partText(card, 'title')).to.equal(shown);
      safeLinks(el);
    },
  })),
  {
    name: 'unsafe URLs in every URL field are left out with warnings',
    children: story({
      headline: 'A good story',
      articleBody: 'Body.',
      image: ['javascript:__xss()', { url: 'data:image/png;base64,AAAA' }, { contentUrl: '//evil.example/a.png' }, '/test/fixtures/news-article/a.png'],
      author: [
        { '@type': 'Person', name: 'A', url: 'vbscript:msgbox(1)', image: 'https://u:p@example.com/a.png', email: 'a@example.com?body=<script>', jobTitle: 'Reporter' },
      ],
      isBasedOn: { name: 'Source', url: 'javascript:__xss()' },
      relatedLink: ['javascript:__xss()', { name: 'Data', url: 'data:text/html,<script>__xss()</script>' }],
      video: { '@type': 'VideoObject', name: 'V', contentUrl: 'javascript:__xss()', thumbnailUrl: '//evil.example/p.jpg' },
    }),
    reasons: [],
    warns: true,
    check: async (el, ctx) => {
      rendered()(el, ctx);
      await (sr(el).querySelector('video-card') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      safeLinks(el);
      expect(ctx.warnings().length).to.be.at.least(6);
    },
  },
  {
    name: 'invalid dates are left out with warnings',
    children: story({ ...STORY, datePublished: 'yesterday', dateModified: '2024-02-31' }),
    reasons: [],
    warns: true,
    check: (el, ctx) => {
      rendered()(el, ctx);
      expect(sr(el).querySelector('time')).to.equal(null);
      expect(sr(el).textContent).to.not.match(/NaN|Invalid Date/);
    },
  },
  {
    name: 'bad body blocks are skipped with warnings, the rest renders',
    children: story({
      headline: 'A good story',
      image: ['/test/fixtures/news-article/a.png'],
      newsEmbedBody: [null, 'text', { type: 'table' }, { type: 'paragraph' }, { type: 'image', image: -1 }, { type: 'image', image: '0' }, { type: 'image', image: 99 }, { type: 'video', video: 0 }, { type: 'paragraph', text: 'Kept.' }],
    }),
    reasons: [],
    warns: true,
    check: (el, ctx) => {
      rendered()(el, ctx);
      expect(partText(el, 'body')).to.equal('Kept.');
      expect(ctx.warnings().length).to.be.at.least(7);
    },
  },
  { name: 'newsEmbedBody that is not an array', children: story({ ...STORY, newsEmbedBody: 'text' }), reasons: [], warns: true, check: rendered() },
  {
    name: 'image sizes negative, NaN, Infinity and huge',
    children: story({ ...STORY, image: [{ url: '/test/fixtures/news-article/a.png', width: -5, height: 'NaN' }, { url: '/test/fixtures/news-article/b.png', width: 'Infinity', height: '1e309' }] }),
    reasons: [],
    check: rendered(),
  },
  // A title line is cut at 2,000 characters (laying out one unbroken megabyte of headline took
  // WebKit 10 s and more); the body keeps every character, and its megabyte still takes WebKit
  // seconds to lay out on a loaded two-core machine.
  {
    name: '1 MB headline and body: the headline cut, with a warning, the body whole',
    timeout: 30_000,
    children: story({ headline: HUGE, articleBody: HUGE }),
    reasons: [],
    warns: true,
    check: (el) => {
      expect(partText(el, 'headline')).to.equal(HUGE.slice(0, 1999) + '…');
      expect(partText(el, 'body').length).to.equal(HUGE.length);
    },
  },
  {
    name: 'a headline nested 5,000 deep is dropped with a warning, the body renders',
    children: ld(`{"@type": "NewsArticle", "articleBody": "Body.", "headline": ${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`),
    reasons: [],
    warns: true,
    check: (el) => expect(partText(el, 'body')).to.equal('Body.'),
  },
  // The story property
  ...(['a story', 42, [], {}, [1, 2], true] as unknown[]).map((value): Row => ({
    name: `story property of the wrong type: ${JSON.stringify(value)}`,
    props: { story: value },
    reasons: ['invalid-story'],
    check: failed(),
  })),
  {
    name: 'story property null (no story: the light DOM shows)',
    props: { story: null },
    reasons: [],
    check: (el, ctx) => {
      // Laid out by the element, through its body slot.
      expect(ctx.hostContent.assignedSlot!.closest('[part~="body"]')).to.exist;
      expect(visible(ctx.hostContent)).to.be.true;
    },
  },
  {
    name: 'story property with a circular reference',
    props: { story: (() => { const s: Record<string, unknown> = { ...STORY }; s.self = s; s.author = s; return s; })() },
    reasons: [],
    check: rendered(),
  },
  // Attributes
  ...['0', '-3', '99', 'NaN', 'abc', '2.5'].map((level): Row => ({
    name: `heading-level "${level}" is clamped to 1–6`,
    attrs: { 'heading-level': level },
    props: { story: STORY },
    reasons: [],
    check: (el) => expect(+sr(el).querySelector('[part~="headline"]')!.getAttribute('aria-level')!).to.be.within(1, 6),
  })),
  { name: 'unknown lead "bogus"', attrs: { lead: 'bogus' }, props: { story: { ...STORY, image: '/test/fixtures/news-article/a.png' } }, reasons: [], check: rendered() },
  { name: 'unknown theme "bogus"', attrs: { theme: 'bogus' }, props: { story: STORY }, reasons: [], check: rendered() },
  ...['x_1!!', '', '12345678901234567890'].map((lang): Row => ({
    name: `invalid lang "${lang}" with dates`,
    attrs: { lang },
    props: { story: { ...STORY, datePublished: '2024-08-03T09:00:00Z' } },
    reasons: [],
    check: (el, ctx) => {
      rendered()(el, ctx);
      expect(sr(el).querySelector('time')!.textContent!.trim()).to.not.equal('');
    },
  })),
];

runMatrix<NewsArticleElement>('news-article', rows);
