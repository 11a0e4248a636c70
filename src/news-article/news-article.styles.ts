import { css } from 'lit';

// Light-DOM content is styled only through ::slotted() and the shadow layout: the page's own rules
// for those nodes win over ours (CSS Scoping, "cascade order": the outer context first).
// - The layout follows the element's own width (container queries), from a 280px sidebar to a
//   1200px column: three columns, the middle one keeps lines readable, the lead may use the full width.
// - Unset custom properties make `font-family`, `color` and `background` invalid at computed-value
//   time, so the element inherits the page's font and colour (CSS Custom Properties).
// - A theme picks its colours with light-dark() and the color-scheme it sets (CSS Color 5), so
//   `auto` follows `prefers-color-scheme` with no duplicated palette.
// - The few host declarations a page reset (`* { all: unset }`) must not undo are `!important`:
//   for important declarations the shadow context wins over the page (CSS Cascade 5, "context").
//   `display` stays adjustable through `--news-embed-display` (e.g. `none` in a media query), and a
//   theme's colours through the custom properties. Sizes are in `em`, not `rem`, so a page's
//   `html { font-size }` does not shrink the layout.
// - Light-DOM content (the recommended embed) keeps the story's type scale and rhythm under any
//   theme: its margins and font are `!important` in ::slotted() rules, which beat the page's
//   normal rules for those nodes (same cascade rule as above), so `h2 { font-size: 3.75rem }` or
//   `p { margin: 0 }` no longer reach it. Slotted nodes take `font: inherit`, i.e. the size and
//   weight of their slot's part (which a host still styles on purpose with ::part()) and the
//   page's font family. Spacing is the `gap` of shadow containers, which no page rule can reset.
//   Only direct children are reachable (CSS Scoping: ::slotted() takes a compound selector), so
//   a theme still styles what is inside them: links, figcaptions, list items.
export const styles = css`
  :host {
    --_sp: var(--news-embed-space, 1em);
    --_r: var(--news-embed-radius, .5em);
    --_acc: var(--news-embed-accent, var(--_a, currentColor));
    font-family: var(--news-embed-font);
    color: var(--news-embed-text, var(--_t));
    background: var(--news-embed-surface, var(--_s));
  }
  :host([theme]) {
    color-scheme: light !important;
    --_t: light-dark(#1d1d1f, #ececec);
    --_s: light-dark(#fff, #17181a);
    --_a: light-dark(#b3261e, #ff9a8f);
    color: var(--news-embed-text, var(--_t)) !important;
    background: var(--news-embed-surface, var(--_s)) !important;
    padding: var(--_sp) !important;
    border-radius: var(--_r) !important;
  }
  :host([theme=dark]) {
    color-scheme: dark !important;
  }
  article {
    line-height: 1.55;
    overflow-wrap: break-word;
    display: grid;
    grid-template-columns: 1fr min(100%, var(--news-embed-measure, 40em)) 1fr;
    row-gap: calc(var(--_sp) * .75);
  }
  :host([theme=auto]) {
    color-scheme: light dark !important;
  }
  /* Slotted nodes inherit the part styles of their slot (size, weight, colour). */
  article > *,
  ::slotted(*) {
    grid-column: 2;
    min-width: 0;
    font-size: inherit;
  }
  article > *,
  [part=body] > *,
  ::slotted(*) {
    margin: 0 !important;
  }
  [part=lead],
  [part=lead]::slotted(*) {
    grid-column: 1/-1;
    width: 100%;
    max-width: 64em;
    justify-self: center;
  }
  ::slotted(*) {
    font: inherit !important;
  }
  [part=kicker] {
    color: var(--_acc);
  }
  /* Before the headline's rule: a story's own headline is a [role=heading] too. */
  [role=heading] {
    font-weight: 700;
  }
  [part=headline] {
    font-size: clamp(1.5em, 1.1em + 2.6cqi, 2.75em);
    line-height: 1.15;
    font-weight: 800;
  }
  [part=dek] {
    font-size: 1.15em;
  }
  /* A long body written in the page: blocks far from the viewport skip style and layout. */
  [part=body] ::slotted(*) {
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }
  [part=byline] {
    font-size: .875em;
  }
  [part=body] {
    display: flex;
    flex-direction: column;
    gap: var(--_sp);
  }
  [part=body] [role=heading],
  [part=body] ::slotted(:is(h2, h3, h4)) {
    font-size: 1.3em !important;
    font-weight: 700 !important;
  }
  [part=body] ::slotted(:is(ul, ol)) {
    padding-inline-start: 1.5em !important;
    list-style: revert !important;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: var(--_r);
  }
  blockquote,
  [part=body] ::slotted(blockquote) {
    padding-inline-start: var(--_sp) !important;
    border-inline-start: 4px solid var(--_acc) !important;
    font-style: italic !important;
  }
  a {
    color: var(--_acc);
  }
  [part=author],
  [part=author]::slotted(*) {
    border-top: 1px solid;
    padding-top: var(--_sp);
  }
  [part=skeleton] {
    /* Holds room for the story so the page below does not jump when it arrives. */
    min-height: 28em;
    border-radius: var(--_r);
    background: currentColor;
    opacity: .1;
  }
  [part=error] {
    margin-bottom: var(--_sp);
    padding: var(--_sp);
    border: 2px solid var(--_acc);
    border-radius: var(--_r);
  }
  @container (min-width: 48em) {
    ul {
      columns: 2;
    }
  }
  @media print {
    :host,
    :host([theme]) {
      color: #000 !important;
      background: none !important;
    }
    figure,
    blockquote {
      break-inside: avoid;
    }
  }
`;
