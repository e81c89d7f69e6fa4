// DOM clobbering and the capture (issue 10 item 6): a <form> whose fields
// are named "attributes", "firstChild", "getAttribute"… has those fields as
// its own properties in a browser (HTMLFormElement is LegacyOverrideBuiltIns),
// and <img name="implementation"> / <form name="documentElement"> do the
// same to the document. jsdom does not implement those named properties, so
// here they are made as a browser makes them: own properties of the
// element (or document) that hide the prototype's. The capture must read
// through the prototypes: the same file as from the page without them, and
// never the typed password. (test/e2e/capture-clobbering.spec.ts does it
// with the browsers' own named properties, in Chromium and Firefox.)
import { describe, expect, test } from 'vitest';
import { capturePage } from '../src/capture/sanitize';
import { domOf, loadFixtures } from './support/fixtures';

const f = loadFixtures().find((x) => x.name === 'ctb/09-link-form.html')!;
const TYPED = 'zqTypedPassword-9731';
/** What a page can name its fields to shadow what a capture would read. */
const SHADOWED = ['attributes', 'firstChild', 'nextSibling', 'childNodes', 'children', 'nodeType', 'nodeName', 'localName', 'tagName', 'namespaceURI', 'getAttribute', 'hasAttribute', 'cloneNode', 'querySelectorAll', 'textContent', 'nodeValue', 'outerHTML'];
const DOC_SHADOWED = ['documentElement', 'doctype', 'implementation', 'createTreeWalker', 'body', 'defaultView'];

function page(clobber: boolean): Document {
  const doc = domOf(f);
  const form = doc.querySelector('form')!;
  const pw = form.querySelector('input[type="password"]') as HTMLInputElement;
  // Two fields named "attributes": one of them the password the user types.
  pw.setAttribute('name', 'attributes');
  form.insertAdjacentHTML('afterbegin', '<input type="hidden" name="attributes" value="">');
  for (const name of SHADOWED.slice(1)) form.insertAdjacentHTML('beforeend', `<input type="hidden" name="${name}" value="">`);
  for (const name of DOC_SHADOWED) doc.body.insertAdjacentHTML('beforeend', `<img name="${name}" alt="">`);
  pw.value = TYPED;
  if (clobber) {
    for (const name of SHADOWED) {
      const named = form.elements.namedItem(name);
      Object.defineProperty(form, name, { configurable: true, get: () => named });
    }
    for (const name of DOC_SHADOWED) {
      const img = doc.querySelector(`img[name="${name}"]`);
      Object.defineProperty(doc, name, { configurable: true, get: () => img });
    }
  }
  return doc;
}

describe('a page that clobbers the form and the document', () => {
  test('the clobbering is real: the form\'s own properties are the fields, the document\'s an image', () => {
    const doc = page(true);
    const form = doc.querySelector('form')!;
    expect(String((form as unknown as { attributes: unknown }).attributes)).toBe('[object RadioNodeList]');
    expect(typeof form.getAttribute).not.toBe('function');
    expect((doc.documentElement as unknown as Element).tagName).toBe('IMG');
    // What a capture that trusted the element would have read: the typed password.
    expect([...(form.attributes as unknown as Iterable<HTMLInputElement>)].map((i) => i.value)).toContain(TYPED);
  });

  test('the capture does not throw, is the same file as without the clobbering, and holds no typed password', () => {
    const plain = capturePage(page(false), f.url);
    const clobbered = capturePage(page(true), f.url);
    expect(clobbered.html).toBe(plain.html);
    expect(clobbered.html).not.toContain(TYPED);
    expect(clobbered.html.toLowerCase()).not.toContain('zqtyped');
    expect(clobbered.screen).toBe('link-form');
    // The structure is there: the form and its fields were walked through.
    expect(clobbered.html).toContain('<form');
    expect(clobbered.html).toMatch(/<input type="password" name="field-\d+"(?: autocomplete="[a-z-]+")?>/);
  });
});
