import { waitUntil } from '@open-wc/testing';

export interface Probe {
  errors: string[];
  warnings: string[];
}
export type FrameWindow = Window & { __probe: Probe; axe?: { run: (ctx: unknown, opts?: unknown) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }> } };

/**
 * Opens a demo page the way a reader does, in a same-origin frame (so storage is shared between
 * loads, as across reloads), with a console probe loaded before the page's own scripts.
 */
export async function openPage(path: string, width = 1100): Promise<HTMLIFrameElement> {
  const response = await fetch(path);
  const source = await response.text();
  const base = new URL(path, location.href).href;
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.srcdoc = source.replace(
    /<head>/i,
    `<head><base href="${base}"><script src="/test/demo/probe.js"></script>`,
  );
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export function frameWindow(frame: HTMLIFrameElement): FrameWindow {
  return frame.contentWindow as FrameWindow;
}

/** Runs axe-core inside the frame's own document. */
export async function axeViolations(frame: HTMLIFrameElement) {
  const win = frameWindow(frame);
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    win.document.head.append(script);
    await ready;
  }
  const result = await win.axe!.run(win.document, { resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

/** Text of an element including its open shadow roots, in tree order. */
export function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      text += n.textContent;
      return;
    }
    const el = n as Element;
    if (el.localName === 'script' || el.localName === 'style' || el.localName === 'template') return;
    if (el.shadowRoot) return walk(el.shadowRoot);
    if (el.localName === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      if (assigned.length) return assigned.forEach(walk);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

export async function waitForText(frame: HTMLIFrameElement, selector: string, text: string, timeout = 8000) {
  await waitUntil(
    () => {
      const el = frame.contentDocument?.querySelector(selector);
      return !!el && deepText(el).includes(text);
    },
    `"${text}" did not appear in ${selector}`,
    { timeout },
  );
}
