// The policy writer of the browser tests (test/e2e/support/policy.ts), on a
// scratch folder instead of /etc: what was there comes back byte for byte,
// the folders it made go, and a run that died is cleaned up by the next.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const scratch = mkdtempSync(join(tmpdir(), 'link-guide-policy-files-'));
const journal = join(scratch, 'journal');
let policy: typeof import('./e2e/support/policy');

beforeAll(async () => {
  process.env.LINK_GUIDE_POLICY_JOURNAL = journal;
  process.env.CHROMIUM_POLICY_DIR = join(scratch, 'chromium/policies/managed');
  policy = await import('./e2e/support/policy');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('a file that was there comes back byte for byte, with its mode', async () => {
  const file = join(scratch, 'firefox/policies.json');
  mkdirSync(join(scratch, 'firefox'));
  const original = Buffer.from('{"policies":{"DisableAppUpdate":true}}\r\n\u00e9', 'utf8');
  writeFileSync(file, original);
  chmodSync(file, 0o600);
  const restore = await policy.placeFile(file, policy.firefoxPolicyText({ sharedUsernames: ['a'] }));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
    policies: { '3rdparty': { Extensions: { 'cmecf-link-guide@link-guide.dev': { sharedUsernames: ['a'] } } } },
  });
  restore();
  restore(); // twice is once
  expect(readFileSync(file).equals(original)).toBe(true);
  expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(existsSync(journal) ? (await import('node:fs')).readdirSync(journal) : []).toEqual([]);
});

test('a file that was not there is removed, with the folders made for it', async () => {
  const restore = await policy.placeFile(policy.CHROMIUM_POLICY_FILE, policy.chromiumPolicyText({ usernameHint: false }, 'abc'));
  expect(JSON.parse(readFileSync(policy.CHROMIUM_POLICY_FILE, 'utf8'))).toEqual({ '3rdparty': { extensions: { abc: { usernameHint: false } } } });
  restore();
  expect(existsSync(join(scratch, 'chromium'))).toBe(false);
});

test('a second writer of the same file waits for the first to put it back', async () => {
  const file = join(scratch, 'waited.json');
  const first = await policy.placeFile(file, 'first');
  let secondWrote = false;
  const second = policy.placeFile(file, 'second').then((r) => {
    secondWrote = true;
    return r;
  });
  await new Promise((r) => setTimeout(r, 500));
  expect(secondWrote).toBe(false);
  expect(readFileSync(file, 'utf8')).toBe('first');
  first();
  const restoreSecond = await second;
  expect(readFileSync(file, 'utf8')).toBe('second');
  restoreSecond();
  expect(existsSync(file)).toBe(false);
});

test('what a run that died left is put back by the next run’s recovery; a run still going is left alone', async () => {
  const file = join(scratch, 'died/policies.json');
  mkdirSync(join(scratch, 'died'));
  writeFileSync(file, 'the admin’s own');
  // A child process writes the policy and dies without putting it back (SIGKILL: no exit handler).
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `import('./test/e2e/support/policy.ts').then(async (p) => { await p.placeFile(${JSON.stringify(file)}, 'left behind'); process.kill(process.pid, 'SIGKILL'); })`],
    { cwd: join(import.meta.dirname, '..'), env: { ...process.env }, encoding: 'utf8' },
  );
  expect(child.signal).toBe('SIGKILL');
  expect(readFileSync(file, 'utf8')).toBe('left behind');
  // A file this process holds right now is not touched.
  const mine = join(scratch, 'mine.json');
  const restoreMine = await policy.placeFile(mine, 'in use');
  expect(policy.recoverPolicyFiles()).toEqual([file]);
  expect(readFileSync(file, 'utf8')).toBe('the admin’s own');
  expect(readFileSync(mine, 'utf8')).toBe('in use');
  restoreMine();
}, 30_000);
