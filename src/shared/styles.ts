import { css } from 'lit';

// Rules every element shares, adopted before each element's own sheet (`[shared, own]`).
// - `display` is `!important` so a page reset (`* { all: unset }`) cannot undo it (CSS Cascade 5:
//   important shadow declarations win over the page), while `--news-embed-display` still lets a
//   page hide the element or change its display.
// - The byline of a story and the meta row of a card wrap the same way; their kickers look alike
//   (upper case only changes scripts that have case; no letter-spacing, which would pull apart
//   joined Arabic letters and CJK text).
export const shared = css`
  :host {
    display: var(--news-embed-display, block) !important;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  /* Names, dates and durations keep their own direction: a Latin name in an Arabic byline, or an
     Arabic one in an English byline, never reorders the words around it (Unicode Bidi, UAX #9). */
  [part=meta] *,
  [part=byline] * {
    unicode-bidi: isolate;
  }
  [part=kicker] {
    font-size: .8em;
    font-weight: 700;
    text-transform: uppercase;
  }
  [part=meta],
  [part=byline] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
`;

// The card and the story lay themselves out by their own width (CSS Containment 3 container
// queries), not the viewport's, so the host is a size container whatever the page says.
export const container = css`
  :host {
    container-type: inline-size !important;
  }
`;
