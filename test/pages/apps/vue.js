// A Vue 3 app using the elements the way an application would (render functions: the runtime-only
// build, no template compiler, so it also runs under a strict CSP). Data goes through DOM properties
// (`.prop` forces a property), our events through `on…` props, which Vue hyphenates
// (`onVideoCardPlay` listens to `video-card-play`).
import { createApp, h, reactive } from 'vue';

const app = (window.__app = { events: [], ready: false });
const record = (event) => app.events.push(`${event.type}:${JSON.stringify(event.detail?.reason ?? event.detail?.source ?? event.detail?.index ?? null)}`);

const state = reactive({ title: 'Vue card', headline: 'Vue story', shown: true });
app.setTitle = (value) => (state.title = value);
app.setHeadline = (value) => (state.headline = value);
app.setShown = (value) => (state.shown = value);

const images = [
  { src: '/test/fixtures/random-image/red.svg', alt: 'Red', width: 400, height: 300 },
  { src: '/test/fixtures/random-image/blue.svg', alt: 'Blue', width: 400, height: 300 },
];

createApp({
  setup: () => () =>
    h('main', [
      h('random-image', { seed: '1', '.images': images, onRandomImageChange: record }),
      state.shown
        ? h('video-card', {
            '.video': { name: state.title, duration: 'PT1M', contentUrl: '/demo/story/media/sample-clip.mp4' },
            onVideoCardPlay: record,
            onVideoCardError: record,
          })
        : null,
      h('video-card', { name: 'Attributes', duration: 'nonsense', 'content-url': '/demo/story/media/sample-clip.mp4', onVideoCardError: record }),
      h('news-article', {
        '.story': { '@type': 'NewsArticle', headline: state.headline, articleBody: 'One.\n\nTwo.' },
        onNewsArticleLoad: record,
      }),
    ]),
}).mount('#root');
app.ready = true;
