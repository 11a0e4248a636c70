// Size of dist/news-embed.js (raw, gzip -9, brotli -q 11) and where its bytes come from.
//
// Attribution uses the bundle's own source map: each generated segment belongs to the source
// named by its mapping (Lit's files under node_modules, or ours under src/), so the raw split is
// exact. Compressed bytes cannot be split exactly (the compressor shares context across the whole
// file), so two figures are given per part:
// - "alone": that part's code compressed on its own (for Lit: what Lit costs by itself);
// - "adds": the whole file compressed minus the file without that part (its marginal cost).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';

/** Splits `code` into runs of text, each with the index of its source (-1 when unmapped). */
export function attribute(code, map) {
  const lines = code.split('\n');
  const runs = [];
  // Text before a line's first mapping (e.g. inside a multi-line template literal of CSS)
  // continues the previous line's last segment.
  let carried = -1;
  // Segments are [generated column, source index, original line, original column, name index?].
  decodedMappings(new TraceMap(map)).forEach((lineSegments, lineNo) => {
    const line = lines[lineNo] ?? '';
    const segs = lineSegments.map(([col, source]) => ({ col, source: source ?? -1 }));
    if (segs.length === 0 || segs[0].col > 0) segs.unshift({ col: 0, source: carried });
    segs.forEach((s, i) => runs.push({ source: s.source, text: line.slice(s.col, segs[i + 1]?.col ?? line.length) }));
    carried = segs.at(-1).source;
    if (lineNo < lines.length - 1) runs.push({ source: carried, text: '\n' });
  });
  return runs;
}

const br = (s) => brotliCompressSync(Buffer.from(s), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;

/** Which part of the product a source path belongs to. */
function groupOf(path) {
  if (!path) return 'glue (unmapped)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit';
  const m = /src\/([^/]+)\//.exec(path);
  return m ? (m[1] === 'shared' ? 'shared helpers' : m[1] === 'controllers' ? 'controllers' : `<${m[1]}>`) : path;
}

export function measureSize(file = 'dist/news-embed.js') {
  const code = readFileSync(file, 'utf8');
  const whole = { raw: Buffer.byteLength(code), gzip: gz(code), brotli: br(code) };
  const parts = [];
  if (existsSync(`${file}.map`)) {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const runs = attribute(code, map);
    const groups = new Map();
    for (const r of runs) {
      const g = groupOf(map.sources[r.source]);
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g).push(r);
    }
    for (const [name, own] of groups) {
      const ownText = own.map((r) => r.text).join('');
      const rest = runs.filter((r) => !own.includes(r)).map((r) => r.text).join('');
      parts.push({
        name,
        raw: Buffer.byteLength(ownText),
        brotliAlone: br(ownText),
        brotliAdds: whole.brotli - br(rest),
        gzipAdds: whole.gzip - gz(rest),
      });
    }
    const order = ['Lit', 'shared helpers', 'controllers', '<random-image>', '<video-card>', '<news-article>'];
    parts.sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  }
  return { file, ...whole, parts, languages: measureLanguages(file) };
}

/**
 * What each language costs and where it travels: every language but English is a module of its
 * own beside the bundle (`locales/<tag>.js`), fetched with the loader (`locales/index.js`) only by
 * a page that shows that language.
 * `allInBundle` is what the bundle would weigh with every language built in, the alternative.
 */
export function measureLanguages(file = 'dist/news-embed.js') {
  const dir = join(dirname(file), 'locales');
  if (!existsSync(dir)) return;
  const modules = readdirSync(dir)
    .filter((name) => name.endsWith('.js') && name != 'en.js' && name != 'index.js')
    .sort()
    .map((name) => ({ tag: name.slice(0, -3), code: readFileSync(join(dir, name), 'utf8') }));
  const bundle = readFileSync(file, 'utf8');
  const loader = readFileSync(join(dir, 'index.js'), 'utf8');
  return {
    loader: { raw: Buffer.byteLength(loader), brotli: br(loader) },
    modules: modules.map(({ tag, code }) => ({ tag, raw: Buffer.byteLength(code), gzip: gz(code), brotli: br(code) })),
    allInBundle: br(bundle + modules.map(({ code }) => code).join('')),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(measureSize(), null, 2));
}
