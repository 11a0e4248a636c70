// Writes the API tables of each element into README.md from custom-elements.json, between
// `<!-- api:TAG -->` and `<!-- /api:TAG -->` markers, so the README never drifts from the JSDoc.
// `node scripts/api-docs.mjs --check` exits 1 when the README is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readmePath = 'README.md';
const readme = readFileSync(readmePath, 'utf8');

const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(title, head, rows) {
  if (!rows.length) return '';
  return [
    `**${title}**`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}


function apiOf(decl) {
  const members = (decl.members ?? []).filter((m) => !m.privacy && !m.static && !m.name.startsWith('#'));
  const attributes = decl.attributes ?? [];
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  return [
    table(
      'Attributes and properties',
      ['attribute', 'property', 'type', 'default', 'description'],
      [
        ...attributes.map((a) => {
          const field = fields.find((f) => f.name === a.fieldName);
          // `lang` is the native attribute, observed so the element follows a change of language.
          const description = a.description ?? field?.description ?? '';
          return [code(a.name), code(a.fieldName), code(a.type?.text ?? field?.type?.text), code(a.default ?? field?.default), cell(description)];
        }),
        ...fields
          .filter((f) => !attributes.some((a) => a.fieldName === f.name))
          .map((f) => ['', code(f.name), code(f.type?.text), code(f.default), cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`)]),
      ],
    ),
    table(
      'Methods',
      ['method', 'description'],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]),
    ),
    table('Events', ['event', 'detail', 'description'], (decl.events ?? []).filter((e) => e.name).map((e) => [code(e.name), code(e.type?.text), cell(e.description)])),
    table('Slots', ['slot', 'description'], (decl.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])),
    table('CSS parts', ['part', 'description'], (decl.cssParts ?? []).map((p) => [code(p.name), cell(p.description)])),
    table(
      'CSS custom properties',
      ['property', 'default', 'description'],
      (decl.cssProperties ?? []).map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

let updated = readme;
for (const module of manifest.modules ?? []) {
  for (const decl of module.declarations ?? []) {
    if (!decl.customElement || !decl.tagName) continue;
    const open = `<!-- api:${decl.tagName} -->`;
    const close = `<!-- /api:${decl.tagName} -->`;
    const start = updated.indexOf(open);
    const end = updated.indexOf(close);
    if (start < 0 || end < start) continue;
    updated = `${updated.slice(0, start + open.length)}\n${apiOf(decl)}\n${updated.slice(end)}`;
  }
}

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md API tables are out of date: run `npm run docs`.');
    process.exit(1);
  }
} else if (updated !== readme) {
  writeFileSync(readmePath, updated);
  console.log('README.md API tables updated from custom-elements.json');
}
