import { EN_ONES, EN_TEENS, ZH_DIGIT } from "../numerals.ts";
import { prepare } from "../text.ts";

/**
 * Callers' words with every number in them written as digits, so one set of patterns reads
 * "六点一刻", "6点15分", "six fifteen" and "6:15" alike. Punctuation that times use (":", ".")
 * is kept.
 */
export function withDigits(utterance: string): string {
  let text = prepare(utterance);
  // Words where a number word is not a number: 早一点 is "a bit earlier", 一会儿 "a while".
  text = text
    .replace(/(早|晚|快|慢|多|少|大|小|好|再|有)一点(儿|点)?/g, "$1些")
    .replace(/一会儿?/g, "会儿")
    .replace(/(?<![周期拜])一早/g, "清早");
  text = text.replace(/[零〇幺一二两三四五六七八九十]+/g, zhNumber);
  return englishNumbers(text);
}

/** 二十五 → 25, 十 → 10, 零五 → 05 (kept as written, for 七点零五). */
function zhNumber(run: string): string {
  const ten = run.indexOf("十");
  if (ten === -1) return [...run].map((c) => ZH_DIGIT[c] ?? c).join("");
  if (run.indexOf("十", ten + 1) !== -1) return run;
  const tens = ten === 0 ? 1 : Number([...run.slice(0, ten)].map((c) => ZH_DIGIT[c]).join(""));
  const units = run.slice(ten + 1);
  const unit = units === "" ? 0 : Number([...units].map((c) => ZH_DIGIT[c]).join(""));
  if (ten > 1 || units.length > 1 || !Number.isFinite(tens) || !Number.isFinite(unit)) return run;
  return String(tens * 10 + unit);
}

const EN_UNITS: Record<string, number> = { ...EN_ONES, ...EN_TEENS };

/** Tens as times and dates use them. */
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
};

const EN_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const UNIT = Object.keys(EN_UNITS).slice(1, 10).join("|");
const ORDINAL_UNIT = Object.keys(EN_ORDINALS).slice(0, 9).join("|");
const TENS = Object.keys(EN_TENS).join("|");
const COMPOUND = new RegExp(`\\b(${TENS})(?:[\\s-]+(${UNIT}))?\\b`, "g");
const COMPOUND_ORDINAL = new RegExp(`\\b(twenty|thirty)[\\s-]+(${ORDINAL_UNIT})\\b`, "g");
const SINGLE = new RegExp(`\\b(${Object.keys(EN_UNITS).join("|")})\\b`, "g");
// "second" is a moment as often as a date: a date only after "the" or before "of".
const ORDINAL = new RegExp(
  `\\b(?:(${Object.keys(EN_ORDINALS)
    .filter((w) => w !== "second")
    .join("|")})|(?<=\\bthe )second|second(?= of\\b))\\b`,
  "g",
);

function suffixed(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? "th"}`;
}

/** "twenty-first" → 21st, "forty five" → 45, "six" → 6, "six oh five" → 6 05. */
function englishNumbers(text: string): string {
  return text
    .replace(COMPOUND_ORDINAL, (_, tens: string, unit: string) =>
      suffixed((EN_TENS[tens] ?? 0) + (EN_ORDINALS[unit] ?? 0)),
    )
    .replace(ORDINAL, (word: string) => suffixed(EN_ORDINALS[word] ?? 2))
    .replace(COMPOUND, (_, tens: string, unit: string | undefined) =>
      String((EN_TENS[tens] ?? 0) + (unit ? (EN_UNITS[unit] ?? 0) : 0)),
    )
    .replace(SINGLE, (word: string) => String(EN_UNITS[word]))
    .replace(/(\d)\s+(?:oh|o)\s+(\d)\b/g, "$1 0$2");
}
