import { LitElement, html } from 'lit';
import { defineElement } from '../shared/define.js';
import { styles } from './video-card.styles.js';

/**
 * @summary A “Watch” card that loads no player until the reader asks for it.
 *
 * @tag video-card
 * @slot - The element's content.
 */
export class VideoCardElement extends LitElement {
  static override styles = styles;

  /**
   * Registers the element as `tag` in `registry`. Safe to call twice, and when another copy of
   * news-embed got there first (it warns once and keeps the first definition).
   */
  static define(tag = 'video-card', registry: CustomElementRegistry = customElements) {
    return defineElement(tag, this, registry);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'video-card': VideoCardElement;
  }
}
