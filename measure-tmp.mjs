import { rollup } from 'rollup';
import config from './rollup.config.mjs';
import { brotliCompressSync } from 'node:zlib';
const c = config[0];
const b = await rollup({ input: c.input, plugins: c.plugins, onwarn(){} });
const { output } = await b.generate({ format: 'es' });
console.log('brotli', brotliCompressSync(Buffer.from(output[0].code)).length);
