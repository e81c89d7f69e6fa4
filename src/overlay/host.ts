// The one element the overlay adds to the page: a custom tag appended to
// <html> (outside <body>, which JSF re-renders), with a shadow root holding
// our stylesheet and a container Preact renders into.
//
// The shadow root is closed in the store build: `host.shadowRoot` is null for
// the page, whose scripts cannot read what the guide says (the shared-account
// warning, the username hint) nor reach its buttons. Test builds open it, for
// tests and testers' tools to look inside (src/content/test-hooks.ts).
import { TEST_HOOKS } from '../content/test-hooks';
import { CSS, HOST_STYLE } from './styles';
import { HOST_TAG } from './tag';

export { HOST_TAG };

export interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Preact's container: rendering into the shadow root itself would remove the <style>. */
  root: HTMLElement;
}

export function createHost(doc: Document): Host {
  const host = doc.createElement(HOST_TAG);
  // Set through the CSSOM, not a style attribute: a page's CSP (style-src)
  // does not apply to it.
  for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: TEST_HOOKS ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const root = doc.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  doc.documentElement.append(host);
  return { host, shadow, root };
}
