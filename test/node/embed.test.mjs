// The static files the build writes for hosting and oEmbed, and `npm start`'s oEmbed answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import { cardHeight, oembedFor } from '../../integrations/oembed/oembed.mjs';
import { oembedMiddleware, oembedPlugin } from '../../integrations/oembed/dev-server-plugin.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const story = JSON.parse(read('demo/story/story.json'));

test('dist/news-embed.sri.json holds the sha384 of dist/news-embed.js and the package version', () => {
  const sri = JSON.parse(read('dist/news-embed.sri.json'));
  const digest = createHash('sha384').update(read('dist/news-embed.js')).digest('base64');
  assert.equal(sri.integrity, `sha384-${digest}`);
  assert.equal(sri.version, JSON.parse(read('package.json')).version);
});

test('the shareable story page has an absolute oEmbed discovery link in its <head> and the story as HTML', () => {
  const html = String(read('dist/story/index.html'));
  const head = html.slice(0, html.indexOf('</head>'));
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(head);
  assert.ok(link, 'no discovery link in <head>');
  const endpoint = new URL(link[1].replace(/&amp;/g, '&'));
  assert.equal(endpoint.pathname, '/dist/story/oembed.json');
  assert.equal(endpoint.searchParams.get('url'), new URL('/dist/story/', endpoint).href);
  assert.match(html, /<h1 slot="headline">The Maduro government still shows no signs of surrendering power in Venezuela<\/h1>/);
  assert.match(html, /<h2>Cuban government watches nervously<\/h2>/);
  // Link previews and bookmark cards: an icon and the lead image's text alternative.
  assert.match(head, /<link rel="icon" href="http:\/\/[^"]+\/demo\/favicon\.svg">/);
  assert.match(head, /<meta property="og:image:alt" content="A woman runs with her hands up[^"]*">/);
});

test('the oEmbed answer is rich, with a blockquote link and the card frame, within maxwidth and maxheight', () => {
  const urls = {
    storyUrl: 'https://news.example/s/story.json',
    pageUrl: 'https://news.example/s/',
    frameUrl: 'https://news.example/dist/embed.html',
    providerUrl: 'https://news.example/',
  };
  const answer = oembedFor(story, { ...urls, maxwidth: 480, maxheight: 500 });
  assert.equal(answer.version, '1.0');
  assert.equal(answer.type, 'rich');
  assert.equal(answer.title, story.headline);
  assert.equal(answer.provider_name, 'CBC News via news-embed');
  assert.equal(answer.thumbnail_url, 'https://news.example/s/images/protest-1280.jpg');
  assert.ok(answer.width <= 480 && answer.height <= 500, `${answer.width}×${answer.height}`);
  assert.match(answer.html, /<blockquote[^>]*><p><a href="https:\/\/news\.example\/s\/">The Maduro government[^<]*<\/a><\/p> <p>Foreign allies[^<]*<\/p> <p>— CBC News<\/p><\/blockquote><iframe /);
  const src = new URL(/<iframe src="([^"]+)"/.exec(answer.html)[1].replace(/&amp;/g, '&'));
  assert.equal(src.origin + src.pathname, urls.frameUrl);
  assert.equal(src.searchParams.get('layout'), 'card');
  assert.equal(src.searchParams.get('href'), urls.pageUrl);
  assert.equal(src.searchParams.get('src'), urls.storyUrl);
  assert.match(answer.html, new RegExp(`width="100%" height="${answer.height}"`));
  const roomy = oembedFor(story, urls);
  assert.equal(roomy.width, 600);
  assert.ok(roomy.height <= 1000);
  // The height is the card's at that width (see test/embed/card-frame.test.ts), growing with it.
  assert.equal(roomy.height, cardHeight(story, 600));
  assert.ok(oembedFor(story, { ...urls, maxwidth: 320 }).height < roomy.height);
  // Too little room for the lead image: the card goes without it and still fits.
  const low = oembedFor(story, { ...urls, maxheight: 400 });
  assert.ok(low.height <= 400 && /lead=none/.test(low.html), `${low.height} ${low.html}`);
});

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

test("npm start's oEmbed plugin answers for the origin it is reached at, honouring maxwidth", async () => {
  const server = await startDevServer({
    config: { rootDir: new URL('.', root).pathname, port: await freePort(), hostname: '127.0.0.1', plugins: [oembedPlugin()], middleware: [oembedMiddleware()] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  try {
    const origin = `http://127.0.0.1:${server.config.port}`;
    const page = await (await fetch(`${origin}/dist/story/`)).text();
    assert.match(page, new RegExp(`type="application/json\\+oembed" href="${origin}/dist/story/oembed\\.json\\?url=`));
    const response = await fetch(`${origin}/dist/story/oembed.json?url=${encodeURIComponent(`${origin}/dist/story/`)}&maxwidth=420&maxheight=900&format=json`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /application\/json/);
    const answer = await response.json();
    assert.equal(answer.width, 420);
    assert.ok(answer.height <= 900);
    assert.match(answer.html, new RegExp(`<iframe src="${origin}/dist/embed\\.html\\?`));
    const elsewhere = await fetch(`${origin}/dist/story/oembed.json?url=${encodeURIComponent('https://other.example/')}`);
    assert.equal(elsewhere.status, 404);
    await elsewhere.text();
    const prefix = await fetch(`${origin}/dist/story/oembed.json?url=${encodeURIComponent(`${origin}.attacker.example/dist/story/`)}`);
    assert.equal(prefix.status, 404);
    await prefix.text();
    const xml = await fetch(`${origin}/dist/story/oembed.json?url=${encodeURIComponent(`${origin}/dist/story/`)}&format=xml`);
    assert.equal(xml.status, 501);
    await xml.text();
    const junk = await (await fetch(`${origin}/dist/story/oembed.json?url=${encodeURIComponent(`${origin}/dist/story/`)}&maxwidth=1e9&maxheight=-1`)).json();
    assert.equal(junk.width, 600);
    assert.ok(junk.height > 0 && junk.height <= 1000);
  } finally {
    await server.stop();
  }
});
