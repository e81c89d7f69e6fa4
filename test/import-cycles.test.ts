// Issue 11 item 5: no module imports itself back through another (a newcomer
// reading one file should not need the file that needs it). Follows every
// relative import, type-only ones included, from each source file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {
      /* next candidate */
    }
  }
  return null;
}

/** Each source file under `dirs` (relative to the repo) with the files it imports. */
function importGraph(dirs: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of dirs.flatMap((d) => files(join(ROOT, d)))) {
    const src = readFileSync(f, 'utf8');
    const deps = [...src.matchAll(IMPORT)].map((m) => resolveImport(f, m[1]!)).filter((x): x is string => x !== null);
    graph.set(relative(ROOT, f), deps.map((d) => relative(ROOT, d)));
  }
  return graph;
}

/** Every import cycle in the graph, each as the list of its files. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (!graph.has(g)) continue;
      if (state.get(g) === 'open') cycles.push(stack.slice(stack.indexOf(g)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(cyclesOf(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('reads type-only and re-exporting imports too', () => {
    const g = importGraph(['src/recognize']);
    expect(g.get('src/recognize/screens/unknown.ts')).toEqual(['src/recognize/recognition.ts']);
    expect(g.get('src/recognize/index.ts')).toContain('src/recognize/recognition.ts');
    expect(g.get('src/recognize/index.ts')).toContain('src/recognize/screens/unknown.ts');
  });

  // src/overlay's circle (index <-> mount) is another helper's; widen to 'src' when it is gone.
  it.each(['src/recognize', 'src/options'])('%s has none', (dir) => {
    expect(cyclesOf(importGraph([dir]))).toEqual([]);
  });
});
