// The content script's side of the settings: it asks the background, which
// merges the firm's policy into the user's settings (./read.ts), so that
// the validator (zod) never ships in the content script. No zod here.
import { browser } from 'wxt/browser';
import type { ToBackground } from '../messages';
import { parseSettings, SETTINGS_KEY, type Settings } from '../options/settings';

/** The settings that apply on court pages (`fresh`: just changed); rejects when the background does not answer with them. */
export async function askPageSettings(fresh = false): Promise<Settings> {
  const reply: unknown = await browser.runtime.sendMessage({ type: 'settings', fresh } satisfies ToBackground);
  if (!reply || typeof reply !== 'object' || Array.isArray(reply)) throw new Error('the background sent no settings');
  return parseSettings(reply);
}

/** A storage change that can change them: the user's settings, or the firm's policy. */
export function changesPageSettings(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && SETTINGS_KEY in changes);
}
