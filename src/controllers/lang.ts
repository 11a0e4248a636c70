import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { connected, langAttrOf, localeOf, stringsFor, type LoadedLocale, type Locale } from '../shared/i18n.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for the whole page tells every connected controller when any `lang` attribute changes. */
let observer: MutationObserver | undefined;

/**
 * The language an element speaks: the host's own choice first (`__own`, for example a story's
 * `inLanguage`), else its `lang` or the nearest ancestor's across shadow roots (the way `lang`
 * inherits in HTML).
 *
 * The host re-renders when that language changes: its own `lang` (an observed attribute of
 * `NewsEmbedElement`), any ancestor's, `<html lang>` included, which one MutationObserver for the
 * whole page watches, and when a language's strings arrive or a host registers some. A `lang`
 * changed inside another component's shadow root is not seen (MutationObserver does not cross
 * shadow boundaries); the next render picks it up.
 */
export class LangController implements ReactiveController {
  /** The raw `lang` last read; `undefined` before the first read. */
  private __raw?: string;
  private __stale = true;
  /** Looked up at the first use: the lookup wakes Intl's locale data, which costs tens of ms on a slow phone. */
  private __locale?: string;
  private __strings?: LoadedLocale & Locale;

  constructor(
    // `__` names, which the minifier shortens, like the private state below.
    private __host: Host,
    private __own?: () => string | null | undefined,
  ) {
    __host.addController(this);
  }

  /** The language tag in force (`de-AT`, `ar`), or `''` when nothing on the page says. */
  get lang(): string {
    this.__read();
    return this.__raw!;
  }

  /** The direction of that language (`rtl` for Arabic, Hebrew, Persian, Urdu…); `undefined` with no language, or while it loads. */
  get dir(): 'ltr' | 'rtl' | undefined {
    return this.strings?.dir;
  }

  /** A locale for Intl formatters: the full `lang` in force when Intl knows it (`fr-CA`), else English. */
  get locale(): string {
    this.__read();
    return (this.__locale ??= localeOf(this.__raw!));
  }

  /** The UI strings, or `undefined` while the language's module loads (the host re-renders when it arrives). */
  get strings(): (LoadedLocale & Locale) | undefined {
    this.__read();
    return (this.__strings ??= stringsFor(this.__raw!));
  }

  hostConnected() {
    if (isServer) return;
    connected.add(this);
    if (!observer) {
      observer = new MutationObserver(() => connected.forEach((controller) => controller.update()));
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

  /**
   * Re-renders the host when the language in force is not the one it last rendered in, or when
   * the strings of that language (`changed`, lower-cased) arrived or were corrected.
   */
  update(changed?: string) {
    if (this.__raw !== undefined && (this.__raw != this.__current() || this.__raw.toLowerCase() === changed)) {
      this.__stale = true;
      this.__host.requestUpdate();
    }
  }

  private __current() {
    return (this.__own?.() || langAttrOf(this.__host)).trim();
  }

  private __read() {
    if (!this.__stale) return;
    this.__stale = false;
    const raw = this.__current();
    this.__strings = undefined;
    if (raw === this.__raw) return;
    this.__raw = raw;
    this.__locale = undefined;
  }
}
