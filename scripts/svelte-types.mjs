// Svelte 5 typings for the elements, written from custom-elements.json.
//
// Written here rather than by custom-element-svelte-integration (1.2), whose output targets Svelte 4:
// it declares the old `svelteHTML.IntrinsicElements` namespace, types events as `on:name` directives
// (Svelte 5 uses `onname` attributes), and names `JSX.Element`/`JSX.CSSProperties`, which Svelte
// does not have. Svelte 5 reads element types from `SvelteHTMLElements` in `svelte/elements`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const doc = (text) => (text ? `  /** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');

export function writeSvelteTypes(manifest, { outdir, fileName, typesPath, exclude = [] }) {
  const elements = [];
  for (const mod of manifest.modules ?? [])
    for (const decl of mod.declarations ?? [])
      if (decl.customElement && decl.tagName && !exclude.includes(decl.name)) elements.push(decl);

  const names = new Set(elements.map((e) => e.name));
  const typeNames = new Set();
  for (const el of elements)
    for (const event of el.events ?? []) for (const t of event.type?.text?.match(/\b[A-Z]\w*/g) ?? []) typeNames.add(t);

  let out = `// Generated from custom-elements.json by scripts/svelte-types.mjs. Do not edit.\n`;
  out += `import type { HTMLAttributes } from 'svelte/elements';\n`;
  out += `import type { ${[...names, ...[...typeNames].filter((t) => !names.has(t))].sort().join(', ')} } from '${typesPath}';\n\n`;
  for (const el of elements) {
    out += `/** Attributes, properties and events of \`<${el.tagName}>\`. */\n`;
    out += `export interface ${el.name}Attributes extends HTMLAttributes<${el.name}> {\n`;
    const seen = new Set();
    for (const attr of el.attributes ?? []) {
      if (!attr.fieldName || seen.has(attr.name)) continue;
      seen.add(attr.name);
      out += doc(attr.description) + `  '${attr.name}'?: ${el.name}['${attr.fieldName}'] | null;\n`;
    }
    for (const member of el.members ?? []) {
      if (member.kind != 'field' || member.static || (member.privacy && member.privacy != 'public') || member.readonly || seen.has(member.name)) continue;
      if (member.name.startsWith('_') || member.name.startsWith('#')) continue;
      seen.add(member.name);
      out += doc(member.description) + `  ${member.name}?: ${el.name}['${member.name}'];\n`;
    }
    for (const event of el.events ?? []) {
      if (!event.name) continue;
      out += doc(event.description) + `  'on${event.name}'?: (event: CustomEvent<${event.type?.text ?? 'unknown'}> & { currentTarget: ${el.name} }) => unknown;\n`;
    }
    out += `}\n\n`;
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const el of elements) out += `    '${el.tagName}': ${el.name}Attributes;\n`;
  out += `  }\n}\n`;
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, fileName), out);
}
