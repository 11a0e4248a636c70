// Fills the CDN lines of docs/hosting.md (between `<!-- cdn -->` and `<!-- /cdn -->`) from
// package.json's name and version and the bundle's Subresource Integrity digest
// (dist/news-embed.sri.json, written by the build), and makes every versioned URL in README.md and
// docs/hosting.md name that version. `npm run release:check` runs it after `changeset version` has
// set the new version, so the docs name the version being released, with the hash of its bundle.
// `node scripts/cdn-lines.mjs` writes the files; `--check` only says whether they are up to date.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

export function cdnBlock({ name, version }, { integrity }) {
  const jsdelivr = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist/news-embed.js`;
  const unpkg = `https://unpkg.com/${name}@${version}/dist/news-embed.js`;
  const tag = (url) => `<script type="module" src="${url}"\n        integrity="${integrity}" crossorigin="anonymous"></script>`;
  return [
    '<!-- cdn -->',
    `From jsDelivr or unpkg (version ${version}; the \`integrity\` is the SHA-384 of that version's \`dist/news-embed.js\`):`,
    '',
    '```html',
    `<!-- jsDelivr -->`,
    tag(jsdelivr),
    `<!-- unpkg -->`,
    tag(unpkg),
    '```',
    '<!-- /cdn -->',
  ].join('\n');
}

/** The files with versioned URLs; the first holds the `<!-- cdn -->` block. */
export const FILES = ['docs/hosting.md', 'README.md'];

export function updateCdnLines(text, pkg, sri, file = FILES[0]) {
  const block = cdnBlock(pkg, sri);
  const pattern = /<!-- cdn -->[\s\S]*?<!-- \/cdn -->/;
  if (file === FILES[0] && !pattern.test(text)) throw new Error(`${file} has no <!-- cdn --> … <!-- /cdn --> block`);
  // Versioned URLs elsewhere in the prose follow the version too.
  return text.replace(pattern, block).replace(new RegExp(`(${pkg.name}@)\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?`, 'g'), `$1${pkg.version}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = JSON.parse(read('package.json'));
  const sri = JSON.parse(read('dist/news-embed.sri.json'));
  if (sri.version !== pkg.version) throw new Error(`dist/news-embed.sri.json is for ${sri.version}, package.json says ${pkg.version}: run npm run build`);
  const stale = [];
  for (const file of FILES) {
    const before = read(file);
    const after = updateCdnLines(before, pkg, sri, file);
    if (before === after) continue;
    stale.push(file);
    if (!process.argv.includes('--check')) writeFileSync(new URL(file, root), after);
  }
  if (process.argv.includes('--check')) {
    console.log(stale.length ? `CDN lines out of date in ${stale.join(', ')}: run node scripts/cdn-lines.mjs` : 'CDN lines are up to date');
    process.exit(stale.length ? 1 : 0);
  }
  console.log(stale.length ? `CDN lines now name ${pkg.name}@${pkg.version} (${sri.integrity}) in ${stale.join(', ')}` : `CDN lines already name ${pkg.name}@${pkg.version}`);
}
