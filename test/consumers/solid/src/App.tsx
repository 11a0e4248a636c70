// The docs/frameworks.md Solid usage, and (under `@ts-expect-error`) usage the typings must refuse.
import 'news-embed/define.js';
import type {} from 'news-embed/solid';
import { createSignal } from 'solid-js';
import type { VideoCardPlayDetail } from 'news-embed';

export function App() {
  const [played, setPlayed] = createSignal<VideoCardPlayDetail>();
  return (
    <>
      <news-article theme="auto" heading-level={2}>
        <random-image slot="lead" mode="daily" priority="low" aspect-ratio="16/9" />
        <video-card
          name="Venezuela’s ‘stolen’ election"
          content-url="/clip.mp4"
          on:video-card-play={(event) => {
            event.preventDefault();
            setPlayed(event.detail);
          }}
        />
      </news-article>
      <output>{played()?.url ?? 'not played'}</output>
    </>
  );
}

export const wrong = (
  <>
    {/* @ts-expect-error a value `mode` does not take */}
    <random-image mode="dialy" />
    {/* @ts-expect-error a value `priority` does not take */}
    <random-image priority="urgent" />
    {/* @ts-expect-error a misspelled attribute */}
    <video-card thumbnial="/poster.svg" />
    {/* @ts-expect-error a handler of the wrong type */}
    <video-card on:video-card-play={(event: string) => event} />
    <video-card
      on:video-card-play={(event) => {
        // @ts-expect-error `detail` has no `href`
        void event.detail.href;
      }}
    />
  </>
);
