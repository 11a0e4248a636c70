import { expect, waitUntil } from '@open-wc/testing';
import { requested, token as newToken } from '../helpers.js';

// The inline "early choice" snippet (dist/early-choice.js) in a real page: it must choose with the
// element's own rules and storage, start the chosen image's download before the bundle arrives,
// and hand the choice over so the element neither chooses again nor downloads anything else.
const colours = ['red', 'green', 'blue', 'yellow'];
let snippet = '';

before(async () => {
  snippet = await (await fetch('/dist/early-choice.js')).text();
});

function candidates(token: string) {
  return colours
    .map((c) => `<figure><img data-src="/test/fixtures/random-image/${c}.svg?t=${token}" alt="${c}" width="300" height="200"><figcaption>${c}</figcaption></figure>`)
    .join('');
}

async function openPage(token: string, { bundle = true, early = true, key = token } = {}) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"></head><body>
    <random-image storage-key="early-${key}"><template>${candidates(token)}</template></random-image>
    ${early ? `<script>${snippet}</script><script>window.chosenBeforeBundle = document.querySelector('random-image').getAttribute('chosen');</script>` : ''}
    ${bundle ? '<script type="module" src="/dist/news-embed.js"></script>' : ''}
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('early-choice snippet', () => {
  it('chooses before the bundle, and the element shows that image without downloading another', async () => {
    const token = newToken();
    const frame = await openPage(token);
    const win = frame.contentWindow as Window & { chosenBeforeBundle: string | null };
    expect(win.chosenBeforeBundle).to.match(/^[0-3]$/);
    const el = frame.contentDocument!.querySelector('random-image') as HTMLElement & { index: number };
    await waitUntil(() => el.index >= 0, 'the element did not show an image');
    expect(el.index).to.equal(Number(win.chosenBeforeBundle));
    const img = el.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load');
    expect(img.getAttribute('src')).to.include(`${colours[el.index]}.svg`);
    const urls = await requested(token);
    expect(new Set(urls.map((u) => u.split('?')[0])).size, urls.join(', ')).to.equal(1);
    expect(urls[0]).to.include(`${colours[el.index]}.svg`);
  });

  it('starts the chosen image download even before (or without) the bundle', async () => {
    const token = newToken();
    const frame = await openPage(token, { bundle: false });
    const chosen = Number(frame.contentDocument!.querySelector('random-image')!.getAttribute('chosen'));
    await waitUntil(async () => (await requested(token)).length > 0, 'nothing was requested', { timeout: 5000 });
    const urls = await requested(token);
    expect(urls).to.have.length(1);
    expect(urls[0]).to.include(`${colours[chosen]}.svg`);
  });

  it('keeps the no-repeat rule across loads with and without the snippet (one shared memory)', async () => {
    const key = newToken();
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) {
      const frame = await openPage(newToken(), { early: i % 2 === 0, key });
      const el = frame.contentDocument!.querySelector('random-image') as HTMLElement & { index: number };
      await waitUntil(() => el.index >= 0);
      seen.push(el.index);
      frame.remove();
    }
    for (let i = 1; i < seen.length; i++) expect(seen[i], `indexes: ${seen}`).to.not.equal(seen[i - 1]);
    // A shuffle bag: the first four loads show four different images.
    expect(new Set(seen.slice(0, 4)).size, `indexes: ${seen}`).to.equal(4);
  });
});
