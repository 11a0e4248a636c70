import { expect, fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { NearController } from '../../src/controllers/near.js';
import { uniqueTag } from './hosts.js';

let sequence = 0;

/** Records, for each render, whether it was near; its first update waits for the controller. */
class NearHost extends LitElement {
  near = new NearController(this);
  renders: boolean[] = [];
  /** Order of the first render among all hosts, and the task it ran in (see `checkpoint`). */
  first = -1;
  task = -1;
  /** Milliseconds each render spends, standing in for a costly render. */
  cost = 0;
  /** Counts microtask checkpoints that follow a render: renders in one task share a count. */
  static checkpoint = 0;
  static counting = false;

  protected override async scheduleUpdate() {
    await this.near.ready;
    super.scheduleUpdate();
  }

  override render() {
    if (this.first < 0) {
      this.first = sequence++;
      this.task = NearHost.checkpoint;
      if (!NearHost.counting) {
        NearHost.counting = true;
        queueMicrotask(() => {
          NearHost.counting = false;
          NearHost.checkpoint++;
        });
      }
    }
    this.renders.push(this.near.near);
    for (const end = performance.now() + this.cost; performance.now() < end; );
    return html`<p>${this.near.near ? 'near' : 'far'}</p>`;
  }
}
const tag = uniqueTag('near-host');
customElements.define(tag, NearHost);

const FAR = 'height:40000px';

describe('NearController', () => {
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('gives a host in the viewport its first update as near', async () => {
    const el = await fixture<NearHost>(`<${tag}></${tag}>`);
    await el.updateComplete;
    expect(el.renders).to.deep.equal([true]);
    expect(el.shadowRoot!.textContent).to.equal('near');
  });

  it('gives a host far below the viewport its first update as far, and updates it as near when the reader scrolls to it', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div><div style="${FAR}"></div><${tag}></${tag}></div>`);
    const el = wrap.querySelector<NearHost>(tag)!;
    await el.updateComplete;
    expect(el.renders).to.deep.equal([false]);
    expect(el.shadowRoot!.textContent).to.equal('far');
    el.scrollIntoView();
    await waitUntil(() => el.near.near, 'the host never became near', { timeout: 3000 });
    await el.updateComplete;
    expect(el.renders).to.deep.equal([false, true]);
    expect(el.shadowRoot!.textContent).to.equal('near');
  });

  it('runs the first updates of many hosts in tasks of their own, the hosts near the viewport first', async () => {
    // In document order the far hosts come first; `order` puts them below a tall spacer.
    const far = Array.from({ length: 30 }, () => `<${tag} style="order:2"></${tag}>`).join('');
    const near = Array.from({ length: 30 }, () => `<${tag}></${tag}>`).join('');
    const template = document.createElement('template');
    template.innerHTML = `<div style="display:flex;flex-direction:column">${far}<div style="order:1;${FAR}"></div>${near}</div>`;
    const wrap = template.content.firstElementChild as HTMLDivElement;
    const hosts = [...wrap.querySelectorAll<NearHost>(tag)];
    const el = await fixture<HTMLDivElement>('<div></div>');
    el.append(wrap);
    // Upgraded now, their first updates still to come: 60 renders of 3 ms each.
    hosts.forEach((host) => (host.cost = 3));
    await Promise.all(hosts.map((host) => host.updateComplete));
    const nearHosts = hosts.slice(30);
    const farHosts = hosts.slice(0, 30);
    expect(nearHosts.every((host) => host.renders[0] === true)).to.be.true;
    expect(farHosts.every((host) => host.renders[0] === false)).to.be.true;
    expect(Math.max(...nearHosts.map((host) => host.first))).to.be.lessThan(Math.min(...farHosts.map((host) => host.first)));
    const perTask = new Map<number, number>();
    for (const host of hosts) perTask.set(host.task, (perTask.get(host.task) ?? 0) + 1);
    expect(perTask.size, 'tasks with first updates').to.be.greaterThan(2);
    expect(Math.max(...perTask.values()), 'first updates in one task').to.be.lessThan(hosts.length / 4);
  });

  it('defers nothing for a host whose shadow root came with the HTML', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div></div>`);
    wrap.setHTMLUnsafe?.(`<div style="${FAR}"></div><${tag}><template shadowrootmode="open"><p>far</p></template></${tag}>`);
    const el = wrap.querySelector<NearHost>(tag);
    // Engines without declarative shadow DOM through setHTMLUnsafe have nothing to check here.
    if (!el?.shadowRoot || !wrap.setHTMLUnsafe) return;
    expect(el.near.near).to.be.true;
  });
});
