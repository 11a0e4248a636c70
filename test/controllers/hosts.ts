// Small LitElement hosts for testing each controller on its own, away from the elements.
import { LitElement, html } from 'lit';
import { ClockController } from '../../src/controllers/clock.js';
import { LangController } from '../../src/controllers/lang.js';
import { RotationController, type Rotator } from '../../src/controllers/rotation.js';
import { formatRelative, now, parseDate } from '../../src/shared/time.js';

/** Shows its UI word for "Watch" (`-` while its language loads) and its locale; counts renders. */
export class LangHost extends LitElement {
  i18n = new LangController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<p>${this.i18n.strings?.watch ?? '-'} ${this.i18n.locale}</p>`;
  }
}

/** Shows how long ago a fixed date was; counts renders. */
export class ClockHost extends LitElement {
  static override properties = { date: {} };
  date = '2024-08-03T12:00:00Z';
  active = true;
  renders = 0;
  constructor() {
    super();
    new ClockController(this, () => this.active);
  }
  override render() {
    this.renders++;
    return html`<p>${formatRelative(parseDate(this.date)!, 'en', 30, now())}</p>`;
  }
}

/** Rotates through `count` numbered items, recording what the controller asked for. */
export class RotationHost extends LitElement implements Rotator {
  count = 3;
  shown = 0;
  prepared: number[] = [];
  rotation = new RotationController(this, this);
  canRotate() {
    return this.count > 1;
  }
  prepare() {
    this.prepared.push((this.shown + 1) % this.count);
  }
  advance() {
    this.shown = (this.shown + 1) % this.count;
    this.requestUpdate();
  }
  override render() {
    return html`<p>${this.shown}</p><button @click=${() => this.rotation.toggle()}>${this.rotation.paused ? 'Play' : 'Pause'}</button>`;
  }
}
