// How the suite finds its browsers (scripts/browsers.mjs), on machines described to it: Debian with
// and without its packages, environment variables, Playwright's builds on macOS. Plus the script
// itself on this machine with a PATH that holds nothing but Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineName, findBrowsers, missingLine, packagesFor, wantedEngines } from '../../scripts/browsers.mjs';

const ALL = ['chromium', 'firefox', 'webkit'];
const PW = {
  chromium: '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome',
  firefox: '/home/u/.cache/ms-playwright/firefox-1572/firefox/firefox',
  webkit: '/home/u/.cache/ms-playwright/webkit-2388/pw_run.sh',
};
const DEBIAN_FILES = [
  '/usr/bin/chromium',
  '/usr/bin/firefox-esr',
  '/usr/bin/WebKitWebDriver',
  '/usr/bin/Xvfb',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/gstreamer-1.0/libgstlibav.so',
];

/** A machine with exactly `files` on it. */
function machine({ files = [], env = {}, platform = 'linux', debian = platform == 'linux', isRoot = true } = {}) {
  const present = new Set(files);
  return {
    env: { PATH: '/usr/bin:/bin', ...env },
    platform,
    isRoot,
    exists: (path) => present.has(path),
    which: (command) => ['/usr/bin', '/bin'].map((dir) => `${dir}/${command}`).find((path) => present.has(path)),
    libDirs: () => (platform == 'linux' ? ['/usr/lib/x86_64-linux-gnu'] : []),
    playwright: async (engine) => PW[engine],
    debian: () => debian,
  };
}

const summary = ({ found, missing }) => ({
  found: found.map(({ engine, source, launcher, executable }) => `${engine} ${source} ${launcher} ${executable}`),
  missing: missing.map(({ engine, missing: pieces }) => `${engine}: ${pieces.join(' ')}`),
});

test('Debian with its packages: Chromium and Firefox through puppeteer, WebKitGTK through WebKitWebDriver', async () => {
  const result = await findBrowsers(ALL, machine({ files: DEBIAN_FILES }));
  assert.deepEqual(summary(result), {
    found: [
      'chromium debian chrome /usr/bin/chromium',
      'firefox debian chrome /usr/bin/firefox-esr',
      'webkit debian webdriver /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    ],
    missing: [],
  });
  assert.equal(result.found[2].driver, '/usr/bin/WebKitWebDriver');
});

test('a fresh Debian machine: the packages to install, and the one line to print', async () => {
  const result = await findBrowsers(ALL, machine());
  assert.deepEqual(summary(result).missing, ['chromium: chromium', 'firefox: firefox', 'webkit: webkit xvfb libav']);
  assert.deepEqual(packagesFor(result.missing), ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'gstreamer1.0-libav']);
  assert.equal(
    missingLine(result.missing, { debian: true, isRoot: false, explicit: false }),
    'The tests run in Chromium, Firefox, WebKit, which are not installed: run `sudo apt-get update && sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb gstreamer1.0-libav` (or see "Running the tests" in docs/contributing.md).',
  );
  assert.match(missingLine(result.missing, { debian: true, isRoot: true }), /run `apt-get update && apt-get install -y chromium /);
});

test('only what is missing is installed; a display makes Xvfb unnecessary', async () => {
  const files = DEBIAN_FILES.filter((file) => !/Xvfb|libav|firefox/.test(file));
  const withoutDisplay = await findBrowsers(ALL, machine({ files }));
  assert.deepEqual(packagesFor(withoutDisplay.missing), ['firefox-esr', 'xvfb', 'gstreamer1.0-libav']);
  const withDisplay = await findBrowsers(['webkit'], machine({ files, env: { DISPLAY: ':0' } }));
  assert.deepEqual(packagesFor(withDisplay.missing), ['gstreamer1.0-libav']);
});

test('BROWSERS picks engines; one that is asked for and missing is named in one line', async () => {
  assert.deepEqual(wantedEngines(undefined), { engines: ALL, unknown: [], explicit: false });
  assert.deepEqual(wantedEngines(' Chromium, webkit ,'), { engines: ['chromium', 'webkit'], unknown: [], explicit: true });
  assert.deepEqual(wantedEngines('chromium,safari').unknown, ['safari']);
  const { missing } = await findBrowsers(['webkit'], machine({ files: DEBIAN_FILES.filter((f) => !/WebKit|MiniBrowser/.test(f)) }));
  assert.equal(
    missingLine(missing, { debian: true, isRoot: false, explicit: true }),
    'BROWSERS asks for WebKit, which is not installed: run `sudo apt-get update && sudo apt-get install -y webkit2gtk-driver` (or see "Running the tests" in docs/contributing.md).',
  );
});

test('environment variables win over everything else', async () => {
  const files = [...DEBIAN_FILES, '/opt/chrome/chrome', '/opt/ms-playwright/firefox/firefox', '/opt/wk/MiniBrowser', '/opt/ms-playwright/webkit/pw_run.sh'];
  const env = { CHROMIUM_BIN: '/opt/chrome/chrome', FIREFOX_BIN: '/opt/ms-playwright/firefox/firefox', WEBKIT_BIN: '/opt/wk/MiniBrowser' };
  assert.deepEqual(summary(await findBrowsers(ALL, machine({ files, env }))).found, [
    'chromium env chrome /opt/chrome/chrome',
    // A Playwright build of Firefox speaks Playwright's protocol, not WebDriver BiDi.
    'firefox env playwright /opt/ms-playwright/firefox/firefox',
    'webkit env webdriver /opt/wk/MiniBrowser',
  ]);
  const playwrightWebKit = await findBrowsers(['webkit'], machine({ files, env: { WEBKIT_BIN: '/opt/ms-playwright/webkit/pw_run.sh' } }));
  assert.deepEqual(summary(playwrightWebKit).found, ['webkit env playwright /opt/ms-playwright/webkit/pw_run.sh']);
});

test('an environment variable that names no file is one clear line', async () => {
  const { missing } = await findBrowsers(['firefox'], machine({ files: DEBIAN_FILES, env: { FIREFOX_BIN: '/opt/nothing' } }));
  assert.equal(missingLine(missing, { debian: true, isRoot: true, explicit: true }), 'news-embed tests: FIREFOX_BIN=/opt/nothing: no such file.');
});

test("macOS with `npx playwright install`: Playwright's builds", async () => {
  const result = await findBrowsers(ALL, machine({ platform: 'darwin', files: Object.values(PW) }));
  assert.deepEqual(summary(result).found, [
    `chromium playwright chrome ${PW.chromium}`,
    `firefox playwright playwright ${PW.firefox}`,
    `webkit playwright playwright ${PW.webkit}`,
  ]);
});

test("Debian without its packages but with Playwright's builds uses them", async () => {
  const result = await findBrowsers(ALL, machine({ files: [PW.firefox, '/usr/bin/chromium'] }));
  assert.deepEqual(summary(result), {
    found: ['chromium debian chrome /usr/bin/chromium', `firefox playwright playwright ${PW.firefox}`],
    missing: ['webkit: webkit xvfb libav'],
  });
});

test('macOS with nothing installed: the Playwright command', async () => {
  const { missing } = await findBrowsers(ALL, machine({ platform: 'darwin' }));
  assert.equal(
    missingLine(missing, { debian: false, isRoot: false, explicit: false }),
    'The tests run in Chromium, Firefox, WebKit, which are not installed: run `npx playwright install chromium firefox webkit`, or point CHROMIUM_BIN/FIREFOX_BIN/WEBKIT_BIN at a browser (see "Running the tests" in docs/contributing.md).',
  );
});

test('launchers are reported under the engine names people know', () => {
  assert.deepEqual(['Chrome', 'Chromium', 'Firefox', 'MiniBrowser', 'Webkit'].map(engineName), ['Chromium', 'Chromium', 'Firefox', 'WebKit', 'WebKit']);
});

test('the script, on a PATH with only Node and no Playwright build: one line and status 1', () => {
  const bin = mkdtempSync(join(tmpdir(), 'news-embed-bin-'));
  try {
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = spawnSync(join(bin, 'node'), ['scripts/browsers.mjs'], {
      env: { PATH: bin, HOME: bin, PLAYWRIGHT_BROWSERS_PATH: join(bin, 'none'), BROWSERS: 'chromium,webkit' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'BROWSERS asks for Chromium, WebKit, which are not installed: run `npx playwright install chromium webkit`, or point CHROMIUM_BIN/WEBKIT_BIN at a browser (see "Running the tests" in docs/contributing.md).\n',
    );
  } finally {
    rmSync(bin, { recursive: true, force: true });
  }
});
