import { expect, waitUntil } from '@open-wc/testing';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';
import { requested, token } from '../helpers.js';

const ssrToken = token('ssr');

/** How many times the test server was asked for `url`. */
async function requestsFor(url: string) {
  const path = new URL(url).pathname + new URL(url).search;
  const log = await requested(ssrToken);
  return log.filter((entry) => entry == path).length;
}

/** Loads the server-rendered story page in a frame; nothing runs in it yet. */
async function openServerPage() {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:700px;border:0';
  frame.src = `/__ssr?t=${ssrToken}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis & { __errors: string[] };
  win.__errors = [];
  win.addEventListener('error', (e) => win.__errors.push(String(e.message)));
  win.addEventListener('unhandledrejection', (e) => win.__errors.push(String(e.reason)));
  return { frame, win, doc: frame.contentDocument! };
}

const rect = (el: Element) => JSON.stringify(el.getBoundingClientRect());

describe('server rendering and hydration', () => {
  it('shows the story before any script runs, then hydrates it in place: same lead image, no shift, interactive', async () => {
    const { frame, win, doc } = await openServerPage();
    const article = doc.querySelector('news-article') as NewsArticleElement;
    const root = article.shadowRoot!;
    // A declarative shadow root: the story reads with no JavaScript at all.
    expect(customElements.get.call(win.customElements, 'news-article')).to.equal(undefined);
    expect(root.querySelector('[part=headline]')!.textContent).to.contain('Venezuela');
    expect(root.querySelectorAll('[part=body] p').length).to.be.greaterThan(30);
    const lead = root.querySelector('random-image')!;
    const img = lead.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the server-rendered lead image did not load', { timeout: 10_000 });
    const before = {
      headline: rect(root.querySelector('[part=headline]')!),
      lead: rect(img),
      card: rect(doc.querySelector('main > video-card')!),
      src: img.currentSrc,
    };
    // The story's URLs carry this test's token, so the server's log shows every real request.
    // (The body's figures show some of the same pictures, lazily: only the lead's own file is counted.)
    const requested = await requestsFor(before.src);
    expect(requested).to.be.at.least(1);

    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/test/ssr/hydrate-entry.js';
    doc.head.append(script);
    await waitUntil(() => win.customElements.get('news-article') && win.customElements.get('video-card'), 'not defined', { timeout: 10_000 });
    await article.updateComplete;
    const card = doc.querySelector('main > video-card') as VideoCardElement;
    await card.updateComplete;
    await waitUntil(() => !lead.hasAttribute('defer-hydration'), 'the lead image never hydrated');
    await (lead as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    expect(win.__errors).to.deep.equal([]);
    // The same nodes, the same image, the same boxes: hydration adopted the server's DOM.
    expect(lead.shadowRoot!.querySelector('img')).to.equal(img);
    expect(img.currentSrc).to.equal(before.src);
    expect(await requestsFor(before.src)).to.equal(requested);
    expect(rect(root.querySelector('[part=headline]')!)).to.equal(before.headline);
    expect(rect(img)).to.equal(before.lead);
    expect(rect(card)).to.equal(before.card);

    // Interactive: the rotation pauses, and the video plays.
    const pause = lead.shadowRoot!.querySelector('button')!;
    expect(pause.getAttribute('aria-label')).to.be.oneOf(['Pause image rotation', 'Play image rotation']);
    const label = pause.getAttribute('aria-label');
    pause.click();
    await (lead as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(pause.getAttribute('aria-label')).to.not.equal(label);
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part=play-button]')!.click();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('video[part=player]')).to.not.equal(null);
    expect(win.__errors).to.deep.equal([]);
    frame.remove();
  });
});
