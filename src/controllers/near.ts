import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** First updates waiting for their turn, run a few at a time between the page's other tasks. */
const queue: (() => void)[] = [];
const controllers = new WeakMap<Element, NearController>();
let observer: IntersectionObserver | undefined;

/** Runs waiting first updates for up to 30 ms, then yields to the page (input, paint) before the rest. */
function drain() {
  for (const end = performance.now() + 30; queue.length && performance.now() < end; ) queue.shift()!();
  if (queue.length) setTimeout(drain);
}

function handle(entries: IntersectionObserverEntry[]) {
  const empty = !queue.length;
  for (const { target, isIntersecting } of entries) {
    const c = controllers.get(target)!;
    if (isIntersecting) {
      c.near = true;
      observer!.unobserve(target);
      // Near hosts take their turn first; one already shown far away renders again, now near.
      c.first ? queue.unshift(c.first) : c.host.requestUpdate();
    } else if (c.first) queue.push(c.first);
  }
  if (empty) drain();
}

/**
 * Knows whether its host is near the viewport (within three viewports of it, in its own document), so a host can
 * keep costly content (shadow tree, images) for when the reader comes near, and defers the host's
 * first update to the observer's first report: then hosts near the viewport update first, and
 * first updates run in slices of at most 30 ms, so a page of hundreds of hosts never blocks
 * input for long. On a server, and for a host whose shadow root came with the HTML (server
 * rendering), it is near from the start and defers nothing.
 */
export class NearController implements ReactiveController {
  /** Whether the host is, or has once been, near the viewport. */
  near: boolean;
  /** @internal The host's pending first update, until its turn comes. */
  first?: () => void;

  constructor(readonly host: Host) {
    this.near = isServer || !!host.shadowRoot;
    host.addController(this);
  }

  /** Runs `update` (the host's first update) once the host's place is known and its turn comes. */
  wait(update: () => void): Promise<void> {
    return this.near
      ? Promise.resolve(update())
      : new Promise((done) => {
          this.first = () => {
            this.first = undefined;
            update();
            done();
          };
        });
  }

  hostConnected() {
    if (this.near) return;
    controllers.set(this.host, this);
    (observer ??= new IntersectionObserver(handle, { root: document, rootMargin: '300%' })).observe(this.host);
  }

  hostDisconnected() {
    observer?.unobserve(this.host);
  }
}
