import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { setNow } from '../../src/shared/time.js';

// Loads the built, self-contained bundle (dist/news-embed.js) into a blank page, the way a
// third-party site does, and reports what happened there.
interface PageReport {
  defined: string[];
  /** Whether the page's `<video-card>` was upgraded by the first definition. */
  upgraded: boolean;
  /** The title that `<video-card>` rendered. */
  title?: string;
  errors: string[];
  warnings: string[];
}

async function loadBlankPage(scripts: string[]): Promise<PageReport> {
  const frame = document.createElement('iframe');
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('');
  frame.srcdoc = `<!doctype html><html><head><script>
      window.__errors = []; window.__warnings = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
      const warn = console.warn.bind(console);
      console.warn = (...a) => { __warnings.push(String(a[0])); warn(...a); };
    </script>${tags}</head><body><video-card name="Rendered by the bundle" content-url="/test/fixtures/video-card/clip.webm"></video-card></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __errors: string[]; __warnings: string[] };
  // <video-card> is defined a task after the other two (the lead image and the story go first).
  await win.customElements.whenDefined('video-card');
  const card = win.document.querySelector('video-card') as HTMLElement & { updateComplete: Promise<unknown> };
  await card.updateComplete;
  const report = {
    defined: ['random-image', 'video-card', 'news-article'].filter((tag) => win.customElements.get(tag)),
    upgraded: card instanceof win.customElements.get('video-card')!,
    title: card.shadowRoot?.querySelector('[part~="title"]')?.textContent ?? undefined,
    errors: win.__errors,
    warnings: win.__warnings.filter((w) => w.startsWith('news-embed')),
  };
  frame.remove();
  return report;
}

describe('dist/news-embed.js', () => {
  it('alone in a blank page defines all three elements', async () => {
    const report = await loadBlankPage(['/dist/news-embed.js']);
    expect(report.defined).to.deep.equal(['random-image', 'video-card', 'news-article']);
    expect(report.upgraded).to.equal(true);
    expect(report.title).to.equal('Rendered by the bundle');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.deep.equal([]);
  });

  it('defines <random-image> and <news-article> as it runs, and <video-card> in a later task', async () => {
    // What the host page can do between the two: handle input and paint (a task per timer, HTML §8.1.7).
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/dist/news-embed.js"></script><script type="module">
      window.__seen = [['random-image', 'news-article', 'video-card'].map((tag) => !!customElements.get(tag))];
    </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & { __seen: boolean[][] };
    await win.customElements.whenDefined('video-card');
    expect(win.__seen[0]).to.deep.equal([true, true, false]);
    frame.remove();
  });

  it('loaded twice throws nothing and warns once', async () => {
    const report = await loadBlankPage(['/dist/news-embed.js?copy=1', '/dist/news-embed.js?copy=2']);
    expect(report.defined).to.have.length(3);
    // The first copy's definition renders the page's element.
    expect(report.upgraded).to.equal(true);
    expect(report.title).to.equal('Rendered by the bundle');
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.match(/is already defined by another copy/);
  });

  // The build minifies the templates; the words a reader sees and hears, spaces included, must be
  // the ones the sources render (a space dropped between a relative time and its full date reads
  // "4 hours ago(Saturday…)").
  it('renders the same text, spaces included, as the source modules', async () => {
    const NOW = '2024-08-03T12:00:00Z';
    const story = {
      '@type': 'NewsArticle',
      headline: 'Same words',
      author: { name: 'Ada Writer' },
      publisher: { name: 'Example News' },
      datePublished: '2024-08-03T08:00:00Z',
      newsEmbedBody: [{ type: 'quote', text: 'A quoted sentence.', cite: 'A Source' }, { type: 'paragraph', text: 'Body.' }],
    };
    const card = `<video-card name="A clip" duration="PT2M30S" upload-date="2024-08-03T08:00:00Z" description="What happens." content-url="/test/fixtures/video-card/clip.webm"></video-card>`;
    const article = `<news-article><script type="application/ld+json">${JSON.stringify(story)}</script></news-article>`;
    const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="news-embed-now" content="${NOW}"><script type="module" src="/dist/news-embed.js"></script></head><body>${card}${article}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow!;
    await win.customElements.whenDefined('video-card');
    const built = [...win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('video-card, news-article')];
    await Promise.all(built.map((el) => el.updateComplete));
    const fromBundle = built.map(text);
    frame.remove();

    setNow(NOW);
    try {
      const page = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      page.innerHTML = card + article;
      const sources = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('video-card, news-article')];
      await Promise.all(sources.map((el) => el.updateComplete));
      expect(fromBundle).to.deep.equal(sources.map(text));
      expect(fromBundle[0]).to.contain('4 hours ago (');
      expect(fromBundle[1]).to.contain('A quoted sentence. — A Source');
    } finally {
      setNow(null);
    }
  });
});

