import { nothing, render } from 'lit/html.js';

/** How a reactive property is declared in `static properties`. */
export interface PropertyOptions {
  /** The attribute name (default: the property name in lower case); `false` = no attribute. */
  attribute?: string | boolean;
  /** `Number` converts the attribute's text to a number; by default it stays a string. */
  type?: typeof Number;
  /** Writes the property back to its attribute after each change. */
  reflect?: boolean;
}

/** The properties changed since the last update, with their previous values. */
export type PropertyValues = Map<PropertyKey, unknown>;

type Options = Record<string, PropertyOptions>;

/** The element as a bag of its properties, for reads and writes by name. */
const self = (el: Base) => el as unknown as Record<string, unknown>;

const attributeOf = (name: string, { attribute }: PropertyOptions) =>
  typeof attribute == 'string' ? attribute : name.toLowerCase();

/**
 * What the three elements share, kept small on purpose: reactive properties declared in
 * `static properties` (the same shape as Lit's, attributes in lower case, `type: Number`,
 * `reflect`), one batched update per microtask (`willUpdate` → render → `updated`, `updateComplete`),
 * a lit-html template rendered into an open shadow root that adopts `static styles`, and a re-render
 * when `lang` changes (the UI strings and date formats follow it; the native `lang` stays as it is).
 */
export class Base extends HTMLElement {
  static properties: Options = {};
  static styles?: CSSStyleSheet;

  /** Attribute name → property name, built when the class is defined. */
  private static __attrs?: Map<string, string>;

  static get observedAttributes() {
    const attrs = (this.__attrs = new Map());
    for (const [name, options] of Object.entries(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        // Configurable: the same class may be defined again under another name or registry.
        configurable: true,
        get(this: Base) {
          return this.__values.get(name);
        },
        set(this: Base, value: unknown) {
          const old = this.__values.get(name);
          // Lit's `notEqual`: a change, and not NaN to NaN.
          if (old !== value && (old === old || value === value)) {
            this.__values.set(name, value);
            if (!this.__changed.has(name)) this.__changed.set(name, old);
            this.requestUpdate();
          }
        },
      });
      if (options.attribute !== false) attrs.set(attributeOf(name, options), name);
    }
    return [...attrs.keys(), 'lang'];
  }

  /**
   * The shadow root the template renders into.
   * @internal
   */
  renderRoot!: ShadowRoot;
  private __values = new Map<string, unknown>();
  private __changed: PropertyValues = new Map();
  private __pending = false;
  private __reflecting = false;
  private __ready!: (value?: unknown) => void;
  private __promise: Promise<unknown> = new Promise((resolve) => (this.__ready = resolve));
  /** Values set on the element before it was upgraded, applied over the defaults at the first update. */
  private __early = Object.keys((this.constructor as typeof Base).properties).flatMap((name) => {
    const value = self(this)[name];
    return Object.hasOwn(this, name) && delete self(this)[name] ? [[name, value] as const] : [];
  });

  constructor() {
    super();
    this.requestUpdate();
  }

  /**
   * Resolves after the pending update has rendered (`true` when no other update is pending).
   * @internal
   */
  get updateComplete(): Promise<boolean> {
    return this.__promise as Promise<boolean>;
  }

  connectedCallback() {
    if (!this.renderRoot) {
      this.renderRoot = this.attachShadow({ mode: 'open' });
      const { styles } = this.constructor as typeof Base;
      if (styles) this.renderRoot.adoptedStyleSheets = [styles];
    }
    // The first update waits for the first connection.
    this.__ready();
  }

  disconnectedCallback() {}

  attributeChangedCallback(name: string, _old: string | null, value: string | null) {
    const property = (this.constructor as typeof Base).__attrs!.get(name);
    if (property && !this.__reflecting) {
      self(this)[property] =
        value != null && (this.constructor as typeof Base).properties[property]!.type ? Number(value) : value;
    }
    this.requestUpdate();
  }

  /** Schedules an update (one per microtask, however many changes). */
  requestUpdate() {
    if (this.__pending) return;
    this.__pending = true;
    const run = () => {
      if (!this.__pending) return true;
      const changed = this.__changed;
      this.__early.forEach(([name, value]) => (self(this)[name] = value));
      this.__early = [];
      try {
        this.willUpdate(changed);
        const value = this.render();
        const { properties } = this.constructor as typeof Base;
        this.__reflecting = true;
        for (const name of changed.keys()) {
          if (properties[name as string]?.reflect) {
            const attribute = attributeOf(name as string, properties[name as string]!);
            const current = self(this)[name as string];
            if (current == null) this.removeAttribute(attribute);
            else this.setAttribute(attribute, current as string);
          }
        }
        this.__reflecting = false;
        this.__changed = new Map();
        this.__pending = false;
        // Rendered after the update is marked done, as in LitElement: a change the template causes
        // schedules another update.
        render(value, this.renderRoot, { host: this });
      } finally {
        if (this.__pending) this.__changed = new Map();
        this.__reflecting = this.__pending = false;
      }
      this.updated(changed);
      return !this.__pending;
    };
    // After the previous update, even a failed one (its `updateComplete` rejects, as in Lit).
    this.__promise = this.__promise.then(run, run);
  }

  /** Before each render: derive state from the changed properties. */
  protected willUpdate(_changed: PropertyValues): void {}

  /** After each render. */
  protected updated(_changed?: PropertyValues): void {}

  /** The shadow root's content. */
  protected render(): unknown {
    return nothing;
  }
}
