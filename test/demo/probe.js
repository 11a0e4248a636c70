// Loaded first in a demo page under test: records what a reader's console would show.
window.__probe = { errors: [], warnings: [] };
addEventListener('error', (e) => window.__probe.errors.push([e.message, e.error && (e.error.stack || JSON.stringify(e.error)), e.target?.src || e.target?.localName].filter(Boolean).join(' | ')), true);
addEventListener('unhandledrejection', (e) => window.__probe.errors.push(String(e.reason)));
for (const level of ['error', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    window.__probe[level === 'error' ? 'errors' : 'warnings'].push(args.map(String).join(' '));
    original(...args);
  };
}
