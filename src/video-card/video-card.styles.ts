import { css } from 'lit';

// - The host is the size container, so the card switches to poster-beside-text by its own width
//   (CSS Containment 3 container queries), not the viewport's.
// - `.frame` has its size before any byte arrives (aspect-ratio); the poster, the player and every
//   message fill it, so activating or failing never shifts the layout.
// - `.sr` is text for assistive technology only (the full date, the spoken duration).
// - A card far from the viewport skips style, layout and paint (`content-visibility: auto`) and holds
//   15em meanwhile, then the height it last had (`auto`): a page of hundreds of cards lays out only
//   those near the reader. Its content stays in the accessibility tree, in find-in-page and in the
//   tab order; focus or a search renders it. It is set on `.card`, not on the host: Firefox (153)
//   gives a size container (`container-type`) with `content-visibility: auto` no height at all
//   while it skips, whatever `contain-intrinsic-size` says.
// - `display` and the size container are `!important` so a page reset (`* { all: unset }`) cannot
//   undo them (CSS Cascade 5: important shadow declarations win); `--news-embed-display` still lets
//   a page hide or change the display. Sizes are in `em`, so a page's root font size changes nothing.
export const styles = css`
  :host {
    --_a: var(--video-card-accent, var(--news-embed-accent, #c8102e));
  }
  .card {
    contain-intrinsic-size: auto 15em;
    content-visibility: auto;
    display: grid;
    gap: .75em;
  }
  @container (min-width: 36em) {
    .card {
      grid-template-columns: 2fr 3fr;
      align-items: start;
    }
  }
  .frame {
    position: relative;
    aspect-ratio: var(--video-card-aspect-ratio, 16/9);
    border-radius: var(--video-card-radius, 4px);
    overflow: hidden;
    background: #d9d9d9;
    color: #111;
  }
  .frame > * {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    box-sizing: border-box;
    object-fit: cover;
  }
  [part=player] {
    background: #000;
  }
  [part=play-button] {
    inset: auto;
    top: 50%;
    left: 50%;
    width: 4em;
    height: 4em;
    margin: -2em;
    padding: 1em;
    border-radius: 50%;
    background: var(--_a);
    color: #fff;
    fill: currentColor;
    cursor: pointer;
  }
  svg {
    display: block;
  }
  :disabled {
    background: #555;
  }
  :focus-visible {
    outline: 3px solid var(--_a);
    outline-offset: 3px;
  }
  [part=duration] {
    /* The corner after the text: bottom right, bottom left in a right-to-left card. */
    inset-block: auto .5em;
    inset-inline: auto .5em;
    width: auto;
    height: auto;
    padding: 0 .4em;
    border-radius: 2px;
    background: #000c;
    color: #fff;
    font-size: .8em;
  }
  .msg {
    top: auto;
    height: auto;
    margin: 0;
    padding: .5em;
    background: #fffe;
  }
  p {
    margin: 0 0 .35em;
  }
  [part=kicker] {
    /* Inside a story, the story's accent (its theme's, light or dark). */
    color: var(--video-card-accent, var(--_acc, var(--_a)));
  }
  [part=title] {
    font-weight: 700;
    font-size: 1.1em;
  }
  [part=meta] {
    font-size: .85em;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
