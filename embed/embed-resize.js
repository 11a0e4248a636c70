// Sizes the iframe embeds of this host on the page that includes this script:
// <script src="https://host/dist/embed-resize.js" async></script>. Each framed story reports its
// height with postMessage({ type: 'news-embed:resize', height }); only messages from this
// script's own origin and from one of the page's iframes are taken.
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : '';
  if (!origin || window.__newsEmbedResize) return;
  window.__newsEmbedResize = true;
  addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'news-embed:resize') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].height = String(height);
    }
  });
  // A frame that finished before this (async) script ran has already sent its height: ask again,
  // only the frames of this host. The target origin is '*': a frame still on its initial
  // about:blank (the page's origin) would refuse a named one with a console warning (HTML,
  // "window.postMessage" step 7), and the message tells nothing a page could misuse.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    try {
      if (new URL(frames[i].src, location.href).origin === origin) frames[i].contentWindow.postMessage({ type: 'news-embed:ready' }, '*');
    } catch {
      // A frame without a window (not yet attached) or a src that is no URL: it reports by itself.
    }
  }
})();
