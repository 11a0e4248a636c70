// Real themes around our embeds: the stylesheets of Ghost's Source and Casper, Tailwind's preflight,
// modern-normalize, Pico, Bootstrap 5 and WordPress's Twenty Twenty-Three/Four (see
// fixtures/themes/), each with its post markup (fixtures/theme.js). In each, what a reader sees of
// the recommended light-DOM story matches the element's own styling, measured against the `src`
// story on the same page (shadow DOM, which no theme reaches): headline size and weight, paragraph
// and section gaps, figures inside the column, a video card that fits, no sideways scroll.
// (The screenshots in docs/images/themes/ come from scripts/theme-screenshots.mjs.)
import { expect } from '@open-wc/testing';
import { FIXTURES, openPage, ourWarnings, type HostPage } from './helpers.js';
import { frames, until } from '../helpers.js';

const THEMES = ['ghost-source', 'ghost-casper', 'tailwind', 'modern-normalize', 'pico', 'bootstrap', 'wordpress-tt3', 'wordpress-tt4'];

const px = (el: Element, name: string) => parseFloat(getComputedStyle(el).getPropertyValue(name));
const box = (el: Element) => el.getBoundingClientRect();
/** Gaps between consecutive boxes, in px. */
const gaps = (els: Element[]) => els.slice(1).map((el, i) => box(el).top - box(els[i]!).bottom);

/** What a reader sees of one theme, or a list of what is wrong with it. */
function problems(page: HostPage): string[] {
  const { doc, win } = page;
  const wrong: string[] = [];
  const check = (ok: boolean, what: string) => ok || wrong.push(what);
  const light = doc.querySelector('news-article:not([src])')!;
  const ref = doc.querySelector('#from-src')!;
  const root = ref.shadowRoot!;
  const font = px(light, 'font-size');
  check(Math.abs(font - px(ref, 'font-size')) < 0.01, 'both stories have the same base size');

  // Headline: the element's own scale (the same size, weight and leading as the src story's).
  const headline = light.querySelector('[slot=headline]')!;
  const own = root.querySelector('[part=headline]')!;
  const size = px(headline, 'font-size');
  check(Math.abs(size - px(own, 'font-size')) < 0.5, `headline ${size}px, the element's own ${px(own, 'font-size')}px`);
  check(size >= 1.5 * font - 0.5 && size <= 2.75 * font + 0.5, `headline ${size}px within 1.5–2.75 × ${font}px`);
  check(getComputedStyle(headline).fontWeight === getComputedStyle(own).fontWeight, `headline weight ${getComputedStyle(headline).fontWeight}`);
  check(Math.abs(px(headline, 'line-height') / size - 1.15) < 0.02, `headline leading ${px(headline, 'line-height')}px`);

  // Body rhythm: gaps between paragraphs and before section headings, as in the src story.
  const body = [...light.children].filter((el) => !el.slot && el.localName !== 'script');
  const paragraphs = body.filter((el) => el.localName === 'p');
  const ownGap = gaps([...root.querySelectorAll('[part=body] > p')].slice(0, 2))[0]!;
  check(ownGap > 0, `the src story's paragraph gap is ${ownGap}`);
  const consecutive = body.flatMap((el, i) => (i && el.localName === 'p' && body[i - 1]!.localName === 'p' ? [[body[i - 1]!, el]] : []));
  check(consecutive.length > 3, 'the story has consecutive paragraphs');
  for (const [a, b] of consecutive) {
    const gap = box(b!).top - box(a!).bottom;
    check(Math.abs(gap - ownGap) < 1, `paragraph gap ${gap.toFixed(1)}px, the element's own ${ownGap.toFixed(1)}px`);
  }
  for (const h of body.filter((el) => /^h[3-6]$/.test(el.localName))) {
    const before = box(h).top - box(h.previousElementSibling!).bottom;
    check(before >= ownGap - 1, `${before.toFixed(1)}px above the heading "${h.textContent}"`);
    check(Math.abs(px(h, 'font-size') - 1.3 * font) < 0.5, `section heading ${px(h, 'font-size')}px`);
  }
  check(paragraphs.every((p) => Math.abs(px(p, 'font-size') - font) < 0.01), 'paragraphs at the story size');
  // Quotes keep their rule and italics, lists their markers and indent.
  const quote = light.querySelector(':scope > blockquote')!;
  check(px(quote, 'border-inline-start-width') === 4 && getComputedStyle(quote).fontStyle === 'italic', 'the quote keeps its rule and italics');
  const list = light.querySelector(':scope > ul')!;
  check(px(list, 'padding-inline-start') > 10 && getComputedStyle(list.firstElementChild!).listStyleType !== 'none', 'the list keeps its markers and indent');

  // Figures and the lead inside the story's column; images with a size.
  const column = box(light);
  const inside = (el: Element) => box(el).left >= column.left - 0.5 && box(el).right <= column.right + 0.5;
  for (const figure of light.querySelectorAll(':scope > figure, :scope > figure img, :scope > random-image')) {
    check(inside(figure), `${figure.localName} inside the column`);
    check(box(figure).width > 100 && box(figure).height > 50, `${figure.localName} ${box(figure).width}×${box(figure).height}`);
  }
  // The video cards (in the story and stand-alone) fit their column with a visible poster.
  for (const card of [...light.querySelectorAll('video-card'), doc.querySelector('#card')!]) {
    const poster = card.shadowRoot!.querySelector('[part~=poster]')!;
    check(box(card).width > 200 && box(poster).height > 80, `video card ${box(card).width}×${box(poster).height}`);
    check(box(card).right <= box(card.parentElement!).right + 0.5 || card.parentElement === light, 'video card inside its column');
  }
  // The pasted URL's card: its frame at the answer's height shows the whole card, over the blockquote.
  const frame = doc.querySelector('#oembed iframe') as HTMLIFrameElement;
  const card = frame.contentDocument!.querySelector('news-article')!;
  const more = card.shadowRoot!.querySelector('[part=more]')!.getBoundingClientRect();
  check(box(frame).height === Number(doc.documentElement.dataset.cardHeight), `card frame ${box(frame).height}px high`);
  check(more.height > 0 && more.bottom <= frame.contentWindow!.innerHeight, '"Read the whole story" in view');
  check(box(frame).right <= box(frame.parentElement!).right + 0.5, 'card frame inside its column');
  doc.documentElement.style.scrollBehavior = 'auto'; // Bootstrap scrolls smoothly: this measures now
  // Scrolls the theme's page only (scrollIntoView would scroll the test page too, and an iframe
  // scrolled out of view gets no animation frames in WebKit).
  const scrollTo = (el: Element) => win.scrollTo(0, box(el).top + win.scrollY - 20);
  scrollTo(frame);
  const fallback = box(doc.querySelector('#oembed blockquote')!);
  const atPoint = doc.elementFromPoint(fallback.left + 4, fallback.top + 4);
  check(atPoint === frame, `the frame covers the blockquote (${atPoint?.localName} at ${fallback.left},${fallback.top}; frame at ${box(frame).left},${box(frame).top})`);
  check(doc.documentElement.scrollWidth <= win.innerWidth, `no sideways scroll (${doc.documentElement.scrollWidth} > ${win.innerWidth})`);
  check(ourWarnings(page.probe).length === 0 && page.probe.errors.length === 0, `console: ${[...page.probe.warnings, ...page.probe.errors].join(' | ')}`);
  return wrong;
}

describe('real themes around the embeds', () => {
  for (const theme of THEMES) {
    it(`${theme}: the light-DOM story keeps the element's type scale and rhythm; figures and cards fit (1000 and 390 px)`, async function () {
      // Three page loads in one (the post, the src story, the card frame) on a busy machine.
      this.timeout(30_000);
      const page = await openPage(`${FIXTURES}/theme.html?theme=${theme}`, { width: 1000, height: 900, defined: false });
      try {
        await until(() => page.doc.documentElement.dataset.ready === '', 'the theme page is built', 8000);
        await Promise.all(['news-article', 'video-card'].map((tag) => page.win.customElements.whenDefined(tag)));
        const ref = page.doc.querySelector('#from-src')!;
        await until(() => ref.shadowRoot?.querySelector('[part=body] > p'), 'the src story renders', 8000);
        await until(() => [...page.doc.querySelectorAll('img')].every((img) => img.loading === 'lazy' || img.complete), 'images load');
        const card = () => (page.doc.querySelector('#oembed iframe') as HTMLIFrameElement).contentDocument?.querySelector('news-article');
        await until(() => card()?.shadowRoot?.querySelector('[part=more]'), 'the oEmbed card renders', 8000);
        await frames(page.win, 3);
        expect(problems(page)).to.deep.equal([]);
        // The same page on a phone: 390 px wide. Body blocks far from the viewport skip layout
        // (content-visibility: auto) until the reader scrolls to them, as the reader will.
        page.frame.style.width = '390px';
        page.doc.documentElement.style.scrollBehavior = 'auto';
        for (const figure of page.doc.querySelectorAll('news-article:not([src]) > :is(figure, video-card)')) {
          page.win.scrollTo(0, figure.getBoundingClientRect().top + page.win.scrollY - 20);
          await frames(page.win, 2);
        }
        page.win.scrollTo(0, 0);
        await frames(page.win, 3);
        expect(problems(page).map((problem) => `at 390 px: ${problem}`)).to.deep.equal([]);
      } finally {
        page.close();
      }
    });
  }
});
