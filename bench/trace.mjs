// Main-thread tasks from a Chromium performance trace (CDP `Tracing`), attributed to the script
// that ran in them. The page probe's long-task entries say how long a task was, not whose it
// was: a task counts as a script's when the trace shows that script's code running inside it
// (compiled, evaluated, called from a timer, an event or a microtask), and is split into what
// the time went to.

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'loading'];

/** Starts a trace on `cdp`; `stop()` ends it and resolves to its events. */
export async function startTrace(cdp) {
  const events = [];
  const collect = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return {
    async stop() {
      const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await done;
      cdp.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

// What a task's time went to, by trace event name. Layout and style inside a script's call are
// forced by it; they are counted as layout, not script.
const KINDS = {
  compile: ['v8.compile', 'v8.compileModule', 'v8.produceModuleCache', 'v8.produceCache', 'V8.CompileCode'],
  layout: ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'HitTest'],
  parse: ['ParseHTML', 'ParseAuthorStyleSheet'],
  gc: ['MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

// Events that run a script's code (others, such as a request the parser sends for it, name its URL too).
const RUNS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.callFunction', 'TimerFire', 'EventDispatch', 'FireAnimationFrame', 'AnimationFrame::Script::Execute']);

function urlOf(e) {
  if (!RUNS.has(e.name)) return '';
  const d = e.args?.data ?? {};
  // Module evaluation has no URL of its own; the long-animation-frame attribution of the same
  // script (`AnimationFrame::Script::Execute`) names it.
  const loaf = e.args?.animation_frame_script_timing_info?.source_location_url;
  return d.url || d.scriptName || d.stackTrace?.[0]?.url || e.args?.fileName || e.args?.url || loaf || '';
}

/**
 * The renderer main thread's top-level tasks of at least `min` ms, each with its start (ms from
 * navigation start), duration, whether code from a URL matching `ours` ran in it, and its time by
 * kind: `compile`, `layout` (style, layout, paint), `parse` (HTML, CSS), `gc`, and `script`
 * (everything else in it: evaluation, calls, microtasks).
 */
export function tasksOf(events, ours, min = 50) {
  // The page's main thread: the CrRendererMain that parsed the page.
  const parse = events.find((e) => e.name === 'ParseHTML' && /\/bench\/pages\//.test(e.args?.beginData?.url ?? ''));
  if (!parse) return [];
  const all = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const thread = all.filter((e) => e.ph === 'X');
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === parse.pid)?.ts ?? thread[0]?.ts ?? 0;
  const tasks = thread.filter((e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur >= min * 1000);
  // Nested RunTask events (the two names above can wrap each other): keep the outermost.
  const outer = tasks.filter((t) => !tasks.some((u) => u !== t && u.ts <= t.ts && u.ts + u.dur >= t.ts + t.dur && u.dur > t.dur));
  return outer.map((t) => {
    const end = t.ts + t.dur;
    const inside = thread.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
    const kinds = { compile: 0, layout: 0, parse: 0, gc: 0 };
    // Count each kind once where events of that kind nest (a Layout inside a Layout).
    const open = {};
    for (const e of inside.sort((a, b) => a.ts - b.ts)) {
      const kind = KIND_OF.get(e.name);
      if (!kind || (open[kind] ?? 0) > e.ts) continue;
      kinds[kind] += e.dur;
      open[kind] = e.ts + e.dur;
    }
    const named = kinds.compile + kinds.layout + kinds.parse + kinds.gc;
    return {
      start: (t.ts - nav) / 1000,
      duration: t.dur / 1000,
      ours: all.some((e) => e !== t && e.ts >= t.ts && e.ts < end && ours.test(urlOf(e))),
      compile: kinds.compile / 1000,
      layout: kinds.layout / 1000,
      parse: kinds.parse / 1000,
      gc: kinds.gc / 1000,
      script: Math.max(0, t.dur - named) / 1000,
    };
  });
}
