// The hosted frame (dist/embed.html, also the oEmbed card's frame) as built: it renders only stories
// from allowed origins (its own, plus those the build lists), its card links only there, and no
// query string makes it fetch from a refused origin, run script or throw.
//
// Two origins on one test server: the page under test is served from `location.host`, and the same
// server reached as 127.0.0.1 or localhost is "another origin", so the tests can count the requests
// that reach it (the server logs every URL; tokens keep the three engines apart). Other hosts do not
// resolve in the test browsers, so a fetch to one is also caught by the frame's probe.
import { expect } from '@open-wc/testing';
import { openPage, type HostPage } from '../pages/helpers.js';
import { frames, requested, token, until } from '../helpers.js';

type Article = HTMLElement & { updateComplete: Promise<unknown>; href?: string };

const own = location.origin;
const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
const other = `${location.protocol}//${otherHost}:${location.port}`;

const story = (t: string, url?: string) => ({
  '@type': 'NewsArticle',
  headline: `Story ${t}`,
  datePublished: '2024-08-03T09:00:00Z',
  articleBody: 'Body.',
  publisher: { '@type': 'Organization', name: 'Publisher' },
  ...(url && { url }),
});
/** A story JSON answered by the test server, with CORS, at `origin`. */
const storyAt = (origin: string, t: string, url?: string) =>
  `${origin}/__respond?type=application/ld%2Bjson&body=${encodeURIComponent(JSON.stringify(story(t, url)))}&t=${t}`;

/** The story requests (not the frame pages, whose query strings carry the token too) tagged `t`. */
const storyRequests = async (t: string) => (await requested(t)).filter((url) => url.startsWith('/__respond'));

const frameUrl = (query: string, allow = '') =>
  `/dist/embed.html?probe=1${allow && `&allow=${encodeURIComponent(allow)}`}&${query}`;

interface Outcome {
  page: HostPage;
  article: Article;
  refused: boolean;
  errors: { reason: string }[];
}

/** Opens the frame with `query` and waits until it shows a story, an error or its refusal. */
async function open(query: string, allow = ''): Promise<Outcome> {
  const page = await openPage(frameUrl(query, allow), { width: 600, height: 900 });
  const article = page.doc.querySelector('news-article') as Article;
  await until(
    () => article.querySelector('[role=alert]') || article.shadowRoot?.querySelector('[part~=headline], [part~=error]'),
    `the frame shows something for ?${query.slice(0, 200)}`,
  );
  await article.updateComplete;
  await frames(page.win);
  return { page, article, refused: !!article.querySelector('[role=alert]'), errors: [] };
}

const opened: HostPage[] = [];
afterEach(() => opened.splice(0).forEach((page) => page.close()));

describe('dist/embed.html renders only stories from allowed origins', () => {
  it("renders a story from its own origin, with the card's link where href says", async () => {
    const t = token();
    const outcome = await open(`layout=card&src=${encodeURIComponent(storyAt(own, t))}&href=${encodeURIComponent(`${own}/stories/${t}/`)}`);
    opened.push(outcome.page);
    expect(outcome.refused).to.be.false;
    expect(outcome.article.shadowRoot!.querySelector('[part~=headline]')!.textContent).to.equal(`Story ${t}`);
    expect(outcome.article.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=more]')!.href).to.equal(`${own}/stories/${t}/`);
    expect(outcome.page.probe.errors).to.deep.equal([]);
  });

  it('refuses a story from another origin: a neutral message, a refused event, no request to it', async () => {
    const t = token();
    const page = await openPage(frameUrl(`layout=card&src=${encodeURIComponent(storyAt(other, t))}&href=${encodeURIComponent(`${other}/phish`)}`), {
      width: 600,
      height: 900,
    });
    opened.push(page);
    const article = page.doc.querySelector('news-article') as Article;
    await until(() => article.querySelector('[role=alert]'), 'a refusal message');
    expect(article.textContent!.trim()).to.equal('This story is not available here.');
    expect(article.shadowRoot!.textContent).not.to.include(t);
    expect(page.doc.documentElement.innerHTML).not.to.include(otherHost + ':');
    expect(page.probe.fetches).to.deep.equal([]);
    expect(await storyRequests(t), 'requests that reached the other origin').to.deep.equal([]);
    expect(page.probe.errorEvents).to.deep.equal(['news-article-error refused']);
    expect(page.probe.warnings.filter((w) => w.includes('src refused'))).to.have.length(1);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('renders a story from a second origin once the build lists it', async () => {
    const t = token();
    const outcome = await open(`layout=card&src=${encodeURIComponent(storyAt(other, t))}`, `https://news.example ${other}`);
    opened.push(outcome.page);
    expect(outcome.refused).to.be.false;
    expect(outcome.article.shadowRoot!.querySelector('[part~=headline]')!.textContent).to.equal(`Story ${t}`);
    expect(await storyRequests(t)).to.have.length(1);
  });

  it("links the card to the story's own url when href is refused and that url is allowed, else nowhere", async () => {
    const t = token();
    const allowedPage = `${own}/stories/${t}/`;
    const withOwn = await open(`layout=card&src=${encodeURIComponent(storyAt(own, t, allowedPage))}&href=${encodeURIComponent('https://attacker.example/phish')}`);
    opened.push(withOwn.page);
    await until(() => withOwn.article.shadowRoot!.querySelector('a[part~=more]'), "the story's own link");
    expect(withOwn.article.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~=more]')!.href).to.equal(allowedPage);
    // One frame at a time, at the top of the test page: WebKit pauses animation frames in frames
    // scrolled out of view, and `open` waits for two.
    opened.splice(0).forEach((page) => page.close());

    const withForeign = await open(`layout=card&src=${encodeURIComponent(storyAt(own, `${t}b`, 'https://attacker.example/phish'))}`);
    opened.push(withForeign.page);
    await withForeign.article.updateComplete;
    expect(withForeign.article.shadowRoot!.querySelector('a[part~=more]')).to.equal(null);
    expect(withForeign.article.shadowRoot!.innerHTML).not.to.include('attacker.example');
  });
});
