/**
 * The optional "early choice" snippet: an inline classic script placed right after a
 * `<random-image>`'s closing tag. It runs while the page is still being parsed, long before the
 * bundle has arrived, picks the image with `<random-image>`'s own chooser (same storage, same
 * shuffle bag, so the no-repeat rule holds), marks the element `chosen="N"` so the element shows
 * that image when it upgrades instead of choosing again, and starts downloading the chosen image at
 * once. Without it everything still works; with it the lead image no longer waits for the bundle.
 *
 * The build writes it minified to `dist/early-choice.js` (and ready to paste, inside a
 * `<script>` tag, to `dist/early-choice.html`); the embed builder's HTML snippet includes it by
 * default. Under a strict CSP, give the inline script a nonce or a hash (`script-src 'self'
 * 'sha256-…'`, which the builder prints). The build fails if the minified code spans more than one
 * line: the snippet carries it inside an HTML comment that must stay on one line for WordPress.
 */
import { choose } from '../src/random-image/choose.js';
import { safeUrl } from '../src/shared/url.js';

const host = document.currentScript?.previousElementSibling;
if (host?.localName == 'random-image' && !host.hasAttribute('chosen')) {
  // Reads candidates exactly as the element does: children and template content in document order,
  // `data-` attributes first (see random-image.ts), keeping only URLs the element accepts.
  const attr = (el: Element, name: string) => el.getAttribute('data-' + name) ?? el.getAttribute(name);
  const found: [Element, Element, string][] = [];
  const add = (el: Element): void => {
    if (el instanceof HTMLTemplateElement) return [...el.content.children].forEach(add);
    const img = el.localName == 'img' ? el : /^(picture|figure)$/.test(el.localName) && el.querySelector('img');
    const src = img && safeUrl(attr(img, 'src'));
    if (src) found.push([el, img, src]);
  };
  [...host.children].forEach(add);
  const index = choose(
    found.map(([, , src]) => src),
    {
      weights: found.map(([el, img]) => parseFloat((attr(el, 'weight') ?? attr(img, 'weight'))!)),
      mode: host.getAttribute('mode'),
      seed: host.getAttribute('seed'),
      key: host.getAttribute('storage-key'),
    },
  );
  if (index >= 0) {
    host.setAttribute('chosen', String(index));
    // A detached copy of the chosen image (inside its <picture>, so the browser picks the same
    // source the element's image will) starts the request now; the element's own <img> then finds
    // it in the document's list of available images (HTML, "update the image data").
    const [, img] = found[index]!;
    const root = img.parentElement?.localName == 'picture' ? img.parentElement : img;
    const copy = document.importNode(root, true);
    for (const el of [copy, ...copy.querySelectorAll('source, img')]) {
      for (const name of ['srcset', 'sizes', 'src']) {
        const value = attr(el, name);
        if (value != null) el.setAttribute(name, value);
      }
      el.removeAttribute('loading');
    }
    const image = (copy.localName == 'img' ? copy : copy.querySelector('img')) as HTMLImageElement;
    image.fetchPriority = host.getAttribute('priority') == 'auto' ? 'auto' : 'high';
    // Kept reachable until it has loaded, so the request is not dropped with the node.
    (host as unknown as Record<symbol, Element>)[Symbol.for('news-embed.early')] = copy;
  }
}
