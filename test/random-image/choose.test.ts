import { expect } from '@open-wc/testing';
import { choose, hash, prng, storageKey } from '../../src/random-image/choose.js';

/** A Storage kept in memory: one per simulated browser profile. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  };
}

/** A Storage that refuses everything, like a sandboxed iframe's or a full one. */
function blockedStorage(): Storage {
  const refuse = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { length: 0, clear: refuse, getItem: refuse, key: refuse, removeItem: refuse, setItem: refuse };
}

const KEYS = ['a.jpg', 'b.jpg', 'c.jpg', 'd.jpg', 'e.jpg'];

describe('choose()', () => {
  it('returns -1 for an empty set and 0 for a single image', () => {
    expect(choose([])).to.equal(-1);
    expect(choose(['only.jpg'], { local: memoryStorage() })).to.equal(0);
  });

  it('never shows the same image twice in a row across reloads sharing one storage', () => {
    const local = memoryStorage();
    const random = prng(1);
    let last = -1;
    for (let reload = 0; reload < 300; reload++) {
      const index = choose(KEYS, { local, random });
      expect(index).to.not.equal(last);
      last = index;
    }
  });

  it('shows every image once before any repeats (shuffle bag)', () => {
    const local = memoryStorage();
    const random = prng(2);
    for (let round = 0; round < 20; round++) {
      const seen = KEYS.map(() => choose(KEYS, { local, random }));
      expect([...seen].sort()).to.deep.equal([0, 1, 2, 3, 4]);
    }
  });

  it('respects weights (statistically, with a fixed seed)', () => {
    const local = memoryStorage();
    const random = prng(7);
    const counts = [0, 0, 0, 0, 0];
    const draws = 3000;
    for (let i = 0; i < draws; i++) counts[choose(KEYS, { weights: [1, 1, 1, 1, 2], local, random })]!++;
    // Expected shares: 1/6 each, 2/6 for the heavy one.
    counts.slice(0, 4).forEach((n) => expect(n / draws).to.be.within(0.14, 0.2));
    expect(counts[4]! / draws).to.be.within(0.29, 0.37);
  });

  it('never chooses a weight-0 image, and treats bad weights as 1', () => {
    const local = memoryStorage();
    const random = prng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 60; i++) seen.add(choose(KEYS, { weights: [0, NaN, -2, 1, 0], local, random }));
    expect([...seen].sort()).to.deep.equal([1, 2, 3]);
  });

  it('keeps its memory under a key derived from the set, or the key given', () => {
    const local = memoryStorage();
    choose(KEYS, { local });
    expect(local.getItem(storageKey(KEYS))).to.be.a('string');
    expect(storageKey(KEYS)).to.not.equal(storageKey(KEYS.slice(1)));
    choose(KEYS, { local, key: 'my-key' });
    expect(JSON.parse(local.getItem('my-key')!)).to.have.property('l');
  });

  it('starts a new bag when the stored memory is unreadable', () => {
    const local = memoryStorage();
    local.setItem(storageKey(KEYS), '{not json');
    expect(choose(KEYS, { local })).to.be.within(0, 4);
    local.setItem(storageKey(KEYS), JSON.stringify({ l: 99, b: ['x', 7, 2] }));
    // Only ticket 2 of the stored bag is valid for this set.
    expect(choose(KEYS, { local })).to.equal(2);
  });

  it('seed: the same seed gives the same image whatever the mode, and stores nothing', () => {
    const local = memoryStorage();
    const first = choose(KEYS, { seed: 'front-page', local });
    for (const mode of ['reload', 'session', 'daily']) {
      expect(choose(KEYS, { seed: 'front-page', mode, local, session: local })).to.equal(first);
    }
    expect(local.length).to.equal(0);
    const spread = new Set(Array.from({ length: 40 }, (_, i) => choose(KEYS, { seed: `s${i}` })));
    expect(spread.size).to.be.greaterThan(2);
  });

  it('session: one image per browsing session, not the previous session’s', () => {
    const local = memoryStorage();
    const random = prng(4);
    let previous = -1;
    for (let session = 0; session < 10; session++) {
      const store = memoryStorage();
      const first = choose(KEYS, { mode: 'session', local, session: store, random });
      for (let reload = 0; reload < 3; reload++) {
        expect(choose(KEYS, { mode: 'session', local, session: store, random })).to.equal(first);
      }
      expect(first).to.not.equal(previous);
      previous = first;
    }
  });

  it('daily: the same image all day for everyone, a different one the next day', () => {
    const day = Date.UTC(2025, 0, 10);
    const morning = choose(KEYS, { mode: 'daily', now: day + 3_600_000, local: memoryStorage() });
    const evening = choose(KEYS, { mode: 'daily', now: day + 23 * 3_600_000, local: blockedStorage() });
    expect(evening).to.equal(morning);
    const days = Array.from({ length: 25 }, (_, d) => choose(KEYS, { mode: 'daily', now: day + d * 864e5 }));
    days.slice(1).forEach((index, d) => expect(index).to.not.equal(days[d]));
    expect(new Set(days).size).to.equal(KEYS.length);
  });

  it('falls back to a plain random choice, with one debug message, when storage is blocked', () => {
    const messages: unknown[] = [];
    const original = console.debug;
    console.debug = (...args: unknown[]) => messages.push(args[0]);
    try {
      for (const options of [{ local: blockedStorage() }, { local: null }, { mode: 'session', session: blockedStorage() }]) {
        expect(choose(KEYS, { ...options, random: () => 0.5 })).to.equal(2);
      }
    } finally {
      console.debug = original;
    }
    expect(messages).to.have.length(3);
    expect(String(messages[0])).to.match(/^news-embed: storage/);
  });

  it('has a stable hash and a deterministic generator', () => {
    expect(hash('abc')).to.equal(hash('abc'));
    expect(hash('abc')).to.not.equal(hash('abd'));
    const a = prng(9);
    const b = prng(9);
    const values = Array.from({ length: 5 }, () => a());
    expect(values).to.deep.equal(Array.from({ length: 5 }, () => b()));
    values.forEach((v) => expect(v).to.be.within(0, 1));
  });
});
