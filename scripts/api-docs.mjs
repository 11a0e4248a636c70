// The API tables of the docs, generated from custom-elements.json (itself generated from the element
// classes' JSDoc by `npm run analyze`), so the API is written once, in the source.
//
// Any Markdown file (README.md, docs/*.md) may hold a generated block:
//   <!-- api:news-article -->…<!-- /api -->             every table of the element, with titles
//   <!-- api:news-article:attributes -->…<!-- /api -->  one table: attributes, methods, events,
//                                                       slots, parts or cssprops
// `npm run docs` (`node scripts/api-docs.mjs`) rewrites every block; `--check` only says which files
// are out of date. test/node/api-docs.test.mjs runs the same check, and checks the documented
// defaults against the CSS fallbacks and the JSDoc's own words.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export const SECTIONS = ['attributes', 'methods', 'events', 'slots', 'parts', 'cssprops'];

/** The files that may hold generated blocks, relative to the repository root. */
export const docFiles = () => [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];

export const readManifest = () => JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The custom elements of the manifest, by tag. */
export function elementsOf(manifest) {
  const elements = new Map();
  for (const module of manifest.modules ?? []) {
    for (const decl of module.declarations ?? []) {
      if (decl.customElement && decl.tagName) elements.set(decl.tagName, decl);
    }
  }
  return elements;
}

const table = (head, rows) =>
  rows.length
    ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n')
    : '';

const isPublic = (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#') && !m.name.startsWith('__');

/** Each table of one element, as Markdown, by section name ('' when the element has none). */
export function tablesOf(decl) {
  const members = (decl.members ?? []).filter(isPublic);
  const attributes = decl.attributes ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static);
  const methods = members.filter((m) => m.kind === 'method');
  const signature = (m) => `${m.static ? `${decl.name}.` : ''}${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
  return {
    attributes: table(
      ['attribute', 'property', 'type', 'default', 'description'],
      [
        ...attributes.map((a) => {
          const field = fields.find((f) => f.name === a.fieldName);
          return [code(a.name), code(a.fieldName), code(a.type?.text ?? field?.type?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
        }),
        ...fields
          .filter((f) => !attributes.some((a) => a.fieldName === f.name))
          .map((f) => ['', code(f.name), code(f.type?.text), code(f.default), cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`)]),
      ],
    ),
    methods: table(
      ['method', 'returns', 'description'],
      methods.map((m) => [code(signature(m)), code(m.return?.type?.text), cell(m.description)]),
    ),
    events: table(
      ['event', 'detail', 'description'],
      (decl.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    slots: table(['slot', 'description'], (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    parts: table(['part', 'description'], (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    cssprops: table(
      ['property', 'default', 'description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  };
}

const TITLES = {
  attributes: 'Attributes and properties',
  methods: 'Methods',
  events: 'Events',
  slots: 'Slots',
  parts: 'CSS parts',
  cssprops: 'CSS custom properties',
};

/** The generated content of one block: one section's table, or every table with a bold title. */
export function block(decl, section) {
  const tables = tablesOf(decl);
  if (section) return tables[section];
  return SECTIONS.filter((s) => tables[s])
    .map((s) => `**${TITLES[s]}**\n\n${tables[s]}`)
    .join('\n\n');
}

const BLOCK = /<!-- api:([a-z][a-z0-9-]*)(?::([a-z]+))? -->\n[\s\S]*?<!-- \/api -->/g;

/** `text` with every generated block rewritten from `manifest`; throws on an unknown tag or section. */
export function fill(text, manifest, file = 'a Markdown file') {
  const elements = elementsOf(manifest);
  return text.replace(BLOCK, (_, tag, section) => {
    const decl = elements.get(tag);
    if (!decl) throw new Error(`${file}: <!-- api:${tag} --> names no element of custom-elements.json`);
    if (section && !SECTIONS.includes(section)) throw new Error(`${file}: unknown section "${section}" (one of ${SECTIONS.join(', ')})`);
    const body = block(decl, section);
    return `<!-- api:${tag}${section ? `:${section}` : ''} -->\n${body}${body ? '\n' : ''}<!-- /api -->`;
  });
}

/** The files whose generated blocks differ from what the manifest gives: `{ file, expected, actual }`. */
export function staleFiles(manifest = readManifest(), files = docFiles()) {
  return files.flatMap((file) => {
    const actual = readFileSync(new URL(file, root), 'utf8');
    const expected = fill(actual, manifest, file);
    return expected === actual ? [] : [{ file, expected, actual }];
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stale = staleFiles();
  if (process.argv.includes('--check')) {
    for (const { file } of stale) console.error(`${file}: API tables out of date with custom-elements.json: run \`npm run docs\`.`);
    process.exit(stale.length ? 1 : 0);
  }
  for (const { file, expected } of stale) {
    writeFileSync(new URL(file, root), expected);
    console.log(`${file}: API tables updated from custom-elements.json`);
  }
  if (!stale.length) console.log('API tables are up to date with custom-elements.json');
}
