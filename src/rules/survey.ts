import type { SurveySettings } from "./directory.ts";

// The post-call survey's decisions: whether a call is asked, what a key press scores, and which
// scores open a follow-up task. Pure: the call, the settings and the clock come in.

/** What the caller is asked about: the transfer, the message they left, or the answer given. */
export type SurveyAfter = "transfer" | "message" | "faq";

/** A score of this or lower opens a follow-up task for the department. */
export const LOW_SCORE = 2;

const DAY_MS = 86_400_000;

/**
 * Whether this call is asked: the survey is on, the call falls in the share asked (decided by
 * its SID, so a retried webhook decides the same), and the caller was not asked within the
 * last `notAgainWithinDays` days (`lastAsked`: when they were last asked on another call).
 */
export function shouldAskSurvey(
  settings: SurveySettings,
  callSid: string,
  lastAsked: Date | null,
  now: Date,
): boolean {
  if (!settings.enabled || !inShare(callSid, settings.share)) return false;
  if (settings.notAgainWithinDays === 0 || !lastAsked) return true;
  return now.getTime() - lastAsked.getTime() >= settings.notAgainWithinDays * DAY_MS;
}

/** Whether a call falls in `share` (0–1) of all calls: FNV-1a of its SID, spread over [0, 1). */
export function inShare(callSid: string, share: number): boolean {
  if (share >= 1) return true;
  if (share <= 0) return false;
  let hash = 0x811c9dc5;
  for (let i = 0; i < callSid.length; i++) {
    hash ^= callSid.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000 < share;
}

/** The score a key press gives: 1 to 5, or null for anything else. */
export function surveyScore(digits: string): number | null {
  const key = digits.trim().slice(0, 1);
  return /^[1-5]$/.test(key) ? Number(key) : null;
}

export function isLowScore(score: number): boolean {
  return score <= LOW_SCORE;
}
