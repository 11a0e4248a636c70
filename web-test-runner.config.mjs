// Tests run in three real engines from Debian's packages: Chromium and Firefox ESR through
// puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebKitWebDriver.
// BROWSERS=chromium,firefox,webkit (any subset) picks engines; all three by default.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { testServerMiddleware, testServerPlugins } from './test/server/plugins.mjs';
import { startWebKitDriver } from './test/server/webkit.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);

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

const browsers = [];
for (const name of wanted) {
  if (name === 'chromium') {
    browsers.push(
      chromeLauncher({
        launchOptions: { executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs },
      }),
    );
  } else if (name === 'firefox') {
    // Firefox asks Mozilla's remote-settings host at start-up unless this variable is set
    // together with the pref below; the pref alone is ignored.
    process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';
    browsers.push(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: '/usr/bin/firefox-esr',
          headless: true,
          extraPrefsFirefox: {
            'services.settings.server': 'data:,',
            'network.dns.disableIPv6': true,
            'media.autoplay.default': 0,
            'media.autoplay.blocking_policy': 0,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
          },
        },
      }),
    );
  } else if (name === 'webkit') {
    const { port } = await startWebKitDriver();
    browsers.push(
      webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
    );
  } else {
    throw new Error(`Unknown browser "${name}" in BROWSERS (use chromium, firefox, webkit)`);
  }
}

const coverage = wanted.includes('chromium') && process.env.COVERAGE !== '0';

export default {
  files: ['test/**/*.test.ts'],
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
