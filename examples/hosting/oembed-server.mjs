// An oEmbed endpoint for a publisher's stories on any Node server (here `node:http`), as
// docs/hosting.md shows it: GET /oembed?url=<a story page>&maxwidth=&maxheight=. Story pages are
// /stories/<slug>/ on BASE_URL, each beside its story.json under ROOT; dist/ is the built kit.
// It never fetches the url it is asked about: it answers only for its own story pages, from files.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { allowedOriginsOf, checkedAnswer, oembedFor, oembedRequest } from 'news-embed/oembed';

const base = process.env.BASE_URL ?? 'https://stories.example.com';
const root = process.env.ROOT ?? './public';
// The same allowed origins as the frame's: the ones the build wrote into dist/embed.html.
const origins = allowedOriginsOf(await readFile(`${root}/dist/embed.html`, 'utf8'), base);
const isStoryPage = (page) => page.origin === new URL(base).origin && /^\/stories\/[\w-]+\/$/.test(page.pathname);

export const server = createServer(async (req, res) => {
  const url = new URL(req.url, base);
  if (url.pathname !== '/oembed') return res.writeHead(404).end();
  const asked = oembedRequest(Object.fromEntries(url.searchParams), isStoryPage);
  if (asked.status !== 200) return res.writeHead(asked.status, { 'Content-Type': 'text/plain' }).end(asked.message);
  const story = await readFile(`${root}${asked.page.pathname}story.json`, 'utf8').then(JSON.parse, () => undefined);
  const answer =
    story &&
    checkedAnswer(
      oembedFor(story, {
        storyUrl: new URL('story.json', asked.page).href,
        pageUrl: asked.page.href,
        providerUrl: base,
        frameUrl: `${base}/dist/embed.html`,
        maxwidth: asked.maxwidth,
        maxheight: asked.maxheight,
      }),
      origins,
    );
  if (!answer) return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('No story here for that url.');
  res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(answer));
});

if (import.meta.url === `file://${process.argv[1]}`) server.listen(Number(process.env.PORT) || 8080);
