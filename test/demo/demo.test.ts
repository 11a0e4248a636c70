import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, deepText, frameWindow, openPage, waitForText } from './helpers.js';
import { SHIPPED } from '../../src/locales/index.js';

const HEADLINE = 'The Maduro government still shows no signs of surrendering power in Venezuela';
const SECTIONS = [
  'An allegation of mass forgery',
  "A 'double standard' on non-interference",
  'Cuban government watches nervously',
];

function leadOf(frame: HTMLIFrameElement) {
  const article = frame.contentDocument!.querySelector('news-article')!;
  return article.shadowRoot?.querySelector('random-image') as (HTMLElement & { index: number; current?: { src: string } }) | null;
}

async function leadIndex(frame: HTMLIFrameElement): Promise<number> {
  await waitUntil(() => (leadOf(frame)?.index ?? -1) >= 0, 'the lead image was not chosen', { timeout: 8000 });
  return leadOf(frame)!.index;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('demo/index.html (what npm start opens)', () => {
  it('shows the whole story: headline, sections, lead image, both videos, author, credit, related link', async () => {
    const frame = await openPage('/demo/index.html');
    await waitForText(frame, 'news-article', 'Cuban government watches nervously');
    const article = frame.contentDocument!.querySelector('news-article')!;
    const text = deepText(article);
    expect(text).to.include(HEADLINE);
    for (const section of SECTIONS) expect(text).to.include(section);
    expect(text).to.include('Evan Dyer');
    expect(text).to.include('Senior Reporter');
    expect(text).to.include('www.cbc.ca');
    expect(text).to.include('Trump pleads not guilty');
    const cards = article.shadowRoot!.querySelectorAll('video-card');
    expect(cards).to.have.length(2);
    await waitUntil(() => [...cards].every((c) => c.shadowRoot && deepText(c).includes('9:34') !== deepText(c).includes('1:56')));
    expect(deepText(cards[0])).to.include('9:34');
    expect(deepText(cards[1])).to.include('1:56');
    const lead = leadOf(frame)!;
    const img = lead.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete && img.naturalWidth > 0, 'the lead image did not load', { timeout: 8000 });
    const win = frameWindow(frame);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('shows a different lead image on every reload: 10 loads, at least 4 images, never the same twice in a row', async function () {
    this.timeout(60_000);
    for (const key of Object.keys(localStorage)) if (key.startsWith('random-image')) localStorage.removeItem(key);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      const frame = await openPage('/demo/index.html');
      seen.push(await leadIndex(frame));
      frame.remove();
    }
    expect(new Set(seen).size, `lead images: ${seen}`).to.be.at.least(4);
    for (let i = 1; i < seen.length; i++) expect(seen[i], `lead images: ${seen}`).to.not.equal(seen[i - 1]);
  });

  it('switches language, theme and container width from its settings bar', async () => {
    const frame = await openPage('/demo/index.html');
    await waitForText(frame, 'news-article', 'Evan Dyer');
    const doc = frame.contentDocument!;
    const article = doc.querySelector('news-article')!;
    const set = (id: string, value: string) => {
      const select = doc.getElementById(id) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('lang', 'es');
    await waitForText(frame, 'news-article', 'Sobre la firma');
    set('theme', 'dark');
    expect(article.getAttribute('theme')).to.equal('dark');
    set('width', '280px');
    await waitUntil(() => article.getBoundingClientRect().width <= 280, 'the story takes the 280 px column', { timeout: 8000 });
  });

  it('offers every shipped language and a right-to-left story', async () => {
    const frame = await openPage('/demo/index.html');
    await waitForText(frame, 'news-article', 'Evan Dyer');
    const doc = frame.contentDocument!;
    const options = [...(doc.getElementById('lang') as HTMLSelectElement).options].map((option) => option.value);
    expect(options.filter(Boolean)).to.deep.equal(SHIPPED);
    const select = doc.getElementById('story-src') as HTMLSelectElement;
    select.value = './story/albayan-ar.json';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const article = doc.querySelector('news-article')!;
    await waitForText(frame, 'news-article', 'القائم بأعمال السفارة الأفغانية');
    const headline = article.shadowRoot!.querySelector('[part=headline]')!;
    expect(frame.contentWindow!.getComputedStyle(headline).direction).to.equal('rtl');
    expect(headline.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
    await waitForText(frame, 'news-article', 'بقلم');
    expect(article.shadowRoot!.querySelector('[part=byline]')!.textContent).not.to.match(/\b(By|Published|min read)\b/);
  });

  it('has no axe violations', async function () {
    // axe walks the whole rendered story: on a loaded two-core machine that alone can pass 10 s.
    this.timeout(30_000);
    const frame = await openPage('/demo/index.html');
    await waitForText(frame, 'news-article', 'Evan Dyer');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});

describe('demo/story/ (the light-DOM story)', () => {
  it('renders the story from plain HTML with no console errors', async function () {
    // It ends with an axe run over the whole story (see above).
    this.timeout(30_000);
    const frame = await openPage('/demo/story/index.html');
    await waitUntil(() => frame.contentDocument!.querySelector('news-article')?.shadowRoot, 'not upgraded');
    const text = deepText(frame.contentDocument!.querySelector('news-article')!);
    expect(text).to.include(HEADLINE);
    for (const section of SECTIONS) expect(text).to.include(section);
    await leadIndex2(frame);
    const win = frameWindow(frame);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});

async function leadIndex2(frame: HTMLIFrameElement) {
  const lead = frame.contentDocument!.querySelector('random-image') as HTMLElement & { index: number };
  await waitUntil(() => lead.index >= 0, 'the light-DOM lead image was not chosen');
}

describe('demo/embed.html (the embed builder)', () => {
  const looksLike: Record<string, RegExp> = {
    html: /<news-article[^>]*>\s*<p slot="kicker">/,
    src: /<news-article src=/,
    iframe: /<iframe src=/,
  };

  async function snippetFor(builder: HTMLIFrameElement, style: string) {
    const doc = builder.contentDocument!;
    const box = doc.getElementById('snippet') as HTMLTextAreaElement;
    (doc.querySelector(`input[name="style"][value="${style}"]`) as HTMLInputElement).click();
    await waitUntil(() => looksLike[style]!.test(box.value), `no ${style} snippet`, { timeout: 8000 });
    return box.value;
  }

  /** Pastes a snippet into an empty HTML page, the way a blogger would. */
  async function pasteIntoBlankPage(snippet: string) {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:900px;height:900px;border:0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame;
  }

  it('makes an HTML + script snippet that renders the story in a blank page', async () => {
    const builder = await openPage('/demo/embed.html');
    const snippet = await snippetFor(builder, 'html');
    expect(snippet).to.match(/^<script type="module" src="http:\/\/[^"]+\/dist\/news-embed\.js"><\/script>/);
    expect(snippet).to.include(`<h2 slot="headline">${HEADLINE}</h2>`);
    const page = await pasteIntoBlankPage(snippet);
    await waitUntil(() => page.contentDocument!.querySelector('news-article')?.shadowRoot, 'not upgraded', { timeout: 8000 });
    const text = deepText(page.contentDocument!.querySelector('news-article')!);
    expect(text).to.include(HEADLINE);
    for (const section of SECTIONS) expect(text).to.include(section);
    await leadIndex2(page);
  });

  it('makes a story-URL + script snippet that renders the story in a blank page', async () => {
    const builder = await openPage('/demo/embed.html');
    const snippet = await snippetFor(builder, 'src');
    expect(snippet).to.match(/<news-article src="http:\/\/[^"]+\/demo\/story\/story\.json"/);
    const page = await pasteIntoBlankPage(snippet);
    await waitForText(page, 'news-article', 'Cuban government watches nervously');
    expect(deepText(page.contentDocument!.querySelector('news-article')!)).to.include(HEADLINE);
  });

  it('makes an iframe snippet whose frame renders the story and sizes itself', async function () {
    this.timeout(40_000);
    const builder = await openPage('/demo/embed.html');
    const snippet = await snippetFor(builder, 'iframe');
    expect(snippet).to.match(/<iframe src="http:\/\/[^"]+\/dist\/embed\.html\?src=/);
    // The sizing script is an empty external script: a CMS that strips it leaves no code as text.
    expect(snippet).to.match(/<script src="http:\/\/[^"]+\/dist\/embed-resize\.js" async><\/script>$/);
    expect(snippet).to.not.match(/<script>[^<]/);
    const page = await pasteIntoBlankPage(snippet);
    const inner = page.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => inner.contentDocument?.querySelector('news-article'), 'no story frame', { timeout: 15_000 });
    await waitForText(inner, 'news-article', 'Cuban government watches nervously', 15_000);
    // The listener in the snippet takes the height the frame reports, as the story grows.
    const fits = () => {
      const wanted = inner.contentDocument!.documentElement.getBoundingClientRect().height;
      return wanted > 1000 && Math.abs(Number(inner.getAttribute('height')) - wanted) <= 2;
    };
    await waitUntil(fits, 'the frame did not report its height', { timeout: 15_000 });
  });

  it('changes the snippet with the options and confirms a copy', async () => {
    const builder = await openPage('/demo/embed.html');
    const doc = builder.contentDocument!;
    await snippetFor(builder, 'src');
    const select = (id: string, value: string) => {
      const el = doc.getElementById(id) as HTMLSelectElement;
      el.value = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    };
    select('theme', 'dark');
    select('lang', 'fr');
    select('heading-level', '3');
    select('lead', 'first');
    select('interval', '6');
    const box = doc.getElementById('snippet') as HTMLTextAreaElement;
    await waitUntil(() => box.value.includes('interval="6"'), 'the snippet did not follow the options');
    expect(box.value).to.include('theme="dark"');
    expect(box.value).to.include('lang="fr"');
    expect(box.value).to.include('heading-level="3"');
    expect(box.value).to.include('lead="first"');
    expect(box.value).to.include('interval="6"');
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await waitUntil(() => doc.getElementById('copied')!.textContent !== '', 'no copy confirmation');
    expect(doc.getElementById('copied')!.textContent).to.match(/Copied|Selected/);
  });

  it('puts Subresource Integrity on the script tag only for a versioned CDN URL, matching the built bundle', async () => {
    const builder = await openPage('/demo/embed.html');
    const doc = builder.contentDocument!;
    const snippet = await snippetFor(builder, 'src');
    expect(snippet).to.not.include('integrity=');
    const host = doc.getElementById('host') as HTMLSelectElement;
    host.value = 'jsdelivr';
    host.dispatchEvent(new Event('change', { bubbles: true }));
    const box = doc.getElementById('snippet') as HTMLTextAreaElement;
    await waitUntil(() => box.value.includes('cdn.jsdelivr.net'), 'no CDN snippet');
    // The build writes the digest of dist/news-embed.js (test/node/embed.test.mjs checks it against the file).
    const { version, integrity } = await (await fetch('/dist/news-embed.sri.json')).json();
    expect(integrity).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(box.value).to.include(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/news-embed@${version}/dist/news-embed.js" integrity="${integrity}" crossorigin="anonymous"></script>`,
    );
  });

  it('writes a src snippet whose fallback is a visible link to the story page', async () => {
    const builder = await openPage('/demo/embed.html');
    const snippet = await snippetFor(builder, 'src');
    expect(snippet).to.match(new RegExp(`<news-article src="[^"]+"[^>]*>\\s*<p><a href="http://[^"]+/dist/story/">Read the story: ${HEADLINE}</a></p>\\s*</news-article>`));
  });

  it('refuses a story URL that is not http(s)', async () => {
    const builder = await openPage('/demo/embed.html');
    const doc = builder.contentDocument!;
    (doc.querySelector('input[name="source"][value="url"]') as HTMLInputElement).click();
    const input = doc.getElementById('story-url') as HTMLInputElement;
    input.value = 'javascript:alert(1)';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => /not an http/.test(doc.getElementById('status')!.textContent!));
    expect((doc.getElementById('snippet') as HTMLTextAreaElement).value).to.equal('');
  });

  it('has no axe violations', async () => {
    const builder = await openPage('/demo/embed.html');
    await snippetFor(builder, 'html');
    expect(await axeViolations(builder)).to.deep.equal([]);
  });
});
