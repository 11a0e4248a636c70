// Tests run in three real engines. scripts/browsers.mjs finds one browser per engine: a binary named
// by CHROMIUM_BIN / FIREFOX_BIN / WEBKIT_BIN, else Debian's packages (Chromium and Firefox ESR through
// puppeteer-core, Firefox over WebDriver BiDi; WebKitGTK's MiniBrowser through WebKitWebDriver), else
// Playwright's builds (`npx playwright install`; Firefox and WebKit through @web/test-runner-playwright).
// BROWSERS=chromium,firefox,webkit (any subset) picks engines; all three by default.
// BROWSER_LAUNCHER=playwright drives every engine through Playwright, whichever binary was found.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { testServerMiddleware, testServerPlugins } from './test/server/plugins.mjs';
import { startWebKitDriver } from './test/server/webkit.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { findBrowsers, missingLine, realSystem, wantedEngines } from './scripts/browsers.mjs';
import { defaultReporter } from '@web/test-runner';

const { engines, unknown, explicit } = wantedEngines(process.env.BROWSERS);
if (unknown.length) {
  console.error(`BROWSERS=${process.env.BROWSERS}: unknown engine ${unknown.join(', ')} (use chromium, firefox, webkit).`);
  process.exit(2);
}
const system = realSystem();
const { found, missing } = await findBrowsers(engines, system);
if (missing.length) {
  // One line that says what to install; `npm test` runs scripts/browsers.mjs first, which installs
  // Debian's packages itself when it can.
  console.error(missingLine(missing, { debian: system.platform == 'linux' && system.debian(), isRoot: system.isRoot, explicit }));
  process.exit(1);
}

// Every outside host name fails to resolve, so the tests never touch the network and
// "no third-party request before play" is observable: such a request fails fast.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=no-user-gesture-required',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

// Firefox asks Mozilla's remote-settings host at start-up unless this pref is set together with
// MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in its environment; the pref alone is ignored.
const firefoxPrefs = {
  'services.settings.server': 'data:,',
  'network.dns.disableIPv6': true,
  'media.autoplay.default': 0,
  'media.autoplay.blocking_policy': 0,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
};
if (engines.includes('firefox')) process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';

/** Shows `launcher` as `name` (Chromium, Firefox, WebKit) in every reporter, whatever it calls itself. */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  launcher.name = name;
  return launcher;
}

const forcePlaywright = process.env.BROWSER_LAUNCHER == 'playwright';
const browsers = [];
for (const browser of found) {
  const { engine, executable } = browser;
  let launcher;
  if (forcePlaywright && engine != 'chromium' && browser.launcher != 'playwright') {
    console.error(`BROWSER_LAUNCHER=playwright: Playwright drives only its own builds of ${browser.name}, not ${executable} (run \`npx playwright install ${engine}\` or leave BROWSER_LAUNCHER unset).`);
    process.exit(1);
  }
  if (browser.launcher == 'playwright' || forcePlaywright) {
    const { playwrightLauncher } = await import('@web/test-runner-playwright');
    launcher = playwrightLauncher({
      product: engine,
      launchOptions: {
        executablePath: executable,
        headless: true,
        ...(engine == 'chromium' && { args: chromiumArgs }),
        ...(engine == 'firefox' && { firefoxUserPrefs: firefoxPrefs }),
      },
    });
  } else if (browser.launcher == 'webdriver') {
    const { port } = await startWebKitDriver(browser.driver);
    launcher = webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: executable, args: ['--automation'] },
      },
    });
  } else if (engine == 'firefox') {
    launcher = chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: executable, headless: true, extraPrefsFirefox: firefoxPrefs },
    });
  } else {
    launcher = chromeLauncher({ launchOptions: { executablePath: executable, headless: true, args: chromiumArgs } });
  }
  browsers.push(named(launcher, browser.name));
}

const coverage = engines.includes('chromium') && process.env.COVERAGE !== '0';

export default {
  // The worked examples for people who test pages containing the elements run with the suite.
  files: ['test/**/*.test.ts', 'examples/testing/wtr/*.test.js'],
  nodeResolve: true,
  browsers,
  // One test file at a time per engine: two cores, three engines.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
  coverage,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['node_modules/**', 'test/**'],
    threshold: { lines: 90, statements: 90, functions: 80, branches: 70 },
    reportDir: 'coverage',
  },
  middleware: testServerMiddleware(),
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    ...testServerPlugins(),
  ],
};
