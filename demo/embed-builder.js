// The embed builder: turns the form into one of three snippets and shows it live in a blank page.
import { storyToHtml } from './story-to-html.js';

const $ = (id) => document.getElementById(id);
const form = $('builder');
const snippetBox = $('snippet');
const status = $('status');
const preview = $('preview');
const bundleUrl = new URL('../dist/news-embed.js', import.meta.url).href;
const frameUrl = new URL('../dist/embed.html', import.meta.url).href;
const demoStoryUrl = new URL('./story/story.json', import.meta.url).href;

const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const stories = new Map();
let generation = 0;

async function loadStory(url) {
  if (!stories.has(url)) {
    stories.set(
      url,
      fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        return response.json();
      }),
    );
  }
  try {
    return await stories.get(url);
  } catch (error) {
    stories.delete(url);
    throw error;
  }
}

function options() {
  const data = new FormData(form);
  return {
    source: data.get('source'),
    url: String(data.get('url') ?? '').trim(),
    style: data.get('style'),
    theme: data.get('theme'),
    lang: data.get('lang'),
    headingLevel: Number(data.get('headingLevel')),
    lead: data.get('lead'),
    interval: Number(data.get('interval')),
  };
}

function storyUrlOf(o) {
  if (o.source === 'demo') return demoStoryUrl;
  try {
    const url = new URL(o.url, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

const scriptTag = `<script type="module" src="${bundleUrl}"></script>`;

function srcSnippet(o, storyUrl) {
  const attrs = [
    `src="${escapeAttr(storyUrl)}"`,
    o.theme !== 'auto' && `theme="${o.theme}"`,
    `lang="${o.lang}"`,
    o.headingLevel !== 2 && `heading-level="${o.headingLevel}"`,
    o.lead !== 'random' && `lead="${o.lead}"`,
    o.interval > 0 && `interval="${o.interval}"`,
  ].filter(Boolean);
  return `${scriptTag}\n<news-article ${attrs.join(' ')}></news-article>`;
}

function iframeSnippet(o, storyUrl) {
  const query = new URLSearchParams({ src: storyUrl, theme: o.theme, lang: o.lang, lead: o.lead });
  if (o.headingLevel !== 2) query.set('heading-level', String(o.headingLevel));
  if (o.interval > 0) query.set('interval', String(o.interval));
  const src = `${frameUrl}?${query}`;
  const origin = new URL(frameUrl).origin;
  return `<iframe src="${escapeAttr(src)}" title="News story" style="width:100%;border:0" height="2400"></iframe>
<!-- Optional: lets the iframe take the story's exact height. Without it, the height above is used. -->
<script>
addEventListener('message', (e) => {
  if (e.origin !== '${origin}' || !e.data || e.data.type !== 'news-embed:resize') return;
  for (const f of document.querySelectorAll('iframe')) {
    if (f.contentWindow === e.source) f.height = String(Math.ceil(e.data.height));
  }
});
</script>`;
}

async function update() {
  const run = ++generation;
  const o = options();
  $('story-url').disabled = o.source !== 'url';
  const storyUrl = storyUrlOf(o);
  if (!storyUrl) {
    status.textContent = o.url ? 'That is not an http(s) URL.' : 'Enter the URL of a NewsArticle JSON-LD file.';
    snippetBox.value = '';
    return;
  }
  let snippet;
  if (o.style === 'src') snippet = srcSnippet(o, storyUrl);
  else if (o.style === 'iframe') snippet = iframeSnippet(o, storyUrl);
  else {
    status.textContent = 'Loading the story…';
    try {
      const story = await loadStory(storyUrl);
      if (run !== generation) return;
      snippet = `${scriptTag}\n${storyToHtml(story, { base: storyUrl, ...o })}`;
    } catch (error) {
      if (run !== generation) return;
      status.textContent = `The story could not be loaded: ${error.message}.`;
      snippetBox.value = '';
      return;
    }
  }
  status.textContent = '';
  snippetBox.value = snippet;
  preview.srcdoc = `<!doctype html><html lang="${o.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font-family:system-ui,sans-serif;margin:1rem}</style></head><body>${snippet}</body></html>`;
}

async function copy() {
  const done = (text) => {
    $('copied').textContent = text;
    setTimeout(() => ($('copied').textContent = ''), 4000);
  };
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    done('Copied');
  } catch {
    // No Clipboard API (insecure context, permission refused): select the text for Ctrl/Cmd+C.
    snippetBox.focus();
    snippetBox.select();
    done(document.execCommand?.('copy') ? 'Copied' : 'Selected: press Ctrl+C (⌘C) to copy');
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
$('copy').addEventListener('click', copy);
update();
