// <video-card> fed bad input: attributes, properties, the `video` object, child JSON-LD, and
// poster and media responses. See matrix.ts for what every row checks.
import { expect } from '@open-wc/testing';
import { HUGE, UNSAFE_URLS, XSS, runMatrix, shownText, type BadInput } from './matrix.js';
import { visible } from './helpers.js';
import { partText, token, until } from '../helpers.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';

type Row = BadInput<VideoCardElement>;
const CLIP = '/demo/story/media/sample-clip.mp4';
const POSTER = '/demo/story/images/poster-about-that-640.jpg';
const ok = { name: 'A title', 'content-url': CLIP };
const sr = (el: VideoCardElement) => el.shadowRoot!;
const ld = (text: string) => (el: VideoCardElement, doc: Document) => {
  const script = doc.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = text;
  el.append(script);
};
/** The card cannot play: a disabled button and the visible, localized message. */
const cannotPlay = (message = 'This video cannot be played here.') => (el: VideoCardElement) => {
  expect(sr(el).querySelector<HTMLButtonElement>('button[part~="play-button"]')!.disabled).to.be.true;
  expect(visible(sr(el).querySelector('.msg'))).to.be.true;
  expect(sr(el).querySelector('.msg')!.textContent).to.equal(message);
  expect(el.play()).to.be.false;
};
const noNaN = (el: VideoCardElement) => expect(shownText(el)).to.not.match(/NaN|Infinity|undefined|null/);
/** The card shows its title and can play. */
const playable = (title = 'A title') => (el: VideoCardElement) => {
  expect(partText(el, 'title')).to.equal(title);
  const button = sr(el).querySelector<HTMLButtonElement>('button[part~="play-button"]')!;
  expect(visible(button)).to.be.true;
  expect(button.disabled).to.be.false;
};
const noDuration = (el: VideoCardElement) => {
  playable()(el);
  expect(sr(el).querySelector('[part~="duration"]')).to.equal(null);
  noNaN(el);
};
/** After play, the media could not be played: the visible message in the player's place. */
const mediaFailed = async (el: VideoCardElement) => {
  await until(() => sr(el).querySelector('p[part~="player"]'), 'the media-error message');
  expect(partText(el, 'player')).to.contain('The video could not be played.');
};

const rows: Row[] = [
  // Text fields
  { name: 'empty name', attrs: { ...ok, name: '' }, reasons: ['missing-title'], check: (el) => expect(partText(el, 'title')).to.equal('Untitled video') },
  { name: 'blank name (spaces only)', attrs: { ...ok, name: '   ' }, reasons: ['missing-title'], check: (el) => expect(partText(el, 'title')).to.equal('Untitled video') },
  { name: 'missing name, localized (fr)', lang: 'fr', attrs: { 'content-url': CLIP }, reasons: ['missing-title'], check: (el) => expect(partText(el, 'title')).to.equal('Vidéo sans titre') },
  { name: '1 MB name', timeout: 30_000, attrs: { ...ok, name: HUGE }, reasons: [], check: (el) => expect(sr(el).querySelector('[part~="title"]')!.textContent!.length).to.equal(HUGE.length) },
  { name: '1 MB description', timeout: 30_000, attrs: { ...ok, description: HUGE }, reasons: [], check: (el) => expect(partText(el, 'description').length).to.equal(HUGE.length) },
  ...XSS.map((payload): Row => ({
    name: `HTML/script payload in name, description and kicker: ${payload}`,
    attrs: { ...ok, name: payload, description: payload, kicker: payload },
    reasons: [],
    check: (el) => {
      expect(sr(el).querySelector('[part~="title"]')!.textContent).to.equal(payload);
      expect(sr(el).querySelector('[part~="description"]')!.textContent).to.equal(payload);
      expect(sr(el).querySelector('[part~="kicker"]')!.textContent).to.equal(payload);
      expect(sr(el).querySelector('[part~="play-button"]')!.getAttribute('aria-label')).to.contain(payload);
    },
  })),
  // Durations
  { name: 'empty duration (absent)', attrs: { ...ok, duration: '' }, reasons: [], check: noDuration },
  ...['nine minutes', 'P1M', 'PT', 'P', '-PT5M', 'PT5M-3S', 'NaN', 'Infinity', 'PT1e3S', '9:99', '1:2:3:4'].map((duration): Row => ({
    name: `invalid duration "${duration}"`,
    attrs: { ...ok, duration },
    reasons: ['invalid-duration'],
    check: noDuration,
  })),
  {
    name: 'absurd duration (400 digits of seconds)',
    attrs: { ...ok, duration: `PT${'9'.repeat(400)}S` },
    reasons: ['invalid-duration'],
    check: noDuration,
  },
  // Dates
  ...['yesterday', '2024-02-31', '2024-13-01', '2024-07-30T25:00:00Z', '30/07/2024', '2024-07-30T14:05:00+99:99', '+275760-09-13', HUGE.slice(0, 10_000)].map(
    (date): Row => ({
      name: `invalid upload date "${date.slice(0, 30)}"`,
      attrs: { ...ok, 'upload-date': date },
      reasons: ['invalid-date'],
      check: (el) => {
        expect(sr(el).querySelector('time')).to.equal(null);
        noNaN(el);
      },
    }),
  ),
  ...['NaN', '-5', 'Infinity', 'abc', '1e309'].map(
    (threshold): Row => ({
      name: `relative-threshold "${threshold}" (silently a number or nothing)`,
      attrs: { ...ok, 'upload-date': '2024-07-30', 'relative-threshold': threshold },
      reasons: [],
      check: (el) => {
        expect(sr(el).querySelector('time')!.textContent!.trim()).to.not.equal('');
        noNaN(el);
      },
    }),
  ),
  // URLs
  ...UNSAFE_URLS.map((url): Row => ({ name: `unsafe content-url ${JSON.stringify(url)}`, attrs: { ...ok, 'content-url': url }, reasons: ['unsafe-url'], check: cannotPlay() })),
  { name: 'unsafe content-url, localized (es)', lang: 'es', attrs: { ...ok, 'content-url': 'javascript:__xss()' }, reasons: ['unsafe-url'], check: cannotPlay('Este vídeo no se puede reproducir aquí.') },
  ...['javascript:__xss()', 'JavaScript:__xss(document.domain)', 'https://user:secret@www.youtube.com/watch?v=dQw4w9WgXcQ'].map((url): Row => ({
    name: `unsafe embed-url ${url}`,
    attrs: { name: 'T', 'embed-url': url },
    reasons: ['unsafe-url'],
    check: (el, ctx) => {
      cannotPlay()(el);
      expect(ctx.reasons, 'one error, once').to.deep.equal(['unsafe-url']);
      expect(sr(el).querySelector('a'), 'no link to a refused URL').to.equal(null);
    },
  })),
  ...['https://evil.example/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=short', 'https://vimeo.com/abc'].map(
    (url): Row => ({
      name: `unknown provider ${url} (the play button becomes a plain link)`,
      attrs: { name: 'T', 'embed-url': url },
      reasons: ['unknown-provider'],
      check: (el) => {
        expect(sr(el).querySelector('a[part~="play-button"]')!.getAttribute('href')).to.equal(url);
        expect(sr(el).querySelector('iframe')).to.equal(null);
      },
    }),
  ),
  { name: 'no content-url and no embed-url', attrs: { name: 'T' }, reasons: ['no-source'], check: cannotPlay() },
  ...['javascript:__xss()', 'data:image/svg+xml,<svg onload=__xss()>'].map((url): Row => ({
    name: `unsafe thumbnail ${url}`,
    attrs: { ...ok, thumbnail: url },
    reasons: ['unsafe-url'],
    check: (el) => expect(sr(el).querySelector('div[part~="poster"]')).to.exist,
  })),
  {
    name: 'thumbnail-srcset with only unsafe entries',
    attrs: { ...ok, thumbnail: POSTER, 'thumbnail-srcset': 'javascript:__xss() 1x, //evil.example/p.jpg 2x' },
    reasons: ['unsafe-url'],
    check: (el) => expect(sr(el).querySelector('img')!.hasAttribute('srcset')).to.be.false,
  },
  { name: 'thumbnail 404', attrs: { ...ok, thumbnail: `/__status/404?${token()}` }, reasons: ['poster-failed'], check: (el) => expect(sr(el).querySelector('div[part~="poster"]')).to.exist },
  {
    name: 'thumbnail of the wrong content type (HTML with a script)',
    attrs: { ...ok, thumbnail: `/__respond?type=text/html&body=${encodeURIComponent('<script>parent.__xss()</script>')}&${token()}` },
    reasons: ['poster-failed'],
    check: (el) => {
      expect(sr(el).querySelector('div[part~="poster"]')).to.exist;
      playable()(el);
    },
  },
  {
    name: 'slow thumbnail (1.5 s): the box has its size before the bytes',
    attrs: { ...ok, thumbnail: `/__respond?type=image/svg+xml&delay=1500&body=${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="9"/>')}&${token()}` },
    reasons: [],
    check: (el) => expect(sr(el).querySelector('[part~="poster"]')!.getBoundingClientRect().height).to.be.greaterThan(100),
  },
  {
    name: 'media file 404 after play: a visible message with a link, focused',
    attrs: { ...ok, 'content-url': `/__status/404?${token()}` },
    then: (el) => el.play(),
    reasons: ['media-failed'],
    check: mediaFailed,
  },
  {
    name: 'media file of the wrong content type after play',
    attrs: { ...ok, 'content-url': `/__respond?type=text/html&body=${encodeURIComponent('<script>parent.__xss()</script>')}&${token()}` },
    then: (el) => el.play(),
    reasons: ['media-failed'],
    check: mediaFailed,
  },
  // Properties of the wrong type
  ...(['a string', 42, true, [1, 2], () => 1] as unknown[]).map((video): Row => ({
    name: `video property of the wrong type: ${typeof video === 'function' ? 'a function' : JSON.stringify(video)}`,
    props: { video },
    reasons: ['missing-title', 'no-source'],
    check: cannotPlay(),
  })),
  { name: 'video property null (no data)', props: { video: null }, attrs: ok, reasons: [], check: playable() },
  {
    name: 'video fields of the wrong types',
    props: { video: { name: { a: 1 }, duration: 574, uploadDate: 1722297600000, thumbnailUrl: [null, 5], contentUrl: 12, embedUrl: ['x'], description: ['x'] } },
    reasons: ['missing-title', 'no-source'],
    check: cannotPlay(),
  },
  { name: 'name property set to a number', props: { name: 42, contentUrl: CLIP }, reasons: ['missing-title'], check: playable('Untitled video') },
  {
    name: 'deeply nested object in the video property',
    props: { video: { name: 'T', contentUrl: CLIP, description: JSON.parse('['.repeat(5000) + ']'.repeat(5000)) } },
    reasons: [],
    check: playable('T'),
  },
  // Child JSON-LD
  { name: 'malformed JSON-LD', children: ld('{"name": "T",'), attrs: ok, reasons: ['invalid-json'], check: (el) => expect(partText(el, 'title')).to.equal('A title') },
  { name: 'empty JSON-LD script', children: ld(''), attrs: ok, reasons: [], check: playable() },
  ...['[1, 2]', '"just a string"', 'null', '42', '[{"@type": "Person"}]'].map((json): Row => ({
    name: `JSON-LD that is not a VideoObject: ${json}`,
    children: ld(json),
    attrs: ok,
    reasons: ['invalid-json'],
    check: (el, ctx) => {
      playable()(el);
      expect(ctx.reasons, 'one error, once').to.deep.equal(['invalid-json']);
    },
  })),
  { name: 'deeply nested JSON-LD (20,000 levels)', children: ld('['.repeat(20000) + ']'.repeat(20000)), attrs: ok, reasons: ['invalid-json'], check: playable() },
  {
    name: 'JSON-LD with script payloads in every text field and unsafe URLs',
    children: ld(JSON.stringify({ '@type': 'VideoObject', name: XSS[1], description: XSS[0], duration: XSS[2], uploadDate: XSS[3], thumbnailUrl: 'javascript:__xss()', contentUrl: 'javascript:__xss()', embedUrl: 'vbscript:x' })),
    reasons: ['invalid-duration', 'invalid-date', 'unsafe-url'],
    check: (el) => {
      expect(partText(el, 'title')).to.equal(XSS[1]);
      expect(partText(el, 'description')).to.equal(XSS[0]);
    },
  },
  {
    name: 'JSON-LD with a 1 MB description',
    children: ld(JSON.stringify({ '@type': 'VideoObject', name: 'T', contentUrl: CLIP, description: HUGE })),
    reasons: [],
    check: (el) => {
      playable('T')(el);
      expect(partText(el, 'description').length).to.equal(HUGE.length);
    },
  },
];

runMatrix<VideoCardElement>('video-card', rows);
