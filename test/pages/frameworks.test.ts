// The elements inside a React 19 app and a Vue 3 app (bundled by esbuild from test/pages/apps/),
// served with the strict CSP: properties carry the data, the apps hear our events, re-renders update
// the elements, and an element unmounted and mounted again works. Plus plain DOM use.
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, type HostPage } from './helpers.js';
import { frames, partText, until } from '../helpers.js';
import type { NewsArticleElement } from '../../src/news-article/news-article.js';
import type { RandomImageElement } from '../../src/random-image/random-image.js';
import type { VideoCardElement } from '../../src/video-card/video-card.js';

interface App {
  events: string[];
  ready: boolean;
  setTitle(value: string): void;
  setHeadline(value: string): void;
  setShown(value: boolean): void;
}

let page: HostPage;
afterEach(() => page?.close());

for (const framework of ['react', 'vue']) {
  describe(`a ${framework === 'react' ? 'React 19' : 'Vue 3'} app`, () => {
    it('passes data as properties, hears our events, re-renders and remounts', async () => {
      page = await openPage(`${FIXTURES}/${framework}.html?csp=strict`);
      const app = page.win.__app as App;
      await until(() => app?.ready && page.doc.querySelector('news-article'), 'the app renders');
      const doc = page.doc;
      const article = doc.querySelector<NewsArticleElement>('news-article')!;
      const image = doc.querySelector<RandomImageElement>('random-image')!;
      const card = () => doc.querySelector<VideoCardElement>('video-card')!;
      await until(() => partText(article, 'headline') === `${framework === 'react' ? 'React' : 'Vue'} story`, 'the story property renders');
      await until(() => image.shadowRoot!.querySelector('img')?.naturalWidth, 'the images property renders');
      // Past the first 30 ms of first renders, each card's first render waits for a task of its own,
      // so the second card may render after the story has loaded: wait for every card.
      await Promise.all([...doc.querySelectorAll<VideoCardElement>('video-card')].map((each) => each.updateComplete));
      expect(partText(card(), 'title')).to.equal(`${framework === 'react' ? 'React' : 'Vue'} card`);
      expect(app.events).to.include('video-card-error:"invalid-duration"');
      await until(() => app.events.includes('news-article-load:null'), 'the app hears news-article-load');
      // A random-image-change fired while React/Vue attached the element; whether the app's
      // listener was on it yet depends on the framework's order (documented: listen on an ancestor).

      // New data from the app re-renders the elements.
      app.setTitle('Renamed card');
      app.setHeadline('Renamed story');
      await until(() => partText(card(), 'title') === 'Renamed card', 'the card re-renders');
      await until(() => partText(article, 'headline') === 'Renamed story', 'the story re-renders');

      // The app's listener hears a play.
      expect(card().play()).to.be.true;
      expect(app.events).to.include('video-card-play:"content"');

      // Unmounted and mounted again: a fresh element with the app's data and listeners.
      app.setShown(false);
      await until(() => doc.querySelectorAll('video-card').length === 1, 'unmounted');
      app.setShown(true);
      await until(() => doc.querySelectorAll('video-card').length === 2, 'mounted again');
      await card().updateComplete;
      expect(partText(card(), 'title')).to.equal('Renamed card');
      const plays = app.events.filter((e) => e.startsWith('video-card-play')).length;
      card().play();
      expect(app.events.filter((e) => e.startsWith('video-card-play')).length).to.equal(plays + 1);

      await frames(page.win);
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.violations).to.deep.equal([]);
    });
  });
}

describe('plain DOM use', () => {
  it('document.createElement, attributes after connection, remove and re-add keep state and listeners', async () => {
    page = await openPage(`${FIXTURES}/blank.html`);
    const doc = page.doc;
    const heard: string[] = [];
    const listen = (el: Element, type: string) => el.addEventListener(type, (e) => heard.push(`${type}:${JSON.stringify((e as CustomEvent).detail?.reason ?? null)}`));

    const card = doc.createElement('video-card') as VideoCardElement;
    listen(card, 'video-card-play');
    listen(card, 'video-card-error');
    doc.body.append(card);
    await card.updateComplete;
    expect(partText(card, 'title')).to.equal('Untitled video');
    card.setAttribute('name', 'Named later');
    card.setAttribute('content-url', '/demo/story/media/sample-clip.mp4');
    card.setAttribute('duration', 'PT2M');
    await card.updateComplete;
    expect(partText(card, 'title')).to.equal('Named later');
    expect(card.play()).to.be.true;
    await card.updateComplete;
    card.remove();
    doc.body.append(card);
    await card.updateComplete;
    // Still playing after the move, and the listeners still hear the element.
    expect(card.shadowRoot!.querySelector('video')).to.exist;
    card.setAttribute('duration', 'bogus');
    await card.updateComplete;
    expect(heard).to.include('video-card-play:null');
    expect(heard).to.include('video-card-error:"invalid-duration"');

    const image = doc.createElement('random-image') as RandomImageElement;
    image.setAttribute('seed', '5');
    image.images = [
      { src: '/test/fixtures/random-image/red.svg', alt: 'Red', width: 40, height: 30 },
      { src: '/test/fixtures/random-image/blue.svg', alt: 'Blue', width: 40, height: 30 },
      { src: '/test/fixtures/random-image/green.svg', alt: 'Green', width: 40, height: 30 },
    ];
    listen(image, 'random-image-change');
    doc.body.append(image);
    await image.updateComplete;
    const first = image.index;
    expect(first).to.be.at.least(0);
    image.remove();
    doc.body.append(image);
    await image.updateComplete;
    expect(image.index, 'no new choice on re-add').to.equal(first);
    image.next();
    expect(heard.filter((h) => h.startsWith('random-image-change'))).to.have.length(2);

    const article = doc.createElement('news-article') as NewsArticleElement;
    listen(article, 'news-article-load');
    article.story = { '@type': 'NewsArticle', headline: 'Made in script', articleBody: 'Body.' };
    doc.body.append(article);
    await until(() => heard.includes('news-article-load:null'), 'loaded');
    article.remove();
    doc.body.append(article);
    article.setAttribute('heading-level', '3');
    await article.updateComplete;
    expect(partText(article, 'headline')).to.equal('Made in script');
    expect(article.shadowRoot!.querySelector('[part~="headline"]')!.getAttribute('aria-level')).to.equal('3');
    article.story = { '@type': 'NewsArticle', headline: 'Changed', articleBody: 'Body.' };
    await until(() => heard.filter((h) => h.startsWith('news-article-load')).length === 2, 'the listener hears the second load');
    expect(page.probe.errors).to.deep.equal([]);
  });
});
