// `npm start`: serves the project root with the demo at /demo/. The demo pages load the built
// bundle (dist/news-embed.js), exactly what a third-party site would load.
import { createServer } from 'node:net';
import { oembedMiddleware, oembedPlugin } from './integrations/oembed/dev-server-plugin.mjs';
import { hostingHeaders } from './integrations/hosting/headers.mjs';
import { build } from './scripts/build-story-page.mjs';
import { parseAllowedOrigins } from './integrations/oembed/origins.mjs';

const allowedOrigins = parseAllowedOrigins(process.env.NEWS_EMBED_ALLOWED_ORIGINS);

/** Resolves whether `port` can be listened on the way the dev server listens (all interfaces). */
const isFree = (port) =>
  new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });

const wanted = Number(process.env.PORT) || 8000;
let port = wanted;
while (port < wanted + 50 && !(await isFree(port))) port++;
if (!(await isFree(port))) {
  console.error(`Ports ${wanted}–${port} are all in use: start with PORT=<a free port> npm start.`);
  process.exit(1);
}
if (port != wanted) console.log(`Port ${wanted} is in use; serving on ${port} instead.`);

// The URL this server really answers on: the static story page and oEmbed answer in dist/story/ are
// written again for it (the build wrote them for NEWS_EMBED_BASE_URL, default port 8000), so their
// canonical, oEmbed and frame links follow the real port. An explicit NEWS_EMBED_BASE_URL is kept.
const origin = `http://localhost:${port}/`;
if (!process.env.NEWS_EMBED_BASE_URL) build(origin);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  watch: false,
  middleware: [
    // The story's oEmbed endpoint, answered for whatever origin the server is reached at.
    oembedMiddleware(),
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
    async (ctx, next) => {
      await next();
      // Pages on other origins load the bundle (a module script, which is fetched in CORS mode)
      // and story JSON (fetch) from this server: both need Access-Control-Allow-Origin (Fetch
      // standard, "CORS check"). Sandboxed iframes (origin "null") need it too.
      if (ctx.path.startsWith('/dist/') || ctx.path.endsWith('.json')) ctx.set('Access-Control-Allow-Origin', '*');
      // The headers docs/hosting.md recommends (integrations/hosting/headers.mjs), on the kit's files.
      // With its own origin named (see there why), and the allowed story origins the build wrote.
      if (ctx.path.startsWith('/dist/')) ctx.set(hostingHeaders(ctx.path, [ctx.origin, ...allowedOrigins]));
    },
  ],
  plugins: [
    // The story's shareable page, for whatever origin the server is reached at.
    oembedPlugin(),
    {
      name: 'print-demo-url',
      serverStart() {
        setTimeout(() => console.log(`\nnews-embed demo: ${origin}demo/\nstory page to paste (oEmbed): ${origin}dist/story/\n`), 0);
      },
    },
  ],
};
