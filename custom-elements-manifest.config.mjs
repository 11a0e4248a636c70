// custom-elements.json from the sources' JSDoc, then, from that manifest, the framework typings and
// the editor data the package ships (dist/frameworks/, dist/editor/). See docs/frameworks.md.
import { publicManifest } from './scripts/manifest-fixes.mjs';
import { frameworkPlugins } from './scripts/framework-types.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'dist/**', 'coverage/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicManifest(), ...frameworkPlugins()],
};
