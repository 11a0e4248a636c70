// What the bench measures inside a page and on the wire, shared by every section.

/**
 * Runs in each page before any of its scripts (Playwright `addInitScript`). Records paint
 * timings, layout shifts, long tasks and when each custom element tag got defined, and exposes
 * `window.__bench.collect()` for the runner. `waitFor` (a tag name list) makes it record
 * `rendered`: the time at which every such element had finished its first update (Lit's
 * `updateComplete`) and two frames had been produced after it.
 */
export function pageProbe(waitFor) {
  const b = (window.__bench = { lcp: 0, lcpUrl: '', lcpSize: 0, fcp: 0, cls: 0, shifts: 0, longtasks: [], defined: {}, rendered: 0 });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      /* entry type not supported */
    }
  };
  observe('largest-contentful-paint', (e) => {
    b.lcp = e.startTime;
    b.lcpUrl = e.url;
    b.lcpSize = e.size;
  });
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  });
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) {
      b.cls += e.value;
      b.shifts += 1;
    }
  });
  observe('longtask', (e) => b.longtasks.push([e.startTime, e.duration]));
  const define = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    const result = define.call(this, name, ...rest);
    b.defined[name] ??= performance.now();
    return result;
  };
  // When the lead <random-image> (if any) finished its first render: the choice is made and its
  // <img> is in the DOM by then, unless the element defers it.
  customElements.whenDefined('random-image').then(() => {
    const el = document.querySelector('random-image');
    Promise.resolve(el?.updateComplete).then(() => (b.leadRendered = performance.now()));
  });
  const frame = () => new Promise((ok) => requestAnimationFrame(() => ok()));
  if (waitFor) {
    addEventListener('DOMContentLoaded', async () => {
      for (const tag of waitFor) {
        await customElements.whenDefined(tag);
        await Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete));
      }
      await frame();
      await frame();
      b.rendered = performance.now();
    });
  }
  b.collect = () => {
    const res = performance.getEntriesByType('resource');
    const nav = performance.getEntriesByType('navigation')[0];
    const pick = (re) => res.filter((r) => re.test(r.name));
    const timing = (r) => r && { start: r.startTime, end: r.responseEnd, transfer: r.transferSize };
    const leads = pick(/\/lead\.jpg/);
    const lead = timing(leads[0]);
    const others = res.filter((r) => r.initiatorType === 'img' && !/\/lead\.jpg/.test(r.name));
    const script = pick(/news-embed\.js|floor\.js|lite-yt-embed\.js/)[0];
    // Total blocking time: the part of each long task after FCP beyond 50 ms (as Lighthouse counts it).
    const tbt = b.longtasks.reduce((sum, [start, duration]) => {
      const end = start + duration;
      const clipped = end - Math.max(start, b.fcp);
      return sum + Math.max(0, clipped - 50);
    }, 0);
    return {
      // 0 = no entry at all (nothing painted): reported as missing, not as an instant paint.
      lcp: b.lcp || NaN,
      lcpUrl: b.lcpUrl.replace(location.origin, ''),
      lcpSize: b.lcpSize,
      fcp: b.fcp || NaN,
      cls: b.cls,
      shifts: b.shifts,
      tbt,
      longtasks: b.longtasks.length,
      maxLongtask: Math.max(0, ...b.longtasks.map(([, d]) => d)),
      longtaskTotal: b.longtasks.reduce((s, [, d]) => s + d, 0),
      lastLongtaskEnd: Math.max(0, ...b.longtasks.map(([s, d]) => s + d)),
      defined: b.defined,
      rendered: b.rendered,
      leadRendered: b.leadRendered ?? 0,
      lead,
      // Other images whose request started before the lead image's last byte.
      beforeLead: lead ? others.filter((r) => r.startTime < lead.end).length : 0,
      firstOtherImage: Math.min(Infinity, ...others.map((r) => r.startTime)),
      leadRequests: leads.length,
      script: timing(script),
      domInteractive: nav?.domInteractive ?? 0,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? 0,
      load: nav?.loadEventStart ?? 0,
    };
  };
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Records every request of a page through CDP's Network domain: type, bytes on the wire
 * (`encodedDataLength`, headers included), cache hits, failures and whether the host is local.
 */
export function trackNetwork(cdp) {
  const requests = new Map();
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());
  cdp.on('Network.requestWillBeSent', (e) => {
    touch();
    if (/^(data|blob):/.test(e.request.url)) return;
    const host = new URL(e.request.url).hostname;
    const prev = requests.get(e.requestId);
    // A redirect reuses the requestId: count the new hop as its own request.
    if (prev) {
      prev.done = true;
      requests.set(`${e.requestId}#${requests.size}`, prev);
    }
    requests.set(e.requestId, { url: e.request.url, host, local: LOCAL.has(host) || LOCAL.has(`[${host}]`), type: e.type ?? 'Other', bytes: 0, cached: false, done: false, failed: false });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    touch();
    const r = requests.get(e.requestId);
    if (!r) return;
    r.type = e.type ?? r.type;
    if (e.response.fromDiskCache || e.response.fromMemoryCache) r.cached = true;
    r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? '';
  });
  cdp.on('Network.loadingFinished', (e) => {
    touch();
    const r = requests.get(e.requestId);
    if (!r) return;
    r.done = true;
    r.bytes = r.cached ? 0 : e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    touch();
    const r = requests.get(e.requestId);
    if (!r) return;
    r.done = true;
    r.failed = true;
    r.error = e.errorText;
  });
  return {
    requests,
    /** Resolves once no request is in flight and nothing happened for `ms` (or after `max` ms). */
    async quiet(ms = 400, max = 20_000) {
      const until = Date.now() + max;
      for (;;) {
        const busy = [...requests.values()].some((r) => !r.done);
        if ((!busy && Date.now() - lastActivity >= ms) || Date.now() > until) return;
        await new Promise((ok) => setTimeout(ok, 50));
      }
    },
    summary() {
      const list = [...requests.values()];
      const byType = {};
      for (const r of list) {
        const t = (byType[r.type] ??= { requests: 0, bytes: 0, cached: 0 });
        t.requests += 1;
        t.bytes += r.bytes;
        if (r.cached) t.cached += 1;
      }
      const offHost = list.filter((r) => !r.local);
      return {
        requests: list.length,
        bytes: list.reduce((s, r) => s + r.bytes, 0),
        cached: list.filter((r) => r.cached).length,
        failed: list.filter((r) => r.failed).length,
        offHost: offHost.length,
        offHostBytes: offHost.reduce((s, r) => s + r.bytes, 0),
        offHostList: [...new Set(offHost.map((r) => `${r.type} ${r.host}`))],
        byType,
        encodings: Object.fromEntries(list.filter((r) => r.type === 'Script').map((r) => [r.url.replace(/^https?:\/\/[^/]+/, ''), r.encoding || (r.cached ? 'cache' : 'identity')])),
      };
    },
  };
}

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
