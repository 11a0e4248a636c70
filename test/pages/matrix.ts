// The table-driven bad-input runner shared by the three bad-input test files. Each row feeds one
// element one bad input (attributes, properties, light-DOM JSON-LD or candidates, `src` responses)
// in a host page that loads the built bundle, and checks what a host page must be able to rely on:
// - no uncaught exception and no unhandled rejection in the page;
// - no script execution (the `__xss()` canary every payload calls stays at 0, and no `<script>`,
//   `on*` attribute, `srcdoc` or `javascript:` URL appears in any shadow root);
// - the `*-error` event with the documented reason, or none at all for a documented silent skip,
//   and one `news-embed:` console warning per problem;
// - what the reader sees (a localized message, or the rest rendered), checked per row;
// - the host's own light-DOM content still in place, unchanged.
// The page has no CSP on purpose: a policy would block an injected script and hide the bug.
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, scriptable, type HostPage, type PageWindow } from './helpers.js';
import { frames, until } from '../helpers.js';

export type Lit = HTMLElement & { updateComplete: Promise<unknown> };

export interface Context {
  page: HostPage;
  doc: Document;
  win: PageWindow;
  /** Error reasons seen so far for this row. */
  reasons: string[];
  /** All our events seen so far for this row, as `type:reason-or-index`. */
  events: CustomEvent[];
  /** `news-embed:` warnings logged by this row. */
  warnings(): string[];
  /** The host's own light-DOM node every row gets. */
  hostContent: HTMLElement;
}

export interface BadInput<E extends Lit = Lit> {
  /** A longer test timeout, for a row whose input is large (parsing and laying out a megabyte). */
  timeout?: number;
  name: string;
  attrs?: Record<string, string>;
  /** Properties set before the element is connected. */
  props?: Record<string, unknown>;
  /** Adds light-DOM children (JSON-LD, candidates) before the element is connected. */
  children?(el: E, doc: Document): void;
  /** `lang` on the element's parent, for the localized messages. */
  lang?: string;
  /** After the first render: press play, change a property, remove the element… */
  then?(el: E, ctx: Context): unknown;
  /**
   * The `*-error` reasons that must fire; `[]` is a documented silent skip (no error event).
   * An array of arrays: any one of these sets.
   */
  reasons: string[] | string[][];
  /** Documented non-fatal problems: warnings only, no event. */
  warns?: boolean;
  /** What the reader sees afterwards. */
  check?(el: E, ctx: Context): unknown;
}

export const HUGE = 'x'.repeat(1 << 20);

/** Classic XSS vectors; each would call the `__xss()` canary if it ever ran. */
export const XSS = [
  '<script>__xss()</script>',
  '<img src=x onerror=__xss()>',
  '"><svg onload=__xss()>',
  "'-__xss()-'",
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  'javascript:__xss()',
  '<a href="javascript:__xss()">click</a>',
  '{{constructor.constructor("__xss()")()}}',
  '${__xss()}',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
];

/** URLs the URL policy refuses. */
export const UNSAFE_URLS = [
  'javascript:__xss()',
  ' JaVa\tScRiPt:__xss()',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  '/\\evil.example/x',
  'https://user:secret@example.com/x',
];

/** Visible text of the element's shadow root (hidden nodes excluded), whitespace collapsed. */
export function shownText(el: Element): string {
  const root = el.shadowRoot!;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getClientRects().length === 0 && node.localName !== 'slot') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent!);
    node.childNodes.forEach(walk);
  };
  root.childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Runs every row of `rows` against `<tagName>` in a page that loads the built bundle. */
export function runMatrix<E extends Lit>(tagName: string, rows: BadInput<E>[]) {
  describe(`<${tagName}> bad-input matrix (${rows.length} inputs)`, () => {
    let page: HostPage;
    before(async () => {
      page = await openPage(`${FIXTURES}/blank.html`, { width: 900, height: 700 });
      // Languages other than English arrive as modules beside the bundle: a card in each language
      // the rows use fetches it first, so each row sees its localized text at once.
      for (const lang of new Set(rows.map((row) => row.lang).filter(Boolean))) {
        const card = page.doc.createElement('video-card');
        card.setAttribute('lang', lang!);
        card.setAttribute('name', 'Warm-up');
        page.doc.body.append(card);
        await until(() => card.shadowRoot?.querySelector('[part=kicker]'), `no strings for ${lang}`);
        card.remove();
      }
    });
    after(async () => {
      // Payloads that would fire later (an image error handler) have had their chance.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(page.probe.xss, 'script ran from data').to.equal(0);
      page.close();
    });

    it(`has at least 40 rows`, () => {
      expect(rows.length).to.be.at.least(40);
    });

    for (const row of rows) {
      it(row.name, async function () {
        if (row.timeout) this.timeout(row.timeout);
        const { doc, win, probe } = page;
        const errorsBefore = probe.errors.length;
        const warningsBefore = probe.warnings.length;
        const container = doc.createElement('div');
        if (row.lang) container.lang = row.lang;
        const el = doc.createElement(tagName) as E;
        for (const [name, value] of Object.entries(row.attrs ?? {})) el.setAttribute(name, value);
        row.children?.(el, doc);
        const hostContent = doc.createElement('p');
        hostContent.className = 'host-content';
        hostContent.textContent = 'The host’s own content.';
        el.append(hostContent);
        Object.assign(el, row.props ?? {});
        const ctx: Context = {
          page,
          doc,
          win,
          reasons: [],
          events: [],
          warnings: () => probe.warnings.slice(warningsBefore).filter((w) => w.startsWith('news-embed')),
          hostContent,
        };
        for (const type of ['random-image-error', 'video-card-error', 'news-article-error', 'random-image-change', 'video-card-play', 'news-article-load']) {
          container.addEventListener(type, (event) => {
            ctx.events.push(event as CustomEvent);
            if (type === `${tagName}-error` && event.target === el) ctx.reasons.push((event as CustomEvent).detail.reason);
          });
        }
        doc.body.append(container);
        container.append(el);
        try {
          await el.updateComplete;
          await row.then?.(el, ctx);
          const sets = (row.reasons.length && Array.isArray(row.reasons[0]) ? row.reasons : [row.reasons]) as string[][];
          const met = () => sets.some((set) => set.every((reason) => ctx.reasons.includes(reason)));
          if (sets.some((set) => set.length)) {
            // The message is written when the wait ends, not when it starts (then it could only ever
            // say "saw []"): the reasons that had fired by then and, for a row that drives a media
            // element, that element's state, which tells an engine still loading from one that
            // reported an error the element did not pass on.
            await until(met, 'error reasons', 6000).catch(() => {
              const media = el.shadowRoot?.querySelector<HTMLMediaElement>('video, audio');
              const state = media && `; <${media.localName}> networkState ${media.networkState}, readyState ${media.readyState}, error ${media.error?.code ?? 'none'}`;
              throw new Error(`Timeout: error reasons ${JSON.stringify(row.reasons)} (saw ${JSON.stringify(ctx.reasons)} after 6 s${state ?? ''})`);
            });
          }
          await el.updateComplete;
          await frames(win);
          if (sets.every((set) => set.length === 0)) {
            expect(ctx.reasons, 'a silent skip fires no error event').to.deep.equal([]);
          } else {
            expect(sets.some((set) => [...new Set(ctx.reasons)].every((r) => set.includes(r))), `only the documented reasons (saw ${ctx.reasons})`).to.be.true;
            expect(ctx.warnings().length, 'a console warning').to.be.at.least(1);
          }
          if (row.warns) expect(ctx.warnings().length, 'a warning naming the field').to.be.at.least(1);
          expect(probe.errors.slice(errorsBefore), 'uncaught exceptions').to.deep.equal([]);
          // Whatever the row checks, the element was upgraded by the bundle and rendered.
          expect(el, 'upgraded').to.be.instanceOf(win.customElements.get(tagName)!);
          expect((el as unknown as { hasUpdated: boolean }).hasUpdated, 'rendered').to.be.true;
          await row.check?.(el, ctx);
          expect(probe.errors.slice(errorsBefore), 'uncaught exceptions').to.deep.equal([]);
          expect(scriptable(el.shadowRoot!), 'script-capable nodes from data').to.deep.equal([]);
          expect(probe.xss, 'script ran from data').to.equal(0);
          expect(hostContent.parentNode, 'host content still in place').to.equal(el);
          expect(hostContent.textContent).to.equal('The host’s own content.');
        } finally {
          container.remove();
        }
      });
    }
  });
}
