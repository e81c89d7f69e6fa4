// Reading the one field the guide reads (the username on a login page)
// without trusting the page: the field's type and value are read through the
// prototypes of the field's own window as this world sees them, never
// through the element's own properties, and a field that is a password field
// at the moment of reading is never read.
//
// A login page may turn its username field into a password field
// (identifier-first logins do), by attribute or by property: the type is
// checked at every read, not once when the listener is attached.

type InputPrototype = typeof HTMLInputElement.prototype;

/** The HTMLInputElement prototype of `el`'s window when `el` is an <input>, else undefined. */
function inputPrototype(el: Element): InputPrototype | undefined {
  const win = el.ownerDocument?.defaultView as (Window & typeof globalThis) | null | undefined;
  const Input = win?.HTMLInputElement;
  return typeof Input === 'function' && el instanceof Input ? Input.prototype : undefined;
}

function getter(proto: object, name: string): ((this: unknown) => unknown) | undefined {
  return Object.getOwnPropertyDescriptor(proto, name)?.get as ((this: unknown) => unknown) | undefined;
}

/**
 * Whether `el` is a password field now, or not an <input> at all (then it is
 * not read either): by the type the browser renders (the `type` getter) and
 * by the attribute as written, either saying password.
 */
export function unreadable(el: Element): boolean {
  const proto = inputPrototype(el);
  if (!proto) return true;
  const win = el.ownerDocument!.defaultView as Window & typeof globalThis;
  const rendered = String(getter(proto, 'type')?.call(el) ?? '');
  const written = String(win.Element.prototype.getAttribute.call(el, 'type') ?? '');
  return rendered.toLowerCase() === 'password' || written.trim().toLowerCase() === 'password';
}

/** The field's value, or null when it is not a text input now (a password field, or not an <input>). */
export function readTextValue(el: Element): string | null {
  if (unreadable(el)) return null;
  const value = getter(inputPrototype(el)!, 'value')?.call(el);
  return typeof value === 'string' ? value : null;
}
