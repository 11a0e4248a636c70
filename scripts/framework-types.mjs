// Framework typings and editor data, generated from custom-elements.json by community generators,
// run as one analyzer plugin after scripts/manifest-fixes.mjs has made the manifest describe the
// shipped package. Output: dist/frameworks/*.d.ts (named in package.json `exports`) and
// dist/editor/*.json (named in package.json `customData`/`web-types`). docs/frameworks.md says
// which generator writes what, and why two parts are written here instead.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { writeSvelteTypes, writeVueTypes } from './typings-from-manifest.mjs';

const outdir = 'dist/frameworks';
// Every type the typings name comes from the package's main entry; the shared base class is not an element.
const common = { outdir, globalTypePath: '../index.js', exclude: ['NewsEmbedElement'], hideLogs: true };

/**
 * The manifest records an event's `type` as its `detail` type (`@fires {Detail}`), which the Vue,
 * Solid, Svelte, VS Code and JetBrains generators expect. @wc-toolkit/jsx-types instead reads it as
 * the whole event object (and imports the detail type from `CustomEvent<Detail>`), so it gets a copy
 * with the events wrapped back.
 */
function withEventObjects(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? []) {
    // Its `exclude` option leaves an excluded class in the type imports (importing a name the entry
    // point does not export): the copy goes without the shared base class.
    mod.declarations = mod.declarations?.filter((decl) => !common.exclude.includes(decl.name));
    for (const decl of mod.declarations ?? [])
      for (const event of decl.events ?? []) if (event.type?.text) event.type.text = `CustomEvent<${event.type.text}>`;
  }
  return copy;
}

export const frameworkPlugins = () => [
  {
    name: 'news-embed-framework-types',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const run = (plugin, customElementsManifest = manifest) => plugin.packageLinkPhase({ customElementsManifest });
      run(jsxTypesPlugin({ ...common, fileName: 'jsx.d.ts' }), withEventObjects(manifest));
      writeVueTypes(manifest, { outdir, fileName: 'vue.d.ts', typesPath: '../index.js', exclude: common.exclude });
      run(customElementSolidJsPlugin({ ...common, fileName: 'solid.d.ts' }));
      writeSvelteTypes(manifest, { outdir, fileName: 'svelte.d.ts', typesPath: '../index.js', exclude: common.exclude });
      run(customElementVsCodePlugin({ outdir: 'dist/editor', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }));
      run(customElementJetBrainsPlugin({ outdir: 'dist/editor', fileName: 'web-types.json', hideLogs: true }));
    },
  },
];
