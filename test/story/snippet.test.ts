import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/story/parse.js';
import { earlyChoiceTag, earlyChoiceText, isNonce, storyToHtml as write, type StoryHtmlOptions } from '../../src/story/snippet.js';

const base = 'https://example.com/news/story.json';
/** The light-DOM HTML of `data` (JSON-LD), read as <news-article> reads it from `base`. */
const storyToHtml = (data: unknown, { base, ...options }: StoryHtmlOptions & { base: string }) => write(parseStory(data, base).story!, options);
const story = (image: object) => ({
  headline: 'A headline',
  image: [image],
  newsEmbedBody: [{ type: 'paragraph', text: 'Body.' }, { type: 'image', image: 0 }],
});

/** What a reader sees of the snippet's first body figure, parsed as a page would. */
function bodyFigure(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.querySelector('news-article > figure')!;
}

describe('news-embed/snippet (the embed builder’s HTML)', () => {
  it('carries the story’s language onto the element, in the forms publishers write it', () => {
    const element = (html: string) => new DOMParser().parseFromString(html, 'text/html').querySelector('news-article')!;
    for (const inLanguage of ['ar', { '@type': 'Language', name: 'Arabic', alternateName: 'ar' }, ['ar']]) {
      expect(element(storyToHtml({ ...story({ url: 'a.jpg' }), inLanguage }, { base })).getAttribute('lang')).to.equal('ar');
    }
    // A language chosen in the builder wins; no language, no attribute (the page's decides).
    expect(element(storyToHtml({ ...story({ url: 'a.jpg' }), inLanguage: 'ar' }, { base, lang: 'fr' })).getAttribute('lang')).to.equal('fr');
    expect(element(storyToHtml(story({ url: 'a.jpg' }), { base })).hasAttribute('lang')).to.equal(false);
  });

  it('shows a credit without a caption as text, not as markup', () => {
    const html = storyToHtml(story({ url: 'a.jpg', width: 800, height: 600, creditText: 'Illustration: A. Artist' }), { base });
    const caption = bodyFigure(html).querySelector('figcaption')!;
    expect(caption.textContent).to.equal('Illustration: A. Artist');
    expect(caption.querySelector('small')!.textContent).to.equal('Illustration: A. Artist');
  });

  it('shows caption and credit together, both escaped', () => {
    // (A caption is read as publishers write it, as HTML: `&lt;` is a character, `<b>` a tag.)
    const html = storyToHtml(story({ url: 'a.jpg', caption: 'Fish &amp; &lt;chips&gt;<b></b>', creditText: 'Photo: B' }), { base });
    const caption = bodyFigure(html).querySelector('figcaption')!;
    expect(caption.textContent).to.equal('Fish & <chips> Photo: B');
    expect(caption.querySelector('small')!.textContent).to.equal('Photo: B');
  });

  it('gives every body image its size and an inline rule that keeps it inside the column', () => {
    const html = storyToHtml(story({ url: 'a.jpg', width: 1280, height: 720 }), { base });
    const img = bodyFigure(html).querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://example.com/news/a.jpg');
    expect([img.width, img.height]).to.deep.equal([1280, 720]);
    expect(img.style.maxWidth).to.equal('100%');
    expect(img.style.height).to.equal('auto');
  });

  it('puts the early-choice script right after the lead image, its code between comment lines', () => {
    const html = storyToHtml(story({ url: 'a.jpg' }), { base, earlyChoice: { code: 'window.ran = 1;\n' } });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const script = doc.querySelector('random-image')!.nextElementSibling!;
    expect(script.localName).to.equal('script');
    expect(script.textContent).to.equal('<!--\u2028window.ran = 1;\u2028-->');
    expect(storyToHtml(story({ url: 'a.jpg' }), { base, lead: 'none', earlyChoice: { code: 'x' } })).to.not.include('<script');
  });

  it('refuses early-choice code that would not stay one comment, or would end the script', () => {
    expect(() => earlyChoiceText('a()\nb()')).to.throw(/several lines/);
    expect(() => earlyChoiceText('a="</script>"')).to.throw(/contains "<\/script"/);
    expect(() => earlyChoiceText('a-->b')).to.throw(/contains "-->"/);
    expect(() => earlyChoiceText('  ')).to.throw(/empty/);
  });

  it('writes a nonce only when it is a CSP base64 value', () => {
    expect(isNonce('c2VjcmV0')).to.be.true;
    expect(isNonce('a-b_c+d/e==')).to.be.true;
    expect(isNonce('abc===')).to.be.false;
    expect(isNonce('a"b')).to.be.false;
    expect(isNonce('')).to.be.false;
    expect(earlyChoiceTag('x()', { nonce: 'c2VjcmV0' })).to.match(/^<script nonce="c2VjcmV0"><!--/);
    expect(earlyChoiceTag('x()', { nonce: '"><b>' })).to.match(/^<script><!--/);
  });
});
