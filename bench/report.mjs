// Turns bench results into Markdown tables (printed to the terminal and written to BENCHMARKS.md).
import { BUDGET_BROTLI } from '../scripts/check-size.mjs';

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)}` : '–');
const x2 = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '–');
const kb = (b) => (Number.isFinite(b) ? `${(b / 1024).toFixed(1)}` : '–');
const cls = (c) => (Number.isFinite(c) ? (c === 0 ? '0' : c.toFixed(4)) : '–');

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function sizeSection(s) {
  const out = [
    table(
      ['file', 'raw B', 'gzip B', 'brotli B', 'budget (brotli)'],
      [[s.file, s.raw, s.gzip, s.brotli, `${s.brotli <= BUDGET_BROTLI ? 'within' : 'OVER'} ${BUDGET_BROTLI.toLocaleString('en')} B (goal ≤ 16,384 B)`]],
    ),
  ];
  if (s.parts.length) {
    out.push(
      '',
      'Where the bytes come from (from the source map; "alone" = that part compressed by itself, "adds" = what it adds to the whole file):',
      '',
      table(
        ['part', 'raw B', 'share of raw', 'brotli alone B', 'brotli adds B', 'gzip adds B'],
        s.parts.map((p) => [p.name, p.raw, `${((100 * p.raw) / s.raw).toFixed(1)}%`, p.brotliAlone, p.brotliAdds, p.gzipAdds]),
      ),
    );
  }
  if (s.languages) {
    const { modules, allInBundle, loader } = s.languages;
    const brotli = modules.map((m) => m.brotli).sort((a, b) => a - b);
    out.push(
      '',
      `Languages: English is built in; each of the other ${modules.length} is a module beside the bundle (\`locales/<tag>.js\`, ` +
        `${brotli[0]}–${brotli.at(-1)} B brotli, median ${brotli[brotli.length >> 1]} B), fetched with the loader (\`locales/index.js\`, ${loader?.brotli ?? '?'} B brotli) ` +
        `only by a page that shows that language: two small requests after the bundle; an English page makes none. ` +
        `With every language built in, the bundle would be ${allInBundle.toLocaleString('en')} B brotli.`,
      '',
      table(
        ['language', 'raw B', 'gzip B', 'brotli B'],
        modules.map((m) => [m.tag, m.raw, m.gzip, m.brotli]),
      ),
    );
  }
  return out.join('\n');
}

function storySection(s) {
  const out = [];
  const viewports = s.viewports ?? { phone: { viewport: { width: 412, height: 823 }, conditions: s.conditions } };
  for (const [name, v] of Object.entries(viewports)) {
    out.push(`### ${name}, ${v.viewport.width}×${v.viewport.height}`, '', storyViewport({ ...v, pairs: s.pairs }), '');
  }
  if (s.bundleEncoding) out.push(`The bundle was served with Content-Encoding: ${s.bundleEncoding} (${s.bundleServed} transfers for all runs).`);
  return out.join('\n');
}

function storyViewport(s) {
  const out = [];
  for (const cond of ['cold', 'warm']) {
    const pages = s.conditions[cond];
    out.push(
      `**${cond}** (${cond === 'cold' ? 'empty cache, first visit' : 'reload with the bundle cached (immutable), images no-store'}), ${s.pairs} interleaved rounds, medians:`,
      '',
      table(
        ['page', 'LCP ms', 'LCP ÷ A', 'FCP ms', 'FCP ÷ A', 'CLS (max)', 'TBT ms', 'longest task ms', 'images before lead (max)', 'requests (cached)', 'doc/script/css/img/other', 'KB on wire', 'script KB', 'img KB', 'LCP is lead img', 'off-host'],
        Object.values(pages).map((p) => [
          p.label,
          ms(p.lcp),
          x2(p.lcpRatio),
          ms(p.fcp),
          x2(p.fcpRatio),
          cls(p.cls),
          ms(p.tbt),
          ms(p.maxLongtask),
          p.beforeLead ?? '–',
          `${p.requests} (${p.cachedRequests})`,
          ['Document', 'Script', 'Stylesheet', 'Image', 'Other'].map((t) => p.byType[t].requests).join('/'),
          kb(p.bytes),
          kb(p.byType.Script.bytes),
          kb(p.byType.Image.bytes),
          `${p.lcpIsLead}/${p.runs}`,
          p.offHost,
        ]),
      ),
      '',
    );
  }
  out.push(
    'What the lead image waits for (medians, ms from navigation start). script = the bundle (B) or floor.js (C), request start to last byte; defined = `random-image` registered (the bundle has been evaluated); first render = its first update done; lead request = the chosen image requested (discovery); lead bytes in = its last byte; other image = the first other image (poster, figure) requested; lead requests = lead-image downloads in one load (max):',
    '',
    table(
      ['page', 'condition', 'script start', 'script end', 'defined', 'first render', 'lead request', 'lead bytes in', 'other image', 'DCL', 'LCP', 'lead requests'],
      ['cold', 'warm'].flatMap((cond) =>
        ['A', 'B', 'C', 'early'].map((k) => {
          const p = s.conditions[cond][k];
          const t = p.timeline;
          return [p.label, cond, ms(t.scriptStart), ms(t.scriptEnd), ms(t.defined), ms(t.leadRendered), ms(t.leadStart), ms(t.leadEnd), ms(t.firstOtherImage), ms(t.domContentLoaded), ms(t.lcp), p.leadRequests];
        }),
      ),
    ),
  );
  return out.join('\n');
}

function manySection(s) {
  const p = s.pages;
  return [
    `${s.runs} interleaved rounds, 4× CPU throttling, no network throttling, medians. "rendered" = every element finished its first update plus two frames.`,
    '',
    table(
      ['page', 'rendered ms', 'ratio', 'FCP ms', 'long tasks', 'longest ms', 'long-task total ms', 'JS heap MB', 'heap ratio', 'elements (incl. shadow)', 'requests', 'off-host'],
      [
        [p.cards.label, ms(p.cards.rendered), `${x2(p.cards.renderedRatio)} of lite`, ms(p.cards.fcp), p.cards.longtasks, ms(p.cards.maxLongtask), ms(p.cards.longtaskTotal), (p.cards.heap / 2 ** 20).toFixed(2), x2(p.cards.heapRatio), p.cards.nodes, p.cards.requests, p.cards.offHost],
        [p.lite.label, ms(p.lite.rendered), '1.00×', ms(p.lite.fcp), p.lite.longtasks, ms(p.lite.maxLongtask), ms(p.lite.longtaskTotal), (p.lite.heap / 2 ** 20).toFixed(2), '1.00×', p.lite.nodes, p.lite.requests, p.lite.offHost],
        [p.long.label, ms(p.long.rendered), `${x2(p.long.renderedRatio)} of static`, ms(p.long.fcp), p.long.longtasks, ms(p.long.maxLongtask), ms(p.long.longtaskTotal), (p.long.heap / 2 ** 20).toFixed(2), x2(p.long.heapRatio), p.long.nodes, p.long.requests, p.long.offHost],
        [p.longStatic.label, ms(p.longStatic.rendered), '1.00×', ms(p.longStatic.fcp), p.longStatic.longtasks, ms(p.longStatic.maxLongtask), ms(p.longStatic.longtaskTotal), (p.longStatic.heap / 2 ** 20).toFixed(2), '1.00×', p.longStatic.nodes, p.longStatic.requests, p.longStatic.offHost],
      ],
    ),
  ].join('\n');
}

function beforePlaySection(s) {
  return [
    'Load, wait until the network is quiet for 1 s, no click. Outside hosts do not resolve here, so off-host requests are attempts that failed fast.',
    '',
    table(
      ['page', 'requests', 'to 127.0.0.1', 'off-host attempts', 'KB on wire', 'off-host (type host)'],
      Object.values(s.pages).map((p) => [p.label, p.requests, p.local, p.offHost, kb(p.bytes), p.offHostList.join(', ') || '–']),
    ),
  ].join('\n');
}

function memorySection(s) {
  return [
    `${s.cycles} cycles per element: create from markup, append, await \`updateComplete\`, remove. Heap measured after two forced GCs (CDP \`HeapProfiler.collectGarbage\`), after 20 warm-up cycles, half-way and at the end; a leak shows as steady growth in the second half. DOM nodes and listeners from CDP \`Memory.getDOMCounters\`.`,
    '',
    table(
      ['element', 'heap before KB', 'heap after KB', 'Δ KB', 'Δ B per cycle', 'Δ B per cycle, 2nd half', 'DOM nodes Δ', 'JS listeners Δ', 'console messages', 'time s'],
      Object.entries(s.elements).map(([tag, e]) => e.error ? [`<${tag}>`, `failed: ${e.error}`, '', '', '', '', '', '', '', ''] : [
        `<${tag}>`,
        kb(e.before.heap),
        kb(e.after.heap),
        kb(e.after.heap - e.before.heap),
        Math.round((e.after.heap - e.before.heap) / s.cycles),
        Math.round((e.after.heap - e.mid.heap) / (s.cycles - (s.cycles >> 1))),
        e.after.nodes - e.before.nodes,
        e.after.jsEventListeners - e.before.jsEventListeners,
        e.messages ?? '–',
        (e.ms / 1000).toFixed(1),
      ]),
    ),
  ].join('\n');
}

function tasksSection(s) {
  const out = [
    `Every page loaded cold ${s.traces} times with a Chromium performance trace (interleaved; story pages on slow 4G, the others on the CPU slowdown only), medians. ` +
      'A task is the page script\'s (for the news-embed pages: **ours**) when the trace shows its code running in it (compiled, evaluated, called from a timer, an event or a microtask); ' +
      'its time is split into compile, script (evaluation, calls, microtasks and the rest), layout (style, layout, paint, forced or not) and parse (HTML, including template parsing; CSS). ' +
      'Tracing slows the page itself, so traced durations run longer than the probe\'s: TBT and longest task (probe) are from the same loads, without attribution.',
    '',
  ];
  for (const [name, g] of Object.entries(s.groups)) {
    out.push(
      `**${name}, ${g.viewport.width}×${g.viewport.height}**`,
      '',
      table(
        ['page', 'TBT ms (probe)', 'longest task ms (probe)', 'longest task ms (trace)', 'longest task of the page script ms', 'at ms', 'compile', 'script', 'layout', 'parse', 'its tasks ≥ 50 ms', 'its blocking ms'],
        g.pages.map((p) =>
          p.attributed
            ? [p.label, ms(p.tbt), ms(p.maxLongtask), ms(p.longestAny), ms(p.longestOurs), ms(p.longestOursAt), ms(p.split.compile), ms(p.split.script), ms(p.split.layout), ms(p.split.parse), p.oursOver50, ms(p.blockingOurs)]
            : [p.label, ms(p.tbt), ms(p.maxLongtask), ms(p.longestAny), '– (no script)', '', '', '', '', '', '', ''],
        ),
      ),
      '',
    );
  }
  return out.join('\n').trimEnd();
}

const SECTIONS = {
  size: ['1. Size', sizeSection],
  story: ['2. Story page vs static page', storySection],
  many: ['3. Many elements', manySection],
  tasks: ['3b. Long tasks, attributed by a trace', tasksSection],
  beforeplay: ['4. Before play', beforePlaySection],
  memory: ['5. Memory', memorySection],
};

/** The terminal output of one run. */
export function render(results, meta) {
  const parts = [];
  for (const [name, data] of Object.entries(results)) {
    const [title, fn] = SECTIONS[name];
    parts.push(`\n## ${title}\n\n${fn(data)}`);
  }
  parts.push(`\n${meta.cores} cores, Chromium ${meta.chromium ?? '–'}, ${meta.date}, ${meta.seconds} s`);
  return parts.join('\n');
}

/** BENCHMARKS.md from every section's latest result file. */
export function renderMarkdown(all, meta) {
  const c = meta.conditions;
  const out = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`bench/run.mjs`); do not edit by hand. What each figure means and how to reproduce it: [docs/bench.md](docs/bench.md).',
    'Comparisons are ratios from one interleaved run (medians of per-round ratios); absolute times depend on the machine and are not judged.',
    '',
    `Conditions: Chromium through Playwright + CDP, a fresh browser context per run, viewport ${c.viewport.width}×${c.viewport.height} @${c.deviceScaleFactor}x (the story section also at ${Object.values(c.viewports ?? {}).map((v) => `${v.width}×${v.height}`).join(' and ') || 'the same'}), ` +
      `CPU throttled ${c.cpuThrottling}×; story pages on slow 4G (${c.network.latency} ms latency per request, ${((c.network.downloadThroughput * 8) / 1e6).toFixed(1)} Mbps down, ${Math.round((c.network.uploadThroughput * 8) / 1e3)} kbps up).`,
    '',
  ];
  for (const [name, [title, fn]] of Object.entries(SECTIONS)) {
    const r = all[name];
    if (!r) continue;
    const m = r.meta;
    out.push(
      `## ${title}`,
      '',
      `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cores} cores (${m.cpu}) · ${m.os} · Node ${m.node}${m.chromium ? ` · Chromium ${m.chromium}` : ''} · bundle sha256 ${m.bundleSha} · \`${m.command}\` (whole run ${m.seconds} s)`,
      '',
      fn(r.data),
      '',
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}
