// Test-server routes that let browser tests observe and shape real HTTP traffic:
//   /__requests?match=TEXT     the URLs requested so far (oldest first) that contain TEXT
//   /__status/CODE             an empty response with that status
//   /__respond?status=&type=&body=&delay=&cache=
//                              a response with that status, content type, body and delay (ms)
//   /__hang                    a response that never ends (for abort tests)
//   /__ssr?t=TOKEN             the shipped story server-rendered by @lit-labs/ssr from dist/, its
//                              story URLs tagged with ?t=TOKEN
//                              (test/ssr/render-story.mjs, run in its own Node process so its
//                              DOM shim stays out of the test server)
//   /__ssr-stories?paths=A,B   the story files A, B… (under test/fixtures/ or demo/story/),
//                              each server-rendered the same way in a <section data-story=PATH>
//                              (test/ssr/render-stories.mjs)
//   any .html page with ?probe=1
//                              gets test/pages/fixtures/probe.js as the first script of its <head>
//   any .html page with ?csp=NAME
//                              served with the Content-Security-Policy NAME (see `policies`)
//   POST /__page               keeps the posted HTML and answers { url } of a page serving it
//   /__page/N.html?policy=CSP  that page, sent with the header `Content-Security-Policy: CSP`
//                              (for policies a test computes, such as a script's hash)
//   /dist/embed.html?allow=ORIGINS
//                              the built frame page with ORIGINS (space-separated) as its allowed
//                              story origins, as `NEWS_EMBED_ALLOWED_ORIGINS=ORIGINS npm run build`
//                              would write it
//   /dist/…                    every file with exactly the headers docs/hosting.md recommends
//                              (integrations/hosting/headers.mjs): the frame and story page under
//                              their Content-Security-Policy, the bundle with CORP, all nosniff
//   /dist/story/, /dist/story/oembed.json
//                              the story page and its oEmbed answer for this server's origin, as
//                              `npm start` answers them (integrations/oembed/dev-server-plugin.mjs)
//   /dist/early-choice.js      byte for byte as the build wrote it, as a static host serves it
//                              (the esbuild plugin would reformat it for its target: the embed
//                              builder hashes this text and needs it on one line)
//   /test/pages/apps/NAME.bundle.js
//                              test/pages/apps/NAME.{js,jsx} bundled by esbuild on request
//                              (React and Vue host apps, built the way an application would be)
// Tests tag their URLs with a unique token (e.g. ?t=abc123) and filter the log by it, so the three
// engines running side by side do not see each other's requests.
import { build } from 'esbuild';
import { parseAllowedOrigins, withAllowedOrigins } from '../../integrations/oembed/origins.mjs';
import { oembedMiddleware, oembedPlugin } from '../../integrations/oembed/dev-server-plugin.mjs';
import { hostingHeaders } from '../../integrations/hosting/headers.mjs';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const log = [];
const pages = [];
/** Pages of /__ssr-stories by their query, rendering or rendered. */
const rendered = new Map();
const MAX_PAGES = 200;

// Host-page policies: what a strict third-party site sends.
export const policies = {
  strict:
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  'trusted-types':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types lit-html",
};
const MAX_LOG = 20_000;

function requestLog() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__requests')) {
      log.push(ctx.url);
      if (log.length > MAX_LOG) log.splice(0, log.length - MAX_LOG);
    }
    return next();
  };
}

function routes() {
  return async (ctx, next) => {
    if (ctx.path === '/__requests') {
      const match = String(ctx.query.match ?? '');
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify(log.filter((url) => url.includes(match)));
      return;
    }
    const status = /^\/__status\/(\d{3})/.exec(ctx.path);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '';
      return;
    }
    if (ctx.path.startsWith('/__respond')) {
      const { status: code = '200', type = 'application/json', body = '', delay = '0', cache = 'no-store' } = ctx.query;
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(delay) || 0, 30_000)));
      ctx.status = Number(code);
      ctx.type = String(type);
      ctx.set('Cache-Control', String(cache));
      ctx.set('Access-Control-Allow-Origin', '*');
      ctx.body = String(body);
      return;
    }
    if (ctx.path === '/__ssr') {
      const token = String(ctx.query.t ?? '').replace(/\W/g, '');
      const { stdout } = await promisify(execFile)(process.execPath, ['test/ssr/render-story.mjs', ctx.origin, '', token]);
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = stdout;
      return;
    }
    if (ctx.path === '/__ssr-stories') {
      // Rendered once for the engines that ask for the same stories.
      const key = String(ctx.query.paths ?? '');
      if (!rendered.has(key)) {
        const paths = key.split(',').filter(Boolean);
        rendered.set(key, promisify(execFile)(process.execPath, ['test/ssr/render-stories.mjs', '', ...paths], { maxBuffer: 256 * 1024 * 1024 }).then(({ stdout }) => stdout));
        rendered.get(key).catch(() => rendered.delete(key));
      }
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await rendered.get(key);
      return;
    }
    if (ctx.path === '/dist/early-choice.js') {
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = await readFile('dist/early-choice.js');
      return;
    }
    if (ctx.path === '/__page' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      pages.push(Buffer.concat(chunks).toString('utf8'));
      if (pages.length > MAX_PAGES) pages[pages.length - MAX_PAGES - 1] = undefined;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/__page/${pages.length - 1}.html` });
      return;
    }
    const page = /^\/__page\/(\d+)\.html$/.exec(ctx.path);
    if (page && pages[Number(page[1])] !== undefined) {
      ctx.type = 'text/html';
      ctx.set('Cache-Control', 'no-store');
      if (ctx.query.policy) ctx.set('Content-Security-Policy', String(ctx.query.policy));
      ctx.body = pages[Number(page[1])];
      return;
    }
    if (ctx.path.startsWith('/__hang')) {
      ctx.req.socket.setTimeout(0);
      await new Promise((resolve) => {
        ctx.req.on('close', resolve);
        setTimeout(resolve, 60_000).unref();
      });
      ctx.status = 204;
      return;
    }
    return next();
  };
}

function contentSecurityPolicy() {
  return async (ctx, next) => {
    await next();
    const policy = policies[String(ctx.query.csp ?? '')];
    if (policy && ctx.path.endsWith('.html')) ctx.set('Content-Security-Policy', policy);
  };
}

function recommendedHeaders() {
  return async (ctx, next) => {
    await next();
    // With ?allow=ORIGINS (a build listing them), the policy lets the frame fetch from them too.
    if (ctx.path.startsWith('/dist/')) ctx.set(hostingHeaders(ctx.path, [ctx.origin, ...parseAllowedOrigins(ctx.query.allow && String(ctx.query.allow))]));
  };
}

function appBundles() {
  return async (ctx, next) => {
    const match = /^\/test\/pages\/apps\/([\w-]+)\.bundle\.js$/.exec(ctx.path);
    if (!match) return next();
    const entry = ['.jsx', '.js'].map((ext) => `test/pages/apps/${match[1]}${ext}`).find((f) => existsSync(f));
    if (!entry) return next();
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'esm',
      jsx: 'automatic',
      target: 'es2022',
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'false',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
      logLevel: 'silent',
    });
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = result.outputFiles[0].text;
  };
}

/**
 * The elements fetch a language as `locales/<tag>.js` beside the module that asks (the build writes
 * JavaScript there); from the sources the test server serves the TypeScript file, compiled.
 */
function localeSources() {
  return (context, next) => {
    const match = /^\/src\/locales\/([\w-]+)\.js(\?.*)?$/.exec(context.url);
    if (match) context.url = `/src/locales/${match[1]}.ts${match[2] ?? ''}`;
    return next();
  };
}

export function testServerMiddleware() {
  return [localeSources(), requestLog(), contentSecurityPolicy(), recommendedHeaders(), oembedMiddleware(), appBundles(), routes()];
}

export function testServerPlugins() {
  return [
    oembedPlugin(),
    {
      // Lets a host-page test observe a real page (e.g. demo/story/index.html) from its very first
      // script, without keeping a copy of the page.
      name: 'probe',
      transform(context) {
        if (context.path.endsWith('.html') && context.query.probe === '1') {
          return { body: context.body.replace(/<head>/i, '<head><script src="/test/pages/fixtures/probe.js"></script>') };
        }
      },
    },
    {
      // Tests ask before emulating media: @web/test-runner's emulate-media command throws (and the
      // runner prints its stack) for drivers it does not support, WebDriver among them.
      name: 'can-emulate-media',
      executeCommand({ command, session }) {
        // puppeteer drives Chromium over CDP (which emulates) and Firefox over WebDriver BiDi (which does not).
        const { type, launchOptions } = session.browser;
        if (command === 'news-embed-can-emulate-media') return type === 'playwright' || (type === 'puppeteer' && launchOptions?.browser !== 'firefox');
        return undefined;
      },
    },
    {
      // The frame page as a build with NEWS_EMBED_ALLOWED_ORIGINS would write it.
      name: 'allowed-origins',
      transform(context) {
        if (context.path === '/dist/embed.html' && context.query.allow) {
          return { body: withAllowedOrigins(context.body, parseAllowedOrigins(String(context.query.allow))) };
        }
      },
    },
  ];
}
