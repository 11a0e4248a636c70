// The two framework typings written here from custom-elements.json, where the community generator
// is wrong for the framework's current version (docs/frameworks.md has the details):
//
// - Svelte 5, instead of custom-element-svelte-integration 1.2, whose output targets Svelte 4: it
//   declares the old `svelteHTML.IntrinsicElements` namespace, types events as `on:name` directives
//   (Svelte 5 uses `onname` attributes) and names `JSX.Element`/`JSX.CSSProperties`, which Svelte does
//   not have. Svelte 5 reads element types from `SvelteHTMLElements` in `svelte/elements`.
// - Vue 3, instead of custom-element-vuejs-integration 1.4, whose props keep the attribute names
//   (`heading-level`, `onvideo-card-play`): vue-tsc normalises a template's attributes and `@events`
//   to camelCase props (`headingLevel`, `onVideoCardPlay`) before checking them, so with
//   `strictTemplates` every hyphenated attribute and every event listener was an error. It also
//   adds `slot` to Vue's `HTMLAttributes` (Vue's types leave it out, but our named slots need it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = '// Generated from custom-elements.json by scripts/typings-from-manifest.mjs. Do not edit.\n';
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** The elements of the manifest, each with its settable attributes, properties and events. */
function elementsOf(manifest, exclude = []) {
  const elements = [];
  for (const mod of manifest.modules ?? [])
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName || exclude.includes(decl.name)) continue;
      const attributes = [];
      const seen = new Set();
      for (const attr of decl.attributes ?? []) {
        if (!attr.fieldName || seen.has(attr.name)) continue;
        seen.add(attr.name);
        attributes.push({ name: attr.name, field: attr.fieldName, description: attr.description });
      }
      const fields = new Set(attributes.map((a) => a.field));
      const properties = [];
      for (const member of decl.members ?? []) {
        if (member.kind != 'field' || member.static || member.readonly || fields.has(member.name)) continue;
        if ((member.privacy && member.privacy != 'public') || /^[_#]/.test(member.name)) continue;
        properties.push({ field: member.name, description: member.description });
      }
      const events = (decl.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, detail: e.type?.text ?? 'unknown', description: e.description }));
      elements.push({ name: decl.name, tag: decl.tagName, attributes, properties, events });
    }
  return elements;
}

/** `import type { … }` of the element classes and every type name their events' details use. */
function typeImports(elements, typesPath) {
  const names = new Set(elements.map((e) => e.name));
  for (const el of elements) for (const event of el.events) for (const t of event.detail.match(/\b[A-Z]\w*/g) ?? []) names.add(t);
  return `import type { ${[...names].sort().join(', ')} } from '${typesPath}';\n`;
}

function write(outdir, fileName, text) {
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, fileName), text);
}

export function writeSvelteTypes(manifest, { outdir, fileName, typesPath, exclude }) {
  const elements = elementsOf(manifest, exclude);
  let out = HEADER + `import type { HTMLAttributes } from 'svelte/elements';\n` + typeImports(elements, typesPath) + '\n';
  for (const el of elements) {
    out += `/** Attributes, properties and events of \`<${el.tag}>\`. */\nexport interface ${el.name}Attributes extends HTMLAttributes<${el.name}> {\n`;
    for (const a of el.attributes) out += doc(a.description) + `  '${a.name}'?: ${el.name}['${a.field}'] | null;\n`;
    for (const p of el.properties) out += doc(p.description) + `  ${p.field}?: ${el.name}['${p.field}'];\n`;
    for (const e of el.events)
      out += doc(e.description) + `  'on${e.name}'?: (event: CustomEvent<${e.detail}> & { currentTarget: ${el.name} }) => unknown;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n`;
  for (const el of elements) out += `    '${el.tag}': ${el.name}Attributes;\n`;
  out += `  }\n}\n`;
  write(outdir, fileName, out);
}

export function writeVueTypes(manifest, { outdir, fileName, typesPath, exclude }) {
  const elements = elementsOf(manifest, exclude);
  let out = HEADER + `import type { DefineComponent, HTMLAttributes } from 'vue';\n` + typeImports(elements, typesPath) + '\n';
  for (const el of elements) {
    // The element's own props, then every global HTML attribute (`id`, `slot`, `aria-*`, `onClick`…) it does not redefine.
    const own = [...el.attributes.map((a) => camel(a.name)), ...el.properties.map((p) => p.field), ...el.events.map((e) => camel('on-' + e.name))];
    out += `/** Props and events of \`<${el.tag}>\`, as vue-tsc checks a template: camelCase, events as \`on<Event>\`. */\n`;
    out += `export interface ${el.name}Props extends Omit<HTMLAttributes, ${own.map((k) => `'${k}'`).join(' | ')}> {\n`;
    for (const a of el.attributes) out += doc(a.description) + `  ${camel(a.name)}?: ${el.name}['${a.field}'];\n`;
    for (const p of el.properties) out += doc(p.description) + `  ${p.field}?: ${el.name}['${p.field}'];\n`;
    for (const e of el.events) out += doc(e.description) + `  ${camel('on-' + e.name)}?: (event: CustomEvent<${e.detail}>) => void;\n`;
    out += `}\n\n`;
  }
  out += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) out += `    '${el.tag}': DefineComponent<${el.name}Props>;\n`;
  out += `  }\n  interface HTMLAttributes {\n    /** The named slot of a custom element's shadow root that the element goes to. */\n    slot?: string;\n  }\n}\n`;
  write(outdir, fileName, out);
}
