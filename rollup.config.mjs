// Two outputs from one source tree:
// - dist/news-embed.js: the self-contained bundle a third-party page loads with one <script type="module">.
//   Lit is inlined and minified so the file works with no other request.
// - dist/**/*.js + .d.ts: unbundled modules for npm and bundler users; `lit` stays a bare import so
//   an application that already uses Lit ships it once.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { readdirSync, statSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllowedOrigins, withAllowedOrigins } from './integrations/oembed/origins.mjs';

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });

// Every language but English (built in) is a module of its own: dist/locales/<tag>.js, beside both
// the bundle and the npm modules, which find it from their own URL.
const isLocale = (file) => /^src[/\\]locales[/\\](?!en\.ts$)/.test(file);

const modules = Object.fromEntries(
  sources('src')
    .filter((file) => !isLocale(file))
    .map((file) => [relative('src', file).replace(/\.ts$/, ''), file]),
);

const locales = Object.fromEntries(sources('src/locales').filter(isLocale).map((file) => [relative('src', file).replace(/\.ts$/, ''), file]));

// In the bundle the loader sits in dist/news-embed.js, next to locales/; in the npm modules it sits
// in dist/shared/, one folder down.
const localesBeside = () => ({
  name: 'locales-beside',
  transform(code, id) {
    if (/[/\\]shared[/\\]i18n\.ts$/.test(id)) return { code: code.replace("'../locales/index.js'", "'./locales/index.js'"), map: null };
  },
});

const terserOptions = {
  ecma: 2022,
  module: true,
  compress: { passes: 2, pure_getters: true },
  mangle: { properties: { regex: /^__/ } },
  format: { comments: false },
};

// Copies the iframe embed's static files next to the bundle; embed.html gets the publisher's
// allowed story origins (NEWS_EMBED_ALLOWED_ORIGINS), which the frame reads at run time. A bad
// entry fails the build.
const allowedOrigins = parseAllowedOrigins(process.env.NEWS_EMBED_ALLOWED_ORIGINS);
const embedAssets = () => ({
  name: 'embed-assets',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed-frame.css', 'embed-resize.js', 'story-page.css']) {
      const source = readFileSync(join('embed', fileName));
      this.emitFile({ type: 'asset', fileName, source: fileName == 'embed.html' ? withAllowedOrigins(String(source), allowedOrigins) : source });
    }
  },
});

export default [
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/news-embed.js',
      format: 'es',
      // The map is written beside the bundle, but the bundle names it in no comment: the comment
      // would cost 65 of the 18 KiB brotli ceiling on every page load. Hosts send the `SourceMap`
      // header instead (integrations/hosting/headers.mjs; `npm start` does), and DevTools follows it.
      sourcemap: 'hidden',
    },
    plugins: [
      // Lit's production build (no dev-mode warnings, no dev-only checks).
      nodeResolve({ exportConditions: ['production'] }),
      localesBeside(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist' }),
      // Markup and CSS in `html` and `css` templates, minified by html-minifier-next and lightningcss.
      // Attribute values are left unquoted where HTML allows it (lit-html parses templates as HTML).
      // Whitespace collapses to one space but never goes: a space at a template's edge or next to a
      // binding is often a word boundary ("4 hours ago (August 3…)", "quote — Source").
      minifyHTML({ failOnError: true, options: { minifyOptions: { ...defaultMinifyOptions, removeAttributeQuotes: true, conservativeCollapse: true } } }),
      terser(terserOptions),
    ],
  },
  {
    input: modules,
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    // src/story/model.ts holds types only: its module is empty by design (custom-elements.json
    // names every module of src/, so it ships).
    onwarn(warning, warn) {
      if (warning.code != 'EMPTY_BUNDLE' || warning.names?.join() != 'story/model') warn(warning);
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist' })],
  },
  // One small module per language (see src/shared/i18n.ts), minified like the bundle.
  ...[{
    input: locales,
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist', sourceMap: false, inlineSources: false }), terser(terserOptions)],
  }].filter(() => Object.keys(locales).length),
  {
    // The iframe embed page: dist/embed.html + dist/embed-frame.js, beside dist/news-embed.js.
    input: 'embed/frame.ts',
    output: { file: 'dist/embed-frame.js', format: 'es', sourcemap: true },
    plugins: [
      typescript({ tsconfig: './tsconfig.embed.json', outDir: 'dist' }),
      terser(terserOptions),
      embedAssets(),
    ],
  },
  {
    // The optional inline "early choice" snippet, built from <random-image>'s own chooser so the
    // logic exists once: dist/early-choice.js (a classic script) and dist/early-choice.html (to paste,
    // in the same form as the embed builder's snippet: inside an HTML comment, so a CMS that strips
    // <script> leaves no code as text; earlyChoiceTag, from news-embed/snippet, throws, failing the
    // build, if it cannot be).
    input: 'embed/early-choice.ts',
    output: { file: 'dist/early-choice.js', format: 'iife', sourcemap: false },
    plugins: [
      typescript({ tsconfig: './tsconfig.embed.json', outDir: 'dist', sourceMap: false, inlineSources: false }),
      terser({ ...terserOptions, module: false, toplevel: true }),
      {
        name: 'early-choice-html',
        async generateBundle(_, bundle) {
          // The snippet writer as built by the npm modules above (rollup builds these outputs in order).
          const { earlyChoiceTag } = await import(new URL('./dist/story/snippet.js', import.meta.url).href);
          this.emitFile({ type: 'asset', fileName: 'early-choice.html', source: `${earlyChoiceTag(bundle['early-choice.js'].code)}\n` });
        },
      },
    ],
  },
];
