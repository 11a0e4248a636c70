// `npm start`: serves the project root with the demo at /demo/. The demo pages load the built
// bundle (dist/news-embed.js), exactly what a third-party site would load.
import { createServer } from 'node:net';
import { oembedPlugin } from './integrations/oembed/dev-server-plugin.mjs';

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

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  watch: false,
  middleware: [
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
    },
  ],
  plugins: [
    // The story's oEmbed endpoint, answered for whatever origin the server is reached at.
    oembedPlugin(),
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        setTimeout(() => console.log(`\nnews-embed demo: http://localhost:${config.port}/demo/\n`), 0);
      },
    },
  ],
};
