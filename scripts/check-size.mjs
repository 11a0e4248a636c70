// The size budget of the self-contained bundle: all three elements with all of Lit and the reader
// of real-world JSON-LD (graphs, references, publishers' dates and text) in 18 KiB brotli.
// `npm run size` prints the figures; the Node test fails above the budget. (Lit with the elements
// alone fit 16 KiB; the story reader adds about 1.5 KiB: see BENCHMARKS.md for the parts.)
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const BUDGET_BROTLI = 18 * 1024;
const file = 'dist/news-embed.js';

export function sizes(path = file) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { raw, gzip, brotli } = sizes();
  const verdict = brotli <= BUDGET_BROTLI ? 'within' : 'OVER';
  console.log(`${file}: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli — ${verdict} the ${BUDGET_BROTLI} B brotli budget`);
  if (brotli > BUDGET_BROTLI) process.exit(1);
}
