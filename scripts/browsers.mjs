#!/usr/bin/env node
// Finds the browsers the test suite runs in, one per engine, in this order:
//   1. an environment variable: CHROMIUM_BIN, FIREFOX_BIN, WEBKIT_BIN (WEBKIT_DRIVER for WebKitWebDriver);
//   2. Debian's packages: chromium, firefox-esr, webkit2gtk-driver (WebKitGTK's MiniBrowser under Xvfb);
//   3. Playwright's builds (`npx playwright install`), where playwright-core expects them.
// Run as a script (first step of `npm test`), it prints what it found. When something is missing on
// Debian and it runs as root with apt-get, it installs the missing packages; otherwise it prints one
// line with the command to run and exits with status 1. web-test-runner.config.mjs builds its
// launchers from `findBrowsers()`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** Engine names as people know them. */
export const ENGINE_NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

export const ENV_VARS = { chromium: 'CHROMIUM_BIN', firefox: 'FIREFOX_BIN', webkit: 'WEBKIT_BIN' };

/** The Debian package that brings each piece. */
export const PACKAGES = {
  chromium: 'chromium',
  firefox: 'firefox-esr',
  webkit: 'webkit2gtk-driver',
  xvfb: 'xvfb',
  // WebKitGTK plays the suite's H.264 sample clip through GStreamer's libav plugin.
  libav: 'gstreamer1.0-libav',
};

/** The engine a launcher's browser name belongs to ("Chrome", "MiniBrowser", "Webkit"…), or the name itself. */
export function engineName(browserName) {
  const name = String(browserName);
  if (/chrom|edge/i.test(name)) return ENGINE_NAMES.chromium;
  if (/firefox/i.test(name)) return ENGINE_NAMES.firefox;
  if (/webkit|minibrowser|safari|epiphany/i.test(name)) return ENGINE_NAMES.webkit;
  return name;
}

/** The engines `BROWSERS` asks for (all three when unset or empty), and the names it gives that are not engines. */
export function wantedEngines(value) {
  const names = String(value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const list = names.length ? names : ENGINES;
  return {
    engines: [...new Set(list.filter((name) => ENGINES.includes(name)))],
    unknown: list.filter((name) => !ENGINES.includes(name)),
    explicit: names.length > 0,
  };
}

const isFile = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What the finder reads from the machine; tests pass their own. */
export function realSystem(env = process.env) {
  return {
    env,
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    exists: (path) => existsSync(path),
    which(command) {
      for (const dir of String(env.PATH ?? '').split(delimiter)) {
        if (dir && isFile(join(dir, command))) return join(dir, command);
      }
    },
    /** Directories that may hold WebKitGTK's MiniBrowser and GStreamer's plugins (Debian multiarch). */
    libDirs() {
      try {
        return readdirSync('/usr/lib', { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && /-linux-gnu/.test(entry.name))
          .map((entry) => join('/usr/lib', entry.name));
      } catch {
        return [];
      }
    },
    /** Where Playwright keeps its build of `engine` (it may not be there), or undefined. */
    async playwright(engine) {
      try {
        const pw = await import('playwright-core');
        return pw.default[engine].executablePath();
      } catch {
        return undefined;
      }
    },
    /** True on Debian and its derivatives other than Ubuntu, whose chromium and firefox packages are snaps. */
    debian() {
      try {
        const release = readFileSync('/etc/os-release', 'utf8');
        const id = /^ID=(.*)$/m.exec(release)?.[1]?.replace(/"/g, '') ?? '';
        const like = /^ID_LIKE=(.*)$/m.exec(release)?.[1]?.replace(/"/g, '') ?? '';
        return (id == 'debian' || /\bdebian\b/.test(like)) && id != 'ubuntu' && !/\bubuntu\b/.test(like);
      } catch {
        return false;
      }
    },
  };
}

const isPlaywrightBuild = (path) => /ms-playwright/.test(path);

/**
 * Locates one engine. Returns `{ engine, name, source, launcher, executable, driver? }` where
 * `source` is `env`, `debian` or `playwright` and `launcher` is `chrome` (puppeteer-core; Chromium
 * over CDP, Firefox over WebDriver BiDi), `webdriver` (WebKitWebDriver + MiniBrowser) or
 * `playwright`; or `{ engine, name, missing: [piece…], problem? }` when it is not there.
 */
export async function locate(engine, sys) {
  const name = ENGINE_NAMES[engine];
  const { env } = sys;
  const wantsDisplay = !env.DISPLAY;
  const fromEnv = env[ENV_VARS[engine]];
  if (fromEnv) {
    if (!sys.exists(fromEnv)) return { engine, name, missing: [], problem: `${ENV_VARS[engine]}=${fromEnv}: no such file` };
    if (engine == 'chromium') return { engine, name, source: 'env', launcher: 'chrome', executable: fromEnv };
    if (engine == 'firefox')
      return { engine, name, source: 'env', launcher: isPlaywrightBuild(fromEnv) ? 'playwright' : 'chrome', executable: fromEnv };
    // WebKit: a WebKitGTK/WPE MiniBrowser goes through WebKitWebDriver; anything else is taken for a
    // Playwright WebKit build.
    if (!/minibrowser/i.test(basename(fromEnv))) return { engine, name, source: 'env', launcher: 'playwright', executable: fromEnv };
    const driver = env.WEBKIT_DRIVER || sys.which('WebKitWebDriver');
    if (!driver) return { engine, name, missing: ['webkit'], problem: `WEBKIT_BIN is a MiniBrowser but WebKitWebDriver is not on PATH (set WEBKIT_DRIVER)` };
    if (wantsDisplay && !sys.which('Xvfb')) return { engine, name, missing: ['xvfb'] };
    return { engine, name, source: 'env', launcher: 'webdriver', executable: fromEnv, driver };
  }

  const missing = [];
  if (sys.platform == 'linux') {
    if (engine == 'chromium') {
      const executable = sys.which('chromium');
      if (executable) return { engine, name, source: 'debian', launcher: 'chrome', executable };
      missing.push('chromium');
    } else if (engine == 'firefox') {
      const executable = sys.which('firefox-esr');
      if (executable) return { engine, name, source: 'debian', launcher: 'chrome', executable };
      missing.push('firefox');
    } else {
      const dirs = sys.libDirs();
      const executable = dirs
        .flatMap((dir) => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => join(dir, api, 'MiniBrowser')))
        .find((path) => sys.exists(path));
      const driver = env.WEBKIT_DRIVER || sys.which('WebKitWebDriver');
      const xvfb = !wantsDisplay || sys.which('Xvfb');
      const libav = dirs.some((dir) => sys.exists(join(dir, 'gstreamer-1.0', 'libgstlibav.so')));
      if (!executable || !driver) missing.push('webkit');
      if (!xvfb) missing.push('xvfb');
      if (!libav) missing.push('libav');
      if (!missing.length) return { engine, name, source: 'debian', launcher: 'webdriver', executable, driver };
      // Only the sample clip needs libav: a WebKit without it still runs, and the video tests say why they fail.
      if (executable && driver && xvfb && sys.debian?.() === false)
        return { engine, name, source: 'debian', launcher: 'webdriver', executable, driver };
    }
  } else {
    missing.push(engine);
  }

  const build = await sys.playwright(engine);
  if (build && sys.exists(build)) {
    return { engine, name, source: 'playwright', launcher: engine == 'chromium' ? 'chrome' : 'playwright', executable: build };
  }
  return { engine, name, missing };
}

/** Locates every engine in `engines`: `{ found: [...], missing: [...] }`. */
export async function findBrowsers(engines, sys = realSystem()) {
  const results = await Promise.all(engines.map((engine) => locate(engine, sys)));
  return { found: results.filter((r) => !r.missing), missing: results.filter((r) => r.missing) };
}

/** The Debian packages that bring what `missing` lacks, in a stable order. */
export function packagesFor(missing) {
  const pieces = new Set(missing.flatMap((r) => r.missing));
  return Object.keys(PACKAGES)
    .filter((piece) => pieces.has(piece))
    .map((piece) => PACKAGES[piece]);
}

/**
 * The one line to print when browsers are missing and cannot be installed here: what is missing,
 * and the exact command that brings it.
 */
export function missingLine(missing, { debian, isRoot, explicit }) {
  const problem = missing.find((r) => r.problem);
  if (problem) return `news-embed tests: ${problem.problem}.`;
  const names = missing.map((r) => r.name).join(', ');
  const asked = explicit ? `BROWSERS asks for ${names}, which` : `The tests run in ${names}, which`;
  const packages = packagesFor(missing);
  if (debian && packages.length) {
    const sudo = isRoot ? '' : 'sudo ';
    return `${asked} ${missing.length > 1 ? 'are' : 'is'} not installed: run \`${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}\` (or see "Running the tests" in docs/contributing.md).`;
  }
  const engines = missing.map((r) => r.engine).join(' ');
  return `${asked} ${missing.length > 1 ? 'are' : 'is'} not installed: run \`npx playwright install ${engines}\`, or point ${missing.map((r) => ENV_VARS[r.engine]).join('/')} at a browser (see "Running the tests" in docs/contributing.md).`;
}

function describe(found) {
  const how = { env: 'from the environment', debian: "Debian's", playwright: "Playwright's" };
  return found.map((r) => `${r.name} (${how[r.source]}, ${r.executable})`).join(', ');
}

async function main() {
  const { engines, unknown, explicit } = wantedEngines(process.env.BROWSERS);
  if (unknown.length) {
    console.error(`BROWSERS=${process.env.BROWSERS}: unknown engine ${unknown.join(', ')} (use chromium, firefox, webkit).`);
    return 2;
  }
  const sys = realSystem();
  let { found, missing } = await findBrowsers(engines, sys);
  const debian = sys.platform == 'linux' && sys.debian() && !!sys.which('apt-get');
  const packages = packagesFor(missing);
  if (missing.length && !missing.some((r) => r.problem) && debian && sys.isRoot && packages.length) {
    // --no-upgrade: a browser that is already installed keeps its version.
    console.log(`Installing the test browsers from Debian: ${packages.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status === 0;
    if (!run(['update']) || !run(['install', '-y', '--no-upgrade', ...packages])) {
      console.error(`apt-get could not install ${packages.join(' ')}: run \`apt-get update && apt-get install -y ${packages.join(' ')}\` and read its errors.`);
      return 1;
    }
    // apt installs into /usr/bin, which a trimmed PATH may lack.
    const path = [process.env.PATH, '/usr/bin', '/bin'].filter(Boolean).join(delimiter);
    ({ found, missing } = await findBrowsers(engines, realSystem({ ...process.env, PATH: path })));
  }
  if (missing.length) {
    console.error(missingLine(missing, { debian, isRoot: sys.isRoot, explicit }));
    return 1;
  }
  console.log(`Test browsers: ${describe(found)}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) == process.argv[1]) {
  process.exitCode = await main();
}
