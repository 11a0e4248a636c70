// The story host for the WordPress tests: `npm start`'s server (web-dev-server.config.mjs) on a
// free port of localhost, a different origin from WordPress (127.0.0.1).
import { startDevServer } from '@web/dev-server';
import config from '../../web-dev-server.config.mjs';
import { oembedPlugin } from '../../integrations/oembed/dev-server-plugin.mjs';
import { freePort } from './harness.mjs';

export async function startStoryHost() {
  const port = await freePort();
  const plugins = [...(config.plugins ?? []).filter((p) => p.name !== 'print-demo-url')];
  // The oEmbed plugin, unless the configuration already has it.
  if (!plugins.some((p) => p.name === 'news-embed-oembed')) plugins.push(oembedPlugin());
  const middleware = [...(config.middleware ?? [])];
  // docs/hosting.md: a story host answers every file with
  // Access-Control-Allow-Origin: * (module scripts and story JSON are always fetched with CORS, and
  // WordPress's sandboxed oEmbed frame has the origin "null"). Added here only where the server's
  // configuration does not send it already.
  middleware.unshift(async (context, next) => {
    await next();
    if (!context.response.get('Access-Control-Allow-Origin')) context.set('Access-Control-Allow-Origin', '*');
  });
  const server = await startDevServer({
    config: { ...config, rootDir: new URL('../../', import.meta.url).pathname, port, hostname: 'localhost', plugins, middleware, open: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://localhost:${port}`, stop: () => server.stop() };
}
