// Reading a page the page controls, without trusting its elements' own
// properties. A <form> is "LegacyOverrideBuiltIns": <input name="attributes">
// makes form.attributes that input, <input name="firstChild"> makes
// form.firstChild one, <input name="getAttribute"> makes form.getAttribute
// not a function; <form name="documentElement"> (or <img name=…>) does the
// same to document.documentElement. These named properties sit on the
// object itself, never on a prototype: so every property is looked up from
// the object's prototype upwards (Node.prototype's firstChild,
// Element.prototype's getAttribute…) and called on the object. Works in the
// content script (Chrome's isolated world, Firefox's Xrays) and in jsdom,
// whose window's prototypes are not Node's globals: the prototypes are the
// object's own, found by walking its chain, never a global's.
//
// A fresh SafeDom per capture: descriptors are cached per prototype for
// that capture only, so a test's spy installed on a prototype is seen.

type Fn = (...args: unknown[]) => unknown;

export interface SafeDom {
  nodeType(n: Node): number;
  firstChild(n: Node): Node | null;
  nextSibling(n: Node): Node | null;
  /** A text node's text (Node.prototype.nodeValue). */
  text(n: Node): string;
  localName(el: Element): string;
  namespaceURI(el: Element): string | null;
  getAttribute(el: Element, name: string): string | null;
  hasAttribute(el: Element, name: string): boolean;
  documentElement(doc: Document): Element | null;
  doctype(doc: Document): DocumentType | null;
  implementation(doc: Document): DOMImplementation;
}

export function safeDom(): SafeDom {
  const cache = new Map<object, Map<string, PropertyDescriptor | null>>();

  function descriptor(obj: object, name: string): PropertyDescriptor {
    const start = Object.getPrototypeOf(obj) as object | null;
    if (!start) throw new TypeError(`no prototype for ${name}`);
    let byName = cache.get(start);
    if (!byName) cache.set(start, (byName = new Map()));
    let d = byName.get(name);
    if (d === undefined) {
      d = null;
      for (let p: object | null = start; p; p = Object.getPrototypeOf(p) as object | null) {
        const own = Object.getOwnPropertyDescriptor(p, name);
        if (own) {
          d = own;
          break;
        }
      }
      byName.set(name, d);
    }
    if (!d) throw new TypeError(`no ${name} on the prototype chain`);
    return d;
  }
  const get = <T>(obj: object, name: string): T => {
    const d = descriptor(obj, name);
    if (!d.get) throw new TypeError(`${name} is not an accessor`);
    return d.get.call(obj) as T;
  };
  const call = <T>(obj: object, name: string, ...args: unknown[]): T => {
    const d = descriptor(obj, name);
    if (typeof d.value !== 'function') throw new TypeError(`${name} is not a method`);
    return (d.value as Fn).apply(obj, args) as T;
  };

  return {
    nodeType: (n) => get<number>(n, 'nodeType'),
    firstChild: (n) => get<Node | null>(n, 'firstChild'),
    nextSibling: (n) => get<Node | null>(n, 'nextSibling'),
    text: (n) => get<string | null>(n, 'nodeValue') ?? '',
    localName: (el) => get<string>(el, 'localName'),
    namespaceURI: (el) => get<string | null>(el, 'namespaceURI'),
    getAttribute: (el, name) => call<string | null>(el, 'getAttribute', name),
    hasAttribute: (el, name) => call<boolean>(el, 'hasAttribute', name),
    documentElement: (doc) => get<Element | null>(doc, 'documentElement'),
    doctype: (doc) => get<DocumentType | null>(doc, 'doctype'),
    implementation: (doc) => get<DOMImplementation>(doc, 'implementation'),
  };
}
