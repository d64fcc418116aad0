/** At or above this the IVR connects without asking "did you mean …?". */
export const CONFIDENT = 0.7;

/** A lead this strong (a department's own phrase, or several of its words heard) … */
const STRONG_LEAD = 0.9;
/** … and this far ahead of the next (a word of weight between them) is what was asked for. */
const CLEAR_GAP = 0.1;
/** Alone, a phrase read from a department's description (0.68) is as sure as its kind's words. */
const ALONE = 0.65;

/**
 * How sure a ranking is of the department it leads with: as sure as the lead is strong, less
 * the closer the next comes. `echoed`: the others were heard only in words the lead shares.
 */
export function leadConfidence(
  best: { score: number },
  second: { score: number } | undefined,
  echoed: boolean,
): number {
  const lead = Math.min(1, best.score);
  if (!second) return best.score >= ALONE ? Math.max(round(lead), CONFIDENT) : round(lead);
  const ratio = echoed ? 0 : Math.min(1, second.score / best.score);
  const measured = round(lead * (1 - 0.6 * ratio * ratio));
  // "my bag was stolen" (1 against the concierge's 0.75 for "bag"): put through, not asked.
  const farAhead = best.score >= STRONG_LEAD && round(best.score - second.score) >= CLEAR_GAP;
  return farAhead ? Math.max(measured, CONFIDENT) : measured;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
