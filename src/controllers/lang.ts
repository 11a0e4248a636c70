import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { langAttrOf, langOf, localeOf, stringsFor, type Lang } from '../shared/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller, told by one page-wide observer when any `lang` attribute changes. */
const connected = new Set<LangController>();
let observer: MutationObserver | undefined;

function handleMutations() {
  connected.forEach((controller) => controller.check());
}

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's across shadow roots
 * (the way `lang` inherits in HTML), falling back to English for the UI strings.
 *
 * The host re-renders when that language changes: its own `lang` (an observed attribute of
 * `NewsEmbedElement`), or any ancestor's, `<html lang>` included, which one MutationObserver for
 * the whole page watches. A `lang` changed inside another component's shadow root is not seen
 * (MutationObserver does not cross shadow boundaries); the next render picks it up.
 */
export class LangController implements ReactiveController {
  /** The raw `lang` last read; `undefined` before the first read. */
  private __raw?: string;
  private __stale = true;
  private __lang: Lang = 'en';
  private __locale = 'en';
  private __strings?: string[];

  constructor(private host: Host) {
    host.addController(this);
  }

  /** The UI language: `en`, `es` or `fr`. */
  get lang(): Lang {
    this.__read();
    return this.__lang;
  }

  /** A locale for Intl formatters: the full `lang` in force when Intl knows it (`fr-CA`), else the UI language. */
  get locale(): string {
    this.__read();
    return this.__locale;
  }

  /** The UI strings, indexed by the constants of `shared/i18n.ts`. */
  get strings(): string[] {
    this.__read();
    return this.__strings!;
  }

  hostConnected() {
    if (isServer) return;
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(handleMutations);
      observer.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected() {
    connected.delete(this);
    if (!connected.size) observer = void observer?.disconnect();
  }

  hostUpdated() {
    // Read again at the first use in the next update (`willUpdate` or `render`), and only once
    // however many strings and dates it formats.
    this.__stale = true;
  }

  /** Re-renders the host when the language in force is not the one it last rendered in. */
  check() {
    if (this.__raw !== undefined && this.__raw != langAttrOf(this.host)) {
      this.__stale = true;
      this.host.requestUpdate();
    }
  }

  private __read() {
    if (!this.__stale) return;
    this.__stale = false;
    const raw = langAttrOf(this.host);
    if (raw === this.__raw) return;
    this.__raw = raw;
    this.__lang = langOf(raw);
    this.__locale = localeOf(raw);
    this.__strings = stringsFor(this.__lang);
  }
}
