// The package as users get it: `npm pack`'s tarball, checked by publint and by
// @arethetypeswrong/cli (esm-only), then installed into small apps (React 19 + TypeScript strict,
// Vue 3 + vue-tsc with strictTemplates, Svelte 5 + svelte-check, Solid, plain TypeScript) that
// type-check the usage docs/frameworks.md shows, prove that wrong usage fails, and build (Solid: type-check only);
// the React app also runs in Chromium. Needs a build first; run with `node --test test/consumers/`.
//
// The apps' own dependencies (React, Vue, Svelte, Vite, the checkers) are the repository's dev
// dependencies, so the root's one `npm ci` installs them from its lock file; the tarball is unpacked
// into test/consumers/node_modules/news-embed, which is what `npm install news-embed-x.y.z.tgz` puts
// there (its one dependency, lit, resolves from the root's node_modules).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, renameSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const BIN = join(ROOT, 'node_modules/.bin');
const PACK = join(HERE, '.pack');
const INSTALLED = join(HERE, 'node_modules/news-embed');
let tarball;

/** Runs a dev tool from the root's node_modules in `cwd`; resolves to its output, or fails with it. */
async function tool(name, args, cwd = ROOT) {
  try {
    const { stdout, stderr } = await run(join(BIN, name), args, { cwd, maxBuffer: 16 << 20, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return stdout + stderr;
  } catch (error) {
    error.message = `${name} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/news-embed.js')), 'run `npm run build` first');
  rmSync(PACK, { recursive: true, force: true });
  mkdirSync(PACK, { recursive: true });
  // --ignore-scripts: `prepack` would build again; the build is already there.
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', PACK], { cwd: ROOT, maxBuffer: 16 << 20 });
  tarball = join(PACK, JSON.parse(stdout)[0].filename);
  rmSync(join(HERE, 'node_modules'), { recursive: true, force: true });
  mkdirSync(join(HERE, 'node_modules'), { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', join(HERE, 'node_modules')]);
  renameSync(join(HERE, 'node_modules/package'), INSTALLED);
});

describe('the packed package', () => {
  test('publint finds nothing to fix', async () => {
    const out = await tool('publint', ['run', INSTALLED, '--pack', 'false', '--strict']);
    assert.match(out, /All good!/, out);
  });

  test('@arethetypeswrong/cli (esm-only) finds no problem on any entry point', async () => {
    const out = await tool('attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']);
    for (const entry of ['news-embed', 'news-embed/oembed', 'news-embed/bundle', 'news-embed/testing', 'news-embed/react', 'news-embed/vue', 'news-embed/svelte', 'news-embed/solid'])
      assert.ok(out.includes(`"${entry}"`), `${entry} checked\n${out}`);
  });

  test('ships the framework typings and the editor data it names', () => {
    const pkg = JSON.parse(readFileSync(join(INSTALLED, 'package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(pkg.exports)) {
      for (const file of typeof target == 'string' ? [target] : Object.values(target))
        assert.ok(existsSync(join(INSTALLED, file)), `${entry} → ${file} is in the tarball`);
    }
    assert.ok(existsSync(join(INSTALLED, pkg['web-types'])), 'web-types');
    const html = JSON.parse(readFileSync(join(INSTALLED, 'dist/editor/vscode.html-custom-data.json'), 'utf8'));
    const image = html.tags.find((t) => t.name == 'random-image');
    const mode = image.attributes.find((a) => a.name == 'mode');
    assert.deepEqual(mode.values.map((v) => v.name).sort(), ['daily', 'reload', 'session']);
    const css = JSON.parse(readFileSync(join(INSTALLED, 'dist/editor/vscode.css-custom-data.json'), 'utf8'));
    assert.ok(css.properties.some((p) => p.name == '--random-image-aspect-ratio'), 'custom properties');
    assert.ok(css.pseudoElements.some((p) => p.name == '::part(image)'), 'parts');
    const manifest = JSON.parse(readFileSync(join(INSTALLED, 'custom-elements.json'), 'utf8'));
    for (const mod of manifest.modules) assert.ok(existsSync(join(INSTALLED, mod.path)), `manifest module ${mod.path} is shipped`);
  });
});

describe('plain TypeScript', () => {
  test('the docs/frameworks.md usage type-checks (bundler and Node16 resolution) and wrong usage fails', async () => {
    const cwd = join(HERE, 'plain-ts');
    await tool('tsc', ['-p', 'tsconfig.json'], cwd);
    await tool('tsc', ['-p', 'tsconfig.node.json'], cwd);
  });
});

describe('React 19 + TypeScript strict', () => {
  const cwd = join(HERE, 'react');
  test('type-checks: the docs/frameworks.md usage passes, each wrong usage is an error', () => tool('tsc', ['-p', 'tsconfig.json'], cwd));
  test('builds', () => tool('vite', ['build'], cwd));
  test('shows the story in Chromium, and the video-card-play handler receives the event', { timeout: 60_000 }, async (t) => {
    const executablePath = process.env.CHROMIUM_BIN ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    const { chromium } = await import('playwright-core');
    const server = await serve(join(cwd, 'dist'));
    const browser = await chromium.launch({ executablePath, args: ['--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'] });
    t.after(async () => {
      await browser.close();
      server.close();
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.getByRole('heading', { name: /no signs of surrendering power/ }).waitFor();
    const shown = await page.locator('random-image').evaluate(async (el) => {
      await customElements.whenDefined('random-image');
      const img = el.shadowRoot.querySelector('img');
      await img.decode();
      return { src: img.getAttribute('src'), width: img.naturalWidth };
    });
    assert.equal(shown.src, '/lead.svg');
    assert.equal(await page.locator('#played').textContent(), 'not played');
    await page.getByRole('button', { name: /^Play video: Venezuela/ }).click();
    await page.locator('#played', { hasText: 'content' }).waitFor();
    assert.equal(await page.locator('#played').textContent(), 'content /clip.mp4');
    assert.deepEqual(errors, []);
  });
});

describe('Vue 3 + vue-tsc (strictTemplates)', () => {
  const cwd = join(HERE, 'vue');
  test('type-checks: the docs/frameworks.md usage passes, each wrong usage is an error', () => tool('vue-tsc', ['-p', 'tsconfig.json'], cwd));
  test('builds', () => tool('vite', ['build'], cwd));
});

describe('Solid + TypeScript strict', () => {
  test('type-checks: the docs/frameworks.md usage passes, each wrong usage is an error', () => tool('tsc', ['-p', 'tsconfig.json'], join(HERE, 'solid')));
});

describe('Svelte 5 + svelte-check', () => {
  const cwd = join(HERE, 'svelte');
  // One run over the app (src/) and the wrong usages (wrong/): no error or warning in the app, and
  // exactly one error per marked line of wrong/Wrong.svelte.
  test('the docs/frameworks.md usage passes svelte-check, each wrong usage is an error, and nothing else is', async () => {
    const out = await tool('svelte-check', ['--tsconfig', './tsconfig.wrong.json', '--output', 'machine'], cwd).catch((error) => error.message);
    const problems = [...out.matchAll(/ (ERROR|WARNING) "([^"]+)" (\d+):/g)];
    assert.deepEqual(problems.filter(([, kind, file]) => kind != 'ERROR' || file != 'wrong/Wrong.svelte').map(([line]) => line), [], out);
    const reported = new Set(problems.map(([, , , line]) => Number(line)));
    const lines = readFileSync(join(cwd, 'wrong/Wrong.svelte'), 'utf8').split('\n');
    const expected = new Set(lines.flatMap((line, i) => (line.includes('expect-error:') ? [i + 2] : [])));
    assert.ok(expected.size >= 7, 'the wrong usages are marked');
    assert.deepEqual([...reported].sort((a, b) => a - b), [...expected].sort((a, b) => a - b), out);
  });
  test('builds', () => tool('vite', ['build'], cwd));
});

after(() => {
  for (const app of readdirSync(HERE, { withFileTypes: true })) if (app.isDirectory()) rmSync(join(HERE, app.name, 'dist'), { recursive: true, force: true });
});

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.css': 'text/css' };

/** Serves `dir` on a free local port; unknown paths get a 404 (as clip.mp4 does: the test never plays it). */
function serve(dir) {
  const server = createServer(async (request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = await readFile(join(dir, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
