// court-website: the court's public home page, www.<court>.uscourts.gov
// (seed 000 steps 1-2). Next action: its "E-Filing (CM/ECF)" link.
// Signals: a court's www host + the home path (a deeper page, such as a
// how-to that quotes the flow, is not this screen) + a shown link to the
// court's CM/ECF, known by its host or by its wording.
import type { PageContext } from '../context';
import { isShown, textOf } from '../dom';
import type { Screen } from '../types';

const HOME_PATHS = /^\/(?:index\.(?:html?|php))?$|^\/home\/?$/i;
const CMECF_WORDING = /\bCM\s*\/?\s*ECF\b|\bE-?Filing\b|\bElectronic Filing\b/i;

function ecfLink(ctx: PageContext): Element | null {
  return ctx.once('court-website.link', () => {
    const ecfHost = new RegExp(`^https://ecf\\.${ctx.hostCourt}\\.uscourts\\.gov(?:/|$)`, 'i');
    const anchors = [...ctx.doc.querySelectorAll('a[href]')];
    const byHost = (a: Element) => ecfHost.test(a.getAttribute('href') ?? '');
    const byWords = (a: Element) => CMECF_WORDING.test(textOf(a));
    // Best: pointing at the court's CM/ECF and saying so; then either alone.
    for (const test of [(a: Element) => byHost(a) && byWords(a), byHost, byWords]) {
      const hit = anchors.find((a) => test(a) && textOf(a).length < 60);
      if (hit && isShown(hit)) return hit;
    }
    return null;
  });
}

export const screen: Screen = {
  id: 'court-website',
  host: 'website',
  matches: (ctx) => HOME_PATHS.test(ctx.path) && !!ecfLink(ctx),
  target: ecfLink,
};
