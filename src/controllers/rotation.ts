import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Whether the reader asked for reduced motion (Media Queries 5, `prefers-reduced-motion`); a server cannot know. */
export const reducedMotion = (): boolean => !isServer && matchMedia('(prefers-reduced-motion:reduce)').matches;

type Host = ReactiveControllerHost & HTMLElement;

/** What the controller asks of the element it rotates. */
export interface Rotator {
  /** Whether there is anything to rotate (two or more images that can show). */
  canRotate(): boolean;
  /** Fetch the next item now: its turn comes shortly. */
  prepare(): void;
  /** Show the next item. */
  advance(): void;
}

// The pointer or focus inside the host holds the rotation while it lasts.
const HOLDS = ['pointerenter', 'pointerleave', 'focusin', 'focusout'];

/**
 * Turns a timer into rotation a reader can live with (WCAG 2.2.2 "Pause, Stop, Hide"):
 * - every `interval` seconds, `prepare()` a moment before the turn, then `advance()`;
 * - no turn while the reader has paused it, while the pointer or focus is inside the host, while the
 *   page is hidden (Page Visibility) or while the host is off-screen (IntersectionObserver): rotating
 *   there would fetch images nobody sees;
 * - under `prefers-reduced-motion: reduce` it starts paused; the reader may still press play.
 */
export class RotationController implements ReactiveController {
  /** Seconds between turns; 0 turns rotation off. */
  interval = 0;
  private __paused?: boolean;
  private __holds = new Set<string>();
  private __visible = true;
  private __timer?: ReturnType<typeof setTimeout>;
  private __observer?: IntersectionObserver;

  constructor(
    private host: Host,
    private rotator: Rotator,
  ) {
    host.addController(this);
  }

  /** Whether rotation is on (an interval and something to rotate). */
  get active(): boolean {
    return this.interval > 0 && this.rotator.canRotate();
  }

  /** Whether the reader paused the rotation (or reduced motion did). */
  get paused(): boolean {
    // Decided under reduced motion when rotation first turns on; the reader's choice after that.
    return this.__paused ?? (this.interval > 0 && (this.__paused = reducedMotion()));
  }

  /** The pause/play button: pressing play also overrides the hold that hover and focus cause. */
  toggle() {
    this.__paused = !this.paused;
    if (!this.__paused) this.__holds.clear();
    this.host.requestUpdate();
    this.schedule();
  }

  hostConnected() {
    HOLDS.forEach((type) => this.host.addEventListener(type, this.__handleHold));
    this.__observer = new IntersectionObserver(([entry]) => (this.__visible = entry!.isIntersecting));
    this.__observer.observe(this.host);
    this.schedule();
  }

  hostDisconnected() {
    HOLDS.forEach((type) => this.host.removeEventListener(type, this.__handleHold));
    this.__observer?.disconnect();
    clearTimeout(this.__timer);
  }

  private __handleHold = ({ type }: Event) => {
    this.__holds[HOLDS.indexOf(type) % 2 ? 'delete' : 'add'](type[0]!);
  };

  private __waits() {
    return this.paused || this.__holds.size > 0 || document.hidden || !this.__visible;
  }

  /** (Re)starts the timer for the next turn; call when the interval or the items change. */
  schedule() {
    clearTimeout(this.__timer);
    // Not below 0.5 s (faster would only spin), and within setTimeout's range (2^31 - 1 ms, HTML
    // "timer initialisation steps"), beyond which it would fire at once.
    const ms = Math.min(Math.max(this.interval, 0.5), 2e6) * 1000;
    const lead = Math.min(ms / 2, 2000);
    if (!this.host.isConnected || !this.active) return;
    this.__timer = setTimeout(() => {
      if (this.__waits() || !this.active) return this.schedule();
      // Fetch the next item shortly before its turn, not earlier, so it costs nothing if the reader leaves.
      this.rotator.prepare();
      this.__timer = setTimeout(() => {
        if (!this.__waits()) this.rotator.advance();
        this.schedule();
      }, lead);
    }, ms - lead);
  }
}
