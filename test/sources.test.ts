// Issue 12, item 4: every sentence a profile shows is either a court's own
// words, found exactly (whitespace and typographic quotes aside) in the very
// step of that court's guide it cites, or general advice marked so. And what
// one court's guide says is never shown under another court's name.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GENERIC_PROFILES, SEED_PROFILES, profileFor } from '../src/profiles';
import type { SourcedText, TextSource } from '../src/profiles/source';
import { profileErrors } from '../src/profiles/validate';
import { guideWords, loadGuide, normalizeQuote, sectionOf, SEEDS_DIR } from './support/guides';

const GUIDE_OF: Record<string, string> = {
  ctb: 'seeds/000_8417814b27c57c2d.txt',
  nynb: 'seeds/001_f902dcb81db63d71.txt',
  gasb: 'seeds/002_a12ec3b2683f1a9c.txt',
  mnd: 'seeds/003_8b9cbf23404c77c4.txt',
  cacb: 'seeds/004_767184fd7d35427f.txt',
};

/** Every {text, source} in a profile, with where it sits ("steps.3.words.0.instruction.1"). */
function sourcedTexts(value: unknown, path = ''): Array<SourcedText & { path: string }> {
  if (!value || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  if (typeof v.text === 'string' && v.source && typeof v.source === 'object') return [{ text: v.text, source: v.source as TextSource, path }];
  return Object.entries(v).flatMap(([k, x]) => sourcedTexts(x, path ? `${path}.${k}` : k));
}

const ALL = { ...SEED_PROFILES, 'generic-bankruptcy': GENERIC_PROFILES.bankruptcy, 'generic-district': GENERIC_PROFILES.district };

describe('the court guides the quotes are checked against', () => {
  test('test/seeds holds the five guides, the same as ../shared/seeds where that exists', () => {
    expect(readdirSync(SEEDS_DIR).sort()).toEqual(Object.values(GUIDE_OF).map((f) => f.replace('seeds/', '')).sort());
    const shared = join(import.meta.dirname, '../../shared/seeds');
    if (existsSync(shared))
      for (const f of readdirSync(SEEDS_DIR)) expect(readFileSync(join(SEEDS_DIR, f), 'utf8'), f).toBe(readFileSync(join(shared, f), 'utf8'));
  });

  test('each guide is cut into its own steps (seed 000 with 10a; the dialog items stay in step 5)', () => {
    const ctb = loadGuide(GUIDE_OF.ctb!);
    expect([...ctb.sections.keys()]).toEqual(['introduction', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '10a', '11', '12']);
    expect(sectionOf(ctb, '5 (linking instructions, item 3)')).toContain('From this point forward, use your upgraded PACER credentials');
    expect(sectionOf(ctb, '3')).toContain('Use your CM/ECF Username and Password here.');
    expect(sectionOf(ctb, '3')).not.toContain('From this point forward');
    expect([...loadGuide(GUIDE_OF.nynb!).sections.keys()]).toEqual(['introduction', '1', '2', '3', '4', '5', '6']);
  });

  test('markup goes, words stay: bold, links, autolinks, tags', () => {
    expect(guideWords('Use your **CM/ECF Username and Password here.**')).toBe('Use your CM/ECF Username and Password here.');
    expect(guideWords('site (<https://ecf.nynb.uscourts.gov>). see [Upgrading Your PACER Account](#) <p>Select “E-Filing”</p>')).toBe(
      'site (https://ecf.nynb.uscourts.gov). see Upgrading Your PACER Account Select "E-Filing"',
    );
    expect(normalizeQuote('don’t  “x”\n y')).toBe('don\'t "x" y');
  });
});

describe.each(Object.keys(ALL))('%s: every text names its source truly', (name) => {
  const profile = ALL[name as keyof typeof ALL]!;
  const texts = sourcedTexts(profile);

  test('there is something to check, and the schema agrees', () => {
    expect(texts.length).toBeGreaterThan(20);
    expect(profileErrors({ [name]: profile })).toEqual([]);
  });

  test('a court’s words are found, exactly, in the step of its own guide they cite', () => {
    const wrong: string[] = [];
    for (const t of texts) {
      if (t.source.kind !== 'court') continue;
      if (t.source.court !== name) wrong.push(`${t.path}: cites ${t.source.court}'s guide in the ${name} profile`);
      if (t.source.guide !== GUIDE_OF[t.source.court]) wrong.push(`${t.path}: ${t.source.guide} is not ${t.source.court}'s guide`);
      const guide = loadGuide(GUIDE_OF[t.source.court] ?? t.source.guide);
      const section = sectionOf(guide, t.source.step);
      const quote = normalizeQuote(t.text);
      if (section === null) wrong.push(`${t.path}: no ${t.source.step} in ${guide.file}`);
      else if (!section.includes(quote))
        wrong.push(`${t.path}: not in ${guide.file} ${t.source.step}${guide.words.includes(quote) ? ' (it is elsewhere in the guide)' : ''}: “${t.text}”`);
    }
    expect(wrong).toEqual([]);
  });

  test('general advice says what it rests on, and never passes off another court’s sentence as general', () => {
    const others = Object.entries(GUIDE_OF).filter(([c]) => c !== name).map(([, f]) => loadGuide(f).words);
    for (const t of texts) {
      if (t.source.kind !== 'general') continue;
      expect(t.source.basis.length, t.path).toBeGreaterThan(5);
      // The generic profiles use the national wording, marked general; a seed court's profile never borrows its neighbours'.
      if (name in SEED_PROFILES) for (const words of others) expect(words.includes(normalizeQuote(t.text)), `${t.path}: “${t.text}”`).toBe(false);
    }
  });
});

describe('one court’s advice stays with that court (issue 12, item 4)', () => {
  // Said by ctb's guide only: its troubleshooting, its 10a advice, its username shapes.
  const CTB_ONLY = [/7 digits/i, /request be rejected/i, /shut down the browser/i, /Refresh your screen/i, /ct#####/, /phv#####/, /From this point forward/i, /Manage My Account/i];
  const textsOf = (p: unknown) => sourcedTexts(p).map((t) => t.text).join('\n');

  test.each(['nynb', 'gasb', 'mnd', 'cacb', 'generic-bankruptcy', 'generic-district', 'akb', 'nysd', 'flsd'])('%s shows none of ctb’s own advice', (court) => {
    const text = textsOf(ALL[court as keyof typeof ALL] ?? profileFor(court));
    for (const re of CTB_ONLY) expect(text, String(re)).not.toMatch(re);
  });

  test('while ctb shows all of it, as its own words', () => {
    const ctb = sourcedTexts(SEED_PROFILES.ctb).filter((t) => t.source.kind === 'court').map((t) => t.text).join('\n');
    for (const re of CTB_ONLY.filter((r) => !/Manage My Account/.test(String(r)))) expect(ctb, String(re)).toMatch(re);
    expect(ctb).toContain('Manage My Account');
  });

  test('a generic profile quotes no court: everything in it is general advice', () => {
    for (const p of [GENERIC_PROFILES.bankruptcy, GENERIC_PROFILES.district, profileFor('akb'), profileFor('nysd')])
      for (const t of sourcedTexts(p)) expect(t.source.kind, `${p!.court} ${t.path}`).toBe('general');
  });

  test('a quote that is not in its guide, or cites the wrong step, is caught', () => {
    const ctb = loadGuide(GUIDE_OF.ctb!);
    expect(sectionOf(ctb, '10a')!.includes(normalizeQuote('Your account may not be linked using this utility.'))).toBe(true);
    expect(sectionOf(ctb, '9')!.includes(normalizeQuote('Your account may not be linked using this utility.'))).toBe(false);
    expect(ctb.words.includes(normalizeQuote('Use your PACER Username and Password here.'))).toBe(false);
  });
});
