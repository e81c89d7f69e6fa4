// Firm policy for the real-browser tests, written where each browser reads
// it, and always put back:
//  - Chromium (Debian) reads every JSON file in /etc/chromium/policies/managed/
//    and watches the folder; policy for an extension is
//    {"3rdparty": {"extensions": {"<id>": {...}}}}, addressed by id (the dev
//    key's, ./extension-id.ts), and delivered to storage.managed only as far
//    as the extension's storage.managed_schema allows. The file stays while
//    the browser runs (removing it would withdraw the policy).
//  - Firefox ESR (Debian) reads policies.json once, at startup, from
//    /etc/firefox/policies/ (the app's name, "Firefox", lower-cased: not
//    firefox-esr) or else from distribution/ beside the binary
//    (/usr/lib/firefox-esr/distribution/); the first one found wins. Policy
//    for an add-on is {"policies": {"3rdparty": {"Extensions": {"<gecko id>":
//    {...}}}}}; there is no schema. The file is put back as soon as the
//    browser has started.
//
// These folders are the whole machine's. So:
//  - each file we write is journalled first in JOURNAL_DIR (what was there,
//    byte for byte, and what we wrote); putting it back restores what was
//    there, or removes the file, and the folders we had to create;
//  - a lock per file (JOURNAL_DIR/<name>.lock, the holder's pid) keeps two
//    test runs (two worktrees, say) from writing the same file at once;
//  - a journal left by a run that died (its lock's holder gone) is played
//    back by the next run (recoverPolicyFiles, from global setup);
//  - an exit handler puts back whatever a test left when its process ends.
// Other browser tests must not run while a policy is in place: the
// Playwright project `policy` runs after the others (playwright.config.ts).
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, launchChromium, launchFirefox, type Harness } from './harness';
import { DEV_EXTENSION_ID } from './extension-id';

export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
/** Our own file in Chromium's folder: a name nothing else uses. */
export const CHROMIUM_POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'cmecf-link-guide-e2e.json');
export const FIREFOX_POLICY_FILES = {
  /** System-wide; wins over the other when present. */
  system: '/etc/firefox/policies/policies.json',
  /** Beside the browser (Debian's firefox-esr). */
  install: process.env.FIREFOX_DISTRIBUTION_DIR ? join(process.env.FIREFOX_DISTRIBUTION_DIR, 'policies.json') : '/usr/lib/firefox-esr/distribution/policies.json',
} as const;
export type FirefoxPolicyPlace = keyof typeof FIREFOX_POLICY_FILES;

export const FIREFOX_ADDON_ID = 'cmecf-link-guide@link-guide.dev';

/** Survives reboots less often than it survives crashes: /var/tmp, not /tmp. */
const JOURNAL_DIR = process.env.LINK_GUIDE_POLICY_JOURNAL ?? '/var/tmp/cmecf-link-guide-policy';

/** The keys of the firm policy the extension reads (storage.managed); anything else is allowed, for the malformed cases. */
export type FirmPolicy = Record<string, unknown>;

/** A policy as the file holds it: the object, or raw text (a file that is not JSON). */
export type PolicyText = FirmPolicy | { raw: string };

export function chromiumPolicyText(policy: PolicyText, id = DEV_EXTENSION_ID): string {
  if ('raw' in policy && typeof policy.raw === 'string') return policy.raw;
  return `${JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }, null, 2)}\n`;
}

export function firefoxPolicyText(policy: PolicyText, id = FIREFOX_ADDON_ID): string {
  if ('raw' in policy && typeof policy.raw === 'string') return policy.raw;
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [id]: policy } } } }, null, 2)}\n`;
}

interface Journal {
  path: string;
  /** sha256 of what we wrote. */
  wrote: string;
  /** What was there before (base64), or null when there was no file. */
  before: string | null;
  mode: number | null;
  /** Folders we created for the file, deepest first. */
  createdDirs: string[];
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const keyOf = (path: string) => path.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_/, '');
const journalPath = (path: string) => join(JOURNAL_DIR, `${keyOf(path)}.json`);
const lockPath = (path: string) => join(JOURNAL_DIR, `${keyOf(path)}.lock`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lockHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(join(lockPath(path), 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for `path` (waiting for another run to finish with it); a lock whose holder died is taken over. */
async function lock(path: string, waitMs = 300_000): Promise<void> {
  mkdirSync(JOURNAL_DIR, { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lockPath(path));
      writeFileSync(join(lockPath(path), 'pid'), String(process.pid));
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = lockHolder(path);
    // No pid yet: the holder is between mkdir and writing it; give it a moment.
    const stale = holder === null ? Date.now() - statSync(lockPath(path), { throwIfNoEntry: false })!.mtimeMs > 5_000 : !alive(holder);
    if (stale) {
      rmSync(lockPath(path), { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${path} is held by another test run (pid ${holder}) for over ${waitMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function unlock(path: string): void {
  if (lockHolder(path) === process.pid) rmSync(lockPath(path), { recursive: true, force: true });
}

/** Puts back what the journal of `path` says was there; removes the journal. Synchronous: also runs at exit. */
function playBack(path: string): void {
  const jp = journalPath(path);
  let j: Journal;
  try {
    j = JSON.parse(readFileSync(jp, 'utf8')) as Journal;
  } catch {
    return;
  }
  const now = existsSync(j.path) ? readFileSync(j.path) : null;
  if (now === null || sha256(now) === j.wrote) {
    if (j.before === null) rmSync(j.path, { force: true });
    else {
      writeFileSync(j.path, Buffer.from(j.before, 'base64'));
      if (j.mode !== null) chmodSync(j.path, j.mode);
    }
  } else {
    // Someone changed the file after we wrote it: theirs now, left alone.
    console.warn(`policy: ${j.path} changed since the test wrote it; left as it is`);
  }
  for (const d of j.createdDirs) {
    try {
      rmdirSync(d); // only if empty
    } catch {
      // not empty, or gone
    }
  }
  unlinkSync(jp);
}

const pending = new Set<string>();
process.on('exit', () => {
  for (const path of pending) {
    try {
      playBack(path);
      unlock(path);
    } catch {
      // best effort at exit; the next run's recovery does the rest
    }
  }
});

/**
 * Writes `text` to `path` (a policy file), journalled and locked; returns
 * the function that puts back what was there. Call it once the browser no
 * longer needs the file, also when the test failed.
 */
export async function placeFile(path: string, text: string): Promise<() => void> {
  await lock(path);
  try {
    playBack(path); // a journal left by a run that died holding this lock
    const createdDirs: string[] = [];
    for (let d = dirname(path); !existsSync(d); d = dirname(d)) createdDirs.push(d);
    const before = existsSync(path) ? readFileSync(path) : null;
    const journal: Journal = {
      path,
      wrote: sha256(text),
      before: before === null ? null : before.toString('base64'),
      mode: before === null ? null : statSync(path).mode & 0o7777,
      createdDirs,
    };
    // Journal first: a crash between the two writes still leaves a way back.
    writeFileSync(journalPath(path), JSON.stringify(journal));
    pending.add(path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { mode: 0o644 });
  } catch (e) {
    if (pending.has(path)) playBack(path);
    pending.delete(path);
    unlock(path);
    throw e;
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    try {
      playBack(path);
    } finally {
      pending.delete(path);
      unlock(path);
    }
  };
}

/**
 * Plays back the journals of runs that died with a policy in place (their
 * lock's holder is gone), and removes a stray Chromium file of ours that has
 * no journal. Returns the files it put back. Run before any browser test.
 */
export function recoverPolicyFiles(): string[] {
  const done: string[] = [];
  const journals = existsSync(JOURNAL_DIR) ? readdirSync(JOURNAL_DIR).filter((f) => f.endsWith('.json')) : [];
  for (const f of journals) {
    let path: string;
    try {
      path = (JSON.parse(readFileSync(join(JOURNAL_DIR, f), 'utf8')) as Journal).path;
    } catch {
      continue;
    }
    const holder = lockHolder(path);
    if (holder !== null && alive(holder)) continue; // another run is using it right now
    playBack(path);
    rmSync(lockPath(path), { recursive: true, force: true });
    done.push(path);
  }
  const holder = lockHolder(CHROMIUM_POLICY_FILE);
  if (existsSync(CHROMIUM_POLICY_FILE) && !existsSync(journalPath(CHROMIUM_POLICY_FILE)) && !(holder !== null && alive(holder))) {
    rmSync(CHROMIUM_POLICY_FILE);
    done.push(CHROMIUM_POLICY_FILE);
  }
  return done;
}

/** Why this process cannot write the policy file at `path` (the nearest existing folder is not writable), or null when it can. */
export function cannotWrite(path: string): string | null {
  let d = dirname(path);
  while (!existsSync(d)) d = dirname(d);
  try {
    accessSync(d, constants.W_OK);
    accessSync(existsSync(JOURNAL_DIR) ? JOURNAL_DIR : dirname(JOURNAL_DIR), constants.W_OK);
    return null;
  } catch {
    return `cannot write ${path} (${d} is not writable): the policy tests need root, as on CI`;
  }
}

/** Chromium with `policy` in its managed policy folder; closing the harness closes the browser, then removes the policy. */
export async function launchChromiumWithPolicy(policy: PolicyText, extensionDir = CHROME_BUILD): Promise<Harness> {
  const restore = await placeFile(CHROMIUM_POLICY_FILE, chromiumPolicyText(policy));
  let h: Harness;
  try {
    h = await launchChromium(extensionDir);
  } catch (e) {
    restore();
    throw e;
  }
  return {
    ...h,
    async close() {
      try {
        await h.close();
      } finally {
        restore();
      }
    },
  };
}

/** Firefox started with `policy` in policies.json at `place`; the file is put back as soon as Firefox has read it (at startup). */
export async function launchFirefoxWithPolicy(policy: PolicyText, place: FirefoxPolicyPlace = 'system', extensionDir = FIREFOX_BUILD): Promise<Harness> {
  const restore = await placeFile(FIREFOX_POLICY_FILES[place], firefoxPolicyText(policy));
  try {
    return await launchFirefox(extensionDir);
  } finally {
    restore();
  }
}

export function launchWithPolicy(name: 'chromium' | 'firefox', policy: PolicyText): Promise<Harness> {
  return name === 'chromium' ? launchChromiumWithPolicy(policy) : launchFirefoxWithPolicy(policy);
}
