/**
 * Safe, renamable custom element registration.
 *
 * A third-party page may load our bundle twice, or the bundle beside the npm build, so a tag may
 * already be taken when we arrive. `customElements.define` throws a `NotSupportedError` in that case
 * (HTML spec, "element definition"), and a constructor may be registered under one name only, so
 * we check first and register a trivial subclass for a second name.
 */

let warned = false;

/** Registers `ctor` as `tag` in `registry` unless the tag is taken; never throws. */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry,
): CustomElementConstructor | undefined {
  const existing = registry.get(tag);
  if (existing) {
    // One warning per copy of the library, however many tags collide.
    if (existing !== ctor && !warned) {
      warned = true;
      console.warn(`news-embed: <${tag}> is already defined by another copy; keeping the first`);
    }
    return existing;
  }
  // The constructor itself, else (already registered under another name) a subclass, which is a new
  // constructor; an invalid tag name fails both and registers nothing.
  for (const c of [ctor, class extends (ctor as typeof HTMLElement) {}]) {
    try {
      registry.define(tag, c);
      break;
    } catch {
      // Try the next one.
    }
  }
  return registry.get(tag);
}
