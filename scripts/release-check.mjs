// `npm run release:check`: what must hold before a version is published (docs/releasing.md).
// 1. build; 2. the whole test suite (`--skip-tests` leaves it out, for a quick look);
// 3. `npm pack --dry-run`: every packed file is allowed by scripts/package-files.txt, and every line
//    there matches a packed file; 4. the Subresource Integrity digest is regenerated for this
//    version and the CDN lines of docs/hosting.md are written from it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const step = (title) => console.log(`\n==> ${title}`);
const npm = (...args) => execFileSync('npm', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 64 << 20 });
const sh = (...args) => execFileSync('npm', args, { cwd: root, stdio: 'inherit' });
const problems = [];

/** A glob of scripts/package-files.txt as a RegExp: `**` crosses folders, `*` does not. */
const globToRegExp = (glob) => {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const source = escaped.replace(/\*\*\/|\*\*|\*/g, (star) => ({ '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*' })[star]);
  return new RegExp(`^${source}$`);
};

step('build');
sh('run', 'build');

if (process.argv.includes('--skip-tests')) console.log('\n(tests skipped: --skip-tests)');
else {
  step('test');
  sh('test');
}

step('npm pack --dry-run');
const [packed] = JSON.parse(npm('pack', '--dry-run', '--json', '--ignore-scripts'));
const files = packed.files.map((f) => f.path).sort();
const globs = read('scripts/package-files.txt').toString().split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const patterns = globs.map((g) => [g, globToRegExp(g)]);
for (const file of files) if (!patterns.some(([, re]) => re.test(file))) problems.push(`packed but not in scripts/package-files.txt: ${file}`);
for (const [glob, re] of patterns) if (!files.some((f) => re.test(f))) problems.push(`in scripts/package-files.txt but not packed: ${glob}`);
console.log(`${packed.name}@${packed.version}: ${files.length} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);

step('Subresource Integrity and the CDN lines of docs/hosting.md');
const pkg = JSON.parse(read('package.json'));
const sri = JSON.parse(read('dist/news-embed.sri.json'));
const integrity = `sha384-${createHash('sha384').update(read('dist/news-embed.js')).digest('base64')}`;
if (sri.integrity !== integrity) problems.push(`dist/news-embed.sri.json says ${sri.integrity}, the bundle is ${integrity}`);
if (sri.version !== pkg.version) problems.push(`dist/news-embed.sri.json is for ${sri.version}, package.json says ${pkg.version}`);
execFileSync(process.execPath, ['scripts/cdn-lines.mjs'], { cwd: root, stdio: 'inherit' });

if (problems.length) {
  console.error(`\nNot ready to release:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\n${pkg.name}@${pkg.version} is ready: commit docs/hosting.md (and README.md) if they changed, then follow docs/releasing.md.`);
