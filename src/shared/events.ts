/**
 * One way to send our events: `<tag>-<verb>` names that bubble and cross shadow roots (`composed`),
 * with the `detail` type taken from `GlobalEventHandlersEventMap`, where each element declares its events.
 */

type DetailOf<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches `type` on `target` and returns `false` when a listener called `preventDefault()` on a
 * cancelable event.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

const warned = new WeakMap<object, Set<string>>();

/**
 * Logs `message` once per `owner` (an element), so a re-render does not repeat a warning about the
 * same bad input. Returns whether it was new.
 */
export function warnOnce(owner: object, message: string): boolean {
  const seen = warned.get(owner) ?? new Set();
  warned.set(owner, seen);
  if (seen.has(message)) return false;
  seen.add(message);
  console.warn('news-embed: ' + message);
  return true;
}

/**
 * Reports bad input from `el`, an element of kind `tag`: one console warning per element and
 * message, and a `<tag>-error` event with `detail` (only along with the warning when `once`, for
 * checks that run on every render).
 */
export function report<D extends { reason: string; message?: string }>(el: Element, tag: string, detail: D, once?: boolean): void {
  if (warnOnce(el, `<${tag}> ${detail.message}`) || !once) emit(el, (tag + '-error') as 'video-card-error', detail as never);
}
