// unknown: anything else — a page of no court, a lookalike host, a court
// how-to page that quotes the flow's wording, an unrelated CM/ECF page, a
// page that changed beyond recognition. The extension does nothing visible
// there. It is the answer when no other screen's predicate holds.
import type { Recognition } from '../recognition';

export const UNKNOWN: Recognition = Object.freeze({ screen: 'unknown', court: null, target: null, flags: [] });
