import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/news-article/define.js';
import type { NewsArticleElement, NewsArticleErrorDetail } from '../../src/news-article/news-article.js';
import type { Story } from '../../src/story/parse.js';

export const FIXTURES = '/test/fixtures/news-article/';

/** Text of the first match in the shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector: string): string | undefined {
  return el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string) {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string) {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/**
 * Renders `template` with listeners recording `news-article-load` and `news-article-error` from the
 * start (inline JSON-LD and `story` are parsed during the first update, before `fixture` resolves).
 */
export async function render(template: (load: (e: CustomEvent<Story>) => void, fail: (e: CustomEvent<NewsArticleErrorDetail>) => void) => TemplateResult) {
  const loads: Story[] = [];
  const errors: NewsArticleErrorDetail[] = [];
  const el = await fixture<NewsArticleElement>(
    template(
      (e) => loads.push(e.detail),
      (e) => errors.push(e.detail),
    ),
  );
  return { el, loads, errors };
}

/** Renders `<news-article>` with `src` and waits until it loaded or failed. */
export async function load(src: string, attrs: TemplateResult = html``) {
  const result = await render(
    (l, f) => html`<news-article src=${src} @news-article-load=${l} @news-article-error=${f}>${attrs}</news-article>`,
  );
  await waitUntil(() => result.loads.length + result.errors.length > 0, 'no load or error event', { timeout: 8000 });
  await result.el.updateComplete;
  return result;
}

/**
 * Records the `signal` and the returned promise of every fetch whose URL contains `match`; fetch
 * itself is untouched. The caller of fetch awaits `response` first, so once a test's own `await`
 * on it resumes, the caller has handled the outcome.
 */
export function captureFetches(match: string) {
  const original = window.fetch;
  const calls: { url: string; signal?: AbortSignal; response: Promise<Response> }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const response = original(input, init);
    if (String(input).includes(match)) calls.push({ url: String(input), signal: init?.signal ?? undefined, response });
    return response;
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** Settles when `promise` does, whether it fulfils or rejects. */
export const settled = (promise: Promise<unknown>) => promise.then(
  () => undefined,
  () => undefined,
);
