/**
 * The URL policy for everything we put in `src`, `srcset`, `href`, `poster` or an iframe.
 *
 * Only `http:`, `https:` and relative URLs pass (plus `mailto:` where a link allows it). Browsers
 * remove ASCII tab and newline anywhere in a URL and leading/trailing C0 controls and spaces before
 * parsing (WHATWG URL, "basic URL parser"), so `java\tscript:` is `javascript:`; we strip the same
 * characters before looking at the scheme. Protocol-relative URLs (`//host`, and `/\host`, which
 * browsers read the same way) and URLs carrying credentials are refused too: neither has a place in
 * an embed, and both are common in phishing.
 */

export type UrlReason = 'empty' | 'unsafe-scheme' | 'protocol-relative' | 'credentials' | 'malformed';

export type UrlCheck =
  | { ok: true; url: string }
  | { ok: false; reason: UrlReason; message: string };

export interface UrlCheckOptions {
  /** Accept `mailto:` links as well (for `href` only). */
  mailto?: boolean;
}

const SCHEME = /^([a-z][a-z\d+.-]*):/i;

export function checkUrl(value: unknown, options: UrlCheckOptions = {}): UrlCheck {
  if (typeof value !== 'string') return refuse('empty', 'no URL given');
  // eslint-disable-next-line no-control-regex
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  if (!url) return refuse('empty', 'no URL given');
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme) {
    const allowed = scheme === 'http' || scheme === 'https' || (options.mailto && scheme === 'mailto');
    if (!allowed) return refuse('unsafe-scheme', `"${scheme}:" URLs are not allowed`);
  } else if (/^[/\\]{2}/.test(url)) {
    return refuse('protocol-relative', 'protocol-relative URLs are not allowed');
  }
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return refuse('malformed', 'not a valid URL');
  }
  if (parsed.username || parsed.password) return refuse('credentials', 'URLs with credentials are not allowed');
  return { ok: true, url };
}

/** The URL when it passes the policy, otherwise `undefined`. */
export function safeUrl(value: unknown, options?: UrlCheckOptions): string | undefined {
  const result = checkUrl(value, options);
  return result.ok ? result.url : undefined;
}

/**
 * Checks every URL of a `srcset` list (`url [descriptor], …`) and returns the list of those that
 * pass, or `undefined` when none does.
 */
export function safeSrcset(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = value
    .split(/,\s+/)
    .map((entry) => entry.trim())
    .filter((entry) => entry && safeUrl(entry.split(/\s+/)[0]));
  return kept.length ? kept.join(', ') : undefined;
}

function refuse(reason: UrlReason, message: string): UrlCheck {
  return { ok: false, reason, message };
}
