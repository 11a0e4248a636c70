// A custom-elements-manifest analyzer plugin that makes custom-elements.json describe the package as
// it ships, which is what the framework-typing and editor-data generators read:
// - module paths name the built `dist/…/*.js` files, not the `src/…/*.ts` files the package does not ship;
// - an event's `type` is its `detail` type (the manifest convention: `@fires {Detail} name`, which the
//   JSX, Vue, Svelte and Solid generators wrap in `CustomEvent<…>`); our JSDoc writes the whole
//   `CustomEvent<Detail>`, as TypeScript readers expect, and this plugin unwraps it;
// - `lang` (observed by every element through `NewsEmbedElement.observedAttributes`, so the analyzer
//   finds the attribute but no field or type) is the native `HTMLElement.lang` string.

const toDist = (path) => path?.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');

const LANG = {
  name: 'lang',
  type: { text: 'string' },
  fieldName: 'lang',
  // The one description of `lang` (the generated API tables and the editor data read it here).
  description:
    "The native `lang`: the language of the chrome (33 ship, see docs/i18n.md; others show English chrome), dates and reading time, and the `lang` and direction of what it renders. For `<news-article>` it wins over the story's `inLanguage`; unset, the story's language, then the nearest ancestor's, decides. A change re-renders.",
};

/** Unwraps `CustomEvent<X>` (and `Event`) to the detail type `X` (`never` for a plain event). */
export function detailType(text) {
  const m = /^\s*CustomEvent\s*<([\s\S]*)>\s*$/.exec(text ?? '');
  if (m) return m[1].trim();
  return text === 'Event' ? 'never' : text;
}

function fixReference(ref) {
  if (ref?.module) ref.module = toDist(ref.module);
}

export function fixManifest(manifest) {
  for (const mod of manifest.modules ?? []) {
    mod.path = toDist(mod.path);
    for (const exp of mod.exports ?? []) fixReference(exp.declaration);
    for (const decl of mod.declarations ?? []) {
      fixReference(decl.superclass);
      for (const list of [decl.members, decl.attributes, decl.events]) for (const item of list ?? []) fixReference(item.inheritedFrom);
      for (const attr of decl.attributes ?? []) {
        if (attr.name == 'lang' && !attr.type) Object.assign(attr, { ...LANG, ...attr, type: LANG.type, fieldName: 'lang', description: attr.description || LANG.description });
      }
      for (const event of decl.events ?? []) {
        if (event.type?.text) event.type = { ...event.type, text: detailType(event.type.text) };
      }
    }
  }
  return manifest;
}

export const publicManifest = () => ({
  name: 'news-embed-public-manifest',
  packageLinkPhase({ customElementsManifest }) {
    fixManifest(customElementsManifest);
  },
});
