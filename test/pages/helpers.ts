// Opens host pages (served by the test server, loading the built bundle like a real site) in an
// iframe of the test page, and reads what `fixtures/probe.js` recorded there.
import { partText, until } from '../helpers.js';

export interface Probe {
  violations: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  xss: number;
  timers: Map<number, string>;
  listeners: Map<unknown, Set<string>>;
  listenerCount(): number;
  observed: Set<[IntersectionObserver, Element]>;
  observersCreated: number;
  fetches: { url: string; signal?: AbortSignal }[];
  /** `<event type> <detail.reason>` of every `*-error` event of the elements, in order. */
  errorEvents: string[];
}

export type PageWindow = Window & typeof globalThis & { __probe: Probe; [key: string]: unknown };

export interface HostPage {
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  probe: Probe;
  close(): void;
}

export const FIXTURES = '/test/pages/fixtures';
export const TAGS = ['random-image', 'video-card', 'news-article'] as const;

/**
 * Opens `url` in a same-origin iframe of `width` × `height` CSS pixels and waits for its `load`
 * event and, unless `defined` is false, for the three elements to be defined there.
 */
export async function openPage(
  url: string,
  { width = 1000, height = 800, defined = true }: { width?: number; height?: number; defined?: boolean } = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  if (defined) await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  return { frame, win, doc: frame.contentDocument!, probe: win.__probe, close: () => frame.remove() };
}

/** Every element of `root` and of the shadow roots inside it, depth first. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    found.push(el);
    if (el.shadowRoot) found.push(...deepElements(el.shadowRoot));
  }
  return found;
}

/** Elements a page's data could have turned into script: `<script>`, `on*` attributes, `javascript:` links, `srcdoc`. */
export function scriptable(root: ParentNode): string[] {
  return deepElements(root).flatMap((el) => {
    const found: string[] = [];
    if (el.localName === 'script' && el.getAttribute('type') !== 'application/ld+json') found.push('<script>');
    for (const attr of el.attributes) {
      // eslint-disable-next-line no-control-regex -- browsers drop these before reading a scheme
      const value = attr.value.replace(/[\s\0-\x1f]/g, '').toLowerCase();
      if (attr.name.startsWith('on')) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'srcdoc') found.push(`${el.localName}[srcdoc]`);
      if (/^(javascript|vbscript|data):/.test(value) && /^(src|href|srcset|poster|action|formaction|xlink:href)$/.test(attr.name)) {
        found.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 40)}]`);
      }
    }
    return found;
  });
}

/** Whether `el` is rendered (has a box). */
export const visible = (el: Element | null | undefined): boolean => !!el && el.getClientRects().length > 0;

/**
 * The sample markup of the fixture pages works: `<random-image>` shows a loaded image,
 * `<video-card>` shows its title and turns into a player on play(), `<news-article>` renders its
 * JSON-LD story.
 */
export async function sampleWorks(root: ParentNode, { play = true } = {}) {
  type Lit = Element & { updateComplete: Promise<unknown> };
  const image = root.querySelector('random-image') as Lit;
  await until(() => {
    const img = image.shadowRoot?.querySelector('img');
    return img?.complete && img.naturalWidth > 0;
  }, 'random-image shows a loaded image');
  const card = root.querySelector('video-card') as Lit & { play(): boolean };
  // A card in a language other than English shows once that language's strings have arrived.
  await until(() => partText(card, 'title'), 'video-card has no title');
  if (play) {
    if (!card.play()) throw new Error('video-card does not play');
    await card.updateComplete;
    if (!card.shadowRoot!.querySelector('video[part~="player"]')) throw new Error('video-card shows no player');
  }
  const article = root.querySelector('news-article') as Lit;
  await until(
    () => partText(article, 'headline') === 'Inline story' || article.querySelector('[slot="headline"]'),
    'news-article renders its story',
  );
}

/** The `news-embed:` console warnings of a page. */
export const ourWarnings = (probe: Probe) => probe.warnings.filter((w) => w.startsWith('news-embed'));
