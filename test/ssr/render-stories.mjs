// Server-renders stories with @lit-labs/ssr from the npm build (dist/), as a Node server would:
// one `<news-article>` a story (its language's strings loaded first), each in a `<section data-story="PATH">`, with a declarative shadow
// root. The parity test (test/story/parity.test.ts) reads them through the test server's
// /__ssr-stories route, which runs this in its own Node process.
//   node test/ssr/render-stories.mjs [now] PATH…   (paths of JSON-LD files under test/fixtures/ or demo/story/)
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { readFileSync } from 'node:fs';
import 'news-embed/define.js';
import { loadLocale, parseStory, setNow } from 'news-embed';

const root = new URL('../../', import.meta.url);

export async function renderStories(paths, now = '2026-11-30T12:00:00Z') {
  setNow(now);
  const sections = [];
  for (const path of paths) {
    if (!/^(test\/fixtures|demo\/story)\/[\w/.-]+\.json$/.test(path) || path.includes('..')) throw new Error(`not a story fixture: ${path}`);
    const story = JSON.parse(readFileSync(new URL(path, root), 'utf8'));
    // As a server does: the story's language strings first (docs/i18n.md, loadLocale).
    const lang = parseStory(story).story?.lang;
    if (lang) await loadLocale(lang);
    sections.push(`<section data-story="${path}">${collectResultSync(render(html`<news-article .story=${story}></news-article>`))}</section>`);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Server-rendered stories</title>
</head>
<body>
${sections.join('\n')}
</body>
</html>
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(await renderStories(process.argv.slice(3), process.argv[2] || undefined));
}
