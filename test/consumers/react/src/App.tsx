// The docs/frameworks.md React usage: one side-effect import registers the elements, one type import types the tags.
import { useState } from 'react';
import 'news-embed/define.js';
import type {} from 'news-embed/react';
import type { VideoCardPlayDetail } from 'news-embed';

export function App() {
  const [played, setPlayed] = useState<VideoCardPlayDetail | null>(null);
  return (
    <>
      <news-article theme="auto" lang="en" heading-level={2}>
        <p slot="kicker">World</p>
        <h2 slot="headline">The Maduro government still shows no signs of surrendering power in Venezuela</h2>
        <p slot="dek">Foreign allies have become critical to the survival of the regime.</p>
        <random-image
          slot="lead"
          aspect-ratio="16/9"
          mode="daily"
          priority="high"
          images={[{ src: '/lead.svg', alt: 'A stand-in for the lead photo', width: 1600, height: 900 }]}
        />
        <p>As the deadline expired yesterday…</p>
        <video-card
          name="Venezuela’s ‘stolen’ election: Can Maduro be forced out?"
          duration="PT9M34S"
          upload-date="2024-07-30"
          thumbnail="/poster.svg"
          content-url="/clip.mp4"
          onvideo-card-play={(event) => {
            event.preventDefault();
            setPlayed(event.detail);
          }}
        />
      </news-article>
      <output id="played">{played ? `${played.source} ${played.url}` : 'not played'}</output>
    </>
  );
}
