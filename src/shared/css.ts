/**
 * Styles as one constructable stylesheet per element class (CSSOM, "CSSStyleSheet"), which Lit
 * adopts into each shadow root as it does its own `css` results. Our styles interpolate nothing,
 * so this small tag replaces Lit's `css` and the checks it carries for interpolated values.
 */
export function css(strings: TemplateStringsArray): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(strings[0]!);
  return sheet;
}
