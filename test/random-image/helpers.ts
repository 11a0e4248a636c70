import type { RandomImageElement, RandomImageChangeDetail, RandomImageErrorDetail } from '../../src/random-image/random-image.js';

export const FIXTURES = '/test/fixtures/random-image';
export const COLOURS = ['red', 'green', 'blue', 'yellow'];

/** A fixture image URL tagged with `tok`. */
export const url = (name: string, tok: string) => `${FIXTURES}/${name}.svg?t=${tok}`;

/** Template-wrapped candidates (the recommended markup), one per name. */
export function templateMarkup(names: string[], tok: string, extra = ''): string {
  const imgs = names.map((n) => `<img src="${url(n, tok)}" alt="A ${n} square" width="300" height="200" ${extra}>`);
  return `<template>${imgs.join('')}</template>`;
}

export interface Recorded {
  changes: RandomImageChangeDetail[];
  errors: RandomImageErrorDetail[];
}

/**
 * Creates a `<random-image>` from `inner` markup and `attrs`, listening to its events from before it
 * connects (the first choice happens while connecting), and appends it to `parent`.
 */
export async function make(
  inner: string,
  attrs: Record<string, string> = {},
  parent: HTMLElement = document.body,
): Promise<{ el: RandomImageElement } & Recorded> {
  const el = document.createElement('random-image');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.innerHTML = inner;
  const changes: RandomImageChangeDetail[] = [];
  const errors: RandomImageErrorDetail[] = [];
  el.addEventListener('random-image-change', (e) => changes.push(e.detail));
  el.addEventListener('random-image-error', (e) => errors.push(e.detail));
  parent.append(el);
  await el.updateComplete;
  return { el, changes, errors };
}

/** The `<img>` the reader sees (the one displayed, not fading out), or null. */
export function shownImage(el: RandomImageElement): HTMLImageElement | null {
  return el.shadowRoot!.querySelector<HTMLImageElement>('.frame img.on');
}

/** Waits until the shown image has loaded (or failed). */
export async function loaded(img: HTMLImageElement | null): Promise<void> {
  if (!img || img.complete) return;
  await new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  });
}
