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
