// A malformed court profile fails the real build, with the court and the
// field in the message. Runs `wxt build` on a scratch copy of the project,
// never on the working tree.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'link-guide-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('wxt build refuses a profile with an empty instruction, naming court and field', () => {
  for (const part of ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package.json', 'tsconfig.json']) {
    try {
      cpSync(join(ROOT, part), join(scratch, part), { recursive: true });
    } catch {
      // public/ may not exist
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(scratch, 'node_modules'));
  const file = join(scratch, 'src/profiles/data/gasb.json');
  const gasb = JSON.parse(readFileSync(file, 'utf8'));
  gasb.steps[2].words[0].instruction[0].text = '';
  writeFileSync(file, JSON.stringify(gasb));
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: scratch, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  expect(r.status).not.toBe(0);
  expect(r.stdout + r.stderr).toMatch(/profile gasb: steps\.2\.words\.0\.instruction\.0\.text: /);
}, 60_000);
