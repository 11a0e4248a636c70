import { LitElement } from 'lit';
import { LangController } from '../controllers/lang.js';

/**
 * What the three elements share over LitElement: the language they speak (`LangController`, which
 * also follows a later change of an ancestor's or the page's `lang`), and a re-render when their
 * own `lang` changes (the native `lang` property stays as it is).
 */
export class NewsEmbedElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * The language, direction, Intl locale and strings in force.
   * @internal
   */
  protected readonly i18n = new LangController(this, () => this.contentLang());

  /**
   * The language of the element's content when the content itself says (a story's `inLanguage`),
   * which wins over the page's. Nothing by default.
   * @internal
   */
  protected contentLang(): string | null | undefined {
    return undefined;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name == 'lang') this.requestUpdate();
  }
}
