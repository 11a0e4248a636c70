// The demo's settings bar: story, language, theme and container width, kept in the URL hash so a
// reload (for another lead image) keeps them.
const story = document.getElementById('story');
const root = document.documentElement;

// Every language the kit ships (SHIPPED in src/locales/index.ts), each named in its own language.
const LANGUAGES = 'ar bn de el en es fa fi fr he hi id it ja ko ms nb nl pl pt pt-PT ro ru sv sw ta th tr uk ur vi zh-Hans zh-Hant'.split(' ');
const langSelect = document.getElementById('lang');
for (const tag of LANGUAGES) {
  const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  langSelect.append(Object.assign(new Option(`${name} (${tag})`, tag), { lang: tag }));
}

const controls = {
  src: document.getElementById('story-src'),
  lang: langSelect,
  theme: document.getElementById('theme'),
  width: document.getElementById('width'),
};

function apply() {
  const { src, lang, theme, width } = controls;
  if (story.getAttribute('src') != src.value) story.setAttribute('src', src.value);
  // No `lang`: the story's own language (its inLanguage) decides the chrome and direction.
  if (lang.value) story.setAttribute('lang', lang.value);
  else story.removeAttribute('lang');
  story.setAttribute('theme', theme.value);
  if (theme.value === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme.value;
  root.style.setProperty('--stage-width', width.value);
  const state = new URLSearchParams({ src: src.value, lang: lang.value, theme: theme.value, width: width.value });
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
