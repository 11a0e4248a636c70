// What a server-rendered page loads: Lit's hydration support first (before any LitElement class is
// defined), then the elements from the npm build, which take over the server's DOM in place.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/define.js';
