// dist/embed-resize.js on a page of another origin than its own (the iframe snippet's sizing
// script on a blog): it asks only its own host's frames to report again, and never with a target
// origin the frame's current document could refuse. A frame still on its initial about:blank has
// the page's origin, so a named target origin there made the browser log "Failed to execute
// 'postMessage' … does not match the recipient window's origin" (seen on Ghost in 5 of 12 loads).
import { expect } from '@open-wc/testing';

// The test server under a second name: another origin for the browser, the same files.
const other = location.origin.replace('//localhost', '//127.0.0.1');

interface Call {
  frame: string;
  target: string;
}

describe('dist/embed-resize.js on a page of another origin', () => {
  it('asks only its own frames to report, with a target origin no document refuses', async () => {
    expect(other).to.not.equal(location.origin);
    const calls: Call[] = [];
    const frames: Record<string, HTMLIFrameElement> = {};
    const add = (name: string, attrs: Partial<HTMLIFrameElement>) => {
      const frame = Object.assign(document.createElement('iframe'), attrs);
      document.body.append(frame);
      frames[name] = frame;
    };
    // One of the script's host that has not loaded yet (its response never comes), one of the page's
    // own origin, and an about:blank one.
    add('ours, still loading', { src: `${other}/__hang?resize` });
    add("the page's", { src: '/test/pages/fixtures/blank.html' });
    add('blank', {});
    await new Promise((resolve) => frames["the page's"]!.addEventListener('load', resolve, { once: true }));
    for (const [name, frame] of Object.entries(frames)) {
      const win = frame.contentWindow!;
      // Every frame's document is still same-origin with this page: its postMessage can be watched.
      win.postMessage = ((_message: unknown, target: string) => calls.push({ frame: name, target })) as Window['postMessage'];
    }
    const script = document.createElement('script');
    script.src = `${other}/dist/embed-resize.js`;
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    // The target origin of each message is '*' or the origin of the document that receives it.
    expect(calls).to.deep.equal([{ frame: 'ours, still loading', target: '*' }]);
    Object.values(frames).forEach((frame) => frame.remove());
  });
});
