// `npm run bench` (= `npm run build && node bench/run.mjs`): size, story page vs static page,
// many elements, requests before play, and memory, measured in Debian's Chromium through
// Playwright and the Chrome DevTools Protocol. Prints tables and writes BENCHMARKS.md.
//
//   BENCH_ONLY=size,story,many,tasks,beforeplay,memory   run a subset (default: all)
//   BENCH_PAIRS=10                                  rounds of the interleaved story comparison
//   BENCH_MANY_RUNS=5                               rounds of the many-elements pages
//   BENCH_TRACES=3                                  traced loads of each page (tasks)
//   BENCH_CYCLES=1000                               attach/detach cycles per element (memory)
//   CHROMIUM=/usr/bin/chromium                      the browser binary
//
// Comparisons are ratios measured in one interleaved run (A B C … then … C B A, alternating),
// the median of the per-round ratios; absolute times are printed for reference, never judged:
// the machine is shared and noisy.
import { chromium } from 'playwright-core';
import { cpus, release } from 'node:os';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { startServer } from './server.mjs';
import { writePages } from './pages.mjs';
import { measureSize } from './size.mjs';
import { pageProbe, trackNetwork, median } from './metrics.mjs';
import { render, renderMarkdown } from './report.mjs';
import { startTrace, tasksOf } from './trace.mjs';

const SECTIONS = ['size', 'story', 'many', 'tasks', 'beforeplay', 'memory'];
const ONLY = (process.env.BENCH_ONLY || SECTIONS.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
const PAIRS = Math.max(1, Number(process.env.BENCH_PAIRS) || 10);
const MANY_RUNS = Math.max(1, Number(process.env.BENCH_MANY_RUNS) || 5);
const TRACES = Math.max(1, Number(process.env.BENCH_TRACES) || 3);
const CYCLES = Math.max(1, Number(process.env.BENCH_CYCLES) || 1000);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const RESULTS = 'bench/results';

for (const s of ONLY) {
  if (!SECTIONS.includes(s)) {
    console.error(`BENCH_ONLY: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
    process.exit(2);
  }
}

export const CONDITIONS = {
  viewport: { width: 412, height: 823 },
  // The story comparison runs at both; the other sections at the phone's.
  viewports: { phone: { width: 412, height: 823 }, desktop: { width: 1280, height: 800 } },
  deviceScaleFactor: 1,
  cpuThrottling: 4,
  // "Slow 4G" as Lighthouse defines it: 150 ms RTT, 1.6 Mbps down, 750 kbps up. DevTools applies
  // the latency to each request (not to each TCP/TLS round trip).
  network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0, connectionType: 'cellular4g' },
};

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Outside hosts fail fast (and are counted) instead of reaching the network.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
const log = (...a) => console.error(...a);

/** A fresh context and page, with the probe installed and CDP attached. */
async function openPage(browser, { waitFor, viewport = CONDITIONS.viewport } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: CONDITIONS.deviceScaleFactor });
  await context.addInitScript(pageProbe, waitFor ?? null);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  return { context, page, cdp };
}

async function throttle(cdp, { cpu = true, network = true } = {}) {
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CONDITIONS.cpuThrottling });
  if (network) await cdp.send('Network.emulateNetworkConditions', CONDITIONS.network);
}

// ---------------------------------------------------------------------------------------------
// 2. Story page vs static page

const STORY_PAGES = [
  { key: 'A', file: 'story-a.html', label: 'A static, <img fetchpriority=high>' },
  { key: 'B', file: 'story-b.html', label: 'B news-embed (recommended embed)' },
  { key: 'C', file: 'story-c.html', label: 'C floor: 300-byte module picks src' },
  { key: 'naive', file: 'story-naive.html', label: 'inline Math.random() snippet' },
  { key: 'lite', file: 'story-lite.html', label: 'A + 2 lite-youtube-embed facades' },
  { key: 'early', file: 'story-b-early.html', label: 'B + inline early-choice snippet' },
];

async function storyRun(browser, origin, file, warm, viewport) {
  const url = `${origin}/bench/pages/${file}`;
  const { context, page, cdp } = await openPage(browser, { viewport });
  try {
    if (warm) {
      // First visit fills the cache (unthrottled: only the cache state matters).
      const first = trackNetwork(cdp);
      await page.goto(url, { waitUntil: 'load' });
      await first.quiet(200);
      cdp.removeAllListeners();
    }
    await throttle(cdp);
    const net = trackNetwork(cdp);
    if (warm) await page.reload({ waitUntil: 'load' });
    else await page.goto(url, { waitUntil: 'load' });
    await net.quiet(400);
    const m = await page.evaluate(() => window.__bench.collect());
    return { ...m, net: net.summary() };
  } finally {
    await context.close();
  }
}

async function benchStory(browser, origin) {
  const out = { pairs: PAIRS, viewports: {} };
  for (const [name, viewport] of Object.entries(CONDITIONS.viewports)) {
    out.viewports[name] = { viewport, ...(await benchStoryAt(browser, origin, name, viewport)) };
  }
  return out;
}

async function benchStoryAt(browser, origin, name, viewport) {
  // One unrecorded load of each page first: the first contexts of a fresh browser pay one-off
  // start-up costs (seen as a 300 ms late first request) that would land on whichever page is first.
  for (const p of STORY_PAGES) await storyRun(browser, origin, p.file, false, viewport);
  const rounds = [];
  for (let r = 0; r < PAIRS; r++) {
    const order = r % 2 ? [...STORY_PAGES].reverse() : STORY_PAGES;
    const round = { cold: {}, warm: {} };
    for (const p of order) {
      round.cold[p.key] = await storyRun(browser, origin, p.file, false, viewport);
      round.warm[p.key] = await storyRun(browser, origin, p.file, true, viewport);
    }
    rounds.push(round);
    const b = round.cold.B;
    log(`  story ${name} round ${r + 1}/${PAIRS}: cold LCP A ${round.cold.A.lcp.toFixed(0)} B ${b.lcp.toFixed(0)} early ${round.cold.early.lcp.toFixed(0)} ms (B TBT ${b.tbt.toFixed(0)}, before lead end ${b.beforeLead}); warm A ${round.warm.A.lcp.toFixed(0)} B ${round.warm.B.lcp.toFixed(0)} ms`);
  }
  const out = { conditions: {} };
  for (const cond of ['cold', 'warm']) {
    const pages = {};
    for (const p of STORY_PAGES) {
      const runs = rounds.map((r) => r[cond][p.key]);
      const med = (f) => median(runs.map(f));
      const ratio = (f) => median(rounds.map((r) => f(r[cond][p.key]) / f(r[cond].A)));
      const types = ['Document', 'Script', 'Stylesheet', 'Image', 'Other'];
      const typeOf = (t) => (types.includes(t) ? t : 'Other');
      const byType = {};
      for (const t of types) {
        byType[t] = {
          requests: med((m) => Object.entries(m.net.byType).filter(([k]) => typeOf(k) === t).reduce((s, [, v]) => s + v.requests, 0)),
          bytes: med((m) => Object.entries(m.net.byType).filter(([k]) => typeOf(k) === t).reduce((s, [, v]) => s + v.bytes, 0)),
        };
      }
      pages[p.key] = {
        label: p.label,
        lcp: med((m) => m.lcp),
        lcpRatio: ratio((m) => m.lcp),
        fcp: med((m) => m.fcp),
        fcpRatio: ratio((m) => m.fcp),
        cls: Math.max(...runs.map((m) => m.cls)),
        clsMedian: med((m) => m.cls),
        tbt: med((m) => m.tbt),
        maxLongtask: med((m) => m.maxLongtask),
        // Other images (posters, figures) whose download started before the lead image's last byte (max of the runs).
        beforeLead: Math.max(...runs.map((m) => m.beforeLead)),
        requests: med((m) => m.net.requests),
        cachedRequests: med((m) => m.net.cached),
        bytes: med((m) => m.net.bytes),
        offHost: Math.max(...runs.map((m) => m.net.offHost)),
        byType,
        lcpIsLead: runs.filter((m) => /lead\.jpg/.test(m.lcpUrl)).length,
        runs: runs.length,
        leadRequests: Math.max(...runs.map((m) => m.leadRequests)),
        // The lead image's timeline (medians, ms from navigation start).
        timeline: {
          scriptStart: med((m) => m.script?.start ?? NaN),
          scriptEnd: med((m) => m.script?.end ?? NaN),
          defined: med((m) => m.defined['random-image'] ?? NaN),
          leadRendered: med((m) => m.leadRendered || NaN),
          leadStart: med((m) => m.lead?.start ?? NaN),
          leadEnd: med((m) => m.lead?.end ?? NaN),
          firstOtherImage: med((m) => m.firstOtherImage),
          domContentLoaded: med((m) => m.domContentLoaded),
          lcp: med((m) => m.lcp),
        },
        encodings: runs[0].net.encodings,
      };
    }
    out.conditions[cond] = pages;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Many elements

const MANY_PAGES = [
  { key: 'cards', file: 'many-cards.html', label: '200 <video-card>', waitFor: ['video-card'] },
  { key: 'lite', file: 'many-lite.html', label: '200 lite-youtube-embed', waitFor: ['lite-youtube'] },
  { key: 'long', file: 'long-story.html', label: '<news-article>, 5,000 paragraphs', waitFor: ['news-article'] },
  { key: 'longStatic', file: 'long-static.html', label: 'static page, 5,000 paragraphs', waitFor: [] },
];

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function manyRun(browser, origin, p) {
  const { context, page, cdp } = await openPage(browser, { waitFor: p.waitFor });
  try {
    await throttle(cdp, { network: false });
    const net = trackNetwork(cdp);
    await page.goto(`${origin}/bench/pages/${p.file}`, { waitUntil: 'load' });
    // An element that never defines or never finishes its first update is reported (rendered
    // shows "–"), not fatal: the bench must keep running while elements are being built.
    const done = await page
      .waitForFunction(() => window.__bench.rendered > 0, null, { timeout: 30_000, polling: 100 })
      .then(() => true, () => false);
    if (!done) log(`  ${p.file}: not all ${p.waitFor.join(', ')} rendered within 30 s`);
    await net.quiet(500);
    await sleep(500); // let trailing long tasks (chunked rendering) show up
    const m = await page.evaluate(() => window.__bench.collect());
    if (!done) m.rendered = NaN;
    // Elements in the document and in every open shadow root.
    const nodes = await page.evaluate(() => {
      const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });
    const heap = await heapUsed(cdp);
    return { ...m, heap, nodes, net: net.summary() };
  } finally {
    await context.close();
  }
}

async function benchMany(browser, origin) {
  const runs = Object.fromEntries(MANY_PAGES.map((p) => [p.key, []]));
  for (let r = 0; r < MANY_RUNS; r++) {
    const order = r % 2 ? [...MANY_PAGES].reverse() : MANY_PAGES;
    for (const p of order) runs[p.key].push(await manyRun(browser, origin, p));
    log(`  many round ${r + 1}/${MANY_RUNS}: rendered cards ${runs.cards.at(-1).rendered.toFixed(0)} lite ${runs.lite.at(-1).rendered.toFixed(0)} long ${runs.long.at(-1).rendered.toFixed(0)} ms`);
  }
  const ratio = (key, base, f) => median(runs[key].map((m, i) => f(m) / f(runs[base][i])));
  const pages = {};
  for (const p of MANY_PAGES) {
    const list = runs[p.key];
    const med = (f) => median(list.map(f));
    pages[p.key] = {
      label: p.label,
      rendered: med((m) => m.rendered),
      fcp: med((m) => m.fcp),
      longtasks: med((m) => m.longtasks),
      maxLongtask: med((m) => m.maxLongtask),
      longtaskTotal: med((m) => m.longtaskTotal),
      heap: med((m) => m.heap),
      nodes: med((m) => m.nodes),
      requests: med((m) => m.net.requests),
      offHost: med((m) => m.net.offHost),
      bytes: med((m) => m.net.bytes),
    };
  }
  pages.cards.renderedRatio = ratio('cards', 'lite', (m) => m.rendered);
  pages.cards.heapRatio = ratio('cards', 'lite', (m) => m.heap);
  pages.long.renderedRatio = ratio('long', 'longStatic', (m) => m.rendered);
  pages.long.heapRatio = ratio('long', 'longStatic', (m) => m.heap);
  return { runs: MANY_RUNS, pages };
}

// ---------------------------------------------------------------------------------------------
// 3b. Tasks, attributed by a trace

const OURS = /news-embed\.js|\/locales\//;
const TASK_PAGES = [
  ...STORY_PAGES.map((p) => ({ ...p, story: true, ours: { B: OURS, early: OURS, C: /floor\.js/, lite: /lite-yt-embed/ }[p.key] })),
  ...MANY_PAGES.map((p) => ({ ...p, ours: { cards: OURS, long: OURS, lite: /lite-yt-embed/ }[p.key] })),
  { key: 'intl', file: 'intl-floor.html', label: 'floor: a page whose one script formats a date and a relative time', ours: /intl-floor\.js/ },
];

/** One traced cold load: story pages on slow 4G at `viewport`, the others with the CPU slowed only. */
async function tracedRun(browser, origin, p, viewport) {
  const { context, page, cdp } = await openPage(browser, { waitFor: p.waitFor, viewport });
  try {
    await throttle(cdp, { network: !!p.story });
    const net = trackNetwork(cdp);
    const trace = await startTrace(cdp);
    await page.goto(`${origin}/bench/pages/${p.file}`, { waitUntil: 'load' });
    if (p.waitFor) await page.waitForFunction(() => window.__bench.rendered > 0, null, { timeout: 30_000, polling: 100 }).catch(() => {});
    await net.quiet(500);
    await sleep(500);
    const m = await page.evaluate(() => window.__bench.collect());
    const tasks = tasksOf(await trace.stop(), p.ours ?? /^$/);
    const ours = tasks.filter((t) => t.ours);
    const longest = ours.reduce((a, t) => (t.duration > (a?.duration ?? 0) ? t : a), undefined);
    return {
      tbt: m.tbt,
      maxLongtask: m.maxLongtask,
      longestAny: Math.max(0, ...tasks.map((t) => t.duration)),
      longestOurs: longest ?? { duration: 0, compile: 0, script: 0, layout: 0, parse: 0, gc: 0, start: NaN },
      oursOver50: ours.length,
      blockingOurs: ours.reduce((sum, t) => sum + t.duration - 50, 0),
    };
  } finally {
    await context.close();
  }
}

async function benchTasks(browser, origins) {
  const out = { traces: TRACES, groups: {} };
  const groups = {
    phone: { viewport: CONDITIONS.viewports.phone, pages: TASK_PAGES },
    desktop: { viewport: CONDITIONS.viewports.desktop, pages: TASK_PAGES.filter((p) => p.story) },
  };
  for (const [name, g] of Object.entries(groups)) {
    const runs = Object.fromEntries(g.pages.map((p) => [p.key + p.file, []]));
    for (let r = 0; r < TRACES; r++) {
      const order = r % 2 ? [...g.pages].reverse() : g.pages;
      for (const p of order) runs[p.key + p.file].push(await tracedRun(browser, p.story ? origins.story : origins.plain, p, g.viewport));
      log(`  tasks ${name} round ${r + 1}/${TRACES}`);
    }
    out.groups[name] = {
      viewport: g.viewport,
      pages: g.pages.map((p) => {
        const list = runs[p.key + p.file];
        const med = (f) => median(list.map(f));
        const part = (k) => med((m) => m.longestOurs[k]);
        return {
          label: p.label,
          attributed: !!p.ours,
          tbt: med((m) => m.tbt),
          maxLongtask: med((m) => m.maxLongtask),
          longestAny: med((m) => m.longestAny),
          longestOurs: part('duration'),
          longestOursAt: part('start'),
          split: { compile: part('compile'), script: part('script'), layout: part('layout'), parse: part('parse'), gc: part('gc') },
          oursOver50: med((m) => m.oursOver50),
          blockingOurs: med((m) => m.blockingOurs),
        };
      }),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 4. Before play

const BEFOREPLAY_PAGES = [
  { key: 'cards', file: 'beforeplay-cards.html', label: '2 <video-card>' },
  { key: 'lite', file: 'beforeplay-lite.html', label: '2 lite-youtube-embed' },
  { key: 'iframes', file: 'beforeplay-iframes.html', label: '2 plain YouTube iframes' },
];

async function benchBeforePlay(browser, origin) {
  const pages = {};
  for (const p of BEFOREPLAY_PAGES) {
    const { context, page, cdp } = await openPage(browser);
    try {
      const net = trackNetwork(cdp);
      await page.goto(`${origin}/bench/pages/${p.file}`, { waitUntil: 'load' });
      await net.quiet(1000);
      const s = net.summary();
      pages[p.key] = { label: p.label, requests: s.requests, bytes: s.bytes, local: s.requests - s.offHost, offHost: s.offHost, offHostList: s.offHostList };
    } finally {
      await context.close();
    }
  }
  return { pages };
}

// ---------------------------------------------------------------------------------------------
// 5. Memory

const MEMORY_ELEMENTS = {
  'random-image': `<random-image><template><img src="img/poster-1.jpg" width="640" height="360" alt="One"><img src="img/poster-2.jpg" width="640" height="360" alt="Two"></template></random-image>`,
  'video-card': `<video-card name="A video" description="What it shows." duration="PT9M34S" upload-date="2024-07-30" thumbnail="img/poster-1.jpg" embed-url="https://www.youtube.com/watch?v=bench0000a1"><a href="https://www.youtube.com/watch?v=bench0000a1">A video</a></video-card>`,
  'news-article': `<news-article><h2 slot="headline">A headline</h2><p slot="dek">A dek.</p><p>One paragraph.</p><p>Another paragraph.</p></news-article>`,
};

async function benchMemory(browser, origin) {
  const out = { cycles: CYCLES, elements: {} };
  const { context, page, cdp } = await openPage(browser);
  try {
    // Console messages keep their arguments alive in the inspector, so they are counted: an
    // element that logs on every cycle would look like a leak.
    let messages = 0;
    page.on('console', () => (messages += 1));
    await page.goto(`${origin}/bench/pages/memory.html`, { waitUntil: 'load' });
    const counters = async () => (await cdp.send('Memory.getDOMCounters'));
    const cycle = (html, n) =>
      page.evaluate(
        async ({ html, n }) => {
          const stage = document.getElementById('stage');
          const tpl = document.createElement('template');
          tpl.innerHTML = html;
          for (let i = 0; i < n; i++) {
            const el = tpl.content.firstElementChild.cloneNode(true);
            stage.append(el);
            await el.updateComplete;
            el.remove();
          }
          await new Promise((ok) => setTimeout(ok, 50));
        },
        { html, n },
      );
    for (const [tag, html] of Object.entries(MEMORY_ELEMENTS)) {
      try {
        await cycle(html, 20);
      } catch (error) {
        log(`  memory ${tag}: ${error.message.split('\n')[0]}`);
        out.elements[tag] = { error: error.message.split('\n')[0] };
        continue;
      } // warm-up: first-use caches (templates, styles) are not leaks
      // Measured before, half-way and after: growth in the second half is the steady per-cycle
      // cost (a leak), free of one-off allocations (compiled code, caches) of the first cycles.
      const before = { heap: await heapUsed(cdp), ...(await counters()) };
      messages = 0;
      const t0 = Date.now();
      await cycle(html, CYCLES >> 1);
      const mid = { heap: await heapUsed(cdp), ...(await counters()) };
      await cycle(html, CYCLES - (CYCLES >> 1));
      const ms = Date.now() - t0;
      const after = { heap: await heapUsed(cdp), ...(await counters()) };
      out.elements[tag] = { before, mid, after, ms, messages };
      log(`  memory ${tag}: heap ${(before.heap / 1024).toFixed(0)} -> ${(after.heap / 1024).toFixed(0)} KB`);
    }
  } finally {
    await context.close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = Date.now();
  if (!existsSync('dist/news-embed.js')) {
    console.error('dist/news-embed.js is missing: run `npm run build` first (or `npm run bench`).');
    process.exit(1);
  }
  mkdirSync(RESULTS, { recursive: true });
  const bundle = readFileSync('dist/news-embed.js');
  const meta = {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    os: `${process.platform} ${release()}`,
    node: process.version,
    command: `${ONLY.length === SECTIONS.length ? '' : `BENCH_ONLY=${ONLY.join(',')} `}${PAIRS === 10 ? '' : `BENCH_PAIRS=${PAIRS} `}npm run bench`,
    bundleSha: createHash('sha256').update(bundle).digest('hex').slice(0, 12),
    conditions: CONDITIONS,
  };

  const results = {};
  if (ONLY.includes('size')) {
    log('size…');
    results.size = measureSize();
  }
  const browserSections = ONLY.filter((s) => s !== 'size');
  if (browserSections.length) {
    const virtual = await writePages();
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    meta.chromium = browser.version();
    // The story comparison uses the deployment caching (bundle immutable, images no-store);
    // the other sections let images be cached so that repeated runs measure elements, not the disk.
    const storyServer = await startServer({ virtual });
    const plainServer = await startServer({ virtual, cache: { image: 'public, max-age=31536000' } });
    try {
      if (ONLY.includes('story')) {
        log(`story: ${PAIRS} interleaved rounds × ${STORY_PAGES.length} pages × cold/warm…`);
        results.story = await benchStory(browser, storyServer.origin);
        const served = storyServer.log.filter((e) => e.path.includes('news-embed.js'));
        results.story.bundleEncoding = [...new Set(served.map((e) => e.encoding))].join(', ');
        results.story.bundleServed = served.length;
      }
      if (ONLY.includes('many')) {
        log(`many: ${MANY_RUNS} rounds…`);
        results.many = await benchMany(browser, plainServer.origin);
      }
      if (ONLY.includes('tasks')) {
        log(`tasks: ${TRACES} traced loads per page…`);
        results.tasks = await benchTasks(browser, { story: storyServer.origin, plain: plainServer.origin });
      }
      if (ONLY.includes('beforeplay')) {
        log('before play…');
        results.beforeplay = await benchBeforePlay(browser, plainServer.origin);
      }
      if (ONLY.includes('memory')) {
        log(`memory: ${CYCLES} cycles per element…`);
        results.memory = await benchMemory(browser, plainServer.origin);
      }
    } finally {
      await browser.close();
      await storyServer.close();
      await plainServer.close();
    }
  }
  meta.seconds = Math.round((Date.now() - t0) / 1000);

  // Each section keeps its own result file, so a subset run refreshes only its sections and
  // BENCHMARKS.md always shows every section with the date it was measured.
  for (const [name, data] of Object.entries(results)) {
    writeFileSync(`${RESULTS}/${name}.json`, `${JSON.stringify({ meta, data }, null, 1)}\n`);
  }
  const all = {};
  for (const name of SECTIONS) {
    const file = `${RESULTS}/${name}.json`;
    if (existsSync(file)) all[name] = JSON.parse(readFileSync(file, 'utf8'));
  }
  console.log(render(results, meta));
  writeFileSync('BENCHMARKS.md', renderMarkdown(all, meta));
  console.log(`\nBENCHMARKS.md written (${meta.seconds} s).`);
}

await main();
