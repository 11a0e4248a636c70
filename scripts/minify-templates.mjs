// A rollup plugin that minifies the CSS in `css` tagged templates and the markup whitespace in
// `html` tagged templates of our own sources. Only whitespace and comments are removed, and only
// where CSS and HTML give them no meaning, so the result renders the same:
// - CSS: comments go; runs of whitespace become one space; the space after ":" and around
//   "{ } ; , >" goes (a space BEFORE ":" is kept, since `a :hover` differs from `a:hover`).
// - HTML: comments go and every whitespace run becomes one space (whitespace between inline
//   elements is meaningful, so none is removed outright).
// Template expressions (`${…}`) are left untouched. (TypeScript emits `css `…`` with a space.)
const TEMPLATE = /\b(css|html|svg)\s*`((?:[^`\\$]|\\[\s\S]|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text) {
  return text
    .replace(/<!--(?!\?)[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ');
}

// Splits a template body into literal parts and `${…}` expressions and minifies only the parts.
function mapLiterals(body, minify) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (depth === 0 && body[i] === '$' && body[i + 1] === '{') {
      parts.push(minify(body.slice(start, i)));
      start = i;
      depth = 1;
      i++;
    } else if (depth > 0) {
      if (body[i] === '{') depth++;
      else if (body[i] === '}' && --depth === 0) {
        parts.push(body.slice(start, i + 1));
        start = i + 1;
      }
    }
  }
  parts.push(minify(body.slice(start)));
  return parts.join('');
}

export function minifyTemplates({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id)) return null;
      let changed = false;
      const out = code.replace(TEMPLATE, (whole, tag, body) => {
        const minified = mapLiterals(body, tag === 'css' ? minifyCss : minifyHtml);
        if (minified === body) return whole;
        changed = true;
        return `${tag}\`${minified}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
