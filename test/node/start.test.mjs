// `npm start` serves on the next free port when 8000 (or PORT) is taken, and says so: it prints the
// URL it really serves on and writes the static story page and oEmbed answer for it, so their
// canonical, oEmbed and frame links follow the real port.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { build } from '../../scripts/build-story-page.mjs';

const root = new URL('../../', import.meta.url);

test('npm start prints and writes the URL it actually serves on', async () => {
  // Take a port the way another program would (all interfaces), and ask npm start for it.
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, resolve));
  const taken = blocker.address().port;
  const server = spawn(process.execPath, ['node_modules/@web/dev-server/dist/bin.js', '--config', 'web-dev-server.config.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(taken), NEWS_EMBED_BASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  try {
    const url = await new Promise((resolve, reject) => {
      server.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /story page to paste \(oEmbed\): (\S+)/.exec(out);
        if (match) resolve(match[1]);
      });
      server.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    const port = Number(new URL(url).port);
    assert.notEqual(port, taken);
    assert.match(out, new RegExp(`Port ${taken} is in use; serving on ${port} instead`));
    assert.match(out, new RegExp(`news-embed demo: http://localhost:${port}/demo/`));
    const page = await (await fetch(url)).text();
    assert.match(page, new RegExp(`<link rel="canonical" href="http://localhost:${port}/dist/story/">`));
    const written = readFileSync(new URL('dist/story/index.html', root), 'utf8');
    assert.match(written, new RegExp(`<link rel="canonical" href="http://localhost:${port}/dist/story/">`));
    assert.match(written, new RegExp(`href="http://localhost:${port}/dist/story/oembed\\.json\\?url=`));
    const answer = JSON.parse(readFileSync(new URL('dist/story/oembed.json', root), 'utf8'));
    assert.match(answer.html, new RegExp(`<iframe src="http://localhost:${port}/dist/embed\\.html\\?`));
  } finally {
    server.kill();
    blocker.close();
    // Back to what `npm run build` wrote.
    build();
  }
});
