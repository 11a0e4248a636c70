import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new WeakMap<Element, NearController>();
let observer: IntersectionObserver | undefined;

/**
 * Knows whether its host is near the viewport (within three viewports of it, in its own
 * document), so the host can keep costly content (images, secondary text) for when the reader
 * comes near, and re-renders it then.
 *
 * `ready` holds the host's first update (a host awaits it in `scheduleUpdate`) until the
 * observer's first report: then hosts near the viewport go first, and each first update runs in
 * a task of its own, so a page of hundreds of hosts never blocks input for long. On a server,
 * and for a host whose shadow root came with the HTML (server rendering), it is near from the
 * start and holds nothing back.
 */
export class NearController implements ReactiveController {
  /** Whether the host is, or has once been, near the viewport. */
  near: boolean;
  /** Settles when the host may have its first update. */
  ready: Promise<unknown>;
  private __go?: () => void;

  constructor(readonly host: Host) {
    this.near = isServer || !!host.shadowRoot;
    this.ready = this.near ? Promise.resolve() : new Promise<void>((go) => (this.__go = go));
    host.addController(this);
  }

  hostConnected() {
    if (this.near) return;
    controllers.set(this.host, this);
    (observer ??= new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries.sort((a, b) => +b.isIntersecting - +a.isIntersecting)) {
          const c = controllers.get(target)!;
          if (isIntersecting) {
            c.near = true;
            observer!.unobserve(target);
            c.host.requestUpdate();
          }
          setTimeout(c.__go!);
        }
      },
      { root: document, rootMargin: '300%' },
    )).observe(this.host);
  }

  hostDisconnected() {
    observer?.unobserve(this.host);
  }
}
