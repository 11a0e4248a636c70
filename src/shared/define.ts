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
  registry: CustomElementRegistry = customElements,
): CustomElementConstructor | undefined {
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor && !warned) {
      // One warning per copy of the library, however many tags collide.
      warned = true;
      console.warn(
        `news-embed: <${tag}> is already defined by another copy of news-embed or another library; keeping the first definition.`,
      );
    }
    return existing;
  }
  try {
    registry.define(tag, ctor);
  } catch {
    // The constructor is already registered under another name: a subclass is a new constructor.
    try {
      registry.define(tag, class extends (ctor as typeof HTMLElement) {});
    } catch (error) {
      console.warn(`news-embed: could not define <${tag}>: ${(error as Error).message}`);
      return undefined;
    }
  }
  return registry.get(tag);
}
