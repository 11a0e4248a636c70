// The publisher's allowed story origins, for the build (rollup.config.mjs writes them into
// dist/embed.html), servers and the frame's twin checks. No dependency, nothing built: the build
// reads this module before dist/ exists. `news-embed/oembed` exports all of it.

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// ---- Allowed story origins -------------------------------------------------------------------
// A hosted copy of the kit renders only its publisher's stories. The list is given once, at build
// time, as NEWS_EMBED_ALLOWED_ORIGINS (space- or comma-separated origins); the build writes it into
// dist/embed.html's <meta name="news-embed-allowed-origins">, which the frame reads (a static host
// needs no code) and a server reads with `allowedOriginsOf` (so both follow one list).

/**
 * The origins in `text` (space- or comma-separated), each checked: an http(s) origin and nothing
 * else (no path, no credentials, no wildcard). Throws on anything else, so a typo fails the build
 * instead of allowing the wrong thing.
 * @param {string | undefined} text
 * @returns {string[]}
 */
export function parseAllowedOrigins(text) {
  return String(text ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      let url;
      try {
        url = new URL(entry);
      } catch {
        // Reported below.
      }
      // Host names and IP addresses only: no wildcard (URL parsers accept `*` in a host).
      const host = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/i;
      if (!url || !/^https?:$/.test(url.protocol) || !host.test(url.hostname) || url.origin !== entry.replace(/\/$/, '')) {
        throw new Error(`NEWS_EMBED_ALLOWED_ORIGINS: "${entry}" is not an origin such as https://news.example.com`);
      }
      return url.origin;
    });
}

/**
 * The allowed origins written in a built dist/embed.html, plus `own` (the host's own origin).
 * @param {string} embedHtml  the text of dist/embed.html
 * @param {string} own  an origin or URL of the host itself
 */
export function allowedOriginsOf(embedHtml, own) {
  const meta = /<meta name="news-embed-allowed-origins" content="([^"]*)"/.exec(embedHtml);
  return [new URL(own).origin, ...parseAllowedOrigins(meta?.[1])];
}

/** `embedHtml` with `origins` written into its allowed-origins meta tag. */
export function withAllowedOrigins(embedHtml, origins) {
  const content = origins.map(escapeHtml).join(' ');
  return embedHtml.replace(/(<meta name="news-embed-allowed-origins" content=")[^"]*"/, `$1${content}"`);
}

/**
 * `value` as an absolute URL when it is http(s), has no credentials and (when `origins` is given)
 * is on one of them: the same test as the frame's (embed/frame.ts).
 * @param {string | undefined | null} value
 * @param {string[]} [origins]
 * @param {string} [base]
 */
export function allowedUrl(value, origins, base) {
  try {
    const url = new URL(value, base);
    if (value && /^https?:$/.test(url.protocol) && !url.username && !url.password && (!origins || origins.includes(url.origin))) return url.href;
  } catch {
    // Not a URL.
  }
  return undefined;
}
