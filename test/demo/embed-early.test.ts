// The embed builder's HTML snippet carries the early-choice script (dist/early-choice.js) right
// after the lead image by default: pasted into a page, it chooses the lead image while the page is
// still being parsed, before the bundle runs. A checkbox leaves it out; the CSP part prints the
// script's hash and puts a nonce on the snippet's scripts.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, openPage } from './helpers.js';
import { openPage as openHostPage, type HostPage } from '../pages/helpers.js';

const HEADLINE = 'The Maduro government still shows no signs of surrendering power in Venezuela';
type Parsed = { chosen: string | null; defined: boolean };
type Lead = HTMLElement & { index: number };

let code = '';
before(async () => {
  code = (await (await fetch('/dist/early-choice.js')).text()).trim();
});

const opened: HostPage[] = [];
afterEach(() => {
  document.querySelectorAll('iframe').forEach((f) => f.remove());
  opened.splice(0).forEach((page) => page.close());
});

async function builderWithSnippet() {
  const builder = await openPage('/demo/embed.html');
  const box = builder.contentDocument!.getElementById('snippet') as HTMLTextAreaElement;
  await waitUntil(() => box.value.includes('<p slot="kicker">'), 'no HTML snippet', { timeout: 8000 });
  return { builder, doc: builder.contentDocument!, box };
}

/** The lead `<random-image>` of a snippet and the element right after it, as a browser parses them. */
function leadAndNext(snippet: string) {
  const doc = new DOMParser().parseFromString(snippet, 'text/html');
  const lead = doc.querySelector('random-image[slot="lead"]')!;
  return { lead, next: lead.nextElementSibling };
}

/** `'sha256-…'` of `text`, computed here, independently of the builder. */
async function sha256Source(text: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** A page with the snippet pasted in its body, then a script that records what parsing has done. */
function pageHtml(snippet: string, nonce = '') {
  const n = nonce ? ` nonce="${nonce}"` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><script src="/test/pages/fixtures/probe.js"${n}></script></head>
<body>${snippet}
<script src="/test/demo/parse-probe.js"${n}></script></body></html>`;
}

/** Serves `html` from the test server with `policy` as its Content-Security-Policy header and opens it. */
async function openWithPolicy(html: string, policy: string, defined = true) {
  const { url } = await (await fetch('/__page', { method: 'POST', body: html })).json();
  const page = await openHostPage(`${url}?policy=${encodeURIComponent(policy)}`, { width: 900, height: 900, defined });
  opened.push(page);
  return page;
}

/** The blank-page paste the other builder tests use (an iframe of the test server's origin). */
async function pasteIntoBlankPage(snippet: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:900px;height:900px;border:0';
  frame.srcdoc = pageHtml(snippet);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

async function shownLead(doc: Document) {
  const lead = doc.querySelector('random-image') as Lead;
  await waitUntil(() => lead.index >= 0 && lead.shadowRoot?.querySelector('img')?.complete, 'the lead image did not show', { timeout: 10_000 });
  return lead;
}

describe('embed builder: the early-choice script', () => {
  it('is in the HTML snippet by default, right after the lead image, as built', async () => {
    const { doc, box } = await builderWithSnippet();
    const checkbox = doc.getElementById('early') as HTMLInputElement;
    expect(checkbox.checked).to.be.true;
    expect(checkbox.labels![0]!.textContent).to.match(/Choose the lead image before the script arrives/);
    expect(/<\/random-image>\n {2}<script><!--/.test(box.value), `no script after the lead image: ${doc.getElementById('early-message')!.textContent}`).to.be.true;
    const { next } = leadAndNext(box.value);
    expect(next?.localName).to.equal('script');
    // The current dist/early-choice.js, not a copy: between `<!--` and `-->` on lines of their own.
    expect(next!.textContent).to.equal(`<!--\u2028${code}\u2028-->`);
    expect(box.value.match(/<script/g)).to.have.length(2);
  });

  it('chooses the lead image in a page made from the snippet before the bundle runs', async function () {
    this.timeout(30_000);
    const { box } = await builderWithSnippet();
    const page = await pasteIntoBlankPage(box.value);
    const parsed = (page.contentWindow as Window & { __parsed: Parsed }).__parsed;
    expect(parsed.defined, 'the bundle ran during parsing').to.be.false;
    expect(parsed.chosen, 'no choice before the bundle').to.match(/^[0-4]$/);
    const lead = await shownLead(page.contentDocument!);
    expect(lead.index).to.equal(Number(parsed.chosen));
  });

  it('leaves the script out when the checkbox is unticked (from the keyboard), and back in when ticked', async function () {
    this.timeout(30_000);
    const { doc, box } = await builderWithSnippet();
    const checkbox = doc.getElementById('early') as HTMLInputElement;
    checkbox.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => !box.value.includes('<script><!--'), 'the script stayed in the snippet');
    expect(checkbox.checked).to.be.false;
    expect(leadAndNext(box.value).next?.localName).to.not.equal('script');
    expect(doc.getElementById('hash-line')!.hidden, 'a hash for a script that is not there').to.be.true;
    const page = await pasteIntoBlankPage(box.value);
    expect((page.contentWindow as Window & { __parsed: Parsed }).__parsed.chosen).to.equal(null);
    await shownLead(page.contentDocument!);
    checkbox.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => box.value.includes('<script><!--'), 'the script did not come back');
  });

  it('is not offered where it does not apply: other embed styles, no lead image', async () => {
    const { doc, box } = await builderWithSnippet();
    (doc.querySelector('input[name="style"][value="src"]') as HTMLInputElement).click();
    await waitUntil(() => /<news-article src=/.test(box.value), 'no src snippet');
    expect((doc.getElementById('early-options') as HTMLFieldSetElement).disabled).to.be.true;
    expect(box.value.includes('<!--'), 'an early-choice script in the src snippet').to.be.false;
    (doc.querySelector('input[name="style"][value="html"]') as HTMLInputElement).click();
    const lead = doc.getElementById('lead') as HTMLSelectElement;
    lead.value = 'none';
    lead.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => box.value.includes('<p slot="kicker">') && !box.value.includes('<random-image'), 'no lead-less snippet');
    expect((doc.getElementById('early-options') as HTMLFieldSetElement).disabled).to.be.true;
    expect(box.value.includes('<script><!--'), 'an early-choice script without a lead image').to.be.false;
  });

  it('prints the hash of the script as inserted, and a page whose CSP allows that hash runs it', async function () {
    this.timeout(30_000);
    const { doc, box } = await builderWithSnippet();
    const script = leadAndNext(box.value).next!;
    const hash = await sha256Source(script.textContent!);
    await waitUntil(() => doc.getElementById('early-hash')!.textContent !== '', 'no hash printed');
    expect(doc.getElementById('hash-line')!.hidden).to.be.false;
    expect(doc.getElementById('early-hash')!.textContent).to.equal(hash);

    const page = await openWithPolicy(pageHtml(box.value), `script-src 'self' ${hash}`);
    const parsed = (page.win as unknown as { __parsed: Parsed }).__parsed;
    expect(parsed.chosen, 'the inline script did not run').to.match(/^[0-4]$/);
    const lead = await shownLead(page.doc);
    expect(lead.index).to.equal(Number(parsed.chosen));
    expect(page.doc.querySelector('[slot="headline"]')!.textContent).to.equal(HEADLINE);
    expect(page.probe.violations).to.deep.equal([]);

    // The same page with another hash: the policy is enforced, the script is blocked, the story
    // still shows (the element chooses by itself).
    const other = await openWithPolicy(pageHtml(box.value), `script-src 'self' ${await sha256Source(`${script.textContent} `)}`);
    expect((other.win as unknown as { __parsed: Parsed }).__parsed.chosen).to.equal(null);
    await waitUntil(() => /inline/.test(other.probe.violations.join('\n')), `no CSP violation reported: ${other.probe.violations}`, { timeout: 3000 });
    await shownLead(other.doc);
  });

  it('puts a valid nonce on the snippet’s scripts, which a nonce-only CSP then runs', async function () {
    this.timeout(30_000);
    const { doc, box } = await builderWithSnippet();
    const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
    const input = doc.getElementById('nonce') as HTMLInputElement;
    input.value = nonce;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => box.value.includes(`nonce="${nonce}"`), 'no nonce in the snippet');
    expect(box.value.match(/<script[^>]*>/g)!.every((tag) => tag.includes(` nonce="${nonce}"`))).to.be.true;
    expect(doc.getElementById('nonce-message')!.textContent).to.equal('');
    expect(input.getAttribute('aria-invalid')).to.equal('false');

    const page = await openWithPolicy(pageHtml(box.value, nonce), `script-src 'nonce-${nonce}'`);
    const parsed = (page.win as unknown as { __parsed: Parsed }).__parsed;
    expect(parsed.chosen).to.match(/^[0-4]$/);
    const lead = await shownLead(page.doc);
    expect(lead.index).to.equal(Number(parsed.chosen));
    expect(page.probe.violations).to.deep.equal([]);
  });

  it('refuses a nonce that is not base64, with a message beside the field and no nonce in the snippet', async () => {
    const { builder, doc, box } = await builderWithSnippet();
    const input = doc.getElementById('nonce') as HTMLInputElement;
    const message = doc.getElementById('nonce-message')!;
    input.value = 'c2VjcmV0';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => box.value.includes('nonce="c2VjcmV0"'), 'no nonce in the snippet');
    input.value = 'abc"><img src=x onerror=alert(1)>';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => message.textContent !== '' && !box.value.includes('nonce='), 'no message for a bad nonce');
    expect(message.textContent).to.match(/base64 characters only.*the snippet has no nonce/);
    expect(message.getBoundingClientRect().height, 'the message is not visible').to.be.greaterThan(0);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.include('nonce-message');
    expect(box.value.includes('<script><!--'), 'no early-choice script').to.be.true;
    expect(box.value.includes('onerror'), 'the bad nonce is in the snippet').to.be.false;
    expect(await axeViolations(builder)).to.deep.equal([]);
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(() => message.textContent === '', 'the message stayed');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
  });
});
