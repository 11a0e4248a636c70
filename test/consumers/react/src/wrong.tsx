// Usage the typings must refuse: each line under `@ts-expect-error` is an error, and `tsc` fails
// if one of them is not (an unused `@ts-expect-error` is itself an error).
import type {} from 'news-embed/react';

export const wrong = (
  <>
    {/* @ts-expect-error a value `mode` does not take */}
    <random-image mode="dialy" />
    {/* @ts-expect-error a value `priority` does not take */}
    <random-image priority="urgent" />
    {/* @ts-expect-error `heading-level` is a number */}
    <news-article heading-level="two" />
    {/* @ts-expect-error a misspelled attribute (TypeScript lets any hyphenated name through, so \`upload-dat\` can't be caught) */}
    <video-card thumbnial="/poster.svg" />
    {/* @ts-expect-error a handler of the wrong type: the event is a CustomEvent, not a string */}
    <video-card onvideo-card-play={(event: string) => event} />
    <video-card
      onvideo-card-play={(event) => {
        // @ts-expect-error `detail` has no `href` (it has `source` and `url`)
        void event.detail.href;
      }}
    />
    {/* @ts-expect-error a tag news-embed does not define */}
    <news-articel />
  </>
);
