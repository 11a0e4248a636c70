// `news-embed/solid`: the tags in Solid's JSX. custom-element-solidjs-integration writes the types
// (dist/frameworks/solid.d.ts) and leaves the augmentation of `solid-js` to the app; it is here.
import type { CustomElements } from '../dist/frameworks/solid.js';

declare module 'solid-js' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation: the members are the base's
    interface IntrinsicElements extends CustomElements {}
  }
}
