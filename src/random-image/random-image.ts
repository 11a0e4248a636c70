import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { RotationController, reducedMotion } from '../controllers/rotation.js';
import { NewsEmbedElement } from '../shared/element.js';
import { emit, report, warnOnce } from '../shared/events.js';
import { fill } from '../shared/i18n.js';
import { shared } from '../shared/styles.js';
import { now } from '../shared/time.js';
import { safeSrcset, safeUrl } from '../shared/url.js';
import { choose } from './choose.js';
import { styles } from './random-image.styles.js';

/** A `<source>` of a `<picture>` candidate. */
export interface RandomImageSource {
  srcset: string;
  type?: string;
  media?: string;
  sizes?: string;
}

/** One candidate image. */
export interface RandomImageItem {
  src: string;
  srcset?: string;
  sizes?: string;
  /** Alternative text; `''` marks the image as decorative. */
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
  /** Relative chance of being chosen (default 1, 0 = never). */
  weight?: number;
  /** Alternative formats, as the `<source>`s of a `<picture>`. */
  sources?: RandomImageSource[];
}

export type RandomImageChangeReason = 'initial' | 'rotate' | 'user' | 'fallback';

export interface RandomImageChangeDetail {
  /** The index now showing. */
  index: number;
  /** The index shown before, -1 for the first choice. */
  previousIndex: number;
  reason: RandomImageChangeReason;
}

// The unions are written out on the properties (not as aliases) so that custom-elements.json lists
// the values, which the editor data and framework typings generated from it offer as completions.
/** How often the choice changes: `reload`, `session` or `daily`. */
export type RandomImageMode = RandomImageElement['mode'];

/** The chosen image's `fetchpriority`: `high`, `auto` or `low`. */
export type RandomImagePriority = RandomImageElement['priority'];

export interface RandomImageErrorDetail {
  reason: 'empty' | 'invalid-url' | 'load-failed' | 'all-failed';
  index?: number;
  message?: string;
}

/**
 * @summary Shows one image of a set, a different one on each page reload (never the same twice in a
 * row), optionally rotating on a timer, with the box sized before any image byte arrives.
 *
 * @tag random-image
 * @slot - Candidates: `<img>`, `<picture>` or `<figure>` (image + `<figcaption>`) children, or the same
 * inside a `<template>` child (recommended: a template's content is inert, so unchosen images cost no
 * bytes). Children may carry `data-weight` and `data-credit`. Not displayed.
 *
 * @csspart image - The `<img>` showing.
 * @csspart placeholder - The box shown in place of the image when no candidate could be loaded.
 * @csspart caption - The caption under the image.
 * @csspart credit - The credit under the image.
 * @csspart controls - The pause/play button.
 *
 * @cssprop --random-image-aspect-ratio - The box's aspect ratio (beats the `aspect-ratio` attribute and the candidates' sizes).
 * @cssprop [--random-image-object-fit=cover] - How an image fills the box.
 * @cssprop [--random-image-radius=0] - Corner radius of the box.
 * @cssprop [--random-image-caption-color=inherit] - Caption and credit colour.
 * @cssprop [--random-image-caption-font=inherit] - Caption and credit font (the `font` shorthand).
 * @cssprop [--random-image-crossfade-duration=0.6s] - Duration of the crossfade between rotating images.
 *
 * @fires {CustomEvent<RandomImageChangeDetail>} random-image-change - A new image shows: `{ index, previousIndex, reason }`, reason `initial`, `rotate`, `user` or `fallback`.
 * @attr {number} chosen - A choice already made, the index of a candidate whose URL is accepted (as the
 * early-choice script sets it); read once, when the element connects.
 *
 * @fires {CustomEvent<RandomImageErrorDetail>} random-image-error - `{ reason, index?, message? }`, reason `empty`, `invalid-url`, `load-failed` or `all-failed`.
 */
export class RandomImageElement extends NewsEmbedElement {
  static override tag = 'random-image';

  static override styles = [shared, styles];

  static override properties: PropertyDeclarations = {
    images: { attribute: false },
    mode: {},
    seed: {},
    storageKey: { attribute: 'storage-key' },
    interval: { type: Number },
    priority: {},
    aspectRatio: { attribute: 'aspect-ratio' },
  };

  /** The candidates, for script users; when set, it replaces the light-DOM children. */
  images?: RandomImageItem[];

  /** `reload`: a new image on each page load; `session`: one per browsing session; `daily`: one per UTC day for everyone. */
  mode: 'reload' | 'session' | 'daily' = 'reload';

  /** A seed makes the choice deterministic whatever the mode (tests, screenshots, server rendering). */
  seed?: string;

  /** The storage key for the choice's memory; derived from the set of images by default. */
  storageKey?: string;

  /** Seconds between rotations (at least 0.5, at most about 23 days); 0 (default) = no rotation. */
  interval = 0;

  /** Fetch priority of the chosen image: `high` (default), `auto` or `low`. */
  priority: 'high' | 'auto' | 'low' = 'high';

  /** The box's aspect ratio, e.g. `16/9` or `16:9`; defaults to the first candidate's `width`/`height`. */
  aspectRatio?: string;

  private __items: RandomImageItem[] = [];
  private __index = -1;
  private __first = -1;
  /** The candidate list the element was set up from; `undefined` before the first set-up. */
  private __signature?: string;
  /** The image fading out (-1: none) and the one fetched ahead of its turn (-1: none). */
  private __prev = -1;
  private __next = -1;
  private __failed = new Set<number>();
  // Flags start undefined (false) rather than initialized: no constructor code for them.
  private __broken?: boolean;
  private __fade?: boolean;
  private __rotation = new RotationController(this, {
    canRotate: () => this.__items.length - this.__failed.size > 1 && !this.__broken,
    prepare: () => {
      this.__next = this.__step(1);
      this.requestUpdate();
    },
    advance: () => this.__show(this.__step(1), 'rotate'),
  });

  /** Index of the image showing among the candidates whose URL was accepted; -1 when none. */
  get index(): number {
    return this.__index;
  }

  /** The candidate showing, or `undefined`. */
  get current(): RandomImageItem | undefined {
    return this.__items[this.__index];
  }

  /** Whether rotation is paused by the reader (the pause button) or by reduced motion. */
  get paused(): boolean {
    return this.__rotation.paused;
  }

  /** Shows candidate `index` (ignored when out of range or known to be broken). */
  show(index: number): void {
    if (this.__items[index] && !this.__failed.has(index)) this.__show(index, 'user');
  }

  /** Shows the next candidate (skipping broken ones). */
  next(): void {
    this.__show(this.__step(1), 'user');
  }

  /** Shows the previous candidate. */
  previous(): void {
    this.__show(this.__step(-1), 'user');
  }

  override connectedCallback() {
    super.connectedCallback();
    // The first update runs now, not a microtask later (after the rest of the bundle has run and the
    // other elements have upgraded), so the choice is made, `index` and `current` are set and the
    // chosen image's request starts as soon as the element is in the page. Properties set before
    // the upgrade are in place by then (LitElement restores them at the start of the first update).
    // A server-rendered element waiting for its host to hydrate it (`defer-hydration`) is left to
    // Lit's hydration support.
    if (!this.hasUpdated && !this.hasAttribute('defer-hydration')) this.performUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('images')) this.__sync();
    if (changed.has('interval')) {
      this.__rotation.interval = this.interval;
      this.__rotation.schedule();
    }
  }

  override render() {
    const index = this.__index;
    const item = this.__items[this.__broken ? this.__first : index];
    // While the language's strings load (a module beside the bundle), the image shows at once and
    // the words around it follow: never English first.
    const { strings: s } = this.__i18n;
    const paused = this.__rotation.paused;
    const { caption, credit } = item ?? {};
    // Only the image showing, the one fading out and the one fetched ahead are in the DOM, each at
    // its own position, so Lit keeps the same <img> (and its request) while the classes change.
    return html`<slot hidden @slotchange=${this.__sync}></slot>${
      item
        ? html`<figure style=${
            isServer
              ? '--_ratio:' + this.__ratio()
              : // Leaves the attribute out; typed for lit-analyzer 2, which does not know `nothing`.
                (nothing as never)
          }><div class=frame part=${this.__broken ? 'placeholder' : ''} @animationend=${this.__handleFaded}>${
            this.__broken
              ? html`<b>${s?.imageUnavailable}</b>${item.alt}`
              : this.__items.map((it, i) =>
                  i == index || i == this.__prev || i == this.__next
                    ? // Always a <picture>, its <source>s before the <img> in the same template: the sources
                      // exist before the img gets its src, so source selection sees them (WebKit selects at once).
                      html`<picture>${it.sources?.map(
                          (source) =>
                            html`<source srcset=${source.srcset}
                              type=${source.type ?? nothing}
                              media=${source.media ?? nothing}
                              sizes=${source.sizes ?? nothing}>`,
                        )}<img part=image
                          class=${i == index ? (this.__fade ? 'on fade' : 'on') : i == this.__prev ? 'out' : ''}
                          src=${it.src}
                          srcset=${it.srcset ?? nothing}
                          sizes=${it.sizes ?? nothing}
                          alt=${it.alt ?? ''}
                          width=${it.width ?? ''}
                          height=${it.height ?? ''}
                          fetchpriority=${i == this.__first ? this.priority || 'high' : nothing}
                          @error=${() => this.__handleError(i)}></picture>`
                    : nothing,
                )
          }</div>${
            this.__rotation.active
              ? html`<button part=controls
                  class=${paused ? 'play' : ''}
                  aria-label=${s?.[paused ? 'playRotation' : 'pauseRotation'] ?? nothing}
                  @click=${this.__handleToggle}></button>`
              : nothing
          }<figcaption ?hidden=${!caption && !credit}><span part=caption>${caption}</span><small part=credit
              ?hidden=${!credit}>${s ? fill(s.credit, credit) : credit}</small></figcaption></figure>`
        : nothing
    }`;
  }

  protected override updated() {
    // A CSSOM write, not a style attribute: works under a strict `style-src` CSP. (A server writes
    // the attribute, which hydration leaves as it is, so the box has its size before any script.)
    this.renderRoot.querySelector('figure')?.style.setProperty('--_ratio', this.__ratio());
  }

  /** The box's aspect ratio: the attribute's, else the first sized candidate's. */
  private __ratio() {
    const sized = this.__items.find((item) => item.width && item.height);
    return this.aspectRatio?.replace(':', '/') || (sized ? `${sized.width}/${sized.height}` : 'auto');
  }

  /** The new image has faded in over the old one, which can go. */
  private __handleFaded() {
    this.__prev = -1;
    this.requestUpdate();
  }

  /** Pause/play button. */
  private __handleToggle() {
    this.__rotation.toggle();
  }

  /** Candidates from `images`, or from the light DOM (children, and the content of `<template>` children). */
  private __collect(): RandomImageItem[] {
    if (this.images) return Array.isArray(this.images) ? this.images : [];
    // A server-side DOM has no light DOM to read: server rendering sets `images`.
    if (isServer) return [];
    const found: RandomImageItem[] = [];
    // `data-src`, `data-srcset`… win over `src`, `srcset`…: Firefox's speculative parser fetches
    // `<img src>` even inside a `<template>`, but never a `data-` attribute. The same lookup reads
    // `data-weight` and `data-credit`.
    const read = (el: Element, names: string): Record<string, string | undefined> =>
      Object.fromEntries(names.split(' ').map((name) => [name, el.getAttribute('data-' + name) ?? el.getAttribute(name) ?? undefined]));
    const add = (el: Element): void => {
      if (el instanceof HTMLTemplateElement) return [...el.content.children].forEach(add);
      const img = el.localName == 'img' ? el : /^(picture|figure)$/.test(el.localName) && el.querySelector('img');
      if (img) {
        const a = read(img, 'src srcset sizes alt width height credit weight');
        const b = read(el, 'credit weight');
        found.push({
          ...(a as unknown as RandomImageItem),
          width: +a.width! || undefined,
          height: +a.height! || undefined,
          caption: el.querySelector('figcaption')?.textContent?.trim(),
          credit: b.credit ?? a.credit,
          weight: parseFloat((b.weight ?? a.weight)!),
          sources: [...el.querySelectorAll('source')].map((s) => read(s, 'srcset type media sizes') as unknown as RandomImageSource),
        });
      }
    };
    [...this.children].forEach(add);
    return found;
  }

  /** Sets up from the candidates when they differ from the ones already set up. */
  private __sync() {
    const raw = this.__collect();
    const signature = raw.map((item) => item?.src).join('\n');
    if (signature == this.__signature) return;
    this.__signature = signature;
    this.__failed.clear();
    this.__broken = false;
    this.__index = this.__prev = this.__next = -1;
    this.__items = [];
    raw.forEach((item, i) => {
      const src = safeUrl(item?.src);
      if (!src) return this.__error('invalid-url', `image ${i + 1}: refused URL`, i);
      if (item.alt == null) warnOnce(this, '<random-image> an image has no alt (alt="" if decorative)');
      this.__items.push({
        ...item,
        src,
        srcset: safeSrcset(item.srcset),
        sources: [item.sources ?? []].flat().flatMap((s) => {
          const srcset = safeSrcset(s?.srcset);
          return srcset ? [{ ...s, srcset }] : [];
        }),
      });
    });
    const count = this.__items.length;
    if (!count) return this.__error('empty', 'no images');
    // A valid `chosen` attribute is a choice already made (and remembered) by an inline snippet.
    const chosen = this.__first < 0 && this.getAttribute('chosen');
    this.__show(
      chosen && /^\d+$/.test(chosen) && +chosen < count
        ? +chosen
        : choose(
            this.__items.map((item) => item.src),
            {
              weights: this.__items.map((item) => item.weight ?? 1),
              mode: this.mode,
              seed: this.seed,
              key: this.storageKey,
              now: now(),
            },
          ),
      'initial',
    );
  }

  private __show(index: number, reason: RandomImageChangeReason) {
    const previousIndex = this.__index;
    if (index < 0 || index == previousIndex) return;
    this.__fade = (reason == 'rotate' || reason == 'user') && !isServer && !reducedMotion();
    this.__prev = this.__fade ? previousIndex : -1;
    this.__index = index;
    if (reason == 'initial') this.__first = index;
    // A server's choice travels with its HTML, so hydration shows the same image with no second
    // request (the `chosen` attribute, as the early-choice snippet sets it).
    if (isServer) this.setAttribute('chosen', '' + index);
    emit(this, 'random-image-change', { index, previousIndex, reason });
    this.requestUpdate();
    this.__rotation.schedule();
  }

  private __handleError(index: number) {
    this.__failed.add(index);
    this.__error('load-failed', `image ${index + 1} failed to load`, index);
    this.requestUpdate();
    if (index != this.__index) return;
    const next = this.__step(1);
    if (next >= 0) return this.__show(next, 'fallback');
    this.__broken = true;
    this.__error('all-failed', 'every image failed to load');
  }

  private __error(reason: RandomImageErrorDetail['reason'], message: string, index?: number) {
    report(this, 'random-image', { reason, index, message });
  }

  /** The nearest candidate `direction` steps away that has not failed, or -1. */
  private __step(direction: number): number {
    const count = this.__items.length;
    for (let k = 1; k < count; k++) {
      const i = (((this.__index + direction * k) % count) + count) % count;
      if (!this.__failed.has(i)) return i;
    }
    return -1;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'random-image': RandomImageElement;
  }
  interface GlobalEventHandlersEventMap {
    'random-image-change': CustomEvent<RandomImageChangeDetail>;
    'random-image-error': CustomEvent<RandomImageErrorDetail>;
  }
}
