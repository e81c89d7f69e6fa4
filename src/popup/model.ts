// What the popup shows, computed from the background's StatusReply without
// any browser API, so that every sentence and every checklist mark is unit
// tested (test/popup.test.ts). The components only lay these out.
import type { CaptureReply, Flag, StatusReply } from '../messages';
import { stepMarks, type Mark } from '../guide/decide';
import { flagWarnings } from '../guide/flag-words';
import { guideRef, isSource, UNSOURCED } from '../profiles/label';
import type { SourcedText, TextSource } from '../profiles/source';
import directory from '../courts/federal-courts.json' with { type: 'json' };

/** The most serious first: a permanent link to the wrong account outranks a hint about a username. */
const FLAG_ORDER: readonly Flag[] = [
  'shared-firm-account',
  'name-mismatch',
  'names-unreadable',
  'legacy-pacer-username',
  'cmecf-username-on-pacer-login',
  'pacer-username-on-cmecf-login',
];

/** Flags that warn of a permanent link to the wrong account, not of a username. */
export const SERIOUS_FLAGS: ReadonlySet<Flag> = new Set<Flag>(['shared-firm-account', 'name-mismatch']);

/**
 * Known flags only, each once, most serious first, each with what it says on
 * `court`'s pages: the very sentences the overlay shows, with their sources
 * (src/guide/flag-words.ts). A flag with nothing to say for this court (a
 * hint resting on another court's guide) is left out, as on the page.
 */
export function flagTexts(flags: readonly unknown[], court: string | null): Array<{ flag: Flag; words: SourcedText[] }> {
  return FLAG_ORDER.filter((f) => flags.includes(f))
    .map((flag) => ({ flag, words: flagWarnings(flag, court) }))
    .filter((t) => t.words.length > 0);
}

/**
 * The background's reply, with every field the popup reads present: the
 * background grows its StatusReply in steps (issue 4), and an older or
 * half-updated one must not break the popup. Null when it is not a status at all.
 */
export function normalizeStatus(raw: unknown): StatusReply | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Record<keyof StatusReply, unknown>>;
  if (typeof r.court !== 'string' || !Array.isArray(r.steps)) return null;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  // A text without a source is never shown as a court's words: general advice.
  const sourced = (v: unknown): SourcedText[] =>
    Array.isArray(v)
      ? v.flatMap((x): SourcedText[] =>
          typeof x === 'string'
            ? [{ text: x, source: UNSOURCED }]
            : x && typeof x === 'object' && typeof (x as SourcedText).text === 'string'
              ? [{ text: (x as SourcedText).text, source: isSource((x as SourcedText).source) ? (x as SourcedText).source : UNSOURCED }]
              : [],
        )
      : [];
  const objects = <T>(v: unknown, ok: (x: Record<string, unknown>) => boolean) =>
    (Array.isArray(v) ? v.filter((x) => !!x && typeof x === 'object' && ok(x as Record<string, unknown>)) : []) as T[];
  const tab = r.tab && typeof r.tab === 'object' && typeof (r.tab as { id?: unknown }).id === 'number' ? (r.tab as StatusReply['tab']) : null;
  return {
    court: r.court,
    courtName: typeof r.courtName === 'string' && r.courtName ? r.courtName : directoryName(r.court),
    active: r.active === true,
    done: r.done === true,
    stopped: r.stopped === true,
    current: typeof r.current === 'string' ? r.current : null,
    steps: objects(r.steps, (s) => typeof s.id === 'string' && typeof s.title === 'string' && typeof s.number === 'number'),
    ready: sourced(r.ready),
    contacts: objects(r.contacts, (c) => typeof c.label === 'string'),
    links: objects(r.links, (l) => typeof l.label === 'string' && typeof l.url === 'string'),
    notes: sourced(r.notes),
    troubleshooting: sourced(r.troubleshooting),
    flags: strings(r.flags).filter((f): f is Flag => FLAG_ORDER.includes(f as Flag)),
    tab,
  };
}

export type { Mark };

export interface ChecklistItem {
  id: string;
  number: number;
  title: string;
  /** done, current, optional (the guide says it may not appear), skipped, todo: stepMarks in src/guide/decide.ts. */
  mark: Mark;
  /** The current step when it is a branch of this one (a detour: an error, a missing menu). */
  branch: { id: string; title: string } | null;
  /** The attorney is past this step (an optional one not shown: "did not appear", not "may not appear"). */
  passed: boolean;
}

/**
 * The main steps in order; a branch step appears only when it is the current
 * one, under the main step whose number it carries (numberOf in
 * src/guide/decide.ts gives a branch the number of the main step before it).
 */
export function checklist(status: Pick<StatusReply, 'steps' | 'current' | 'done'>): ChecklistItem[] {
  const current = status.steps.find((s) => s.id === status.current) ?? null;
  const branchAt = current?.branch && !status.done ? current.number : null;
  const marks = stepMarks(status.steps, status.current, status.done);
  const furthest = Math.max(0, current?.number ?? 0, ...status.steps.filter((s) => s.reached).map((s) => s.number));
  return status.steps
    .filter((s) => !s.branch)
    .map((s) => {
      const branch = branchAt === s.number && current ? { id: current.id, title: current.title } : null;
      return { id: s.id, number: s.number, title: s.title, mark: marks.get(s.id) ?? 'todo', branch, passed: status.done || s.number < furthest };
    });
}

/** The short tag beside a text in the popup: whose words these are. */
export function sourceTag(source: TextSource | undefined): { kind: 'court' | 'general'; short: string; long: string } {
  const s = isSource(source) ? source : UNSOURCED;
  return s.kind === 'court'
    ? { kind: 'court', short: `Court’s guide${shortStep(s.step)}`, long: `What the court says: ${guideRef(s)}` }
    : { kind: 'general', short: 'General advice', long: 'General advice, not from this court’s guide' };
}

/** ", step 10", ", introduction"; a part of the guide named otherwise is left to the tag's title (it would not fit). */
function shortStep(step: string): string {
  if (/^\d/.test(step)) return `, step ${step.replace(/ \(.*\)$/, '')}`;
  return step === 'introduction' ? ', introduction' : '';
}

/** Ends a sentence that may already end in punctuation (or a closing quote after it). */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]["”’)]?$/.test(t) ? t : `${t}.`;
}

/** The one line that says where the attorney is. */
export function stateLine(status: Pick<StatusReply, 'steps' | 'current' | 'done' | 'active'>): string {
  if (status.done) return 'Your accounts are linked for this court.';
  if (!status.active) return 'The guide is off for this court.';
  const total = status.steps.filter((s) => !s.branch).length;
  const current = status.steps.find((s) => s.id === status.current);
  if (!current) return 'Guiding you: open this court’s E-Filing (CM/ECF) page to begin.';
  return sentence(`Guiding you: step ${current.number} of ${total}, ${current.title}`);
}

/** Which buttons the guide offers now (their labels; "Start over" restarts from step 1). */
export function guideActions(status: Pick<StatusReply, 'active' | 'done'>): Array<'start' | 'restart' | 'stop'> {
  return status.active ? ['restart', 'stop'] : ['start'];
}

export function startLabel(status: Pick<StatusReply, 'done'>): string {
  return status.done ? 'Start the guide again' : 'Start the linking guide';
}

interface DirectoryEntry {
  cmecf_id: string;
  name: string;
  location: string;
  court_type: string;
}
const DIRECTORY = directory as DirectoryEntry[];

export function directoryName(court: string): string {
  return DIRECTORY.find((c) => c.cmecf_id === court)?.name ?? court;
}

export interface CourtOption {
  id: string;
  /** "Connecticut – United States Bankruptcy Court, D. Connecticut": the state first, so typing it finds the court. */
  label: string;
}

/**
 * All courts of the directory, by state, bankruptcy before district, then by
 * name. The directory's names all begin "United States…" or "District
 * Court…", so a select's type-ahead would be useless on them: the state
 * comes first.
 */
export const COURT_OPTIONS: readonly CourtOption[] = DIRECTORY.slice()
  .sort(
    (a, b) =>
      a.location.localeCompare(b.location) ||
      a.court_type.localeCompare(b.court_type) ||
      a.name.localeCompare(b.name),
  )
  .map((c) => ({ id: c.cmecf_id, label: `${c.location} – ${c.name}` }));

export function isDirectoryCourt(court: string | null | undefined): court is string {
  return !!court && DIRECTORY.some((c) => c.cmecf_id === court);
}

/**
 * `?court=<id>` and `?tab=<tabId>` on popup.html. Tests open the popup as an
 * ordinary page, whose active tab is then the popup itself: these say which
 * court, and which court page's tab, the popup is about (the toolbar never
 * sets them). Anything else is ignored.
 */
export function overrides(search: string): { court: string | null; tab: number | null } {
  const q = new URLSearchParams(search);
  const court = q.get('court')?.trim().toLowerCase() ?? null;
  const tab = Number(q.get('tab'));
  return {
    court: isDirectoryCourt(court) ? court : null,
    tab: q.has('tab') && Number.isInteger(tab) && tab >= 0 ? tab : null,
  };
}

/** The capture, if it is one; the file name reduced to a safe one. */
export function normalizeCapture(raw: unknown): CaptureReply | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Record<keyof CaptureReply, unknown>>;
  if (typeof r.html !== 'string' || !r.html) return null;
  const name = typeof r.filename === 'string' ? r.filename.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') : '';
  return {
    html: r.html,
    url: typeof r.url === 'string' ? r.url : '',
    screen: (typeof r.screen === 'string' ? r.screen : 'unknown') as CaptureReply['screen'],
    court: typeof r.court === 'string' ? r.court : null,
    filename: name ? (/\.html?$/i.test(name) ? name : `${name}.html`) : 'court-page.html',
  };
}

/** "Recognised as link-form (ctb)": what the command line would print for the page. */
export function recognisedLine(capture: Pick<CaptureReply, 'screen' | 'court'>): string {
  return `Recognised as ${capture.screen} (${capture.court ?? 'no court'})`;
}

/** A contact's ways to reach it, as links: mail, phone, web. */
export function contactLinks(c: StatusReply['contacts'][number]): Array<{ kind: 'email' | 'phone' | 'web'; href: string; text: string }> {
  const out: Array<{ kind: 'email' | 'phone' | 'web'; href: string; text: string }> = [];
  if (c.email) out.push({ kind: 'email', href: `mailto:${c.email}`, text: c.email });
  if (c.phone) out.push({ kind: 'phone', href: `tel:${c.phone.replace(/[^\d+]/g, '')}`, text: c.phone });
  if (c.url && /^https:\/\//i.test(c.url)) out.push({ kind: 'web', href: c.url, text: c.url.replace(/^https:\/\/(www\.)?/i, '').replace(/\/$/, '') });
  return out;
}
