// The docs/frameworks.md TypeScript usage: tags typed through HTMLElementTagNameMap, events through
// GlobalEventHandlersEventMap, no declarations of our own. Wrong usage is marked `@ts-expect-error`.
import 'news-embed/define.js';
import { VideoCardElement, type RandomImageMode, type Story } from 'news-embed';
import { setNow } from 'news-embed/bundle';
import { whenReady, visibleText } from 'news-embed/testing';

const article = document.querySelector('news-article')!;
article.addEventListener('news-article-load', (event) => {
  const story: Story = event.detail;
  console.log(story.headline);
  // @ts-expect-error a field the detail does not have
  console.log(event.detail.title);
});
article.lang = 'fr';

const image = document.createElement('random-image');
const mode: RandomImageMode = 'daily';
image.mode = mode;
image.priority = 'low';
// @ts-expect-error a value `mode` does not take
image.mode = 'dialy';
// @ts-expect-error a value `priority` does not take
image.priority = 'urgent';
image.addEventListener('random-image-change', (event) => console.log(event.detail.index, event.detail.reason));

const card = document.querySelector('video-card')!;
card.addEventListener('video-card-play', (event) => {
  const { source, url } = event.detail;
  console.log(source === 'content' ? url : 'embed');
});
// @ts-expect-error a handler of the wrong type
card.addEventListener('video-card-play', (event: CustomEvent<number>) => event.detail);

VideoCardElement.define('my-video-card');
setNow(new Date('2024-08-03T12:00:00Z'));
await whenReady();
console.log(visibleText(article));
