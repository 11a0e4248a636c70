// `news-embed/react`, `/preact`, `/vue`, `/svelte` and `/solid` carry types only (tag typings for
// each framework's templates); importing one at run time loads this empty module.
export {};
