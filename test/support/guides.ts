// The five court guides (test/seeds, copies of ../shared/seeds) as plain
// words, cut into their steps, so a test can find a profile's quote in the
// very step it cites.
//
// The seeds are Markdown renderings of the courts' documents. Their words are
// kept; what is dropped is markup: emphasis markers (** * ~~), HTML tags,
// link targets ([text](#) → text, <https://…> → https://…), backslash
// escapes and block-quote/list markers. Then whitespace and typographic
// quotes are normalised, on both sides. Nothing else: case, punctuation and
// the guides' own typos ("Limiter User", "then..") must match as written.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(import.meta.dirname, '../seeds');

/** Whitespace and typographic quotes: the only differences a quote may have with its guide. */
export function normalizeQuote(s: string): string {
  return s
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2018\u2019\u2032]/g, "'")
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** A guide's words without its Markdown markup. */
export function guideWords(markdown: string): string {
  const plain = markdown
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/\\([*_#\\[\]()])/g, '$1')
    .replace(/~~|\*\*|\*/g, '')
    .replace(/^[ \t]*(?:>|-|#+)[ \t]+/gm, '');
  return normalizeQuote(plain);
}

export interface Guide {
  file: string;
  words: string;
  /** Step marker → [start, end) in `words`; "introduction" is everything before step 1. */
  sections: Map<string, [number, number]>;
}

/** Step markers in the order the guide has them: "1.", "10(a)" (seed 000) or "STEP 1" (the others). */
function markers(words: string): Array<[string, number]> {
  const found: Array<[string, number]> = [];
  const stepWord = /\bSTEP (\d+)\b/g;
  if (stepWord.test(words)) {
    // Seeds 001–004: "STEP n", in order (cacb's orphaned "STEP 5" comes last).
    for (const m of words.matchAll(/\bSTEP (\d+)\b/g)) found.push([m[1]!, m.index!]);
    return found;
  }
  // Seed 000: "n." at the start of a step, searched in order, so the dialog's
  // own numbered items (1.–5., inside step 5) are never taken for steps.
  let from = 0;
  for (let n = 1; ; n++) {
    const at = words.slice(from).search(new RegExp(`(?:^| )${n}\\. `));
    if (at < 0) break;
    from += at + 1;
    found.push([String(n), from]);
    if (n === 10) {
      const a = words.indexOf('10(a)', from);
      if (a >= 0) found.push(['10a', a]);
    }
  }
  return found;
}

export function loadGuide(file: string): Guide {
  const words = guideWords(readFileSync(join(SEEDS_DIR, file.replace(/^seeds\//, '')), 'utf8'));
  const list = markers(words).sort((a, b) => a[1] - b[1]);
  const sections = new Map<string, [number, number]>();
  sections.set('introduction', [0, list[0]?.[1] ?? words.length]);
  list.forEach(([step, at], i) => sections.set(step, [at, list[i + 1]?.[1] ?? words.length]));
  return { file, words, sections };
}

/** The words of the step a source cites: "5 (linking instructions, item 3)" → step 5; "introduction". */
export function sectionOf(guide: Guide, step: string): string | null {
  const key = step === 'introduction' ? step : step.match(/^(\d+a?)/)?.[1];
  const range = key ? guide.sections.get(key) : undefined;
  return range ? guide.words.slice(range[0], range[1]) : null;
}
