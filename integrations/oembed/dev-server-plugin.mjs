// `npm start`'s server answers the demo story's shareable page and its oEmbed endpoint for the
// origin it is reached at (the static files in dist/story/ carry the origin they were built for),
// honouring oEmbed's maxwidth and maxheight. In web-dev-server.config.mjs:
// `plugins: [oembedPlugin()], middleware: [oembedMiddleware()]`.
import { readFile } from 'node:fs/promises';
import { allowedOriginsOf, checkedAnswer, oembedFor, oembedRequest, storyPage } from './oembed.mjs';
import { demoUrls } from '../../scripts/build-story-page.mjs';

const storyFile = new URL('../../demo/story/story.json', import.meta.url);
const embedFile = new URL('../../dist/embed.html', import.meta.url);

const readStory = async () => JSON.parse(await readFile(storyFile, 'utf8'));

/** A @web/dev-server plugin: the story page, for the origin the server is reached at. */
export function oembedPlugin() {
  return {
    name: 'news-embed-oembed',
    async serve(context) {
      if (context.path !== '/dist/story/' && context.path !== '/dist/story/index.html') return undefined;
      return { body: storyPage(await readStory(), demoUrls(`${context.protocol}://${context.host}/`)), type: 'html' };
    },
  };
}

/**
 * A Koa middleware: the oEmbed endpoint (/dist/story/oembed.json). A middleware rather than a serve
 * hook, whose answers are always 200: oEmbed §2.2 wants 404 and 501.
 */
export function oembedMiddleware() {
  return async (ctx, next) => {
    if (ctx.path !== '/dist/story/oembed.json') return next();
    const urls = demoUrls(`${ctx.protocol}://${ctx.host}/`);
    const asked = oembedRequest(ctx.query, (page) => page.href === urls.pageUrl);
    // The same list as the frame's: the one the build wrote into dist/embed.html.
    const origins = allowedOriginsOf(await readFile(embedFile, 'utf8'), urls.pageUrl);
    const answer = asked.status === 200 && checkedAnswer(oembedFor(await readStory(), { ...urls, maxwidth: asked.maxwidth, maxheight: asked.maxheight }), origins);
    ctx.set('Cache-Control', 'no-cache');
    if (answer) {
      ctx.type = 'json';
      ctx.body = JSON.stringify(answer);
    } else {
      ctx.status = asked.status === 200 ? 404 : asked.status;
      ctx.type = 'text';
      ctx.body = asked.message ?? 'No story here for that url.';
    }
  };
}
