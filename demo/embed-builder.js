// The embed builder: turns the form into one of three snippets and shows it live in a blank page.
// The snippets come from the package's own writer (news-embed/snippet, built to dist/), which reads
// the story with the same reader as <news-article>.
import { earlyChoiceText, htmlSnippet, iframeSnippet, isNonce, parseStory, srcSnippet } from '../dist/story/snippet.js';

const $ = (id) => document.getElementById(id);
const form = $('builder');
const snippetBox = $('snippet');
const status = $('status');
const preview = $('preview');
const bundleUrl = new URL('../dist/news-embed.js', import.meta.url).href;
const frameUrl = new URL('../dist/embed.html', import.meta.url).href;
const resizeUrl = new URL('../dist/embed-resize.js', import.meta.url).href;
const demoStoryUrl = new URL('./story/story.json', import.meta.url).href;
// The demo story's shareable page (it also answers oEmbed: a blogger may paste this URL alone).
const demoPageUrl = new URL('../dist/story/', import.meta.url).href;
// { version, integrity } of the bundle, written by the build.
const sri = fetch(new URL('../dist/news-embed.sri.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : undefined))
  .catch(() => undefined);

/**
 * Where the snippet loads the bundle from. Only a versioned CDN URL never changes, so only there
 * does the script tag carry Subresource Integrity: a file from this server changes with each release.
 */
async function bundleOf(host) {
  const info = await sri;
  if (host === 'jsdelivr' && info) return { bundleUrl: `https://cdn.jsdelivr.net/npm/news-embed@${info.version}/dist/news-embed.js`, integrity: info.integrity };
  if (host === 'unpkg' && info) return { bundleUrl: `https://unpkg.com/news-embed@${info.version}/dist/news-embed.js`, integrity: info.integrity };
  return { bundleUrl };
}
// The early-choice script as built (dist/early-choice.js), read from the same server as the bundle
// so the snippet always carries the current code.
const earlyCode = fetch(new URL('../dist/early-choice.js', import.meta.url)).then(async (response) => {
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
});
earlyCode.catch(() => {});

/** The CSP source that allows an inline script with exactly this text: `'sha256-<base64>'`. */
async function hashSource(text) {
  // crypto.subtle exists only in a secure context (https, or http on localhost).
  if (!globalThis.crypto?.subtle) return '';
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * The early-choice script for these options, or why there is none: `{ code, text }` when it goes
 * in the snippet, `{ message }` when it was asked for and cannot, `{}` when it does not apply.
 */
async function earlyOf(o) {
  const applies = o.style === 'html' && o.lead !== 'none';
  $('early-options').disabled = !applies;
  if (!applies || !$('early').checked) return {};
  try {
    const code = await earlyCode;
    return { code, text: earlyChoiceText(code) };
  } catch (error) {
    return { message: `The snippet goes without the early-choice script: ${error.message}.` };
  }
}

/** The nonce field: its value when valid, else '' and a message beside the field. */
function nonceOf(value) {
  const input = $('nonce');
  const bad = value !== '' && !isNonce(value);
  input.setAttribute('aria-invalid', String(bad));
  $('nonce-message').textContent = bad
    ? 'A nonce is base64 characters only (A–Z, a–z, 0–9, +, /, - or _, then at most two =): the snippet has no nonce.'
    : '';
  return bad ? '' : value;
}

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
    lang: data.get('lang') || undefined,
    headingLevel: Number(data.get('headingLevel')),
    lead: data.get('lead'),
    interval: Number(data.get('interval')),
    host: data.get('host') ?? 'self',
    nonce: String(data.get('nonce') ?? '').trim(),
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

async function update() {
  const run = ++generation;
  const o = options();
  $('story-url').disabled = o.source !== 'url';
  const storyUrl = storyUrlOf(o);
  if (!storyUrl) {
    status.textContent = o.url ? 'That is not an http(s) URL.' : 'Enter the URL of a NewsArticle JSON-LD file.';
    snippetBox.value = '';
    $('hash-line').hidden = true;
    return;
  }
  let snippet;
  let early;
  const nonce = nonceOf(o.nonce);
  status.textContent = 'Loading the story…';
  try {
    const bundle = await bundleOf(o.host);
    early = await earlyOf(o);
    // Every style reads the story: the HTML snippet is made of it; the others link to its page
    // and name its headline in the fallback a reader sees without the script or the frame.
    const data = await loadStory(storyUrl).catch((error) => {
      if (o.style === 'html') throw error;
      return undefined;
    });
    if (run !== generation) return;
    // Read as <news-article> reads it: relative URLs against the story file's own URL.
    const { story, fatal } = data === undefined ? {} : parseStory(data, storyUrl);
    if (fatal && o.style === 'html') throw new Error(`it is not a story that can be shown (${fatal.path || 'story'}: ${fatal.message})`);
    const settings = {
      ...o,
      ...bundle,
      nonce,
      earlyChoice: early.code ? { code: early.code } : undefined,
      storyUrl,
      frameUrl,
      resizeUrl,
      pageUrl: o.source === 'demo' ? demoPageUrl : undefined,
    };
    snippet = o.style === 'src' ? srcSnippet(story, settings) : o.style === 'iframe' ? iframeSnippet(story, settings) : htmlSnippet(story, settings);
  } catch (error) {
    if (run !== generation) return;
    status.textContent = `The story could not be loaded: ${error.message}.`;
    snippetBox.value = '';
    $('hash-line').hidden = true;
    return;
  }
  status.textContent = '';
  snippetBox.value = snippet;
  $('early-message').textContent = early.message ?? '';
  const hash = early.text ? await hashSource(early.text) : '';
  if (run !== generation) return;
  $('hash-line').hidden = !early.text;
  $('early-hash').textContent = hash || (early.text ? 'this browser computes it only on an https (or localhost) page' : '');
  preview.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font-family:system-ui,sans-serif;margin:1rem}</style></head><body>${snippet}</body></html>`;
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
