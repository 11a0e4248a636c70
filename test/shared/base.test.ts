import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { html as template } from 'lit/html.js';
import { Base } from '../../src/shared/base.js';
import { strings } from '../../src/shared/i18n.js';

let n = 0;
const uniqueTag = () => `x-base-t${Date.now().toString(36)}${n++}`;

/** A small element on the shared base: a string, a number and a reflected property. */
class Probe extends Base {
  static override properties = {
    label: {},
    count: { type: Number },
    mode: { reflect: true },
    data: { attribute: false },
  };
  label = 'default';
  count = 0;
  mode = 'a';
  data?: unknown;
  renders = 0;
  seen: string[][] = [];

  protected override willUpdate(changed: Map<PropertyKey, unknown>) {
    this.seen.push([...changed.keys()].map(String));
  }

  override render() {
    this.renders++;
    return template`<p>${this.label} ${this.count} ${this.mode} ${strings(this)[0]}</p>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')!.textContent;

describe('the shared element base', () => {
  const tag = uniqueTag();
  customElements.define(tag, Probe);
  const make = (markup: string) => fixture<Probe>(markup);

  afterEach(() => fixtureCleanup());

  it('renders the defaults once connected, and reflects a reflected property', async () => {
    const el = await make(`<${tag}></${tag}>`);
    expect(text(el)).to.equal('default 0 a Watch');
    expect(el.getAttribute('mode')).to.equal('a');
    expect(el.renders).to.equal(1);
  });

  it('converts attributes (numbers for `type: Number`) and batches changes into one update', async () => {
    const el = await make(`<${tag} label="hi" count="3"></${tag}>`);
    expect(el.count).to.equal(3);
    expect(text(el)).to.equal('hi 3 a Watch');
    const renders = el.renders;
    el.label = 'one';
    el.setAttribute('count', '7');
    el.mode = 'b';
    expect(await el.updateComplete).to.equal(true);
    expect(el.renders).to.equal(renders + 1);
    expect(el.seen.at(-1)).to.have.members(['label', 'count', 'mode']);
    expect(text(el)).to.equal('one 7 b Watch');
    expect(el.getAttribute('mode')).to.equal('b');
    el.removeAttribute('count');
    await el.updateComplete;
    expect(el.count).to.equal(null);
  });

  it('does not update when a property is set to the same value', async () => {
    const el = await make(`<${tag}></${tag}>`);
    const renders = el.renders;
    el.label = 'default';
    el.count = 0;
    await el.updateComplete;
    expect(el.renders).to.equal(renders);
  });

  it('keeps a property set before the element was upgraded', async () => {
    const later = uniqueTag();
    const el = document.createElement(later) as Probe;
    (el as unknown as { label: string }).label = 'early';
    document.body.append(el);
    customElements.define(later, class extends Probe {});
    await el.updateComplete;
    expect(text(el)).to.equal('early 0 a Watch');
    el.remove();
  });

  it('re-renders its UI strings when `lang` changes', async () => {
    const el = await make(`<${tag}></${tag}>`);
    el.lang = 'fr';
    await el.updateComplete;
    expect(text(el)).to.equal('default 0 a Regarder');
  });

  it('keeps updating after an update that threw', async () => {
    const el = await make(`<${tag}></${tag}>`);
    const render = el.render;
    el.render = () => {
      throw new Error('boom');
    };
    el.label = 'x';
    const failed = await el.updateComplete.then(
      () => false,
      () => true,
    );
    expect(failed).to.equal(true);
    el.render = render;
    el.label = 'y';
    await el.updateComplete;
    expect(text(el)).to.equal('y 0 a Watch');
  });
});
