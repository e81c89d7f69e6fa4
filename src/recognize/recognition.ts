// What recognising a page answers, and the answer where nothing matched.
// Its own module so that the screens (./screens/unknown) and the recogniser
// (./index) both import it without importing each other.
import type { AccountNames, Flag } from './flags';
import type { ScreenId } from './types';

export interface Recognition {
  screen: ScreenId;
  /** CM/ECF id of the court, or null where the page does not say. */
  court: string | null;
  /** The next action on the page, or null. */
  target: Element | null;
  /** The rest of the action, to keep in sight (not part of the printed answer). */
  related?: Element[];
  /** Warnings the page itself raises (the confirmation screen's account names). */
  flags: Flag[];
  /** The confirmation screen's two names: in memory only, never printed, sent or stored. */
  names?: AccountNames | null;
}

/** The serialisable answer: what the command line prints and the content script records. */
export interface RecognitionJson {
  screen: ScreenId;
  court: string | null;
  target: { selector: string; label: string } | null;
  flags: Flag[];
}
