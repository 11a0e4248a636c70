// `npm start`: serves the project root with the demo at /demo/. The demo pages load the built
// bundle (dist/news-embed.js), exactly what a third-party site would load.
const port = Number(process.env.PORT) || 8000;

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  watch: false,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        setTimeout(() => console.log(`\nnews-embed demo: http://localhost:${config.port}/demo/\n`), 0);
      },
    },
  ],
};
