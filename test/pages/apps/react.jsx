// A React 19 app using the elements the way an application would: data through properties
// (React 19 sets a prop as a property when the custom element has it), our events through
// `on<event-name>` props, re-renders with new data, and an element unmounted and mounted again.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

const app = (window.__app = { events: [], ready: false });
const record = (event) => app.events.push(`${event.type}:${JSON.stringify(event.detail?.reason ?? event.detail?.source ?? event.detail?.index ?? null)}`);

const images = [
  { src: '/test/fixtures/random-image/red.svg', alt: 'Red', width: 400, height: 300 },
  { src: '/test/fixtures/random-image/blue.svg', alt: 'Blue', width: 400, height: 300 },
];
const story = (headline) => ({ '@type': 'NewsArticle', headline, articleBody: 'One.\n\nTwo.' });

function App() {
  const [title, setTitle] = useState('React card');
  const [headline, setHeadline] = useState('React story');
  const [shown, setShown] = useState(true);
  app.setTitle = setTitle;
  app.setHeadline = setHeadline;
  app.setShown = setShown;
  return (
    <main>
      <random-image seed="1" images={images} onrandom-image-change={record} />
      {shown && (
        <video-card
          video={{ name: title, duration: 'PT1M', contentUrl: '/demo/story/media/sample-clip.mp4' }}
          onvideo-card-play={record}
          onvideo-card-error={record}
        />
      )}
      <video-card name="Attributes" duration="nonsense" content-url="/demo/story/media/sample-clip.mp4" onvideo-card-error={record} />
      <news-article story={story(headline)} onnews-article-load={record} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
app.ready = true;
