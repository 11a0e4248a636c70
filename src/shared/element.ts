import { LitElement } from 'lit';
import { LangController } from '../controllers/lang.js';
import { defineElement } from './define.js';

/**
 * What the three elements share over LitElement: the language they speak (`LangController`, which
 * also follows a later change of an ancestor's or the page's `lang`), and a re-render when their
 * own `lang` changes (the native `lang` property stays as it is).
 */
export class NewsEmbedElement extends LitElement {
  /** The tag `define()` registers when given none (`random-image`, `video-card`, `news-article`). */
  static tag: string;

  /**
   * Registers the element as `tag` in `registry`. Safe to call twice, and when another copy of
   * news-embed got there first (it warns once and keeps the first definition). One method for the
   * three elements, each of which names only its default tag.
   */
  static define(tag = this.tag, registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The language, direction, Intl locale and strings in force. (Named `__` like the private
   * state, so the minifier shortens its many reads.)
   * @internal
   */
  protected readonly __i18n = new LangController(this, () => this.__contentLang());

  /**
   * The language of the element's content when the content itself says (a story's `inLanguage`),
   * which wins over the page's. Nothing by default.
   * @internal
   */
  protected __contentLang(): string | null | undefined {
    return undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name == 'lang') this.requestUpdate();
  }
}
