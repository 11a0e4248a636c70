/**
 * Which image of a set to show: pure logic, no Lit and no DOM beyond the Storage objects it is
 * given (or finds on `globalThis`, always inside try/catch). Kept small and self-contained so the
 * same source can also run as an inline snippet that picks the image before the bundle arrives.
 *
 * Weights become tickets: candidate `i` puts `ceil(weight)` tickets in the bag (default 1, 0 =
 * never). Drawing tickets without replacement is a shuffle bag: with equal weights every image shows
 * once before any repeats, and heavier images show proportionally more often. "No immediate repeat"
 * comes first: the last image is never drawn again next time, so with only two images they alternate
 * whatever their weights.
 */

/** Options for {@link choose}. */
export interface ChoiceOptions {
  /** Weight of each candidate; missing, negative or non-numeric means 1; 0 means never. */
  weights?: readonly number[];
  /** `reload` (default), `session` or `daily`. */
  mode?: string | null;
  /** A non-empty seed makes the choice deterministic whatever the mode, and touches no storage. */
  seed?: string | null;
  /** Storage key; derived from the candidate keys when empty. */
  key?: string | null;
  /** The Storage for `reload` mode's bag (default `localStorage`); `null` = unavailable. */
  local?: Storage | null;
  /** The Storage for `session` mode (default `sessionStorage`); `null` = unavailable. */
  session?: Storage | null;
  /** The time in milliseconds for `daily` mode (default `Date.now()`). */
  now?: number;
  /** The random source for unseeded choices (default `Math.random`). */
  random?: () => number;
}

interface BagState {
  /** The index shown last. */
  l?: number;
  /** The tickets left in the bag. */
  b?: number[];
}

/** 32-bit FNV-1a: a stable, well-spread number for a string. */
export const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return h >>> 0;
};

/** Mulberry32: a tiny seeded generator of numbers in [0, 1) (a deterministic `random` for tests and snippets). */
export const prng = (seed: number) => (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

/** The storage key for a set of candidate keys: the same set gives the same key on every page. */
export const storageKey = (keys: readonly string[]): string => 'random-image:' + hash(keys.join('\n')).toString(36);

/**
 * The index (into `keys`) of the candidate to show, or -1 for an empty set. `keys` identify the
 * candidates (their `src` URLs) in order; the storage key is derived from them unless given.
 */
export function choose(keys: readonly string[], options: ChoiceOptions = {}): number {
  const { weights = [], mode, seed, random = Math.random } = options;
  const key = options.key || storageKey(keys);
  let tickets = keys.flatMap((_, i) => Array<number>(weights[i]! >= 0 ? Math.min(Math.ceil(weights[i]!), 99) : 1).fill(i));
  if (!tickets.length) tickets = keys.map((_, i) => i);
  const draw = (from: number[]) => from[(random() * from.length) | 0] ?? -1;
  if (keys.length < 2) return keys.length - 1;
  if (seed) return tickets[hash(seed) % tickets.length]!;
  // Every visitor walks the tickets one step per UTC day, from a start that depends on the set: the
  // same image all day for everyone, and with equal weights consecutive days always differ.
  if (mode == 'daily') return tickets[(hash(key) + Math.floor((options.now ?? Date.now()) / 864e5)) % tickets.length]!;
  try {
    // Reading `localStorage` itself throws a SecurityError in sandboxed iframes and some private
    // modes (HTML, "The localStorage getter"), and setItem throws QuotaExceededError when full.
    const session = mode == 'session' ? (options.session === undefined ? sessionStorage : options.session)! : null;
    const kept = session?.getItem(key);
    if (kept && tickets.includes(+kept)) return +kept;
    const local = (options.local === undefined ? localStorage : options.local)!;
    let state: BagState = {};
    try {
      state = JSON.parse(local.getItem(key)!) || {};
    } catch {
      // Unreadable state starts a new bag.
    }
    const fresh = (i: number) => i !== state.l;
    let bag = Array.isArray(state.b) ? state.b.filter((i) => tickets.includes(i)) : [];
    if (!bag.some(fresh)) bag = [...tickets];
    const pick = draw(bag.filter(fresh));
    const chosen = pick < 0 ? tickets[0]! : bag.splice(bag.indexOf(pick), 1)[0]!;
    local.setItem(key, JSON.stringify({ l: chosen, b: bag }));
    session?.setItem(key, String(chosen));
    return chosen;
  } catch {
    console.debug('news-embed: storage unavailable; random choice');
    return draw(tickets);
  }
}
