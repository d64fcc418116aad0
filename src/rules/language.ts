import type { Language } from "./directory.ts";
import { isWithheld } from "./phone.ts";
import { cjkCount, latinWordCount, said } from "./text.ts";

/** Calling codes for an organisation's home country; codes are prefix-free, so a prefix test is exact. */
const CALLING_CODES: Record<string, string> = {
  CN: "86",
  HK: "852",
  MO: "853",
  TW: "886",
  SG: "65",
  MY: "60",
  JP: "81",
  KR: "82",
  TH: "66",
  US: "1",
  CA: "1",
  GB: "44",
  AU: "61",
  DE: "49",
  FR: "33",
};

/** The language a caller hears first: the home language for home or unknown numbers, else English. */
export function callerLanguage(
  from: string | undefined,
  org: { country: string; defaultLanguage: Language },
): Language {
  const home = CALLING_CODES[org.country];
  const number = internationalDigits(from);
  if (!home || number === null) return org.defaultLanguage;
  return number.startsWith(home) ? org.defaultLanguage : "en";
}

/** The caller ID as digits after the "+", or null when it is not a usable international number. */
function internationalDigits(from: string | undefined): string | null {
  if (!from) return null;
  const compact = from.trim().replace(/[\s\-().]/g, "");
  const match = /^(?:\+|00)([1-9]\d{6,14})$/.exec(compact);
  if (!match?.[1] || isWithheld(`+${match[1]}`)) return null;
  return match[1];
}

/**
 * The language an utterance is plainly in, if it shows: two or more Chinese characters with
 * hardly any English, or three or more English words with no Chinese. A word or a name in the
 * other language ("OK", "WiFi", "David Miller", "我找David Miller") shows nothing.
 */
export function plainLanguage(utterance: string): Language | null {
  // Counted on the words the rules read anyway (kept from this very utterance), and only as
  // far as the answer needs: this runs on every turn.
  const { spaced } = said(utterance);
  const chinese = cjkCount(spaced, 2);
  const english = latinWordCount(spaced, 3);
  if (chinese >= 2 && english < 3) return "zh";
  if (chinese === 0 && english >= 3) return "en";
  return null;
}
