import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { NewsArticleElement } from '../../src/news-article/news-article.js';
import { loadLocale } from '../../src/shared/i18n.js';
import { setNow } from '../../src/shared/time.js';
import { $, $$, FIXTURES, load, render, shadowText } from './helpers.js';

interface LeadImage {
  src: string;
  alt: string;
  width?: number;
  caption?: string;
  credit?: string;
}
const leadImages = (el: Element) => ($(el, 'random-image') as unknown as { images: LeadImage[] } | null)?.images;
const videoOf = (card: Element) => (card as unknown as { video: Record<string, unknown> }).video;
const abs = (path: string) => new URL(path, location.href).href;

describe('<news-article>', () => {
  beforeEach(() => setNow('2024-08-03T12:00:00Z'));
  afterEach(() => setNow(null));

  describe('light DOM (the recommended embed)', () => {
    const story = () => html`<news-article>
      <p slot="kicker">World</p>
      <h2 slot="headline">A headline</h2>
      <p slot="dek">The dek</p>
      <p slot="byline">By Ada <time datetime="2024-08-03">Aug 3</time></p>
      <figure slot="lead"><figcaption>Lead caption</figcaption></figure>
      <p>${'word '.repeat(700)}</p>
      <h3>Section</h3>
      <blockquote>Quote</blockquote>
      <div slot="author">About Ada</div>
      <p slot="credit">Credit belongs to <a href="https://www.cbc.ca/">www.cbc.ca</a></p>
      <ul slot="related"><li><a href="https://example.com/">Related</a></li></ul>
    </news-article>`;

    it('lays out the host nodes through the documented slots without changing them', async () => {
      const el = await fixture<NewsArticleElement>(story());
      const before = el.innerHTML;
      await el.updateComplete;
      expect(el.innerHTML).to.equal(before);
      const slotOf = (selector: string) => el.querySelector(selector)!.assignedSlot;
      expect(slotOf('[slot=headline]')!.getAttribute('part')).to.equal('headline');
      expect(slotOf('[slot=kicker]')!.getAttribute('part')).to.equal('kicker');
      expect(slotOf('[slot=dek]')!.getAttribute('part')).to.equal('dek');
      expect(slotOf('[slot=lead]')!.getAttribute('part')).to.equal('lead');
      expect(slotOf('[slot=author]')!.getAttribute('part')).to.equal('author');
      expect(slotOf('[slot=credit]')!.getAttribute('part')).to.equal('credit');
      expect(slotOf('[slot=related]')!.getAttribute('part')).to.equal('related');
      expect(slotOf('[slot=byline]')!.closest('[part=byline]')).to.exist;
      expect(slotOf('h3')!.closest('[part=body]')).to.exist;
      for (const node of el.querySelectorAll(':scope > *')) {
        expect(node.getBoundingClientRect().height, node.outerHTML.slice(0, 30)).to.be.greaterThan(0);
      }
    });

    it('shows the parts in reading order', async () => {
      const el = await fixture<NewsArticleElement>(story());
      const top = (selector: string) => el.querySelector(selector)!.getBoundingClientRect().top;
      const order = ['[slot=kicker]', '[slot=headline]', '[slot=dek]', '[slot=byline]', '[slot=lead]', 'h3', '[slot=author]', '[slot=credit]', '[slot=related]'];
      const tops = order.map(top);
      expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    });

    it('renders no reading time without body text', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article><h2 slot="headline">Only</h2></news-article>`);
      const headline = el.querySelector('h2')!;
      expect(headline.assignedSlot!.getAttribute('part')).to.equal('headline');
      expect(headline.getBoundingClientRect().height).to.be.greaterThan(0);
      expect($(el, '[part=byline]'), 'the byline row renders').to.exist;
      expect($(el, '.read')).to.equal(null);
    });
  });

  describe('inline JSON-LD', () => {
    it('renders a child <script type="application/ld+json"> NewsArticle', async () => {
      const { el, loads } = await render(
        (l) => html`<news-article @news-article-load=${l}
          ><script type="application/ld+json">
            { "@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": "Inline headline", "articleBody": "Inline body." }
          </script></news-article
        >`,
      );
      expect(shadowText(el, '[part=headline]')).to.equal('Inline headline');
      expect(shadowText(el, '[part=body]')).to.equal('Inline body.');
      expect(loads).to.have.length(1);
      expect(loads[0].headline).to.equal('Inline headline');
    });

    it('finds the article in a @graph', async () => {
      const { el } = await render(
        () => html`<news-article
          ><script type="application/ld+json">
            { "@context": "https://schema.org", "@graph": [{ "@type": "WebPage", "name": "Page" }, { "@type": "NewsArticle", "headline": "From the graph" }] }
          </script></news-article
        >`,
      );
      expect(shadowText(el, '[part=headline]')).to.equal('From the graph');
    });
  });

  describe('src', () => {
    it('maps every NewsArticle field', async () => {
      const { el, loads } = await load(`${FIXTURES}full.json`);
      expect(loads).to.have.length(1);
      expect(shadowText(el, '[part=kicker]')).to.equal('World');
      const headline = $(el, '[part=headline]')!;
      expect(headline.textContent).to.equal('Full story headline');
      expect(headline.getAttribute('role')).to.equal('heading');
      expect(headline.getAttribute('aria-level')).to.equal('2');
      expect(shadowText(el, '[part=dek]')).to.equal('The dek of the full story');

      const byline = shadowText(el, '[part=byline]')!;
      expect(byline).to.contain('By Ada Writer (Senior Reporter), Bo Second');
      expect(byline).to.contain('Example News');
      expect($(el, '[part=byline] a')!.getAttribute('href')).to.equal('https://example.com/ada');
      const times = $$(el, '[part=byline] time');
      expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal(['2024-08-03T08:00:00Z', '2024-08-03T10:00:00Z']);
      expect(times.map((time) => time.textContent)).to.deep.equal(['4 hours ago', '2 hours ago']);
      expect(byline).to.match(/Published 4 hours ago Updated 2 hours ago 1 min read/);

      // Relative URLs resolve against the story file, not the page.
      expect(leadImages(el)).to.deep.equal([
        { src: abs(`${FIXTURES}a.png`), alt: 'Alt A', width: 320, height: 180, caption: 'Caption A', credit: 'Credit A' },
        { src: abs(`${FIXTURES}b.png`), alt: 'Caption B', width: 320, height: 180, caption: 'Caption B', credit: 'Credit B' },
        { src: abs(`${FIXTURES}c.png`), alt: '', width: undefined, height: undefined, caption: undefined, credit: undefined },
      ]);
      expect($(el, 'random-image')!.getAttribute('part')).to.equal('lead');

      const body = $(el, '[part=body]')!;
      const blocks = [...body.children];
      expect(blocks.map((node) => node.localName)).to.deep.equal(['p', 'div', 'blockquote', 'figure', 'video-card', 'p', 'video-card']);
      expect(blocks[0].textContent).to.equal('First paragraph of the body.');
      expect(blocks[1].getAttribute('role')).to.equal('heading');
      expect(blocks[1].getAttribute('aria-level')).to.equal('3');
      expect(blocks[1].textContent).to.equal('A section heading');
      expect(blocks[2].textContent!.replace(/\s+/g, ' ').trim()).to.equal('A quoted sentence. — A Source');
      const img = blocks[3].querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(abs(`${FIXTURES}b.png`));
      expect(img.alt).to.equal('Caption B');
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['320', '180']);
      expect(blocks[3].getAttribute('part')).to.equal('figure');
      expect(blocks[3].querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Caption B Credit B');
      expect(videoOf(blocks[4]).name).to.equal('Placed video');
      expect(videoOf(blocks[4]).thumbnailUrl).to.equal(abs(`${FIXTURES}a.png`));
      expect(videoOf(blocks[4]).contentUrl).to.equal(abs(`${FIXTURES}clip.mp4`));
      expect(videoOf(blocks[6]).name, 'a video no block placed comes last').to.equal('Trailing video');
      expect(body.textContent).not.to.contain('Ignored when newsEmbedBody is present');

      const author = $(el, '[part=author]')!;
      expect(author.querySelector('[role=heading]')!.textContent).to.equal('About the author');
      expect(author.querySelector('b')!.textContent).to.equal('Ada Writer');
      expect(author.textContent).to.contain('Senior Reporter');
      expect(author.textContent).to.contain('Ada has covered the region for ten years.');
      expect(author.textContent).not.to.contain('Bo Second');
      const mail = author.querySelector('a')!;
      expect(mail.getAttribute('href')).to.equal('mailto:ada@example.com');
      expect(mail.textContent).to.equal('Email Ada Writer');

      expect(shadowText(el, '[part=credit]')).to.equal('Credit belongs to www.cbc.ca');
      expect($(el, '[part=credit] a')!.getAttribute('href')).to.equal('https://www.cbc.ca/');

      const related = $(el, '[part=related]')!;
      expect(related.querySelector('[role=heading]')!.textContent).to.equal('Check also');
      expect([...related.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        ['https://example.com/cited', 'https://example.com/cited'],
        ['A related story', 'https://example.com/related'],
      ]);
    });

    it('renders a plain Google-style NewsArticle fully', async () => {
      const { el } = await load(`${FIXTURES}google.json`);
      expect(shadowText(el, '[part=headline]')).to.equal('Title of a News Article');
      expect($$(el, '[part=body] p').map((p) => p.textContent)).to.deep.equal([
        'The first paragraph.',
        // A single line break starts a paragraph, as most publishers write articleBody.
        'The second paragraph,',
        'which wraps.',
        'The third paragraph.',
      ]);
      expect(leadImages(el)!.map((image) => image.src)).to.deep.equal([
        'https://example.com/photos/1x1/photo.jpg',
        'https://example.com/photos/4x3/photo.jpg',
        'https://example.com/photos/16x9/photo.jpg',
      ]);
      const byline = shadowText(el, '[part=byline]')!;
      expect(byline).to.contain('By Jane Doe, John Doe');
      expect(byline).to.contain('The Example Times');
      // Older than a week: the absolute date.
      expect($$(el, '[part=byline] time').map((time) => time.textContent)).to.deep.equal(['Jan 5, 2024', 'Feb 5, 2024']);
      expect($(el, '[part=author]'), 'authors with only a name get no bio card').to.equal(null);
      expect($(el, '[part=credit]')).to.equal(null);
      expect($(el, '[part=related]')).to.equal(null);
    });

    it('renders a story with only a headline', async () => {
      const { el } = await load(`${FIXTURES}minimal.json`);
      expect(shadowText(el, '[part=headline]')).to.equal('Only a headline');
      expect($(el, 'random-image')).to.equal(null);
      expect($(el, '.read')).to.equal(null);
    });

    it('shows a reserved-height, aria-busy skeleton while loading, then the story', async () => {
      const body = JSON.stringify({ '@type': 'NewsArticle', headline: 'Late' });
      // The answer comes late enough that the skeleton is still there when it is checked, however
      // slow the machine.
      const { el, loads } = await render(
        (l) => html`<news-article src=${`/__respond?delay=2500&body=${encodeURIComponent(body)}`} @news-article-load=${l}><p>Fallback</p></news-article>`,
      );
      const skeleton = $(el, '[part=skeleton]')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.getAttribute('aria-label')).to.equal('Loading story…');
      expect(skeleton.getBoundingClientRect().height).to.be.at.least(400);
      await expect(el).to.be.accessible();
      await waitUntil(() => loads.length === 1, 'no load event', { timeout: 8000 });
      expect($(el, '[part=skeleton]')).to.equal(null);
      expect(shadowText(el, '[part=headline]')).to.equal('Late');
      expect(loads).to.have.length(1);
    });
  });

  describe('story property', () => {
    it('wins over src and inline JSON-LD, and re-renders when replaced', async () => {
      const { el, loads } = await render(
        (l) => html`<news-article
          src="/__status/404"
          .story=${{ '@type': 'NewsArticle', headline: 'From the property' }}
          @news-article-load=${l}
          ><script type="application/ld+json">
            { "@type": "NewsArticle", "headline": "Inline" }
          </script></news-article
        >`,
      );
      expect(shadowText(el, '[part=headline]')).to.equal('From the property');
      el.story = { '@type': 'NewsArticle', headline: 'Replaced', articleBody: 'x' };
      await el.updateComplete;
      expect(shadowText(el, '[part=headline]')).to.equal('Replaced');
      await el.updateComplete;
      expect(loads.map((story) => story.headline)).to.deep.equal(['From the property', 'Replaced']);
    });

    it('falls back to the inline JSON-LD when cleared', async () => {
      const { el } = await render(
        () => html`<news-article .story=${{ headline: 'Property' }}
          ><script type="application/ld+json">
            { "@type": "NewsArticle", "headline": "Inline" }
          </script></news-article
        >`,
      );
      el.story = undefined;
      await el.updateComplete;
      expect(shadowText(el, '[part=headline]')).to.equal('Inline');
    });

    it('renders a long body in chunks: 40 blocks first, then 200 per task, until every paragraph shows', async () => {
      // The chunks are scheduled with setTimeout, faked here, so each one is counted exactly.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const articleBody = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i + 1}.`).join('\n\n');
        const long = { '@type': 'NewsArticle', headline: 'Long', articleBody };
        const el = await fixture<NewsArticleElement>(html`<news-article .story=${long}></news-article>`);
        const count = () => $$(el, '[part=body] p').length;
        expect(count()).to.equal(40);
        for (let shown = 240; shown < 3200; shown += 200) {
          clock.tick(0);
          await el.updateComplete;
          expect(count()).to.equal(Math.min(shown, 3000));
        }
        expect($$(el, '[part=body] p').at(-1)!.textContent).to.equal('Paragraph 3000.');
        expect(clock.countTimers(), 'nothing left to render').to.equal(0);

        // Removal stops a body still rendering; putting the element back resumes it.
        el.story = { ...long };
        await el.updateComplete;
        expect(count()).to.equal(40);
        const parent = el.parentNode!;
        el.remove();
        clock.tick(0);
        await el.updateComplete;
        expect(count()).to.equal(40);
        parent.append(el);
        await el.updateComplete;
        clock.tick(0);
        await el.updateComplete;
        expect(count()).to.equal(240);

        // A new story starts over from its own first screen; the old story's chunks stop.
        el.story = { '@type': 'NewsArticle', headline: 'Short', articleBody: 'One.\n\nTwo.' };
        await el.updateComplete;
        clock.tick(0);
        await el.updateComplete;
        expect($$(el, '[part=body] p').map((p) => p.textContent)).to.deep.equal(['One.', 'Two.']);
        expect(clock.countTimers()).to.equal(0);
      } finally {
        clock.restore();
      }
    });
  });

  describe('heading-level', () => {
    const story = { headline: 'H', newsEmbedBody: [{ type: 'heading', text: 'S' }], relatedLink: 'https://example.com/' };
    for (const [attr, level, sub] of [
      ['4', '4', '5'],
      ['6', '6', '6'],
      ['1', '1', '2'],
      ['9', '6', '6'],
      ['nonsense', '2', '3'],
    ]) {
      it(`heading-level="${attr}" gives the headline level ${level} and sections ${sub}`, async () => {
        const el = await fixture<NewsArticleElement>(html`<news-article heading-level=${attr} .story=${story}></news-article>`);
        expect($(el, '[part=headline]')!.getAttribute('aria-level')).to.equal(level);
        expect($(el, '[part=body] [role=heading]')!.getAttribute('aria-level')).to.equal(sub);
        expect($(el, '[part=related] [role=heading]')!.getAttribute('aria-level')).to.equal(sub);
      });
    }
  });

  describe('lead', () => {
    const story = {
      headline: 'H',
      image: ['/test/fixtures/news-article/a.png', '/test/fixtures/news-article/b.png', '/test/fixtures/news-article/c.png'],
    };

    it('is a <random-image> of all the images by default', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .story=${story}></news-article>`);
      expect(el.lead).to.equal('random');
      expect(leadImages(el)!.map((image) => image.src)).to.deep.equal(story.image.map(abs));
      expect($(el, 'random-image')!.hasAttribute('priority')).to.equal(true);
    });

    it('lead="first" passes only the first image, lead="none" shows none', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article lead="first" .story=${story}></news-article>`);
      expect(leadImages(el)!.map((image) => image.src)).to.deep.equal([abs(story.image[0])]);
      el.lead = 'none';
      await el.updateComplete;
      expect($(el, 'random-image')).to.equal(null);
      el.setAttribute('lead', 'random');
      await el.updateComplete;
      expect(leadImages(el)).to.have.length(3);
    });

    it('forwards interval to the lead <random-image>, which rotates (0 by default: it does not)', async () => {
      const still = await fixture<NewsArticleElement>(html`<news-article .story=${story}></news-article>`);
      expect(still.interval).to.equal(0);
      expect(($(still, 'random-image') as unknown as { interval: number }).interval).to.equal(0);
      expect($(still, 'random-image')!.shadowRoot!.querySelector('button')).to.equal(null);

      // The lead's rotation timer is faked, so its turn comes at an exact moment.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const el = await fixture<NewsArticleElement>(html`<news-article interval="1.5" .story=${story}></news-article>`);
        const lead = $(el, 'random-image') as unknown as HTMLElement & { interval: number; index: number; updateComplete: Promise<unknown> };
        expect(el.interval).to.equal(1.5);
        expect(lead.interval).to.equal(1.5);
        await lead.updateComplete;
        expect(lead.index).to.be.within(0, 2);
        // A rotating lead has its pause button.
        expect(lead.shadowRoot!.querySelector('button[part~="controls"]')).to.exist;
        // Under reduced motion rotation starts paused (the engine's own setting applies here).
        if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
        // Rotation waits while the image is off-screen: bring it on screen, and let IntersectionObserver say so.
        // An observer made now is notified after the element's own (observers are notified in the
        // order they were created), so once it sees the lead on screen, so has the element.
        lead.scrollIntoView();
        await new Promise<void>((resolve) => {
          const seen = new IntersectionObserver((entries) => {
            if (entries.some((entry) => entry.isIntersecting)) seen.disconnect(), resolve();
          });
          seen.observe(lead);
        });
        const reasons: string[] = [];
        lead.addEventListener('random-image-change', (e) => reasons.push((e as CustomEvent<{ reason: string }>).detail.reason));
        clock.tick(1499);
        expect(reasons).to.deep.equal([]);
        clock.tick(1);
        expect(reasons).to.deep.equal(['rotate']);
        el.interval = 0;
        await el.updateComplete;
        expect(lead.interval).to.equal(0);
        clock.tick(60_000);
        expect(reasons).to.deep.equal(['rotate']);
      } finally {
        clock.restore();
        window.scrollTo(0, 0);
      }
    });

    it('registering <news-article> registers <random-image> and <video-card>', () => {
      expect(customElements.get('random-image')).to.exist;
      expect(customElements.get('video-card')).to.exist;
    });
  });

  describe('dates and language', () => {
    // French and Spanish arrive as modules beside the bundle; fetched once here, they render at once.
    before(() => Promise.all(['fr', 'es'].map(loadLocale)));
    const story = { headline: 'H', datePublished: '2024-08-03T08:00:00Z', articleBody: 'word '.repeat(500), author: { name: 'Ana' } };

    it('follows the shared clock while connected', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article .story=${story}></news-article>`);
      expect(shadowText(el, 'time')).to.equal('4 hours ago');
      setNow('2024-08-03T14:00:00Z');
      await el.updateComplete;
      expect(shadowText(el, 'time')).to.equal('6 hours ago');
      expect($(el, 'time')!.title).to.contain('2024');
    });

    it('uses the lang of the element, switching at runtime', async () => {
      const el = await fixture<NewsArticleElement>(html`<news-article lang="fr" .story=${story}></news-article>`);
      expect(shadowText(el, '[part=byline]')).to.equal('Par Ana Publié : il y a 4 heures 3 min de lecture');
      el.lang = 'es';
      await el.updateComplete;
      expect(shadowText(el, '[part=byline]')).to.equal('Por Ana Publicado: hace 4 horas 3 min de lectura');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(shadowText(el, '[part=byline]')).to.equal('By Ana Published 4 hours ago 2 min read');
    });

    it('uses the nearest ancestor lang', async () => {
      const wrapper = await fixture(html`<div lang="es-MX"><news-article .story=${story}></news-article></div>`);
      const el = wrapper.querySelector('news-article')!;
      // es-MX goes through the loader beside the bundle once (its closest shipped language, es).
      await waitUntil(() => shadowText(el, '[part=byline]')?.includes('Por Ana'), 'no Spanish byline');
    });

    it('localizes the error box', async () => {
      const { el } = await load('/__status/404', html``);
      el.lang = 'fr';
      await el.updateComplete;
      expect(shadowText(el, '[part=error]')).to.equal('Cet article n’a pas pu être chargé.');
    });
  });
});
