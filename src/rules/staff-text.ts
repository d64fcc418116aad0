import { instructs } from "./instructions.ts";
import { maskNumbers, NUMBER_MASK } from "./redact.ts";
import { numberRuns } from "./spoken-numbers.ts";

/**
 * Text staff read on a message: the caller's words with numbers and links masked, and a line a
 * model wrote, cleaned of anything it could slip in.
 */

/** As long as a one-line summary is shown. */
const LONGEST = 80;

const LINK =
  /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|cn|io|co|info|biz|xyz|top|me|app|dev|ly|link|site|online|shop|club|vip|cc|tv|uk|us|de|jp|hk|tw)\b(?:\/\S*)?|\b(?:\w+\s+dot\s+)+(?:com|net|org|cn|io)\b|\S+点(?:com|net|org|cn)\b/gi;

export const LINK_MASK = "[link]";

/**
 * A caller's words as staff see them on a message: numbers of three digits or more and web
 * addresses masked, since the number to call back is the callback field's alone.
 */
export function forStaff(text: string): string {
  return maskNumbers(text, NUMBER_MASK).replace(LINK, LINK_MASK);
}

const CLAIMS_URGENCY =
  /\b(urgent(ly)?|asap|immediately|right away|at once|emergency|critical|(high|top) priority|priority)\b|紧急|加急|特急|十万火急|很急|非常急|急事|火速|马上|立刻|立即|尽快|务必/gi;

/**
 * A line a model wrote, fit to be shown to staff as machine-written: no digits or spoken
 * numbers, no web addresses, no claim of urgency, no formatting; null when nothing is left or
 * what is left talks to a machine.
 */
export function machineLine(text: string): string | null {
  // Full-width letters and digits as plain ones; Chinese punctuation stays.
  let line = text
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => c.normalize("NFKC"))
    .replace(LINK, " ")
    // Whatever else has a dot between letters ("evil.example"): an address cut short.
    .replace(/[^\s\u3400-\u9fff]*[a-z0-9]\.[a-z][^\s\u3400-\u9fff]*/gi, " ");
  for (const run of numberRuns(line).reverse()) {
    if (run.digits.length >= 3) line = `${line.slice(0, run.start)} ${line.slice(run.end)}`;
  }
  line = line
    .replace(/\p{Nd}/gu, "")
    .replace(CLAIMS_URGENCY, " ")
    .replace(/[*_~`>|#[\]{}<>\\+()（）]|\p{Extended_Pictographic}/gu, " ")
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?，。；：！？])/g, "$1")
    .replace(/([,.;:!?，。；：！？、\-–—+()（）])(?:\s*[,.;:!?，。；：！？、\-–—+()（）])+/g, "$1")
    .replace(/^[\s,.;:!?，。；：！？、\-–—+)）]+|[\s,;:，；：、\-–—+(（]+$/g, "")
    .trim();
  if (line.length > LONGEST) line = `${line.slice(0, LONGEST - 1).trimEnd()}…`;
  if (!/[\p{L}]{2}/u.test(line) || instructs(line)) return null;
  return line;
}
