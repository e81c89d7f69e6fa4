// Where the content script is expected, and whether it ran.
//
// Expected: src/content/hosts.ts's contentScriptRunsAt, asked for the state
// the benchmark's browsers are in outside the highlight runs: no linking
// session. While the manifest declares the content script (today), the
// answer does not depend on a session and the `idle` option is ignored;
// once the background registers it at run time (issue 11 item 3), the same
// call answers for the narrow set that is registered while nobody is linking.
//
// Ran: counted in the browser, not predicted. CDP Runtime reports every
// JavaScript world created in the page; a content script (or any script the
// extension injects) runs in an isolated world whose origin is
// chrome-extension://<the extension's id>. This needs nothing from the
// extension's build (the test build's data-link-guide attribute is read too,
// as a second signal, but store builds lack it).
import * as hosts from '../../src/content/hosts';
import type { Side } from './browser';

type RunsAt = (url: string, opts?: { idle?: boolean }) => boolean;

/** Whether the content script should run at `url` with no linking session active. */
export function scriptExpectedAt(url: string): boolean {
  return (hosts.contentScriptRunsAt as RunsAt)(url, { idle: true });
}

export function extensionIdOf(side: Side): string | null {
  const h = side.harness.handles();
  return h.name === 'chromium' ? h.extensionId : null;
}

interface ExecutionContext {
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export interface InjectionWatch {
  /** Forget what was seen: call before a navigation. */
  reset(): void;
  /** Isolated worlds of the extension created since the last reset. */
  count(): number;
  stop(): Promise<void>;
}

/** Watches `side`'s page for worlds of the extension `extensionId` (Runtime.enable on the side's CDP session). */
export async function watchInjections(side: Side, extensionId: string | null): Promise<InjectionWatch> {
  const cdp = side.cdp as unknown as {
    on(event: string, f: (e: { context: ExecutionContext }) => void): void;
    off(event: string, f: (e: { context: ExecutionContext }) => void): void;
    send(method: string): Promise<unknown>;
  };
  let seen = 0;
  const origin = extensionId ? `chrome-extension://${extensionId}` : null;
  const onCreated = (e: { context: ExecutionContext }) => {
    if (origin && e.context.origin === origin && e.context.auxData?.type === 'isolated') seen++;
  };
  cdp.on('Runtime.executionContextCreated', onCreated);
  await cdp.send('Runtime.enable');
  return {
    reset: () => {
      seen = 0;
    },
    count: () => seen,
    async stop() {
      cdp.off('Runtime.executionContextCreated', onCreated);
      await cdp.send('Runtime.disable');
    },
  };
}
