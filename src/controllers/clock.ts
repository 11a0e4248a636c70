import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { subscribeClock } from '../shared/time.js';

/**
 * Re-renders its host on each tick of the page's one shared clock (see `subscribeClock`), so
 * relative times ("3 minutes ago") stay true. Subscribed only while the host is connected; the
 * clock itself runs only while something is subscribed and the page is visible.
 */
export class ClockController implements ReactiveController {
  private __unsubscribe?: () => void;

  /** `when` says whether a tick concerns the host now (e.g. only once it shows a date). */
  constructor(
    private host: ReactiveControllerHost,
    private when: () => unknown = () => true,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.__unsubscribe = subscribeClock(() => this.when() && this.host.requestUpdate());
  }

  hostDisconnected() {
    this.__unsubscribe?.();
  }
}
