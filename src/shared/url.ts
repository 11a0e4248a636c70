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
 * Checks every URL of a `srcset` list and returns the candidates that pass, or `undefined` when
 * none does. The list is split as the HTML standard's "parse a srcset attribute" does, so what we
 * check is what the browser would fetch: a URL is a run of non-space characters (commas at its end
 * close the candidate; a comma inside it, as in `data:` URLs, is part of it), and its descriptors
 * run to the next comma outside parentheses. A candidate whose descriptors are not plain width,
 * density or height descriptors (`640w`, `2x`, `1.5x`) is dropped, as a browser drops it.
 */
export function safeSrcset(value: unknown): string | undefined {
  if (typeof value != 'string') return;
  const kept: string[] = [];
  const space = /[\t\n\f\r ]/;
  for (let i = 0, n = value.length; i < n; i++) {
    while (i < n && (space.test(value[i]!) || value[i] == ',')) i++;
    const start = i;
    while (i < n && !space.test(value[i]!)) i++;
    let url = value.slice(start, i);
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const from = i;
      for (let parens = false; i < n && (parens || value[i] != ','); i++) parens = value[i] == '(' || (parens && value[i] != ')');
      descriptors = value.slice(from, i).trim();
    }
    if (url && safeUrl(url) && /^(?:\d*\.?\d+(?:e[+-]?\d+)?[wxh](?:\s+|$))*$/i.test(descriptors)) kept.push(url + (descriptors && ' ' + descriptors));
  }
  return kept.join(', ') || undefined;
}
