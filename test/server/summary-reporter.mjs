// Prints the tests passed per folder and engine, then one plain closing line per engine and a
// total, e.g. "Chromium: 54 passed, 0 failed", so a log reader sees the counts without the progress
// bars, and every failed test again by name with the first line of its error (the progress output
// of a long run scrolls past them). Engines are named as people know them (Chromium, Firefox, WebKit), whichever launcher ran them.
import { engineName } from '../../scripts/browsers.mjs';

function count(suite, totals, failures, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      failures?.push({ name: [...path, test.name].join(' › '), error: test.error });
    }
  }
  for (const child of suite?.suites ?? []) count(child, totals, failures, [...path, child.name]);
}

/** The first line of an error's message (and the expected/actual pair when there is one). */
function firstLine(error) {
  if (!error) return '';
  const message = String(error.message ?? error).split('\n')[0].slice(0, 300);
  return error.expected !== undefined || error.actual !== undefined
    ? `${message} (expected ${String(error.expected).slice(0, 120)}, got ${String(error.actual).slice(0, 120)})`
    : message;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = new Map();
      const byFolder = new Map();
      const failed = [];
      for (const session of sessions) {
        const file = session.testFile.replace(/\\/g, '/').replace(/^.*?\/(?=(test|examples)\/)/, '');
        const folder = file.match(/^(test|examples)\/[^/]+/)?.[0] ?? file;
        const row = byFolder.get(folder) ?? {};
        const name = engineName(session.browser.name);
        const totals = byBrowser.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        const passedBefore = totals.passed;
        const failures = [];
        count(session.testResults, totals, failures);
        row[name] = (row[name] ?? 0) + totals.passed - passedBefore;
        byFolder.set(folder, row);
        for (const { name: test, error } of failures) failed.push(`  ✗ ${name} ${file}: ${test}\n      ${firstLine(error)}`);
        if (!session.passed && session.errors?.length) {
          totals.failed += session.errors.length;
          for (const error of session.errors) failed.push(`  ✗ ${name} ${file}: ${firstLine(error)}`);
        }
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
      if (failed.length) lines.push('Failed:', ...failed);
      setTimeout(() => console.log(`\n${lines.join('\n')}`));
    },
  };
}
