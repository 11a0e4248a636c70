import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/shared/define.js';
import { RandomImageElement } from '../../src/random-image/random-image.js';
import { VideoCardElement } from '../../src/video-card/video-card.js';
import { NewsArticleElement } from '../../src/news-article/news-article.js';
import { captureWarnings, uniqueTag } from '../helpers.js';

/** What `run` returns, and the warnings it logged. */
function warningsOf<T>(run: () => T): { result: T; warnings: string[] } {
  const capture = captureWarnings();
  try {
    return { result: run(), warnings: capture.warnings };
  } finally {
    capture.restore();
  }
}

describe('defineElement', () => {
  it('registers under the given tag and returns the constructor', () => {
    const tag = uniqueTag('x-define');
    const ctor = defineElement(tag, class extends HTMLElement {}, customElements);
    expect(customElements.get(tag)).to.equal(ctor);
  });

  it('is a no-op without a warning when the same class defines the same tag twice', () => {
    const tag = uniqueTag('x-same');
    class Same extends HTMLElement {}
    defineElement(tag, Same, customElements);
    const { result, warnings } = warningsOf(() => defineElement(tag, Same, customElements));
    expect(result).to.equal(Same);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first definition and warns exactly once per copy when another copy arrives, never throwing', async () => {
    // A fresh instance of the module is a fresh copy of the library, with its warning not yet used.
    const copy: typeof import('../../src/shared/define.js') = await import(`../../src/shared/define.ts?copy=${uniqueTag("c")}`);
    const first = uniqueTag('x-first');
    const second = uniqueTag('x-second');
    class Original extends HTMLElement {}
    customElements.define(first, Original);
    customElements.define(second, class extends HTMLElement {});
    const { result, warnings } = warningsOf(() => [
      copy.defineElement(first, class Copy extends HTMLElement {}, customElements),
      copy.defineElement(second, class Copy2 extends HTMLElement {}, customElements),
      copy.defineElement(first, class Copy3 extends HTMLElement {}, customElements),
    ]);
    expect(result[0]).to.equal(Original);
    expect(customElements.get(first)).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^news-embed: <x-first-\w+> is already defined by another copy; keeping the first$/);
  });

  it('registers one class under a second, renamed tag', () => {
    class Named extends HTMLElement {}
    const a = uniqueTag('x-named');
    const b = uniqueTag('x-renamed');
    defineElement(a, Named, customElements);
    const ctor = defineElement(b, Named, customElements);
    expect(ctor).to.be.a('function');
    expect(document.createElement(b)).to.be.instanceOf(Named);
  });

  it('accepts a scoped registry argument', () => {
    const calls: string[] = [];
    const fake = {
      get: () => undefined,
      define: (name: string) => void calls.push(name),
    } as unknown as CustomElementRegistry;
    defineElement('x-scoped', class extends HTMLElement {}, fake);
    expect(calls).to.deep.equal(['x-scoped']);
  });
});

describe('static define()', () => {
  it('each element class registers itself under a custom tag', async () => {
    for (const [Ctor, base] of [
      [RandomImageElement, 'my-random-image'],
      [VideoCardElement, 'my-video-card'],
      [NewsArticleElement, 'my-news-article'],
    ] as const) {
      const tag = uniqueTag(base);
      Ctor.define(tag);
      const el = document.createElement(tag);
      expect(el).to.be.instanceOf(Ctor);
    }
  });

  it('importing a class registers nothing', () => {
    // This file imports all three classes but no define module.
    expect(customElements.get('random-image')).to.equal(undefined);
    expect(customElements.get('video-card')).to.equal(undefined);
    expect(customElements.get('news-article')).to.equal(undefined);
  });
});
