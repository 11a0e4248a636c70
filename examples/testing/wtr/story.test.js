// A @web/test-runner + @open-wc/testing test of a page fragment that embeds a news-embed story (the
// same story as ../host.html), written the way an application's own tests would be: the elements
// and the testing helpers come from the package, by name.
import { expect, fixture, html } from '@open-wc/testing';
import 'news-embed/define.js';
import { freezeTime, visibleText, whenReady } from 'news-embed/testing';

// The lead image the seed "example-daily" picks, on every load and in every browser.
const SEEDED_ALT = 'Illustration: two figures on a stage raise their joined hands before a crowd waving yellow, blue and red Venezuelan flags.';

/** The story as the host page embeds it (a template's images cost nothing until chosen; lit-html
 * allows no expressions inside <template>, hence the literal URLs). */
const story = () => html`<news-article heading-level="1">
  <p slot="kicker">World</p>
  <h1 slot="headline">The Maduro government still shows no signs of surrendering power in Venezuela</h1>
  <p slot="byline">By Evan Dyer · <time datetime="2024-08-03T04:00:00-04:00">Aug 3, 2024</time></p>
  <random-image slot="lead" seed="example-daily" aspect-ratio="16/9">
    <template>
      <img data-src="/demo/story/images/protest-640.jpg" width="640" height="360" alt="A woman runs with her hands up, fire on the ground behind her and a phalanx of police holding riot shields behind that.">
      <img data-src="/demo/story/images/machado-gonzalez-640.jpg" width="640" height="360" alt="Illustration: two figures on a stage raise their joined hands before a crowd waving yellow, blue and red Venezuelan flags.">
      <img data-src="/demo/story/images/putin-maduro-640.jpg" width="640" height="360" alt="Illustration: two men in dark suits shake hands in a gilded hall, a Venezuelan flag behind the man on the left and a Russian flag behind the man on the right.">
    </template>
  </random-image>
  <p>As the deadline expired yesterday for the Maduro government to show the receipts from the election, foreign allies have become critical to the survival of the regime.</p>
  <video-card name="Venezuela’s ‘stolen’ election: Can Maduro be forced out?" duration="PT9M34S" upload-date="2024-07-30"
              thumbnail="/demo/story/images/poster-about-that-640.jpg" embed-url="https://www.youtube.com/watch?v=M7lc1UVf-VE">
    <a href="https://www.youtube.com/watch?v=M7lc1UVf-VE">Watch: Venezuela’s ‘stolen’ election (9:34)</a>
  </video-card>
</news-article>`;

/** Resource Timing entries for the video hosts' domains. */
const videoHostRequests = () =>
  performance.getEntriesByType('resource').filter(({ name }) => /youtube|ytimg|googlevideo|vimeo/.test(new URL(name).hostname));

describe('a page embedding a news-embed story, in @web/test-runner', () => {
  // "Now" for relative times ("4 days ago"), as <meta name="news-embed-now"> in the page would.
  beforeEach(() => freezeTime('2024-08-03T12:00:00Z'));
  afterEach(() => freezeTime(null));

  it('shows the story as a reader sees it', async () => {
    const el = await fixture(story());
    await whenReady(el);
    const text = visibleText(el);
    expect(text).to.match(/^World\nThe Maduro government still shows no signs of surrendering power in Venezuela\nBy Evan Dyer/);
    expect(text).to.include('As the deadline expired yesterday');
    expect(text).to.include('4 days ago');
    expect(text).not.to.include('Watch: Venezuela’s ‘stolen’ election (9:34)');
    // The headline is the page's own <h1>, laid out through the element's `headline` slot.
    expect(el.querySelector('h1').assignedSlot.name).to.equal('headline');
  });

  it('shows the same lead image on every load (seed)', async () => {
    const shown = [];
    for (let load = 0; load < 2; load++) {
      const el = await fixture(story());
      const report = await whenReady(el);
      expect(report.loaded, 'the lead image loaded').to.equal(1);
      const lead = el.querySelector('random-image');
      const img = lead.shadowRoot.querySelector('img[part~="image"]');
      expect(img.naturalWidth).to.be.greaterThan(0);
      shown.push(img.alt);
      el.remove();
    }
    expect(shown).to.deep.equal([SEEDED_ALT, SEEDED_ALT]);
  });

  it('plays a video only when asked, with no request to a video host before', async () => {
    const el = await fixture(story());
    await whenReady(el);
    const card = el.querySelector('video-card');
    const button = card.shadowRoot.querySelector('[part~="play-button"]');
    expect(button.getAttribute('aria-label')).to.equal('Play video: Venezuela’s ‘stolen’ election: Can Maduro be forced out?, 9 minutes 34 seconds');
    expect(videoHostRequests()).to.deep.equal([]);
    expect(card.shadowRoot.querySelector('iframe')).to.be.null;

    const plays = [];
    card.addEventListener('video-card-play', (event) => plays.push(event.detail.source));
    button.click();
    await card.updateComplete;

    const player = card.shadowRoot.querySelector('iframe[part~="player"]');
    expect(player.src).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE/);
    expect(plays).to.deep.equal(['embed']);
  });

  it('shows a message and fires news-article-error when a story cannot load', async () => {
    const errors = [];
    const el = await fixture(html`<news-article src="/examples/testing/no-such-story.json" @news-article-error=${(e) => errors.push(e.detail)}>
      <h2 slot="headline">More from Example Daily</h2>
    </news-article>`);
    await whenReady(el);
    const alert = el.shadowRoot.querySelector('[role="alert"]');
    expect(visibleText(alert)).to.equal('This story could not be loaded.');
    expect(visibleText(el)).to.include('More from Example Daily');
    expect(errors.map(({ reason }) => reason)).to.deep.equal(['http']);
  });
});
