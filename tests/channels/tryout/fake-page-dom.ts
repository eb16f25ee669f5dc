/**
 * Just enough DOM to run the try-out page's script in node:vm: no browser is available to the suite,
 * and the script is the only code that wires the page to the endpoints. Elements record what the
 * script does to them; tests dispatch events by calling the listeners it registered.
 */
export class FakeElement {
  className = '';
  textContent = '';
  innerHTML = '';
  value = '';
  readonly children: FakeElement[] = [];
  readonly attributes = new Map<string, string>();
  readonly listeners = new Map<string, (event: unknown) => void>();

  constructor(
    readonly tagName: string,
    readonly dataset: Record<string, string> = {},
  ) {}

  append(...nodes: FakeElement[]) {
    this.children.push(...nodes);
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
  /** Only what the script asks of a click target: "am I, or am I in, a button with an action id?" */
  closest(selector: string): FakeElement | null {
    return selector === 'button[data-action-id]' && this.dataset.actionId !== undefined ? this : null;
  }
}

export function fakePage(locale: string, words: Record<string, string>) {
  const elements = {
    main: new FakeElement('main', words),
    messages: new FakeElement('ol'),
    composer: new FakeElement('form'),
    command: new FakeElement('input'),
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
