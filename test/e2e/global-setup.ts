// Builds the extension for both browsers before any browser test, so that
// `playwright test` alone always tests what the sources say: the tested
// builds (.output/*-mv3, with the test hooks) and the store builds
// (.output/*-mv3-store, without them), which the hostile-page tests attack
// (test/e2e/support/hostile-suite.ts); and puts back
// the policy files a test run that died left in the machine's policy
// folders (test/e2e/support/policy.ts), before any browser could read them.
import { execFileSync } from 'node:child_process';
import { ROOT } from './support/harness';
import { recoverPolicyFiles } from './support/policy';

export default function globalSetup() {
  for (const path of recoverPolicyFiles()) console.warn(`put back ${path}, left by a test run that did not finish`);
  for (const args of [['build'], ['build', '-b', 'firefox'], ['build', '--mode', 'store'], ['build', '-b', 'firefox', '--mode', 'store']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'ignore' });
  }
}
