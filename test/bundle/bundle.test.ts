import { expect } from '@open-wc/testing';

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
  await win.customElements.whenDefined('news-article');
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
});
