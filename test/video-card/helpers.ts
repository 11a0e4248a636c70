export const FIXTURES = '/test/fixtures/video-card';

/** Resource Timing entries whose URL contains `match`, started after `since` (a `performance.now()` value). */
export const resources = (match: string, since = 0) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(match) && !entry.name.includes('/__requests') && entry.startTime >= since);

/** Collects events of `type` fired anywhere in the document (they bubble and are composed). */
export function collect<T = unknown>(type: string) {
  const events: CustomEvent<T>[] = [];
  const handler = (event: Event) => events.push(event as CustomEvent<T>);
  document.addEventListener(type, handler);
  return { events, stop: () => document.removeEventListener(type, handler) };
}

/** The centre of `element` in viewport coordinates, for `sendMouse`. */
export function centre(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

export const preconnects = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="preconnect"]')].map((link) => link.getAttribute('href'));

export function removePreconnects() {
  document.head.querySelectorAll('link[rel="preconnect"]').forEach((link) => link.remove());
}
