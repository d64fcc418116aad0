import type { Department } from "../directory.ts";
import { ZH_DIGIT } from "../numerals.ts";

/**
 * The school year a parent names ("二年级", "高一", "Grade 11", "K2") and the years a school's
 * section office serves as its name and description give them ("幼儿园到五年级", "Grades 6 to
 * 12", "初中部"): a call about a child in Grade 11 is the secondary office's, not the primary's,
 * when everything else said is either's. Kindergarten is year 0; Chinese 初一 is year 7, 高一 10.
 */

/** A number written in digits or in Chinese up to twelve ("十一", "十二"). */
function numberOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === "十") return 10;
  if (text.length === 1) return ZH_DIGIT[text] ?? null;
  if (text.length === 2 && text[0] === "十") {
    const unit = ZH_DIGIT[text[1] ?? ""];
    return unit === undefined ? null : 10 + unit;
  }
  return null;
}

const N = "(\\d{1,2}|十[一二]|[一二两三四五六七八九十])";

/** The school years the caller names ("十年级升十一年级": 10 and 11), none when none. */
export function yearsNamed(utterance: string): number[] {
  const years = new Set<number>();
  const text = utterance.toLowerCase();
  for (const m of text.matchAll(new RegExp(`${N}\\s*年级`, "g"))) {
    const n = numberOf(m[1] ?? "");
    if (n !== null && n >= 1 && n <= 12) years.add(n);
  }
  for (const m of text.matchAll(/([初高])([一二三])/g)) {
    const n = numberOf(m[2] ?? "") ?? 0;
    years.add((m[1] === "初" ? 6 : 9) + n);
  }
  for (const m of text.matchAll(/\b(?:grade|year)\s*(\d{1,2})\b/g)) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 13) years.add(n);
  }
  if (/幼儿园|小班|中班|大班|\bk\s?[1-3]\b|\bkindergarten\b|\bnursery\b|\bpre-?k\b/.test(text)) {
    years.add(0);
  }
  return [...years];
}

/** The school years a department serves, as its name and description say: null when they don't. */
export function yearsServed(d: Department): { from: number; to: number } | null {
  const text = [d.name.zh, d.name.en, d.description?.zh ?? "", d.description?.en ?? ""]
    .join(" ")
    .toLowerCase();
  const start = `(幼儿园|学前|kindergarten|k|pre-?k|nursery|early years|${N})`;
  const range =
    text.match(new RegExp(`${start}\\s*(?:年级)?\\s*(?:到|至|-|–|—|~)\\s*${N}\\s*年级`)) ??
    text.match(
      new RegExp(
        `(?:grades?|years?)?\\s*${start}\\s*(?:to|-|–|—|through)\\s*(?:grades?|years?)?\\s*(\\d{1,2})\\b`,
      ),
    );
  if (range) {
    const first = range[1] ?? "";
    const from = numberOf(first) ?? 0;
    const to = numberOf(range[3] ?? "");
    if (to !== null && to >= from && to <= 13) return { from, to };
  }
  if (/初中|middle school/.test(text)) return { from: 6, to: 9 };
  if (/高中|high school/.test(text)) return { from: 10, to: 12 };
  if (/中学|secondary/.test(text)) return { from: 6, to: 12 };
  if (/小学|primary|elementary/.test(text)) return { from: 1, to: 6 };
  if (/幼儿园|幼儿部|kindergarten|early years/.test(text)) return { from: 0, to: 0 };
  return null;
}
