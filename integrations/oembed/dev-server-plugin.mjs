// A @web/dev-server plugin: `npm start`'s server answers the demo story's shareable page and its
// oEmbed endpoint for the origin it is reached at (the static files in dist/story/ carry the origin
// they were built for), honouring oEmbed's maxwidth and maxheight.
// In web-dev-server.config.mjs: `plugins: [oembedPlugin()]`.
import { readFile } from 'node:fs/promises';
import { allowedOriginsOf, checkedAnswer, oembedFor, oembedRequest, storyPage } from './oembed.mjs';
import { demoUrls } from '../../scripts/build-story-page.mjs';

const storyFile = new URL('../../demo/story/story.json', import.meta.url);
const embedFile = new URL('../../dist/embed.html', import.meta.url);

export function oembedPlugin() {
  return {
    name: 'news-embed-oembed',
    async serve(context) {
      const path = context.path;
      if (path !== '/dist/story/' && path !== '/dist/story/index.html' && path !== '/dist/story/oembed.json') return undefined;
      const story = JSON.parse(await readFile(storyFile, 'utf8'));
      const urls = demoUrls(`${context.protocol}://${context.host}/`);
      if (!path.endsWith('oembed.json')) return { body: storyPage(story, urls), type: 'html' };
      // (A serve hook's answer is always a 200: an error status is thrown, as Koa handles it.)
      const asked = oembedRequest(context.query, (page) => page.href === urls.pageUrl);
      if (asked.status !== 200) context.throw(asked.status, asked.message);
      // The same list as the frame's: the one the build wrote into dist/embed.html.
      const origins = allowedOriginsOf(await readFile(embedFile, 'utf8'), urls.pageUrl);
      const answer = checkedAnswer(oembedFor(story, { ...urls, maxwidth: asked.maxwidth, maxheight: asked.maxheight }), origins);
      if (!answer) context.throw(404, 'No story here for that url.');
      return { body: JSON.stringify(answer), type: 'json' };
    },
  };
}
