// A classic external script placed right after a pasted snippet: it runs while the page is still
// being parsed, before any module script (the bundle runs only once parsing has finished, HTML
// "scripting" for module scripts), and records what the early-choice script has done by then.
window.__parsed = {
  chosen: document.querySelector('random-image')?.getAttribute('chosen') ?? null,
  defined: Boolean(customElements.get('random-image')),
};
