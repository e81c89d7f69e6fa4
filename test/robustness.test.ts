// "Right on pages it was not tuned on": each screen combines several signals,
// so a page that lost one of them (a court renamed an id, re-worded a menu
// item) is still the same screen. Each variation below takes away one kind of
// signal from every fixture and expects the same answer.
import { describe, expect, test } from 'vitest';
import { recognize } from '../src/recognize';
import { domOf, loadFixtures, type Fixture } from './support/fixtures';

const fixtures = loadFixtures();

/** The ids SCREENS.md names, that a court's next release could rename. */
const WELL_KNOWN_IDS = [
  'topmenu',
  'cmecfMainContent',
  'cmecfLogo',
  'loginForm',
  'loginForm:loginName',
  'loginForm:password',
  'loginForm:clientCode',
  'loginForm:fbtnLogin',
  'loginForm:courtId',
  'regmsg',
  'regmsg:redactionConfirmation',
  'redactionConfirmation',
  'regmsg:chkRedact',
  'regmsg:bpmConfirm',
];

const variations: Array<[string, (doc: Document) => void]> = [
  [
    'without the well-known ids',
    (doc) => {
      for (const id of WELL_KNOWN_IDS) doc.getElementById(id)?.setAttribute('id', `renamed-${id.replace(/\W/g, '-')}`);
    },
  ],
  [
    'with another title and re-cased menu labels',
    (doc) => {
      doc.title = 'CM/ECF NextGen 2.0 - LIVE';
      for (const a of doc.querySelectorAll('#topmenu a, .yuimenubar a')) a.textContent = (a.textContent ?? '').toUpperCase();
    },
  ],
  [
    'with every class name of the YUI menu bar gone',
    (doc) => {
      for (const el of doc.querySelectorAll('#topmenu, #topmenu *')) el.removeAttribute('class');
    },
  ],
];

function expectSame(f: Fixture, mutate: (doc: Document) => void) {
  const doc = domOf(f);
  mutate(doc);
  const r = recognize(doc, f.url);
  expect({ screen: r.screen, court: r.court }, f.name).toEqual({ screen: f.screen, court: f.court });
  expect(r.target === null, `${f.name}: whether there is a target`).toBe(f.target === null);
}

describe.each(variations)('the same screen %s', (_name, mutate) => {
  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (_n, f) => expectSame(f, mutate));
});

describe('hidden dialogs never decide the screen', () => {
  // Every login-host page carries its dialogs in the DOM: hiding whatever
  // dialog is shown must turn a dialog screen back into the page beneath it,
  // and a page with all dialogs hidden is never a dialog screen.
  const dialogScreens = new Set(['upgrade-choice', 'linking-instructions', 'redaction-ack']);
  const withDialog = fixtures.filter((f) => dialogScreens.has(f.screen));

  test.each(withDialog.map((f) => [f.name, f] as const))('%s, its dialog closed, is not a dialog screen', (_n, f) => {
    const doc = domOf(f);
    for (const d of doc.querySelectorAll('.ui-dialog, [role="dialog"]')) {
      d.setAttribute('aria-hidden', 'true');
      d.setAttribute('style', 'display: none');
    }
    for (const o of doc.querySelectorAll('.ui-widget-overlay')) o.remove();
    const r = recognize(doc, f.url);
    expect(dialogScreens.has(r.screen), `${f.name} still says ${r.screen}`).toBe(false);
  });

  test('there are dialog fixtures to close', () => {
    expect(withDialog.length).toBeGreaterThanOrEqual(6);
  });
});
