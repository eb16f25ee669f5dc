/**
 * Just enough DOM to run the try-out page's script in node:vm, for fast checks of its wiring; the real
 * page runs in Chromium in tests/e2e. Elements record what the script does to them; tests dispatch events
 * by calling the listeners it registered.
 */
export class FakeElement {
  className = '';
  textContent = '';
  innerHTML = '';
  value = '';
  name = '';
  type = '';
  checked = false;
  disabled = false;
  /** Set by setCustomValidity; reportValidity records that the browser would have shown it. */
  validationMessage = '';
  reported = false;
  parent: FakeElement | undefined;
  options: FakeElement[] = [];
  children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, (event: unknown) => void>();
  readonly classes = new Set<string>();
  readonly classList = {
    add: (name: string) => void this.classes.add(name),
    remove: (name: string) => void this.classes.delete(name),
  };
  readonly submitButton: FakeElement | undefined;

  constructor(
    readonly tagName: string,
    readonly dataset: Record<string, string> = {},
  ) {
    if (tagName === 'form') this.submitButton = new FakeElement('button');
  }

  append(...nodes: FakeElement[]) {
    for (const node of nodes) node.parent = this;
    this.children.push(...nodes);
  }
  /** A form's controls, in document order, as `form.elements` lists them. */
  get elements(): FakeElement[] {
    return this.descendants().filter((node) => ['input', 'select', 'textarea'].includes(node.tagName));
  }
  setCustomValidity(message: string) {
    this.validationMessage = message;
  }
  reportValidity() {
    this.reported = this.validationMessage !== '';
    return !this.reported;
  }
  replaceChildren() {
    this.children = [];
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  scrollIntoView() {}
  focus() {}
  querySelector(selector: string): FakeElement | null {
    const found = this.querySelectorAll(selector)[0];
    if (found) return found;
    return selector === 'button[type="submit"]' ? (this.submitButton ?? null) : null;
  }
  querySelectorAll(selector: string): FakeElement[] {
    return this.descendants().filter((node) => node.matches(selector));
  }
  /** The element itself or its nearest ancestor that matches. */
  closest(selector: string): FakeElement | null {
    for (let node: FakeElement | undefined = this; node; node = node.parent) {
      if (node.matches(selector)) return node;
    }
    return null;
  }
  /** Only the selectors the page script uses. */
  matches(selector: string): boolean {
    switch (selector) {
      case 'button[data-action-id]':
        return this.tagName === 'button' && this.dataset.actionId !== undefined;
      case 'button[type="submit"]':
        return this.tagName === 'button' && this.type === 'submit';
      case 'form[data-form-id]':
        return this.tagName === 'form' && this.dataset.formId !== undefined;
      case 'fieldset':
        return this.tagName === 'fieldset';
      case 'fieldset[data-required]':
        return this.tagName === 'fieldset' && this.dataset.required !== undefined;
      case 'input[type="checkbox"]':
        return this.tagName === 'input' && this.type === 'checkbox';
      case '[data-message-id]':
        return this.dataset.messageId !== undefined;
      default:
        throw new Error(`the fake DOM does not know the selector ${selector}`);
    }
  }
  private descendants(): FakeElement[] {
    return this.children.flatMap((child) => [child, ...child.descendants()]);
  }
}

/** Records the streams the script opens; `emit` plays the server's part. */
export class FakeEventSource {
  static readonly opened: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  readonly listeners = new Map<string, (event: unknown) => void>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
  emit(type: string, event: unknown = {}) {
    this.listeners.get(type)?.(event);
  }
}

export function fakeLocalStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** The page as page-html.ts renders it, with `keys` as the professionals to pick from. */
export function fakePage(locale: string, words: Record<string, string>, keys: string[]) {
  const picker = new FakeElement('select');
  picker.options = ['', ...keys].map((key) => Object.assign(new FakeElement('option'), { value: key }));
  const elements = {
    main: new FakeElement('main', words),
    professional: picker,
    composer: new FakeElement('form'),
    command: new FakeElement('input'),
    conversations: new FakeElement('div', { active: 'dm' }),
    'dm-messages': new FakeElement('ol'),
    'channel-messages': new FakeElement('ol'),
    'tab-dm': new FakeElement('button'),
    'tab-channel': new FakeElement('button'),
  };
  const document = {
    documentElement: { lang: locale },
    querySelector: (selector: string) => (selector === 'main' ? elements.main : null),
    getElementById: (id: string) => (id in elements ? elements[id as keyof typeof elements] : null),
    createElement: (tag: string) => new FakeElement(tag),
  };
  return { document, ...elements };
}

/** Fires `type` on `element` as the browser would, with `target` as the event target. */
export function dispatch(element: FakeElement, type: string, target: FakeElement = element) {
  let prevented = false;
  element.listeners.get(type)?.({
    target,
    preventDefault: () => {
      prevented = true;
    },
  });
  return { prevented };
}
