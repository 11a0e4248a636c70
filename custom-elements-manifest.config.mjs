export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts', 'dist/**', 'coverage/**', 'node_modules/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
