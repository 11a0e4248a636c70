import { nextFrame } from '@open-wc/testing';
import type { VideoCardElement } from '../../src/video-card/video-card.js';

export const FIXTURES = '/test/fixtures/video-card';

/** A token that tags this test's URLs, so the shared request log can be filtered per engine and test. */
export const token = () => `vc${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;

/** URLs the test server saw that contain `match`. */
export async function requested(match: string): Promise<string[]> {
  const response = await fetch(`/__requests?match=${encodeURIComponent(match)}`, { cache: 'no-store' });
  return response.json();
}

/** Resource Timing entries whose URL contains `match`, started after `since` (a `performance.now()` value). */
export const resources = (match: string, since = 0) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(match) && !entry.name.includes('/__requests') && entry.startTime >= since);

export const part = <T extends Element = HTMLElement>(el: VideoCardElement, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);

/** Visible text of a part, with whitespace collapsed. */
export const text = (el: VideoCardElement, name: string) => (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Collects events of `type` fired anywhere in the document (they bubble and are composed). */
export function collect<T = unknown>(type: string) {
  const events: CustomEvent<T>[] = [];
  const handler = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, handler);
  return { events, stop: () => document.removeEventListener(type, handler) };
}

/** Captures console warnings until `restore()`. */
export function captureWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** The centre of `element` in viewport coordinates, for `sendMouse`. */
export function centre(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

export async function settle(el: VideoCardElement) {
  await el.updateComplete;
  await nextFrame();
}

export const preconnects = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => link.getAttribute('href'));

export function removePreconnects() {
  document.head.querySelectorAll('link[rel="preconnect"]').forEach((link) => link.remove());
}
