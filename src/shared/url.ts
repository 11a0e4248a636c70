/**
 * The URL policy for everything we put in `src`, `srcset`, `href`, `poster` or an iframe.
 *
 * Only `http:`, `https:` and relative URLs pass. Browsers remove ASCII tab and newline anywhere in a
 * URL and leading/trailing C0 controls and spaces before parsing (WHATWG URL, "basic URL parser"),
 * so `java\tscript:` is `javascript:`; we strip the same characters, then let the URL parser name the
 * scheme (a relative URL is read against an http base, so it passes on a `file:` page too). Protocol-relative URLs (`//host`, and `/\host`, which browsers read the same way) and URLs
 * carrying credentials are refused too: neither has a place in an embed, and both are common in phishing.
 */

/** The URL (cleaned as a browser would) when it passes the policy, otherwise `undefined`. */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value != 'string') return;
  const url = value.replace(/[\t\n\r]/g, '').replace(/^[\0- ]+|[\0- ]+$/g, '');
  try {
    const { protocol, username, password } = new URL(url, 'http://a');
    if (url && /^https?:$/.test(protocol) && !/^[/\\]{2}/.test(url) && !username && !password) return url;
  } catch {
    // Not a URL at all.
  }
  return undefined;
}

/**
 * Checks every URL of a `srcset` list (`url [descriptor], …`) and returns the list of those that
 * pass, or `undefined` when none does.
 */
export function safeSrcset(value: unknown): string | undefined {
  const kept = typeof value == 'string' ? value.split(/,\s+/).filter((entry) => safeUrl(entry.trim().split(/\s+/)[0])) : [];
  return kept.join(', ').trim() || undefined;
}
