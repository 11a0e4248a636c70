// The bundle's size budget, checked on the built dist/news-embed.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUDGET_BROTLI, sizes } from '../../scripts/check-size.mjs';

test(`dist/news-embed.js is within ${BUDGET_BROTLI} bytes brotli`, () => {
  const { raw, gzip, brotli } = sizes();
  console.log(`dist/news-embed.js: ${raw} B raw, ${gzip} B gzip, ${brotli} B brotli`);
  assert.ok(brotli <= BUDGET_BROTLI, `${brotli} B brotli is over the ${BUDGET_BROTLI} B budget`);
});
