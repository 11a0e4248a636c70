import { css } from 'lit';

// Every image fills the box the set's ratio gave it, and object-fit absorbs a different ratio.
// Only the image showing (`.on`) is displayed; while it fades in, the old one (`.out`) sits under
// it, out of the flow. An image fetched ahead of its turn loads while not displayed.
// The pause (two bars) and play (a triangle) icons are borders: no icon font or image to fetch.
// Unset custom properties without a fallback make `color` and `font` inherit.
export const styles = css`
  figure {
    position: relative;
    margin: 0;
  }
  .frame {
    position: relative;
    overflow: hidden;
    isolation: isolate;
    box-sizing: border-box;
    aspect-ratio: var(--random-image-aspect-ratio, var(--_ratio));
    border-radius: var(--random-image-radius, 0);
  }
  picture {
    display: contents;
  }
  img {
    display: none;
    width: 100%;
    height: 100%;
    object-fit: var(--random-image-object-fit, cover);
  }
  .on,
  .out {
    display: block;
  }
  .out {
    position: absolute;
    inset: 0;
  }
  @keyframes fade-in {
    from {
      opacity: 0;
    }
  }
  [part=placeholder] {
    display: grid;
    place-content: center;
    gap: .5em;
    min-height: 8em;
    padding: 1em;
    text-align: center;
    background: #e8e8e8;
    color: #333;
  }
  .fade {
    position: relative;
    z-index: 1;
    animation: fade-in var(--random-image-crossfade-duration, .6s);
  }
  button {
    position: absolute;
    top: .5em;
    inset-inline-end: .5em;
    display: grid;
    place-items: center;
    width: 2.5em;
    height: 2.5em;
    border: 2px solid #fff;
    border-radius: 50%;
    background: #000c;
    color: #fff;
    cursor: pointer;
  }
  button::before {
    content: '';
    width: .24em;
    height: .9em;
    border: solid;
    border-width: 0 .28em;
  }
  .play::before {
    width: 0;
    height: 0;
    border-width: .45em 0 .45em .8em;
    border-color: transparent currentColor;
  }
  figcaption {
    padding-top: .5em;
    color: var(--random-image-caption-color);
    font: var(--random-image-caption-font);
  }
  small {
    display: block;
    font-size: .85em;
  }
`;
