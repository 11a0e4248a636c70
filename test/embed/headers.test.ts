// The headers docs/hosting.md recommends, as a host sends them: the test server serves dist/ with
// exactly integrations/hosting/headers.mjs (test/server/plugins.mjs). Under them the frame, the
// oEmbed card and the story page render with no CSP (or Trusted Types) violation and no error.
import { expect } from '@open-wc/testing';
import { frameCsp, storyCsp } from '../../integrations/hosting/headers.mjs';
import { openPage, type HostPage } from '../pages/helpers.js';
import { frames, partText, until } from '../helpers.js';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const HEADLINE = 'The Maduro government still shows no signs of surrendering power in Venezuela';
const story = encodeURIComponent('/demo/story/story.json');

const opened: HostPage[] = [];
afterEach(() => opened.splice(0).forEach((page) => page.close()));

async function headersOf(url: string) {
  const response = await fetch(url, { cache: 'no-store' });
  await response.arrayBuffer();
  return response.headers;
}

/** The rendered story's lead image, loaded. */
const leadLoaded = (article: Element) => {
  const img = article.shadowRoot?.querySelector('random-image')?.shadowRoot?.querySelector('img');
  return img?.complete && img.naturalWidth > 0;
};

function noViolations(page: HostPage) {
  expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
  expect(page.probe.errors, 'uncaught errors').to.deep.equal([]);
}

describe('the recommended host headers', () => {
  it('are sent on the frame, the story page and the bundle', async () => {
    const frame = await headersOf('/dist/embed.html');
    expect(frame.get('content-security-policy')).to.equal(frameCsp([location.origin]));
    expect(frameCsp()).to.include('frame-ancestors *');
    const page = await headersOf('/dist/story/');
    expect(page.get('content-security-policy')).to.equal(storyCsp([location.origin]));
    expect(storyCsp()).to.include("frame-ancestors 'self'");
    const bundle = await headersOf('/dist/news-embed.js');
    expect(bundle.get('cross-origin-resource-policy')).to.equal('cross-origin');
    expect(bundle.get('access-control-allow-origin')).to.equal('*');
    for (const headers of [frame, page, bundle]) {
      expect(headers.get('x-content-type-options')).to.equal('nosniff');
      expect(headers.get('referrer-policy')).to.equal('strict-origin-when-cross-origin');
    }
  });

  it('let the frame render the whole story with no violation', async () => {
    const page = await openPage(`/dist/embed.html?probe=1&src=${story}`, { width: 700, height: 900 });
    opened.push(page);
    const article = page.doc.querySelector('news-article') as Lit;
    await until(() => partText(article, 'headline') === HEADLINE, 'the story renders');
    await until(() => leadLoaded(article), 'the lead image loads');
    // The inline video cards render too (their posters wait for the reader, not for the network).
    const card = article.shadowRoot!.querySelector('video-card') as Lit | null;
    if (card) {
      await card.updateComplete;
      expect(partText(card, 'title')).not.to.equal('');
    }
    await frames(page.win);
    noViolations(page);
  });

  it('let the oEmbed card render with no violation', async () => {
    const page = await openPage(`/dist/embed.html?probe=1&layout=card&src=${story}&href=${encodeURIComponent('/dist/story/')}`, {
      width: 600,
      height: 900,
    });
    opened.push(page);
    const article = page.doc.querySelector('news-article') as Lit;
    await until(() => partText(article, 'headline') === HEADLINE, 'the card renders');
    await until(() => leadLoaded(article), 'the lead image loads');
    expect(article.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=more]')!.href).to.equal(new URL('/dist/story/', location.href).href);
    await frames(page.win);
    noViolations(page);
  });

  it("let the frame render in WordPress's sandbox (origin null), under its own policy", async () => {
    // WordPress frames an untrusted provider's card with sandbox="allow-scripts": the frame's
    // origin is opaque, so its policy's 'self' and CORS both have to hold for it. The sandboxed
    // page cannot be read from here; its height message says whether the story rendered (the story
    // is far taller than the refusal line).
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.style.cssText = 'width:600px;height:300px;border:0';
    let height = 0;
    const listener = (event: MessageEvent) => {
      if (event.source === frame.contentWindow && event.data?.type === 'news-embed:resize') height = Math.max(height, event.data.height);
    };
    addEventListener('message', listener);
    // The whole story, not the card: the card fills whatever height its frame has, the story grows with its content.
    frame.src = `/dist/embed.html?src=${encodeURIComponent(new URL('/demo/story/story.json', location.href).href)}`;
    document.body.append(frame);
    try {
      await until(() => height > 400, 'the sandboxed frame renders the story (height message over 400 px)', 8000);
    } finally {
      removeEventListener('message', listener);
      frame.remove();
    }
  });

  it('let the story page render with no violation', async () => {
    const page = await openPage('/dist/story/index.html?probe=1', { width: 800, height: 900 });
    opened.push(page);
    const article = page.doc.querySelector('news-article') as Lit;
    await article.updateComplete;
    await until(() => page.doc.querySelector('[slot=headline]')?.textContent?.includes(HEADLINE), 'the story page shows its story');
    await frames(page.win);
    noViolations(page);
  });
});
