// Fills the README's CDN lines (between `<!-- cdn -->` and `<!-- /cdn -->`) from package.json's
// name and version and the bundle's Subresource Integrity digest (dist/news-embed.sri.json, written
// by the build). `npm run release:check` runs it after `changeset version` has set the new version,
// so the README names the version being released, with the hash of its bundle.
// `node scripts/readme-cdn.mjs` writes README.md; `--check` only says whether it is up to date.
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

export function updateReadme(text, pkg, sri) {
  const block = cdnBlock(pkg, sri);
  const pattern = /<!-- cdn -->[\s\S]*?<!-- \/cdn -->/;
  if (!pattern.test(text)) throw new Error('README.md has no <!-- cdn --> … <!-- /cdn --> block');
  // Versioned URLs elsewhere in the prose follow the version too.
  return text.replace(pattern, block).replace(new RegExp(`(${pkg.name}@)\\d+\\.\\d+\\.\\d+(?:-[\\w.]+)?`, 'g'), `$1${pkg.version}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pkg = JSON.parse(read('package.json'));
  const sri = JSON.parse(read('dist/news-embed.sri.json'));
  if (sri.version !== pkg.version) throw new Error(`dist/news-embed.sri.json is for ${sri.version}, package.json says ${pkg.version}: run npm run build`);
  const before = read('README.md');
  const after = updateReadme(before, pkg, sri);
  if (process.argv.includes('--check')) {
    console.log(before === after ? 'README CDN lines are up to date' : 'README CDN lines are out of date: run node scripts/readme-cdn.mjs');
    process.exit(before === after ? 0 : 1);
  }
  writeFileSync(new URL('README.md', root), after);
  console.log(before === after ? `README CDN lines already name ${pkg.name}@${pkg.version}` : `README CDN lines now name ${pkg.name}@${pkg.version} (${sri.integrity})`);
}
