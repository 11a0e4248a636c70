// The elements' Lit `html` templates stay readable: no line of one (its markup or the expressions
// inside its `${}`) runs past 120 characters. Lines break inside `${}` expressions or between a
// tag's attributes, never in template text (see the minifier's notes in rollup.config.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAX = 120;
const root = fileURLToPath(new URL('../../', import.meta.url));
const files = ['src/news-article/news-article.ts', 'src/random-image/random-image.ts', 'src/video-card/video-card.ts'];

/**
 * The 1-based numbers of the lines that hold part of an html`…` template literal, nested ones and
 * the code in their `${}` included. A small scanner: it skips strings, comments and regular
 * expressions, and follows backticks and `${ … }` nesting.
 */
export function templateLineNumbers(source) {
  const lines = new Set();
  // Innermost last: { template: true, html } or { template: false, braces } for a `${ … }`.
  const stack = [];
  let line = 1;
  let html = 0; // how many html templates enclose the current character
  let last = ''; // the last significant code character, to tell a regex from a division
  const mark = () => html && lines.add(line);
  // Past `end` (or, for a line comment, up to its newline), counting the lines on the way.
  const skipTo = (i, end, keepEnd = false) => {
    const j = source.indexOf(end, i);
    const stop = j < 0 ? source.length : keepEnd ? j : j + end.length;
    for (let k = i; k < stop; k++) {
      mark();
      if (source[k] == '\n') line++;
    }
    return stop;
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i];
    const top = stack.at(-1);
    mark();
    if (top?.template) {
      if (c == '\\') i += 2;
      else if (c == '`') {
        stack.pop();
        if (top.html) html--;
        last = '`';
        i++;
      } else if (c == '$' && source[i + 1] == '{') {
        stack.push({ template: false, braces: 0 });
        last = '{';
        i += 2;
      } else {
        if (c == '\n') line++;
        i++;
      }
      continue;
    }
    if (c == '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (c == '/' && source[i + 1] == '/') i = skipTo(i, '\n', true);
    else if (c == '/' && source[i + 1] == '*') i = skipTo(i, '*/');
    else if (c == "'" || c == '"') {
      let j = i + 1;
      while (j < source.length && source[j] != c && source[j] != '\n') j += source[j] == '\\' ? 2 : 1;
      i = j + 1;
      last = c;
    } else if (c == '/' && (!last || /[(,=:[!&|?{};]/.test(last) || /\breturn\s*$/.test(source.slice(0, i)))) {
      // A regular expression literal: to its closing slash, classes ([/]) and escapes included.
      let j = i + 1;
      for (let inClass = false; j < source.length && source[j] != '\n'; j++) {
        if (source[j] == '\\') j++;
        else if (source[j] == '[') inClass = true;
        else if (source[j] == ']') inClass = false;
        else if (source[j] == '/' && !inClass) break;
      }
      i = j + 1;
      last = '/';
    } else if (c == '`') {
      const isHtml = /(?:^|[^\w$.])html\s*$/.test(source.slice(Math.max(0, i - 20), i));
      stack.push({ template: true, html: isHtml });
      if (isHtml) {
        html++;
        mark();
      }
      i++;
    } else {
      if (top && c == '{') top.braces++;
      else if (top && c == '}') {
        if (top.braces-- == 0) stack.pop();
      }
      last = c;
      i++;
    }
  }
  return lines;
}

/** `file:line (length)` for each template line over MAX characters. */
export function longTemplateLines(source, file) {
  const text = source.split('\n');
  return [...templateLineNumbers(source)]
    .filter((n) => [...text[n - 1]].length > MAX)
    .map((n) => `${file}:${n} (${[...text[n - 1]].length} characters)`);
}

test('the scanner finds html template lines, and only those', () => {
  const long = 'x'.repeat(MAX);
  const source = [
    `const a = html\`<p>\${b ? html\`<i>\${c}</i>\` : nothing}</p>\`; // ${long}`, // 1: starts and ends a template
    `const d = css\`:host { color: red } ${long}\`;`, // 2: not html
    `/* html\` ${long} */ const e = '\`' + "\`";`, // 3: a comment and strings with backticks
    `const f = /[\`/]/.test(g) ? html\`<div`, // 4: a regex with a backtick; a template starts
    `  part=${long}>\${`, // 5
    `    // ${long}`, // 6: a comment in a binding
    `    h.map((x) => { return \`\${x}\`; })`, // 7: braces and a plain template inside a binding
    `  }</div>\`;`, // 8
    `const i = \`${long}\`;`, // 9: after it
  ].join('\n');
  assert.deepEqual([...templateLineNumbers(source)], [1, 4, 5, 6, 7, 8]);
  assert.deepEqual(
    longTemplateLines(source, 'x.ts').map((s) => s.replace(/ \(.*/, '')),
    ['x.ts:1', 'x.ts:5', 'x.ts:6'],
  );
});

test(`no line of an element's html template is over ${MAX} characters`, () => {
  const found = files.flatMap((file) => {
    const source = readFileSync(root + file, 'utf8');
    assert.ok(templateLineNumbers(source).size > 20, `${file}: templates found`);
    return longTemplateLines(source, file);
  });
  assert.ok(!found.length, `template lines over ${MAX} characters:\n${found.join('\n')}`);
});
