import { LitElement, html } from 'lit';
import { defineElement } from '../shared/define.js';
import { styles } from './news-article.styles.js';

/**
 * @summary A whole news story: headline, byline, lead image, body, author and credit.
 *
 * @tag news-article
 * @slot - The element's content.
 */
export class NewsArticleElement extends LitElement {
  static override styles = styles;

  /**
   * Registers the element as `tag` in `registry`. Safe to call twice, and when another copy of
   * news-embed got there first (it warns once and keeps the first definition).
   */
  static define(tag = 'news-article', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
