// The lead image paints the page: on a story page whose lead image is in the first viewport,
// nothing else the kit loads (a video card's poster right below it) starts downloading before
// the lead image's last byte.
import { expect } from '@open-wc/testing';
import { token, until } from '../helpers.js';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#369"/><text x="20" y="40">${label}</text></svg>`;
const respond = (label: string, t: string, delay: number) =>
  `/__respond?type=image/svg%2Bxml&delay=${delay}&cache=no-store&body=${encodeURIComponent(svg(label))}&t=${t}-${label}`;

describe('lead image first', () => {
  it('starts no card poster download before the lead image has arrived', async () => {
    const t = token();
    const lead = respond('lead', t, 700);
    const poster = respond('poster', t, 0);
    const frame = document.createElement('iframe');
    // Narrow and short enough that the card is in the first viewport of the test page too (a card
    // outside the viewport skips rendering, and its poster waits for the reader to come near).
    frame.style.cssText = 'width:600px;height:560px;border:0;display:block';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/dist/news-embed.js"></script></head><body>
<news-article>
<h1 slot="headline">A headline</h1>
<random-image slot="lead"><template><img data-src="${lead}" width="640" height="360" alt="Lead"></template></random-image>
<p>One short paragraph.</p>
<video-card name="Right below" embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" thumbnail="${poster}"></video-card>
</news-article>
</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const card = doc.querySelector('video-card')!;
      // The card is near (in the first viewport): its poster comes once the page has loaded.
      await until(() => card.shadowRoot?.querySelector('img[part~="poster"]'), 'the poster never showed', 10_000);
      const win = frame.contentWindow!;
      const entry = (label: string) => win.performance.getEntriesByType('resource').find((e) => e.name.includes(`${t}-${label}`)) as PerformanceResourceTiming | undefined;
      await until(() => entry('lead') && entry('poster'), 'both images were fetched', 10_000);
      expect(entry('poster')!.startTime).to.be.at.least(entry('lead')!.responseEnd);
    } finally {
      frame.remove();
    }
  });
});
