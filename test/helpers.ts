// Helpers for the browser tests of every folder (test/<element>/, test/pages/, test/embed/,
// test/ssr/, test/testing/…), in one place. A folder's own helpers.ts keeps only what that folder
// alone needs (its fixtures, its way of making its element). Where each kind of test goes:
// docs/contributing.md, "Testing".
import { nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/**
 * A unique token for this test's URLs (`?t=<token>`). The three engines run side by side against
 * one test server and its one request log: a test that reads the log with `requested(token)` sees
 * only its own requests. `prefix` names the folder in the log when you read it by eye.
 */
export const token = (prefix = '') => `${prefix}${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

let tags = 0;
/** A custom element name no other test of this page has defined: `<base>-t<time><n>`. */
export const uniqueTag = (base: string) => `${base}-t${Date.now().toString(36)}${tags++}`;

/** The URLs the test server saw so far (oldest first) that contain `match` (test/server/plugins.mjs). */
export async function requested(match: string): Promise<string[]> {
  const response = await fetch(`/__requests?match=${encodeURIComponent(match)}`, { cache: 'no-store' });
  return response.json();
}

type ConsoleKind = 'warn' | 'debug' | 'error';

/**
 * Records `console[kind]` messages (the arguments joined by spaces) until `restore()`. With
 * `prefix`, only the messages that start with it are recorded; the others go to the console as
 * usual.
 */
function record(kind: ConsoleKind, prefix?: string) {
  const original = console[kind];
  const messages: string[] = [];
  console[kind] = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (prefix === undefined || message.startsWith(prefix)) messages.push(message);
    else original(...args);
  };
  return { messages, restore: () => void (console[kind] = original) };
}

/** Records console warnings (only those starting with `prefix`, when given) until `restore()`. */
export function captureWarnings(prefix?: string) {
  const { messages, restore } = record('warn', prefix);
  return { warnings: messages, restore };
}

/** The `console[kind]` messages logged while `fn` runs. */
export async function capture(kind: ConsoleKind, fn: () => Promise<void> | void): Promise<string[]> {
  const { messages, restore } = record(kind);
  try {
    await fn();
  } finally {
    restore();
  }
  return messages;
}

/** Waits for `condition`, polling every 20 ms, with a message that names what did not happen. */
export const until = (condition: () => unknown, message: string, timeout = 5000) =>
  waitUntil(condition, message, { timeout, interval: 20 });

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `count` animation frames of `win`: Lit has rendered, the browser has laid it out, and
 * IntersectionObserver has reported (it reports in the rendering steps).
 */
export async function frames(win: Window = window, count = 2) {
  for (let i = 0; i < count; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/**
 * Whether the browser renders a video card's content: a card far from the viewport skips style,
 * layout and paint (`content-visibility: auto`), and its parts have no reliable boxes meanwhile.
 * (A card showing its player has no poster, and is near.)
 */
export const cardRendered = (card: Element) =>
  card.shadowRoot?.querySelector('[part~="poster"]')?.checkVisibility({ contentVisibilityAuto: true }) ?? true;

/** Scrolls `el` into view, as a reader would; when it is a video card, waits until the browser renders it. */
export async function scrolledTo(el: Element) {
  el.scrollIntoView({ block: 'center' });
  if (el.localName == 'video-card') await until(() => cardRendered(el), 'the browser renders the card scrolled to');
}

/** The element's pending update is rendered, and a frame has passed. */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }) {
  await el.updateComplete;
  await nextFrame();
}

/** The first node of the element's shadow root with the part `name`. */
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Text of the element's part `name`, whitespace collapsed; '' when there is no such part. */
export const partText = (el: Element, name: string) => (el.shadowRoot?.querySelector(`[part~="${name}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

let emulates: Promise<boolean> | undefined;
/**
 * Whether this engine's driver can emulate media features and types: Chromium over CDP and
 * Playwright's engines can; Firefox over WebDriver BiDi and WebKitGTK over WebDriver cannot. Asked of
 * the test server (test/server/plugins.mjs) rather than tried, since a failed emulate-media command
 * prints a server-side stack trace in the test output.
 */
export const canEmulateMedia = () => (emulates ??= executeServerCommand<boolean, undefined>('news-embed-can-emulate-media'));
