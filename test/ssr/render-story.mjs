// Server-renders the shipped story with @lit-labs/ssr from the npm build (dist/), as a Node server
// would: `<news-article>` with the story from demo/story/story.json and a stand-alone `<video-card>`,
// each with a declarative shadow root. Run as a script it prints a whole page (used by the browser
// hydration test through the test server's /__ssr route); imported, it gives the page as a string.
//   node test/ssr/render-story.mjs [origin] [now] [token]
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { readFileSync } from 'node:fs';
import 'news-embed/define.js';
import { setNow } from 'news-embed';

/** The story with its relative URLs made absolute against where it is published (and tagged with `?t=token`). */
export function storyAt(base, token) {
  const story = JSON.parse(readFileSync(new URL('../../demo/story/story.json', import.meta.url), 'utf8'));
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node != 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value == 'string' && /^(url|contentUrl|thumbnailUrl|embedUrl)$/.test(key) && !/^[a-z]+:/i.test(value)) {
        node[key] = new URL(value + (token ? `?t=${token}` : ''), base).href;
      } else walk(value);
    }
  };
  walk(story);
  return story;
}

export function renderStoryPage(origin = 'http://localhost:8000', now = '2024-08-04T12:00:00Z', token = '') {
  setNow(now);
  const story = storyAt(origin + '/demo/story/', token);
  // The server renders from `story`; the browser reads the same story from the inline JSON-LD when it
  // hydrates (a property does not travel in HTML). `<` is escaped so no text can close the script.
  const jsonLd = `<script type="application/ld+json">${JSON.stringify(story).replace(/</g, '\\u003c')}</script>`;
  const body = collectResultSync(
    render(html`<main style="max-width:46rem;margin:auto">
      <news-article .story=${story} interval="5" heading-level="1">${unsafeHTML(jsonLd)}</news-article>
      <video-card name="The sample clip" duration="PT5S" upload-date="2024-08-03"
        content-url=${origin + '/demo/story/media/sample-clip.mp4'}
        thumbnail=${origin + '/demo/story/images/poster-about-that-640.jpg'}></video-card>
    </main>`),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="news-embed-now" content="${now}">
<title>Server-rendered story</title>
</head>
<body>
${body}
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(renderStoryPage(process.argv[2], process.argv[3] || undefined, process.argv[4]));
}
