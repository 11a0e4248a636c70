// After the bundle is built: writes what a static host needs for the demo story's shareable page
// and for Subresource Integrity.
// - dist/story/index.html: the shareable story page, with its oEmbed discovery link;
// - dist/story/oembed.json: the oEmbed answer (a static host ignores maxwidth/maxheight: it is sized
//   for a 600 px column, and the framed card reports its real height anyway);
// - dist/news-embed.sri.json: { version, integrity } of dist/news-embed.js, for snippets that load
//   the bundle from a versioned CDN URL.
// Absolute URLs are needed (oEmbed consumers do not resolve relative ones): they start with
// NEWS_EMBED_BASE_URL, default http://localhost:8000/ (`npm start`, whose server answers these
// two files for its own origin instead).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { allowedOriginsOf, checkedAnswer, oembedFor, storyPage } from '../integrations/oembed/oembed.mjs';

const base = new URL(process.env.NEWS_EMBED_BASE_URL || 'http://localhost:8000/').href.replace(/\/?$/, '/');
const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

// Written whole or not at all (a temporary file, then a rename): `npm start` rewrites these while
// other processes (tests, a running server) may be reading them.
const write = (path, text) => {
  const file = new URL(path, root);
  writeFileSync(new URL(`${path}.tmp`, root), text);
  renameSync(new URL(`${path}.tmp`, root), file);
};

export function demoUrls(origin) {
  const at = (path) => new URL(path, origin).href;
  return {
    storyUrl: at('demo/story/story.json'),
    pageUrl: at('dist/story/'),
    oembedUrl: at('dist/story/oembed.json'),
    frameUrl: at('dist/embed.html'),
    bundleUrl: at('dist/news-embed.js'),
    iconUrl: at('demo/favicon.svg'),
    providerUrl: at('/'),
  };
}

/** Writes the files for `baseUrl` (NEWS_EMBED_BASE_URL by default; `npm start` passes the URL it serves on). */
export function build(baseUrl = base) {
  const base = new URL(baseUrl).href.replace(/\/?$/, '/');
  const story = JSON.parse(read('demo/story/story.json'));
  const urls = demoUrls(base);
  mkdirSync(new URL('dist/story/', root), { recursive: true });
  write('dist/story/index.html', storyPage(story, urls));
  // Checked like every answer: its URLs on the allowed origins (a base outside them fails the build).
  const answer = checkedAnswer(oembedFor(story, urls), allowedOriginsOf(String(read('dist/embed.html')), base));
  if (!answer) throw new Error(`dist/story/oembed.json: the answer's URLs are not all on ${base} or NEWS_EMBED_ALLOWED_ORIGINS`);
  write('dist/story/oembed.json', JSON.stringify(answer, null, 2) + '\n');
  const { version } = JSON.parse(read('package.json'));
  const integrity = `sha384-${createHash('sha384').update(read('dist/news-embed.js')).digest('base64')}`;
  write('dist/news-embed.sri.json', JSON.stringify({ version, file: 'dist/news-embed.js', integrity }, null, 2) + '\n');
  console.log(`dist/story/ (base ${base}), dist/news-embed.sri.json (${integrity})`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) build();
