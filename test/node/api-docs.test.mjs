// The API is written once, in the element classes' JSDoc: custom-elements.json is generated from it
// (`npm run analyze`, part of `npm run build`) and every API table in README.md and docs/*.md from
// that manifest (`npm run docs`). This test regenerates the tables in memory and compares them with
// the files, and checks the defaults the manifest gives against the CSS fallbacks and the JSDoc's
// own words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { SECTIONS, docFiles, elementsOf, fill, readManifest, staleFiles } from '../../scripts/api-docs.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

assert.ok(existsSync(new URL('custom-elements.json', root)), 'custom-elements.json is missing: run `npm run build` (or `npm run analyze`)');
const manifest = readManifest();
const elements = elementsOf(manifest);
const TAGS = ['news-article', 'random-image', 'video-card'];

test('the API tables in README.md and docs/*.md are the ones custom-elements.json gives', () => {
  const stale = staleFiles(manifest);
  assert.deepEqual(
    stale.map(({ file }) => file),
    [],
    `API tables out of date with the JSDoc (through custom-elements.json): run \`npm run docs\`\n${stale
      .map(({ file, expected, actual }) => {
        const a = actual.split('\n');
        const e = expected.split('\n');
        const line = e.findIndex((text, i) => text !== a[i]);
        return `${file}:${line + 1}\n  file:      ${a[line]}\n  generated: ${e[line]}`;
      })
      .join('\n')}`,
  );
});

test("each element's guide carries every table of its API, generated, and no hand-written one", () => {
  for (const tag of TAGS) {
    const text = read(`docs/${tag}.md`);
    const decl = elements.get(tag);
    assert.ok(decl, `custom-elements.json has <${tag}>`);
    for (const section of SECTIONS) {
      const has = { attributes: decl.attributes, methods: decl.members?.some((m) => m.kind === 'method' && m.privacy !== 'private'), events: decl.events, slots: decl.slots, parts: decl.cssParts, cssprops: decl.cssProperties }[section];
      if (!has || (Array.isArray(has) && !has.length)) continue;
      assert.ok(text.includes(`<!-- api:${tag}:${section} -->`), `docs/${tag}.md has a generated ${section} table`);
    }
    // A table outside the generated blocks whose header is an API table's is a hand-kept copy.
    const outside = text.replace(/<!-- api:[\s\S]*?<!-- \/api -->/g, '');
    for (const header of [/^\| attribute \| property/m, /^\| (custom )?property \| default/m, /^\| part \|/m, /^\| slot \|/m, /^\| event \| detail/m, /^\| method \|/m]) {
      assert.doesNotMatch(outside, header, `docs/${tag}.md has a hand-written API table (${header.source}); generate it from the JSDoc instead`);
    }
  }
  assert.match(read('README.md'), /<!-- api:news-article:attributes -->/);
});

test('an unknown element or section in a marker is an error, not silently skipped', () => {
  assert.throws(() => fill('<!-- api:no-such-tag -->\n<!-- /api -->', manifest, 'x.md'), /names no element/);
  assert.throws(() => fill('<!-- api:video-card:nonsense -->\n<!-- /api -->', manifest, 'x.md'), /unknown section/);
  for (const file of docFiles()) {
    for (const [, tag] of read(file).matchAll(/<!-- api:([a-z-]+)/g)) assert.ok(elements.has(tag), `${file}: <!-- api:${tag} -->`);
  }
});

// `var(--name, fallback)` with a literal fallback (at the end of a chain of shared tokens), in every
// stylesheet of the source.
function cssFallbacks() {
  const found = new Map();
  const dirs = readdirSync(new URL('src/', root), { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const dir of dirs) {
    for (const name of readdirSync(new URL(`src/${dir.name}/`, root))) {
      if (!/styles?\.ts$/.test(name)) continue;
      // A chain `var(--own, var(--shared, literal))` is the own property's: its default is the literal.
      let css = read(`src/${dir.name}/${name}`);
      for (let last; last !== css; ) [last, css] = [css, css.replace(/var\((--[\w-]+),\s*var\(--(?!_)[\w-]+,\s*([^()]+?)\)\)/g, 'var($1, $2)')];
      for (const [, prop, fallback] of css.matchAll(/var\((--[\w-]+),\s*([^()]+?)\)/g)) {
        if (prop.startsWith('--_') || fallback.startsWith('var(')) continue;
        found.set(prop, [...(found.get(prop) ?? []), fallback.trim()]);
      }
    }
  }
  return found;
}

// `.6s` and `0.6s`, `16/9` and `16 / 9` are the same value.
const same = (value) => String(value).replace(/\s+/g, '').replace(/(^|[^\d])\.(\d)/g, '$10.$2').toLowerCase();

test('documented CSS custom property defaults are the fallbacks in the CSS', () => {
  const fallbacks = cssFallbacks();
  const problems = [];
  for (const tag of TAGS) {
    for (const prop of elements.get(tag).cssProperties ?? []) {
      const inCss = fallbacks.get(prop.name) ?? [];
      for (const value of inCss) {
        if (prop.default === undefined) problems.push(`${prop.name}: the CSS falls back to ${value}; write it in the JSDoc as @cssprop [${prop.name}=${value}]`);
        else if (same(prop.default) !== same(value)) problems.push(`${prop.name}: documented ${prop.default}, the CSS says ${value}`);
      }
      // With no fallback, `var()` of an unset property makes the declaration unset: the value is inherited.
      if (!inCss.length && prop.default !== undefined && prop.default !== 'inherit') problems.push(`${prop.name}: documented ${prop.default}, the CSS has no fallback`);
      const said = /\(default:?\s*`?([\d.]+[a-z%]*)`?/.exec(prop.description ?? '');
      if (said) problems.push(`${prop.name}: a default written in the description (${said[1]}); write it as @cssprop [${prop.name}=…] so it is checked`);
    }
  }
  assert.deepEqual(problems, []);
});

test('defaults the JSDoc names in words are the ones the code initialises', () => {
  const problems = [];
  const strip = (value) => String(value ?? '').replace(/^'(.*)'$/, '$1');
  for (const tag of TAGS) {
    const decl = elements.get(tag);
    const fields = new Map((decl.members ?? []).map((m) => [m.name, m]));
    for (const attr of decl.attributes ?? []) {
      const actual = attr.default ?? fields.get(attr.fieldName)?.default;
      // "`high` (default)", "0 (default)", "`full` (default):"
      for (const [, said] of (attr.description ?? '').matchAll(/`?([\w.-]+)`? \(default\)/g)) {
        if (strip(actual) !== said) problems.push(`<${tag} ${attr.name}>: the description says ${said} (default), the code says ${actual}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});
