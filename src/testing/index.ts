/**
 * `news-embed/testing`: what a browser test of a page containing news-embed elements needs, built on
 * the elements' public API only (`updateComplete`, their events and CSS parts). Not part of the
 * bundle, and importing it registers nothing.
 *
 * Each function is self-contained (it refers to nothing outside its own body), so it runs as it is
 * in the page that holds the elements: call it there directly (`@web/test-runner`, a bundler), or
 * hand it to Playwright or Puppeteer, which send a function's source to the page:
 *
 * ```js
 * import { whenReady, visibleText } from 'news-embed/testing';
 * await page.evaluate(whenReady, { timeout: 5000 });
 * const text = await page.locator('news-article').evaluate(visibleText);
 * ```
 */

/** Options of {@link whenReady}. */
export interface WhenReadyOptions {
  /** Milliseconds before the promise rejects, naming what is still pending (default 10000). */
  timeout?: number;
  /** The tag names to wait for, when the elements were registered under other names. */
  tags?: string[];
}

/** What {@link whenReady} waited for. */
export interface ReadyReport {
  /** How many news-embed elements are under the root, in light DOM and shadow roots. */
  elements: number;
  /** How many lead images (`random-image`'s `image` part) loaded. */
  loaded: number;
  /** How many lead images failed (each also fired `random-image-error`). */
  failed: number;
}

/**
 * Resolves when every news-embed element under `root` (default: the document), including those
 * the elements render in their own shadow roots, is defined and rendered; every `<news-article>`
 * that fetches `src` has shown its story or its error (`news-article-load` / `news-article-error`);
 * every lead image showing in a `<random-image>` has loaded and decoded or failed; and the DOM has
 * stayed still for a task (a long story body renders in chunks, and a broken lead image is replaced
 * by the next one). Rejects after `timeout` ms with a message naming what is still pending.
 *
 * `root` may be left out: `whenReady({ timeout: 5000 })`, which is also how Playwright passes an
 * argument: `page.evaluate(whenReady, { timeout: 5000 })`.
 */
export async function whenReady(
  root?: ParentNode | WhenReadyOptions,
  options: WhenReadyOptions = {},
): Promise<ReadyReport> {
  const isNode = (value: unknown): value is ParentNode =>
    typeof value == 'object' && value != null && typeof (value as Node).nodeType == 'number';
  if (!isNode(root)) {
    options = root ?? options;
    root = document;
  }
  const scope = root;
  // The window the elements live in (the document may be an iframe's).
  const view = ((scope as Node).ownerDocument ?? (scope as Document)).defaultView ?? window;
  const tags = options.tags ?? ['news-article', 'random-image', 'video-card'];
  const timeout = options.timeout ?? 10_000;
  type NewsElement = HTMLElement & { updateComplete?: Promise<unknown> };
  let pending = 'nothing yet';

  /** The elements with those tags under `node`, inside open shadow roots too (the page's own components' as well as ours). */
  const collect = (node: ParentNode, found: NewsElement[] = []) => {
    const element = (node as Node).nodeType == 1 ? (node as Element) : undefined;
    if (element && tags.includes(element.localName)) found.push(element as NewsElement);
    for (const el of node.querySelectorAll('*')) {
      if (tags.includes(el.localName)) found.push(el as NewsElement);
      if (el.shadowRoot) collect(el.shadowRoot, found);
    }
    if (element?.shadowRoot) collect(element.shadowRoot, found);
    return found;
  };

  const settle = async (): Promise<ReadyReport> => {
    for (;;) {
      const elements = collect(scope);
      let changed = false;
      // Only the elements and their shadow roots are watched: the rest of the page may change all
      // the time (a clock, an ad) without concerning them.
      const observer = new view.MutationObserver(() => (changed = true));
      for (const node of elements.flatMap((el) => [el, el.shadowRoot ?? []].flat())) {
        observer.observe(node, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      try {
        const undefinedTags = [...new Set(elements.map((el) => el.localName))].filter((tag) => !view.customElements.get(tag));
        pending = `<${undefinedTags.join('>, <')}> to be defined (is the news-embed script loaded?)`;
        await Promise.all(undefinedTags.map((tag) => view.customElements.whenDefined(tag)));
        pending = 'the elements to render';
        await Promise.all(elements.map((el) => el.updateComplete));
        // A <news-article> fetching `src` shows its `skeleton` part until the story or the error shows.
        const loading = elements.filter((el) => el.shadowRoot?.querySelector('[part~="skeleton"]'));
        pending = `${loading.length} <news-article> to load its src`;
        await Promise.all(
          loading.map(
            (el) =>
              new Promise((resolve) => {
                const done = (event: Event) => event.target == el && resolve(undefined);
                el.addEventListener('news-article-load', done);
                el.addEventListener('news-article-error', done);
                // The event may have fired between the check above and now.
                if (!el.shadowRoot!.querySelector('[part~="skeleton"]')) resolve(undefined);
              }),
          ),
        );
        // The `image` part of each <random-image> (the lead image): loaded and decoded, or failed.
        const images = elements.flatMap((el) => [...(el.shadowRoot?.querySelectorAll<HTMLImageElement>('img[part~="image"]') ?? [])]);
        pending = `${images.filter((img) => !img.complete).length} lead image(s) to load`;
        const results = await Promise.all(
          images.map(async (img) => {
            if (!img.complete) {
              await new Promise((resolve) => {
                img.addEventListener('load', resolve, { once: true });
                img.addEventListener('error', resolve, { once: true });
              });
            }
            if (!img.naturalWidth) return false;
            // Decoded, so a screenshot taken next shows the picture (HTML: img.decode()).
            await img.decode().catch(() => undefined);
            return true;
          }),
        );
        pending = 'the page to stop changing';
        // One task and one frame with no change in any of the roots: error handlers, chunked
        // rendering and fallbacks have run.
        await new Promise((resolve) => view.setTimeout(resolve));
        // A hidden page runs no animation frames: then 100 ms stand in for one.
        await new Promise((resolve) => {
          view.requestAnimationFrame(() => view.setTimeout(resolve));
          view.setTimeout(resolve, 100);
        });
        const again = collect(scope);
        if (!changed && again.length == elements.length) {
          const loaded = results.filter(Boolean).length;
          return { elements: elements.length, loaded, failed: results.length - loaded };
        }
      } finally {
        observer.disconnect();
      }
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`whenReady: still waiting for ${pending} after ${timeout} ms`)), timeout);
  });
  try {
    return await Promise.race([settle(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Freezes "now" for every news-embed element on the page (relative times such as "4 days ago",
 * `random-image`'s `daily` mode) by writing `<meta name="news-embed-now">`, which any copy of
 * the elements reads (the bundle or the npm modules); `null` removes it. Resolves after the
 * elements have re-rendered. A `setNow()` call on the elements' own module takes precedence.
 *
 * With Playwright: `await page.evaluate(freezeTime, '2024-08-03T12:00:00Z')`.
 */
export async function freezeTime(date: Date | string | number | null): Promise<void> {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="news-embed-now"]');
  if (date == null) {
    meta?.remove();
  } else {
    const time = new Date(date);
    if (isNaN(time.getTime())) throw new RangeError(`freezeTime: not a date: ${String(date)}`);
    if (!meta) {
      meta = document.createElement('meta');
      meta.name = 'news-embed-now';
      document.head.append(meta);
    }
    meta.content = time.toISOString();
  }
  type Updatable = Element & { requestUpdate?: () => void; updateComplete?: Promise<unknown> };
  const found: Updatable[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll<Updatable>('*')) {
      if (/^(news-article|random-image|video-card)$/.test(el.localName) && el.requestUpdate) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  found.forEach((el) => el.requestUpdate!());
  await Promise.all(found.map((el) => el.updateComplete));
}

/**
 * The text a reader sees in `node`, through shadow roots and slots as the page renders them:
 * elements that are `display: none` or `visibility: hidden` (and their slot-less light-DOM
 * children) are left out, block boxes start new lines, and white space is collapsed.
 *
 * With Playwright: `await page.locator('news-article').evaluate(visibleText)`.
 */
export function visibleText(node: Node): string {
  const out: string[] = [];
  const walk = (current: Node, shown: boolean): void => {
    if (current.nodeType == Node.TEXT_NODE) {
      if (shown) out.push((current as Text).data);
      return;
    }
    const children = (list: ArrayLike<Node>, visible: boolean) => Array.from(list).forEach((child) => walk(child, visible));
    if (current.nodeType == Node.DOCUMENT_FRAGMENT_NODE || current.nodeType == Node.DOCUMENT_NODE) {
      return children(current.childNodes, shown);
    }
    if (current.nodeType != Node.ELEMENT_NODE) return;
    const el = current as Element;
    if (/^(script|style|template|noscript|head|title|meta|link)$/.test(el.localName)) return;
    const style = (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
    if (style.display == 'none') return;
    // `visibility: hidden` hides an element's own text, but a descendant may be visible again.
    const visible = style.visibility != 'hidden' && style.visibility != 'collapse';
    const block = !/^(inline|contents|none)/.test(style.display) || el.localName == 'br';
    if (block) out.push('\n');
    if (el.localName == 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      children(assigned.length ? assigned : el.childNodes, visible);
    } else if (el.shadowRoot) {
      children(el.shadowRoot.childNodes, visible);
    } else {
      children(el.childNodes, visible);
    }
    if (block) out.push('\n');
  };
  walk(node, true);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
