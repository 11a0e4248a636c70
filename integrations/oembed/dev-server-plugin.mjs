// A @web/dev-server plugin: `npm start`'s server answers the demo story's shareable page and its
// oEmbed endpoint for the origin it is reached at (the static files in dist/story/ carry the origin
// they were built for), honouring oEmbed's maxwidth and maxheight.
// In web-dev-server.config.mjs: `plugins: [oembedPlugin()]`.
import { readFile } from 'node:fs/promises';
import { oembedFor, storyPage } from './oembed.mjs';
import { demoUrls } from '../../scripts/build-story-page.mjs';

const storyFile = new URL('../../demo/story/story.json', import.meta.url);

export function oembedPlugin() {
  return {
    name: 'news-embed-oembed',
    async serve(context) {
      const path = context.path;
      if (path !== '/dist/story/' && path !== '/dist/story/index.html' && path !== '/dist/story/oembed.json') return undefined;
      const story = JSON.parse(await readFile(storyFile, 'utf8'));
      const urls = demoUrls(`${context.protocol}://${context.host}/`);
      if (!path.endsWith('oembed.json')) return { body: storyPage(story, urls), type: 'html' };
      const asked = context.query.url;
      // oEmbed §2.2: 404 for a URL this endpoint has nothing for, 501 for a format it does not speak.
      // (A serve hook's answer is always a 200: an error status is thrown, as Koa handles it.)
      if (context.query.format && context.query.format !== 'json') context.throw(501, 'Only format=json is offered.');
      if (asked && asked.replace(/index\.html$/, '') !== urls.pageUrl) context.throw(404, `No story at ${asked}.`);
      const answer = oembedFor(story, { ...urls, maxwidth: context.query.maxwidth, maxheight: context.query.maxheight });
      return { body: JSON.stringify(answer), type: 'json' };
    },
  };
}
