// Every relative link in README.md and docs/*.md leads somewhere: the file exists and, for a
// `#fragment` into Markdown, a heading gives that anchor (GitHub's rule). And the README's quick
// start stays two commands, the second of which is the one CI (.ci/run) runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Text outside fenced code blocks and inline code, where links are links. */
const prose = (text) => text.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's heading anchors: lower case, punctuation (backticks too) dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  for (const [, heading] of markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    const base = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    found.add(n ? `${base}-${n}` : base);
  }
  return found;
}

test('every relative link in README.md and docs/*.md resolves, anchors included', () => {
  const broken = [];
  for (const file of files) {
    const text = read(file);
    for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      const [path, fragment] = target.split('#');
      const resolved = path ? relative(root, join(root, dirname(file), decodeURIComponent(path))) : file;
      if (!existsSync(join(root, resolved))) {
        broken.push(`${file}: ${target} (no ${resolved})`);
        continue;
      }
      if (fragment && resolved.endsWith('.md') && !anchors(read(resolved)).has(fragment)) broken.push(`${file}: ${target} (no heading gives #${fragment})`);
    }
  }
  assert.deepEqual(broken, []);
});

test("the README's quick start is two commands, and CI runs its test command", () => {
  const readme = read('README.md');
  const start = readme.indexOf('## Quick start');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(start))[1];
  const commands = block
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  assert.deepEqual(commands, ['npm install && npm start', 'npm test']);
  assert.match(read('.ci/run'), /^npm test$/m, '.ci/run runs the README\'s test command');
});
