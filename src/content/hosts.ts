// Where the content script runs. `https://ecf.*.uscourts.gov/*` is not a
// valid match pattern (a wildcard may only lead the host), so the script
// matches all of uscourts.gov and narrows with include globs to the hosts of
// the flow (SCREENS.md). The recogniser checks the host again, anchored.
export const MATCHES = ['https://*.uscourts.gov/*'];
export const INCLUDE_GLOBS = [
  'https://ecf.*.uscourts.gov/*',
  'https://ecf-train.*.uscourts.gov/*',
  'https://pacer.login.uscourts.gov/*',
  'https://train-login.uscourts.gov/*',
  'https://www.*.uscourts.gov/*',
];

/** A manifest glob as Chrome and Firefox read it: `*` any run of characters, `?` one. */
const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
const INCLUDE = INCLUDE_GLOBS.map(globToRegExp);

/** Whether the manifest runs the content script at `url` (its match pattern, then an include glob). */
export function contentScriptRunsAt(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || !u.hostname.endsWith('.uscourts.gov')) return false;
  return INCLUDE.some((re) => re.test(url));
}
