import { LitElement, html } from 'lit';
import { defineElement } from '../shared/define.js';
import { styles } from './random-image.styles.js';

/**
 * @summary Shows one image of a set, a different one on each page reload.
 *
 * @tag random-image
 * @slot - The element's content.
 */
export class RandomImageElement extends LitElement {
  static override styles = styles;

  /**
   * Registers the element as `tag` in `registry`. Safe to call twice, and when another copy of
   * news-embed got there first (it warns once and keeps the first definition).
   */
  static define(tag = 'random-image', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'random-image': RandomImageElement;
  }
}
