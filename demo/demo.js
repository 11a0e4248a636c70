// The demo's settings bar: language, theme and container width of the story, kept in the URL
// hash so a reload (for another lead image) keeps them.
const story = document.getElementById('story');
const root = document.documentElement;
const controls = {
  lang: document.getElementById('lang'),
  theme: document.getElementById('theme'),
  width: document.getElementById('width'),
};

function apply() {
  const { lang, theme, width } = controls;
  story.setAttribute('lang', lang.value);
  story.setAttribute('theme', theme.value);
  if (theme.value === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme.value;
  root.style.setProperty('--stage-width', width.value);
  const state = new URLSearchParams({ lang: lang.value, theme: theme.value, width: width.value });
  // Relative to the document's own URL, not its <base>: the page may run in a srcdoc frame.
  history.replaceState(null, '', new URL(`#${state}`, location.href).href);
}

const saved = new URLSearchParams(location.hash.slice(1));
for (const [name, select] of Object.entries(controls)) {
  const value = saved.get(name);
  if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  select.addEventListener('change', apply);
}
apply();
