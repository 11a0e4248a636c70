import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ClockController } from '../controllers/clock.js';
import { NewsEmbedElement } from '../shared/element.js';
import { emit, report } from '../shared/events.js';
import { fill } from '../shared/i18n.js';
import { container, shared } from '../shared/styles.js';
import { safeSrcset, safeUrl } from '../shared/url.js';
import { formatDate, formatRelative, parseDate, type ParsedDate } from '../shared/time.js';
import { formatDuration, parseDuration, speakDuration } from '../shared/duration.js';
import { styles } from './video-card.styles.js';

/** The schema.org VideoObject fields the card reads (https://schema.org/VideoObject). */
export interface VideoObject {
  name?: string;
  description?: string;
  /** ISO 8601 duration (`PT9M34S`), or `9:34` / `1:02:03`. */
  duration?: string;
  /** ISO 8601 date or date-time. */
  uploadDate?: string;
  thumbnailUrl?: string | string[];
  contentUrl?: string;
  embedUrl?: string;
  /** The video's page, where a player the card cannot embed is opened. */
  url?: string;
}

export type VideoCardErrorReason =
  | 'invalid-json'
  | 'missing-title'
  | 'invalid-duration'
  | 'invalid-date'
  | 'unsafe-url'
  | 'unknown-provider'
  | 'no-source'
  | 'poster-failed'
  | 'media-failed';

export interface VideoCardPlayDetail {
  /** `content`: a native `<video>` plays `url`; `embed`: an iframe loads the provider's player at `url`. */
  source: 'content' | 'embed';
  url: string;
}

export interface VideoCardErrorDetail {
  reason: VideoCardErrorReason;
  message: string;
}

interface Data {
  title: string;
  description?: string;
  seconds?: number;
  date?: ParsedDate;
  thumb?: string;
  srcset?: string;
  play?: VideoCardPlayDetail;
  /** A safe URL to the video when its player cannot be embedded. */
  link?: string;
}

// Strict forms only: the id must match the provider's pattern (YouTube: 11 of [A-Za-z0-9_-];
// Vimeo: digits) and nothing may follow it but a separator, so look-alike hosts and paths fail.
const YOUTUBE =
  /^https?:\/\/(?:(?:www\.|m\.)?youtube(?:-nocookie)?\.com\/(?:watch\?(?:[^#]*&)?v=|embed\/|shorts\/|live\/)|youtu\.be\/)([\w-]{11})(?![\w-])/i;
const VIMEO = /^https?:\/\/(?:(?:www\.)?vimeo\.com\/|player\.vimeo\.com\/video\/)(\d+)(?![\w-])/i;

/** When the current burst of first updates has had its time (0: no burst under way). */
let burstEnd = 0;

const str = (value: unknown) => (typeof value == 'string' && value.trim()) || undefined;

/**
 * @summary A “Watch” card: poster, title, duration and upload time, with no player and no
 * third-party request until the reader presses play.
 *
 * @tag video-card
 * @slot - Fallback content shown until the element upgrades and to crawlers (e.g. an `<a href>` to
 *   the video page); kept but hidden after upgrade. A child `<script type="application/ld+json">`
 *   holding a VideoObject supplies data.
 * @csspart poster - The poster image, or the neutral box that replaces a missing or broken one.
 * @csspart play-button - The play button (a link or a disabled button when the video cannot play here).
 * @csspart duration - The duration badge on the poster.
 * @csspart player - The `<video>` or `<iframe>` after activation, or the message when the media fails.
 * @csspart kicker - The “Watch” label.
 * @csspart title - The video title.
 * @csspart meta - The upload time and the duration.
 * @csspart description - The description.
 * @cssprop [--video-card-accent=#c8102e] - Kicker, play button and focus ring colour; unset, the shared `--news-embed-accent` (set on the page, or on a story around the card), else the default.
 * @cssprop [--video-card-radius=4px] - Corner radius of the poster and player.
 * @cssprop [--video-card-aspect-ratio=16 / 9] - Aspect ratio of the poster and player box.
 * @fires {CustomEvent<VideoCardPlayDetail>} video-card-play - Before the player loads, on a click of the play button or `play()`. Detail: `{ source: 'content' | 'embed', url }`. Cancelable: `preventDefault()` keeps the poster and loads nothing (to open your own player, or to ask for consent first).
 * @fires {CustomEvent<VideoCardErrorDetail>} video-card-error - On bad input or a failed poster or media file, once per problem. Detail: `{ reason, message }`; `reason` is `invalid-json` (the child JSON-LD is not a VideoObject), `missing-title`, `invalid-duration`, `invalid-date`, `unsafe-url` (a refused URL: not http(s), or with credentials), `unknown-provider` (an `embed-url` that is neither YouTube nor Vimeo), `no-source` (neither `content-url` nor `embed-url`), `poster-failed` or `media-failed`.
 */
export class VideoCardElement extends NewsEmbedElement {
  static override tag = 'video-card';

  static override styles = [shared, container, styles];

  static override properties: PropertyDeclarations = {
    name: {},
    description: {},
    duration: {},
    uploadDate: { attribute: 'upload-date' },
    thumbnail: {},
    thumbnailSrcset: { attribute: 'thumbnail-srcset' },
    contentUrl: { attribute: 'content-url' },
    embedUrl: { attribute: 'embed-url' },
    kicker: {},
    relativeThreshold: { attribute: 'relative-threshold', type: Number },
    video: { attribute: false },
  };

  /** The video title (schema.org `name`); without one the card says “Untitled video” (in its language) and fires `missing-title`. */
  name?: string;
  /** A short description shown under the title. */
  description?: string;
  /**
   * The length: ISO 8601 (`PT9M34S`, `PT1H2M3S`, `PT1.5S`, `P1DT2H`, `P1W`) or a clock (`9:34`,
   * `1:02:03`). Shown as `9:34` on the poster and spoken in words (“9 minutes 34 seconds”).
   */
  duration?: string;
  /** Upload date or date-time (ISO 8601, or the forms publishers write: see docs/story-format.md), shown as relative time. */
  uploadDate?: string;
  /** Poster image URL. */
  thumbnail?: string;
  /** Optional `srcset` for the poster (`sizes` is `auto`): candidates whose URL fails the URL policy are dropped; with none left it is refused, with `unsafe-url`. */
  thumbnailSrcset?: string;
  /** A media file (MP4, WebM, Ogg) played in a native `<video>`; wins over `embedUrl`. */
  contentUrl?: string;
  /**
   * A YouTube (watch, `youtu.be`, embed, shorts, live) or Vimeo URL. On play the player loads from
   * `www.youtube-nocookie.com` or `player.vimeo.com` (`dnt=1`); nothing is requested from either before.
   * Another host's player cannot be embedded: the card links to the video's page instead.
   */
  embedUrl?: string;
  /** The label above the title; the localized “Watch” by default. */
  kicker?: string;
  /** Days from now beyond which the absolute date is shown instead of the relative time. */
  relativeThreshold = 30;
  /**
   * The same data as a schema.org VideoObject (`name`, `description`, `duration`, `uploadDate`,
   * `thumbnailUrl`, `contentUrl`, `embedUrl`, `url`); attributes win over it, and it wins over a
   * child `<script type="application/ld+json">`. A value of the wrong type is ignored.
   */
  video?: VideoObject;

  private __ld?: VideoObject;
  private __data!: Data;
  private __active = false;
  // Flags start undefined (false) rather than initialized: no constructor code for them.
  private __focus?: boolean;
  private __posterFailed?: boolean;
  private __mediaFailed?: boolean;

  constructor() {
    super();
    // Relative upload times ("3 hours ago") follow the page's shared clock.
    new ClockController(this);
  }

  protected override updated() {
    // Focus follows activation into the player, so keyboard and screen reader users land on it.
    if (this.__focus) this.renderRoot.querySelector<HTMLElement>('video,iframe,[part=player] a')?.focus();
    this.__focus = false;
  }

  override render() {
    const { title, seconds, date, thumb, srcset, description, play, link } = this.__data;
    // Before the page's load event, the poster's <img> has no URL yet (see `connectedCallback`).
    const wait = !isServer && document.readyState != 'complete';
    const { strings: s, locale } = this.__i18n;
    // The card waits for its language's strings (a module beside the bundle) rather than show English first.
    if (!s) return nothing;
    const spoken = seconds == null ? '' : speakDuration(seconds, locale);
    const clock = spoken && formatDuration(seconds!);
    const relative = date && formatRelative(date, locale, this.relativeThreshold);
    const full = date && formatDate(date, locale, true);
    const iso = date?.date.toISOString();
    // Text around the title, as one string for the attribute.
    const label = fill(s.playVideo, title).join('') + (spoken && ', ' + spoken);
    const icon = html`<svg viewBox="0 0 24 24" aria-hidden=true><path d="M8 5v14l11-7z" /></svg>`;
    // The relative time and the clock form are for the eye; assistive technology also gets the
    // full date and the duration in words as text (a `title` tooltip alone is not announced).
    return html`<slot hidden @slotchange=${this.__readLd}></slot><div class=card><div class=frame>${
      !this.__active
        ? html`${thumb && !this.__posterFailed
              ? html`<img part=poster
                  src=${
                    wait
                      ? // Leaves the attribute out; typed for lit-analyzer 2, which does not know `nothing`.
                        (nothing as never)
                      : thumb
                  }
                  srcset=${(!wait && srcset) || nothing}
                  sizes="auto, 100vw"
                  alt=""
                  loading=lazy
                  @error=${this.__handlePosterError}>`
              : html`<div part=poster></div>`}${
              // A card that cannot play here offers a link to the video when its URL is safe, else a
              // disabled button that says why.
              link
                ? html`<a part=play-button href=${link} aria-label=${fill(s.openVideo, title).join('')}>${icon}</a>`
                : html`<button part=play-button
                      aria-label=${label}
                      aria-describedby=${play ? nothing : 'why'}
                      ?disabled=${!play}
                      @click=${this.play}>${icon}</button>${
                    play ? nothing : html`<p class=msg id=why>${s.videoUnavailable}</p>`
                  }`}${clock
              ? html`<span part=duration aria-hidden=true>${clock}</span>`
              : nothing}`
        : this.__mediaFailed
          ? html`<p class=msg part=player>${s.videoFailed} <a href=${play!.url}>${s.downloadVideo}</a></p>`
          : play!.source == 'content'
            ? html`<video part=player
                src=${play!.url}
                poster=${thumb ?? ''}
                controls
                playsinline
                autoplay
                @error=${this.__handleMediaError}></video>`
            : // A player gets the page's origin as referrer (YouTube's embedded player refuses to play
              // without one), never its path: the policy the web defaults to since 2020.
              html`<iframe part=player
                  src=${play!.url}
                  title=${title}
                  referrerpolicy=strict-origin-when-cross-origin
                  allow="autoplay; encrypted-media; picture-in-picture; fullscreen"></iframe>`
    }</div><div><p part=kicker>${this.kicker || s.watch}</p><p part=title>${title}</p><p part=meta>${
      date
        ? html`<time datetime=${date.dateOnly ? iso!.slice(0, 10) : iso!} title=${full!}>${
            relative ?? formatDate(date, locale)
          }${relative ? html`<span class=sr> (${full})</span>` : nothing}</time>`
        : nothing
    }${
      spoken
        ? html` <span>${fill(
            s.duration,
            html`<span aria-hidden=true>${clock}</span><span class=sr>${spoken}</span>`,
          )}</span>`
        : nothing
    }</p>${
      description ? html`<p part=description>${description}</p>` : nothing
    }</div></div>`;
  }

  private __handlePosterError() {
    this.__posterFailed = true;
    this.__fail('poster-failed', 'poster failed');
    this.requestUpdate();
  }

  private __compute(): Data {
    // Attribute (or property) first, then the `video` object, then JSON-LD: the names are schema.org's.
    const v: VideoObject = { ...this.__ld, ...(typeof this.video == 'object' && this.video) };
    const get = (key: Exclude<keyof VideoObject, 'thumbnailUrl' | 'url'>) => str(this[key]) ?? str(v[key]);
    const title = get('name');
    const duration = get('duration');
    const uploaded = get('uploadDate');
    const contentRaw = get('contentUrl');
    const embedRaw = get('embedUrl');
    const seconds = parseDuration(duration);
    const date = parseDate(uploaded);
    if (!title) this.__fail('missing-title', 'no name');
    if (duration && seconds == null) this.__fail('invalid-duration', `bad duration "${duration}"`);
    if (uploaded && !date) this.__fail('invalid-date', `bad upload-date "${uploaded}"`);
    if (!contentRaw && !embedRaw) this.__fail('no-source', 'no content-url or embed-url');
    const content = this.__url(contentRaw, 'content-url');
    const embed = this.__url(embedRaw, 'embed-url');
    const youtube = embed && YOUTUBE.exec(embed)?.[1];
    const vimeo = embed && VIMEO.exec(embed)?.[1];
    // A player from another host (a publisher's own) cannot be embedded here; its page still opens it.
    const page = this.__url(str(v.url), 'url');
    if (embed && !youtube && !vimeo && !page) this.__fail('unknown-provider', 'embed-url: not YouTube or Vimeo');
    const thumbs = v.thumbnailUrl;
    const srcset = safeSrcset(this.thumbnailSrcset);
    if (this.thumbnailSrcset && !srcset) this.__fail('unsafe-url', 'thumbnail-srcset refused');
    const play: VideoCardPlayDetail | undefined = content
      ? { source: 'content', url: content }
      : youtube
        ? { source: 'embed', url: `https://www.youtube-nocookie.com/embed/${youtube}?autoplay=1` }
        : vimeo
          ? { source: 'embed', url: `https://player.vimeo.com/video/${vimeo}?autoplay=1&dnt=1` }
          : undefined;
    return {
      title: title ?? this.__i18n.strings?.untitledVideo ?? '',
      description: get('description'),
      seconds,
      date,
      thumb: this.__url(str(this.thumbnail) ?? str([thumbs].flat()[0]), 'thumbnail'),
      srcset,
      play,
      // A refused player still leaves a way to the video when its URL itself is safe.
      link: play ? undefined : (page ?? embed),
    };
  }

  override connectedCallback() {
    super.connectedCallback();
    this.__readLd();
    // The poster waits for the page's load event (which waits for the page's own images, a lead
    // image among them), so it never shares the network with the image that paints the page.
    if (!isServer && document.readyState != 'complete') addEventListener('load', this.__handleLoad, { once: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    // A removed card keeps nothing: no wait for the page's load event, no timer for its first update.
    removeEventListener('load', this.__handleLoad);
    this.__wait?.();
  }

  private __handleLoad = () => this.requestUpdate();
  /** Ends the wait of a first update for its own task (clears the timer, updates now); harmless once it ended. */
  private __wait?: () => void;

  private __handleMediaError() {
    this.__mediaFailed = this.__focus = true;
    this.__fail('media-failed', 'video failed');
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('thumbnail')) this.__posterFailed = false;
    if (changed.has('contentUrl') || changed.has('embedUrl') || changed.has('video')) this.__active = this.__mediaFailed = false;
    this.__data = this.__compute();
  }

  private __readLd() {
    if (isServer) return;
    const text = this.querySelector(':scope>script[type="application/ld+json"]')?.textContent;
    this.__ld = undefined;
    try {
      if (text?.trim()) {
        let json = JSON.parse(text);
        if (Array.isArray(json)) json = json.find((item) => item?.['@type'] == 'VideoObject');
        if (!json || typeof json != 'object') throw 0;
        this.__ld = json;
      }
    } catch {
      this.__fail('invalid-json', 'JSON-LD is not a VideoObject');
    }
    this.requestUpdate();
  }

  // First updates run at once for up to 30 ms; past that, each card's first update waits for a
  // task of its own, so a page of hundreds of cards never blocks input or painting for long.
  // A card that is not connected (removed before its first update) does not wait.
  protected override async scheduleUpdate() {
    if (!this.hasUpdated && this.isConnected) {
      if (!burstEnd) {
        burstEnd = performance.now() + 30;
        setTimeout(() => (burstEnd = 0));
      } else if (performance.now() > burstEnd)
        await new Promise<void>((go) => {
          const timer = setTimeout(go);
          this.__wait = () => (clearTimeout(timer), go());
        });
    }
    super.scheduleUpdate();
  }

  /** Reports bad input once per message: a warning and a `video-card-error` event. */
  private __fail(reason: VideoCardErrorReason, message: string): undefined {
    report(this, 'video-card', { reason, message }, true);
    return undefined;
  }

  /** Replaces the poster with the player and starts it, after a `video-card-play` that was not cancelled; focus moves into the player. Returns whether the player is showing (`false` when nothing can play here or the event was cancelled). */
  play(): boolean {
    const play = (this.__data ??= this.__compute()).play;
    if (!this.__active && play && emit(this, 'video-card-play', { ...play }, true)) {
      this.__active = this.__focus = true;
      this.requestUpdate();
    }
    return this.__active;
  }

  /** `value` when it passes the URL policy; otherwise reported (when given) and dropped. */
  private __url(value: string | undefined, field: string) {
    return safeUrl(value) ?? (value ? this.__fail('unsafe-url', field + ' refused') : undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'video-card': VideoCardElement;
  }
  interface GlobalEventHandlersEventMap {
    'video-card-play': CustomEvent<VideoCardPlayDetail>;
    'video-card-error': CustomEvent<VideoCardErrorDetail>;
  }
}
