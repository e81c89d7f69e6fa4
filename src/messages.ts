// Messages between the content script, the popup and the background. The
// background owns all state; the content script only reports what screen it
// sees (never anything typed) and draws what it is told.
import type { ScreenId } from './recognize/types';
import type { GuideView } from './overlay';

export type ToBackground =
  | { type: 'screen'; screen: ScreenId; court: string | null; targetLabel: string | null }
  | { type: 'dismiss'; court: string; stepId: string }
  | { type: 'start'; court: string }
  | { type: 'stop'; court: string }
  | { type: 'status'; court: string };

export type ToContent = { type: 'refresh' };

export interface ScreenReply {
  view: GuideView | null;
}

export interface StatusReply {
  court: string;
  courtName: string;
  active: boolean;
  done: boolean;
  current: string | null;
  steps: Array<{ id: string; title: string; number: number; branch: boolean; reached: boolean }>;
}

export function isToBackground(m: unknown): m is ToBackground {
  if (!m || typeof m !== 'object') return false;
  const t = (m as { type?: unknown }).type;
  return t === 'screen' || t === 'dismiss' || t === 'start' || t === 'stop' || t === 'status';
}
