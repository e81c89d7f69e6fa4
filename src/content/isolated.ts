// State the extension's scripts in one page share: the content script, the
// overlay's code and the tester's capture the background injects. They all
// run in the extension's isolated world (each browser gives an extension one
// per frame), whose global object the page's own scripts never see.
//
// Keyed by symbols, not names: an element's id or name can stand in for a
// string-named property of `window` (named access: `<div id="x">` makes
// `window.x` that div, in Chromium's isolated worlds too), never for a
// symbol-keyed one. And every value is checked before use.
export interface Slot<T> {
  get(): T | undefined;
  set(value: T | undefined): void;
}

export function isolatedSlot<T>(name: string, valid: (v: unknown) => v is T): Slot<T> {
  const key = Symbol.for(`cmecf-link-guide:${name}`);
  const g = globalThis as unknown as Record<symbol, unknown>;
  return {
    get() {
      const v = g[key];
      return valid(v) ? v : undefined;
    },
    set(value) {
      Object.defineProperty(g, key, { value, writable: true, configurable: true, enumerable: false });
    },
  };
}

/** A plain object (not a DOM node, not a function) holding a function under each of `keys`. */
export function holdsFunctions<K extends string>(v: unknown, ...keys: K[]): v is Record<K, (...a: never[]) => unknown> {
  if (typeof v !== 'object' || v === null) return false;
  if (typeof Node === 'function' && v instanceof Node) return false;
  return keys.every((k) => typeof (v as Record<string, unknown>)[k] === 'function');
}
