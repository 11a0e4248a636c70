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

const warnedMessages = new WeakMap<object, Set<string>>();

/**
 * Logs `message` once per `owner` (an element), so a re-render does not repeat a warning about the
 * same bad input.
 */
export function warnOnce(owner: object, message: string): void {
  let seen = warnedMessages.get(owner);
  if (!seen) warnedMessages.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`news-embed: ${message}`);
}
