import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClockController } from '../controllers/clock.js';
import { NewsEmbedElement } from '../shared/element.js';
import { emit, report, warnOnce } from '../shared/events.js';
import { fill, plural, type Locale } from '../shared/i18n.js';
import { container, shared } from '../shared/styles.js';
import { parseStory, type Story, type StoryBlock, type StoryDate, type StoryLink } from '../story/parse.js';
import { formatDate, formatRelative } from '../shared/time.js';
import { safeUrl } from '../shared/url.js';
import { styles } from './news-article.styles.js';

export type NewsArticleErrorReason =
  | 'invalid-url'
  | 'http'
  | 'network'
  | 'timeout'
  | 'content-type'
  | 'invalid-json'
  | 'invalid-story'
  /** Not sent by the element: a hosted page (dist/embed.html) refused a story from an origin it does not allow. */
  | 'refused';

export interface NewsArticleErrorDetail {
  reason: NewsArticleErrorReason;
  message: string;
  /** The field at fault, for `invalid-story`. */
  path?: string;
}

/** A load failure: `[reason, message, path?]`, thrown so one `catch` reports every kind. */
type Failure = [NewsArticleErrorReason, string, string?];

const heading = (text: string, level: number, part = '') =>
  html`<div part=${part} role=heading aria-level=${level}>${text}</div>`;

const link = ({ url, text }: StoryLink) => (url ? html`<a href=${url}>${text}</a>` : text);

/** One body block; section headings at `level`. (A function, not a method: it needs no element.) */
const renderBlock = (block: StoryBlock, level: number) => {
  if (block.type == 'video') return html`<video-card .video=${block.video}></video-card>`;
  if (block.type == 'image') {
    const { src, alt, width, height, caption, credit } = block.image;
    return html`<figure part=figure><img src=${src}
        alt=${alt}
        width=${width ?? ''}
        height=${height ?? ''}
        loading=lazy>${
      caption || credit
        ? html`<figcaption>${caption} ${credit ? html`<small>${credit}</small>` : nothing}</figcaption>`
        : nothing
    }</figure>`;
  }
  return block.type == 'heading'
    ? heading(block.text, level)
    : block.type == 'quote'
      ? html`<blockquote><p>${block.text}</p> ${
          block.cite ? html`<footer>— ${block.cite}</footer>` : nothing
        }</blockquote>`
      : html`<p>${block.text}</p>`;
};

/**
 * @summary A whole news story: kicker, headline, dek, byline and dates, lead image, body, author,
 * credit and related links, from plain HTML inside it, inline JSON-LD, a `src` URL or the `story` property.
 *
 * @tag news-article
 *
 * @slot - The body: paragraphs, `<h2>`/`<h3>` sections, `<figure>`s, `<blockquote>`s, `<video-card>`s.
 * Also holds an optional `<script type="application/ld+json">` story.
 * @slot kicker - The section name above the headline.
 * @slot headline - The headline, as the host's own heading element.
 * @slot dek - The standfirst under the headline.
 * @slot byline - Author names and `<time datetime>` dates.
 * @slot lead - The lead image: a `<random-image>` or a `<figure>`.
 * @slot author - The author bio: name, title, bio text, email link.
 * @slot credit - The source credit line.
 * @slot related - A list of related links.
 *
 * @csspart article - The whole story.
 * @csspart kicker - The section name.
 * @csspart headline - The headline.
 * @csspart dek - The dek.
 * @csspart byline - Authors, dates and reading time.
 * @csspart lead - The lead image.
 * @csspart body - The body.
 * @csspart figure - Each figure in the body.
 * @csspart author - The author bio card.
 * @csspart credit - The credit line.
 * @csspart related - The related links.
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart error - The error box.
 *
 * @cssprop --news-embed-accent - Kicker, links and quote rule colour (default: the theme's, or the text colour); also the play buttons and focus rings of the story's video cards (default there: their own red).
 * @cssprop --news-embed-font - Font family (default: inherited from the page).
 * @cssprop --news-embed-text - Text colour (default: inherited, or the theme's).
 * @cssprop --news-embed-surface - Background (default: transparent, or the theme's).
 * @cssprop [--news-embed-space=1em] - The spacing unit (also the padding of a themed story).
 * @cssprop [--news-embed-radius=0.5em] - Corner radius of figures, cards and boxes.
 * @cssprop [--news-embed-measure=40em] - Longest line of body text (about 70 characters).
 *
 * @csspart more - The “Read the whole story” link of the card layout.
 *
 * @fires {CustomEvent<Story>} news-article-load - The story from `src`, JSON-LD or `story` is on screen: fired after the update that renders it, so a listener finds the headline in the shadow root (a long body may still be adding its later blocks: `await el.updateComplete` until the last block is there to have all of it). `detail` is the parsed story.
 * @fires {CustomEvent<NewsArticleErrorDetail>} news-article-error - The story could not be shown; `detail` is `{ reason, message, path? }`.
 */
export class NewsArticleElement extends NewsEmbedElement {
  /** (`news-article.js` and the bundle also register `<random-image>` and `<video-card>`, which it composes.) */
  static override tag = 'news-article';

  static override styles = [shared, container, styles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    story: { attribute: false },
    lead: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
    timeout: { type: Number },
    interval: { type: Number },
    layout: {},
    href: {},
  };

  /** URL of a JSON-LD NewsArticle to fetch (same-origin or CORS); changing it aborts the fetch in flight. */
  src?: string;

  /** A NewsArticle JSON-LD object; when set it wins over `src` and inline JSON-LD. */
  story?: unknown;

  /** The lead image: `random` (all the story's images), `first`, or `none`. */
  lead: 'random' | 'first' | 'none' = 'random';

  /** Level (1–6) of the headline, rendered as `role="heading"` with `aria-level`; section headings, “About the author” and “Check also” are one level below. */
  headingLevel = 2;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`); unset inherits the page's colours. */
  theme?: 'light' | 'dark' | 'auto';

  /** Milliseconds before a `src` fetch is given up (15000 when not a positive number). */
  timeout = 15000;

  /** Seconds between rotations of the lead image (its `<random-image>`'s `interval`, with its pause button); 0 (default) = no rotation. */
  interval = 0;

  /**
   * `full` (default): the whole story. `card`: a teaser (kicker, headline, dek, lead image, byline)
   * with a link to the whole story, for sidebars, link previews and oEmbed frames.
   */
  layout: 'full' | 'card' = 'full';

  /** Where the card's “Read the whole story” link goes; the story's own `url` when unset; no link when empty or not an http(s) URL. */
  href?: string;

  private __data?: Story;
  private __error?: NewsArticleErrorDetail;
  /** Whether a `src` fetch is under way (undefined, that is false, at first: no constructor code). */
  private __loading?: boolean;
  private __controller?: AbortController;
  private __stale = true;
  /** The story to announce in `news-article-load` once it is on screen. */
  private __loaded?: Story;
  /** The story the last render showed (not while its language's strings load). */
  private __showing?: Story;
  /** How many body blocks are rendered so far (long bodies render in chunks). */
  private __shown = 0;

  constructor() {
    super();
    // Relative dates ("3 hours ago") follow the page's shared clock once a story shows.
    new ClockController(this, () => this.__data);
  }

  /**
   * The story's language: the element's own `lang`, else the story's `inLanguage`, else a `lang`
   * on the light-DOM content; only then the page's (a story in one language on a page in another
   * is the normal case).
   * @internal
   */
  protected override __contentLang() {
    return this.getAttribute('lang') || this.__data?.lang || (isServer ? null : this.querySelector(':scope>[lang]')?.getAttribute('lang'));
  }

  override connectedCallback() {
    super.connectedCallback();
    // Also resumes a body still rendering in chunks when the element comes back.
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Removing the element cancels its fetch; it starts again if the element comes back.
    if (this.__loading) {
      this.__controller?.abort();
      this.__stale = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('src') || changed.has('story')) this.__stale = true;
    // Only while connected (an element removed before its first update starts no fetch), or on a server.
    if (this.__stale && (this.isConnected || isServer)) {
      this.__stale = false;
      this.__load();
    }
  }

  /**
   * Reads the story from `story`, `src` or inline JSON-LD, in that order. Everything before the
   * fetch runs synchronously, so a story from `story` or JSON-LD shows in the same update.
   */
  private async __load() {
    this.__controller?.abort();
    const controller = (this.__controller = new AbortController());
    const { story, src } = this;
    // A server-side DOM has no children to read: server rendering sets `story`.
    const script = isServer ? null : this.querySelector(':scope>script[type="application/ld+json"]');
    this.__error = this.__data = undefined;
    let timedOut = false;
    const timer = setTimeout(
      () => controller.abort((timedOut = true)),
      this.timeout > 0 && this.timeout < 1e9 ? this.timeout : 15e3,
    );
    try {
      let data = story;
      let base;
      if (story == null && src != null) {
        const url = safeUrl(src);
        if (!url) throw ['invalid-url', 'src: not an http(s) URL'];
        this.__loading = true;
        // Aborted by a newer load, by removal, or when `timeout` passes.
        const response = await fetch(url, { signal: controller.signal });
        if (!response.ok) throw ['http', `HTTP ${response.status} for ${url}`];
        const type = response.headers.get('content-type');
        // JSON-LD is served as application/ld+json or application/json (RFC 8259 §11, JSON-LD 1.1 §C).
        if (!/[/+]json\b/i.test(type!)) throw ['content-type', `expected JSON, got "${type}" from ${url}`];
        data = JSON.parse(await response.text());
        base = response.url;
      } else if (story == null) {
        if (!script) return;
        data = JSON.parse(script.textContent!);
      }
      // Replaced by a newer load, removed, or timed out (WebKit may finish reading a body after its
      // fetch was aborted): the catch below sorts it out.
      if (controller.signal.aborted) throw 0;
      const { story: parsed, fatal, problems } = parseStory(data, base);
      for (const { path, message } of problems) warnOnce(this, `<news-article> ${path}: ${message}`);
      if (fatal) throw ['invalid-story', `${fatal.path || 'story'}: ${fatal.message}`, fatal.path];
      this.__data = this.__loaded = parsed;
      // The whole body on a server, and when taking over a server-rendered one (its shadow root
      // has content before the first update), so hydration changes nothing; otherwise the first
      // blocks now and the rest in later tasks.
      this.__shown = isServer || (!this.hasUpdated && this.shadowRoot?.firstChild) ? 1e9 : 40;
    } catch (error) {
      // A newer load (or removal) replaced this one: its outcome no longer matters.
      if (controller != this.__controller || (controller.signal.aborted && !timedOut)) return;
      // Our own failures are tuples; the platform's: the timeout (engines differ in the error they
      // reject with), a SyntaxError from JSON, or the TypeError fetch rejects with on a network error.
      const { name, message: text } = error as Error;
      const [reason, message, path]: Failure = Array.isArray(error)
        ? (error as Failure)
        : timedOut
          ? ['timeout', `no answer within ${this.timeout} ms`]
          : name == 'SyntaxError'
            ? ['invalid-json', 'not valid JSON: ' + text]
            : ['network', 'could not fetch: ' + text];
      report(this, 'news-article', (this.__error = path ? { reason, message, path } : { reason, message }));
    } finally {
      clearTimeout(timer);
      if (controller == this.__controller) this.__loading = false;
      this.requestUpdate();
    }
  }

  protected override updated() {
    // Announced after the update that shows the story, so listeners can read what the reader sees.
    // (Not while the story's language loads: the skeleton is still up.)
    const loaded = this.__loaded;
    if (loaded && loaded == this.__showing) {
      this.__loaded = undefined;
      emit(this, 'news-article-load', loaded);
    }
    // A long body renders 200 blocks per task after the first 40, so no single task blocks the
    // page for long (HTML §8.1.7: input and rendering run between tasks). A newer story or
    // removal stops it.
    const story = this.__data;
    const shown = this.__shown;
    if (story && shown < story.body.length && this.layout != 'card')
      setTimeout(() => story == this.__data && this.isConnected && ((this.__shown = shown + 200), this.requestUpdate()));
  }

  override render() {
    const { strings: s, lang, dir } = this.__i18n;
    const story = this.__data;
    this.__showing = s && story;
    // Light DOM: the host's nodes, laid out through slots.
    const slots = (names: string) => names.split(' ').map((name) => html`<slot name=${name} part=${name}></slot>`);
    // The rendered story carries its language and direction, so assistive technology reads it in
    // its own voice and a right-to-left story runs right to left on any page (WCAG 3.1.2).
    // (`nothing` leaves an attribute out; `as never` because lit-analyzer 2 does not know Lit's sentinel.)
    const article = (content: unknown) =>
      html`<article part=article
        lang=${lang || (nothing as never)}
        dir=${dir ?? (nothing as never)}>${content}</article>`;
    // While the story's language loads (a module beside the bundle), the skeleton holds its room:
    // never English chrome first.
    return html`${this.__error && s ? html`<div part=error role=alert>${s.storyError}</div>` : nothing}${
      this.__loading || (story && !s)
        ? html`<div part=skeleton role=progressbar aria-busy=true aria-label=${s?.loading ?? '…'}></div>`
        : story
          ? article(this.__renderStory(story, s!))
          : article(
              html`${slots('kicker headline dek')}<div part=byline><slot name=byline></slot></div>${
                slots('lead')
              }<div part=body><slot></slot></div>${slots('author credit related')}`,
            )
    }`;
  }

  private __renderStory(story: Story, s: Locale) {
    const level = Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
    const sub = Math.min(level + 1, 6);
    const { authors, published, modified, images } = story;
    const card = this.layout == 'card';
    const more = card && (this.href == null ? story.url : safeUrl(this.href));
    const { locale } = this.__i18n;
    // A `<time>`: relative while under a week old ("3 hours ago"), the full date in its tooltip.
    const date = (label: string, value?: StoryDate) =>
      value
        ? html`<span>${fill(
            label,
            html`<time datetime=${value.iso} title=${formatDate(value, locale, true)}>${
              formatRelative(value, locale, 7) ?? formatDate(value, locale)
            }</time>`,
          )}</span>`
        : nothing;
    // "7 min read": words at the language's reading rate, or for Chinese and Japanese characters
    // (the rates and their sources are in each language's module and in locales/index.ts;
    // docs/i18n.md lists them).
    const { words, chars } = story;
    const minutes = Math.max(1, Math.round(s.charsPerMinute ? chars / s.charsPerMinute : words / s.wordsPerMinute!));
    // Names joined by commas, each a link when it has a page. (Intl.ListFormat would join them as
    // each language does, "A and B", "A و B": left out for the bundle's byte ceiling.)
    const names = authors.map(
      (author, i) =>
        html`${i ? ', ' : ''}${
          author.url ? html`<a href=${author.url}>${author.name}</a>` : html`<b>${author.name}</b>`
        }${author.jobTitle ? ` (${author.jobTitle})` : ''}`,
    );
    return html`${story.kicker ? html`<p part=kicker>${story.kicker}</p>` : nothing}${
      story.headline ? heading(story.headline, level, 'headline') : nothing
    }${story.dek ? html`<p part=dek>${story.dek}</p>` : nothing}<div part=byline>${
      authors.length ? html`<span>${fill(s.by, names)}</span>` : nothing
    } ${story.publisher ? html`<span>${story.publisher}</span>` : nothing} ${date(s.published, published)} ${
      // "Updated" only when it differs from "Published".
      modified?.date.getTime() != published?.date.getTime() ? date(s.updated, modified) : nothing
    } ${words ? html`<span class=read>${plural(s.minRead, minutes, locale)}</span>` : nothing}</div>${
      images.length && this.lead != 'none'
        ? html`<random-image part=lead
            priority
            .interval=${this.interval}
            .images=${this.lead == 'first' ? images.slice(0, 1) : images}></random-image>`
        : nothing
    }${
      card
        ? more
          ? html`<p><a part=more href=${more}>${s.readStory}</a></p>`
          : nothing
        : this.__renderRest(story, s, sub)
    }`;
  }

  /** Everything after the lead image: body, author bio, credit, related links. */
  private __renderRest(story: Story, s: Locale, sub: number) {
    const { authors, credit, related } = story;
    const bios = authors.filter((author) => author.description || author.email || author.jobTitle);
    return html`<div part=body>${story.body.slice(0, this.__shown).map((block) => renderBlock(block, sub))}</div>${
      bios.length
        ? html`<div part=author>${heading(s.aboutAuthor, sub)}${bios.map(
            (author) =>
              html`<p><b>${author.name}</b>${
                author.jobTitle ? html`<br>${author.jobTitle}` : nothing
              }</p>${author.description ? html`<p>${author.description}</p>` : nothing}${
                author.email ? html`<p><a href=${author.email}>${fill(s.email, author.name)}</a></p>` : nothing
              }`,
          )}</div>`
        : nothing
    }${credit ? html`<p part=credit>${fill(s.creditBelongs, link(credit))}</p>` : nothing}${
      related.length
        ? html`<nav part=related>${heading(s.checkAlso, sub)}<ul>${
            related.map((item) => html`<li>${link(item)}</li>`)
          }</ul></nav>`
        : nothing
    }`;
  }



}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
  interface GlobalEventHandlersEventMap {
    'news-article-load': CustomEvent<Story>;
    'news-article-error': CustomEvent<NewsArticleErrorDetail>;
  }
}
