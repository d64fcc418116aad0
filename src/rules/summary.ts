/** A message in one line for the staff who read it, when no language model writes one. */

export const URGENCIES = ["low", "normal", "urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

const LONGEST = 80;

/** The first sentence of what was said, shortened to one line. */
export function firstSentence(text: string): string | null {
  const first = text
    .split(/[。！？!?\n]|\s\/\s|\.(?:\s|$)|…/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .find((part) => part.length > 0);
  if (!first) return null;
  return first.length > LONGEST ? `${first.slice(0, LONGEST - 1).trimEnd()}…` : first;
}

const NOT_URGENT =
  /不急|不着急|不用急|有空|方便的时候|\bno (rush|hurry)\b|\bwhenever\b|\bnot urgent\b/i;
const URGENT =
  /紧急|急事|很急|非常急|十万火急|马上|立刻|立即|\burgent\w*|\bimmediately\b|\bright away\b|\bemergency\b/i;

/** Urgent only when the caller says so; "no rush" is low; everything else is normal. */
export function urgencyOf(text: string): Urgency {
  if (NOT_URGENT.test(text)) return "low";
  if (URGENT.test(text)) return "urgent";
  return "normal";
}
