// Prints the tests passed per folder and engine, then one plain closing line per engine and a
// total, e.g. "Chromium: 54 passed, 0 failed", so a log reader sees the counts without the progress
// bars. Engines are named as people know them (Chromium, Firefox, WebKit), whichever launcher ran them.
import { engineName } from '../../scripts/browsers.mjs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const byFolder = new Map();
      for (const session of sessions) {
        const folder = session.testFile.replace(/\\/g, '/').match(/(test|examples)\/[^/]+/)?.[0] ?? session.testFile;
        const row = byFolder.get(folder) ?? {};
        const counted = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, counted);
        const name = engineName(session.browser.name);
        row[name] = (row[name] ?? 0) + counted.passed;
        byFolder.set(folder, row);
        const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, totals);
        if (!session.passed && session.errors?.length) totals.failed += session.errors.length;
        byBrowser.set(name, totals);
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      const lines = [...byFolder].sort().map(([folder, row]) => `  ${folder}: ${Object.entries(row).map(([b, n]) => `${b} ${n}`).join(', ')} passed`);
      for (const [name, t] of byBrowser) {
        lines.push(`${name}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
        all.passed += t.passed;
        all.failed += t.failed;
        all.skipped += t.skipped;
      }
      lines.push(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      setTimeout(() => console.log(`\n${lines.join('\n')}`));
    },
  };
}
