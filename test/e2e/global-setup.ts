// Builds the extension for both browsers before any browser test, so that
// `playwright test` alone always tests what the sources say.
import { execFileSync } from 'node:child_process';
import { ROOT } from './support/harness';

export default function globalSetup() {
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: ROOT, stdio: 'ignore' });
  }
}
