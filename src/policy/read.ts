// Reading the firm's policy (storage.managed) and the user's settings
// (storage.local), merged into the effective settings (./effective.ts).
//
// storage.managed is absent in some browsers, and in Firefox its get()
// rejects when no policy names the extension: both mean "no policy". A
// policy is read once, kept, and read again only after storage says it
// changed (Chrome fires storage.onChanged with area 'managed' when IT
// pushes a new one); the user's settings likewise.
import { browser } from 'wxt/browser';
import { readUserSettings, SETTINGS_KEY, type SettingsArea, type UserSettings } from '../options/settings';
import { effectiveSettings, type Effective } from './effective';
import { NO_POLICY, parsePolicy, type PolicyReport } from './schema';

export interface ManagedArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
}

export type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface ChangeEvents {
  addListener(l: ChangeListener): void;
  removeListener(l: ChangeListener): void;
}

export interface ReaderDeps {
  /** storage.managed, or undefined where the browser has none. */
  managed: ManagedArea | undefined;
  local: Pick<SettingsArea, 'get'>;
  onChanged: ChangeEvents | undefined;
}

/**
 * The answer "no policy yet": what a read with `patienceMs` gets when
 * storage.managed has not answered by then. Never kept: the one call to
 * storage.managed goes on, and its answer is delivered to watchers.
 */
export const POLICY_UNANSWERED: PolicyReport = Object.freeze({ ...NO_POLICY });

/** The policy, validated key by key; no policy when there is no managed storage or it cannot be read. */
export async function readPolicy(managed: ManagedArea | undefined): Promise<PolicyReport> {
  if (!managed || typeof managed.get !== 'function') return NO_POLICY;
  let raw: unknown;
  try {
    raw = await managed.get();
  } catch {
    // Firefox without a policy for the extension: "Managed storage manifest not found".
    return NO_POLICY;
  }
  return parsePolicy(raw);
}

export interface ReadOptions {
  /** Read storage again rather than from the cache (storage has just said something changed). */
  fresh?: boolean;
  /**
   * At most this long for the policy: past it, the settings without the
   * policy (it has not answered yet), and watchers get the settings with it
   * when it does. Without: waits for the policy however long it takes.
   */
  patienceMs?: number;
}

export interface SettingsReader {
  /** The effective settings; from the cache unless `fresh` (or storage said something changed). */
  read(opts?: ReadOptions): Promise<Effective>;
  /** `cb` gets the new effective settings after each change of the policy or of the user's settings. */
  watch(cb: (e: Effective) => void): () => void;
  /** Stops following storage changes. */
  close(): void;
}

export function createSettingsReader(deps: ReaderDeps): SettingsReader {
  let policy: Promise<PolicyReport> | null = null;
  /**
   * Chromium's first storage.managed.get() can take seconds, and in some
   * runs never answers; asking again while one call is out seemed to start
   * the wait over. So there is one call at a time, and a read that cannot
   * wait goes on without it (patienceMs).
   */
  let policyOut = false;
  /**
   * A read went on without the policy: its answer, when it comes, is news
   * for watchers; and until then no read waits for it again (each court
   * page would pay the patience anew).
   */
  let answerIsNews = false;
  let user: Promise<UserSettings> | null = null;
  const watchers = new Set<(e: Effective) => void>();
  let generation = 0;

  const deliver = () => {
    if (!watchers.size) return;
    // Only the newest read is delivered: two quick changes never arrive out of order.
    const g = ++generation;
    void read().then(
      (e) => {
        if (g === generation) for (const w of [...watchers]) w(e);
      },
      () => undefined,
    );
  };

  const askPolicy = (): Promise<PolicyReport> => {
    if (policy) return policy;
    const asked = readPolicy(deps.managed);
    policy = asked;
    policyOut = true;
    void asked.then(() => {
      if (policy !== asked) return;
      policyOut = false;
      if (answerIsNews) {
        answerIsNews = false;
        deliver();
      }
    });
    return asked;
  };

  const read = async (opts: ReadOptions = {}) => {
    if (opts.fresh) {
      user = null;
      if (!policyOut) policy = null;
    }
    const asked = askPolicy();
    user ??= readUserSettings(deps.local);
    let report: PolicyReport;
    if (opts.patienceMs === undefined) report = await asked;
    else {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const patience = answerIsNews ? 0 : opts.patienceMs;
      report = await Promise.race([
        asked,
        new Promise<PolicyReport>((r) => (timer = setTimeout(() => r(POLICY_UNANSWERED), patience))),
      ]);
      clearTimeout(timer);
      if (report === POLICY_UNANSWERED) answerIsNews = true;
    }
    return effectiveSettings(report, await user);
  };

  const onChanged: ChangeListener = (changes, area) => {
    const mine = area === 'managed' || (area === 'local' && !!changes && SETTINGS_KEY in changes);
    if (!mine) return;
    if (area === 'managed') {
      if (!policyOut) policy = null;
    } else user = null;
    deliver();
  };
  deps.onChanged?.addListener(onChanged);

  return {
    read,
    watch(cb) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    close() {
      watchers.clear();
      deps.onChanged?.removeListener(onChanged);
    },
  };
}

function browserDeps(): ReaderDeps {
  let managed: ManagedArea | undefined;
  try {
    managed = (browser.storage as unknown as { managed?: ManagedArea }).managed;
  } catch {
    managed = undefined;
  }
  return {
    managed,
    local: browser.storage.local as unknown as SettingsArea,
    onChanged: browser.storage.onChanged as unknown as ChangeEvents,
  };
}

let shared: SettingsReader | undefined;

/** This context's reader (one per page or worker), following storage from its first use. */
export function settingsReader(): SettingsReader {
  return (shared ??= createSettingsReader(browserDeps()));
}

/** The effective settings now: the popup, the options page and the background call this. */
export function readEffectiveSettings(opts?: ReadOptions): Promise<Effective> {
  return settingsReader().read(opts);
}

/** The effective settings now and after every change; returns the unsubscribe. */
export function watchEffectiveSettings(cb: (e: Effective) => void): () => void {
  const reader = settingsReader();
  // A change that lands while the first read is under way wins over it.
  let changed = false;
  const stop = reader.watch((e) => {
    changed = true;
    cb(e);
  });
  void reader.read().then((e) => !changed && cb(e), () => undefined);
  return stop;
}
