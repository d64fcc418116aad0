import type { Directory, KnowledgeEntry, Language } from "../rules/directory.ts";
import { hasCjk, said } from "../rules/text.ts";
import type { Understanding } from "../rules/understand/index.ts";
import { MAX_ANSWER, NO_KEY, type UnderstandingReply } from "./schema.ts";

/**
 * What a model's reply may make the switchboard do. Pure, and the last word on safety: a key
 * outside the directory is unknown, the model never declares an emergency or a complaint (rules
 * do), and an answer is spoken only when it cites an entry found for the question and says
 * nothing those entries don't.
 */
export type ModelDecision =
  | { kind: "understood"; understanding: Understanding }
  | {
      kind: "answer";
      speech: string;
      language: Language;
      cites: string[];
      /** "model": its own words, checked against the entries; "entries": theirs, as written. */
      from: "model" | "entries";
    }
  | { kind: "no_answer"; language: Language }
  | { kind: "unknown"; why: string };

/** The model's confidence counts, but never for more than the rules' own best. */
const MAX_CONFIDENCE = 0.95;
/** Below CONFIDENT: the caller is asked before anything happens. */
const SUGGESTION = 0.5;
/** Share of an answer's words that must come from the entries it cites. */
const COVERAGE = 0.6;

export function interpret(
  reply: UnderstandingReply,
  dir: Directory,
  related: KnowledgeEntry[],
  heardLanguage: Language | null,
): ModelDecision {
  const confidence = Math.min(MAX_CONFIDENCE, Math.max(0, reply.confidence));
  const { organisation } = dir;
  const department = (key: string, cap = MAX_CONFIDENCE): ModelDecision =>
    dir.departments.some((d) => d.key === key)
      ? {
          kind: "understood",
          understanding: {
            kind: "department",
            department: key,
            confidence: Math.min(cap, confidence),
            alternatives: [],
          },
        }
      : { kind: "unknown", why: `department "${key}" is not in the directory` };
  switch (reply.intent) {
    case "department":
      return department(reply.key);
    case "person":
      return dir.staff.some((s) => s.key === reply.key)
        ? { kind: "understood", understanding: { kind: "person", staff: reply.key, confidence } }
        : { kind: "unknown", why: `staff "${reply.key}" is not in the directory` };
    case "operator":
      return { kind: "understood", understanding: { kind: "operator" } };
    // Rules alone raise alarms and file complaints; the model may only suggest where to go.
    case "emergency":
      return department(organisation.emergencyDepartment, SUGGESTION);
    case "complaint":
      return department(organisation.complaintsDepartment);
    case "guest":
      // Guests are never sent to the model: it can only say a guest was asked for.
      return { kind: "understood", understanding: { kind: "guest", guest: null } };
    case "faq":
      return answer(reply, dir, related, heardLanguage ?? reply.language);
    case "unknown":
      return { kind: "unknown", why: reply.key === NO_KEY ? "unknown" : "unknown with a key" };
  }
}

function answer(
  reply: UnderstandingReply,
  dir: Directory,
  related: KnowledgeEntry[],
  language: Language,
): ModelDecision {
  const cited = related.filter((k) => reply.cites.includes(k.key)).slice(0, 2);
  if (cited.length === 0) return { kind: "no_answer", language };
  const cites = cited.map((k) => k.key);
  const speech = reply.answer.replace(/\s+/g, " ").trim();
  switch (grounding(speech, cited, dir, language)) {
    case "grounded":
      return { kind: "answer", speech, language, cites, from: "model" };
    // Said in the wrong language or at length, but nothing made up: the entries, as written.
    case "wrong-language":
    case "too-long":
      return {
        kind: "answer",
        speech: cited.map((k) => k.answer[language]).join(" "),
        language,
        cites,
        from: "entries",
      };
    case "unfounded":
      return { kind: "no_answer", language };
  }
}

export type Grounding = "grounded" | "wrong-language" | "too-long" | "unfounded";

/**
 * Whether an answer may be spoken: only the cited entries' numbers, no guest's name, most of its
 * words from the entries, in the caller's language and short.
 */
export function grounding(
  speech: string,
  cited: KnowledgeEntry[],
  dir: Directory,
  language: Language,
): Grounding {
  if (speech === "") return "unfounded";
  const source = cited.flatMap((k) => [k.answer.zh, k.answer.en, k.question.zh, k.question.en]);
  const known = new Set(source.flatMap(numbersIn));
  if (numbersIn(speech).some((n) => !known.has(n))) return "unfounded";
  const lower = speech.toLowerCase();
  if (dir.guests.some((g) => lower.includes(g.name.toLowerCase()))) return "unfounded";
  const written = hasCjk(speech) ? "zh" : "en";
  if (written !== language) return "wrong-language";
  if (coverage(speech, source.join(" "), language) < COVERAGE) return "unfounded";
  return speech.length > MAX_ANSWER ? "too-long" : "grounded";
}

/** How much of `text` is found in `source`: Chinese by character pairs, English by words. */
function coverage(text: string, source: string, language: Language): number {
  if (language === "zh") {
    const pairs = cjkPairs(text);
    if (pairs.length === 0) return 0;
    const known = new Set(cjkPairs(source));
    return pairs.filter((p) => known.has(p)).length / pairs.length;
  }
  const words = said(text).words.filter((w) => w.length > 2);
  if (words.length === 0) return 0;
  const known = new Set(said(source).words);
  return words.filter((w) => known.has(w)).length / words.length;
}

function cjkPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) pairs.push(run.slice(i, i + 2));
  }
  return pairs;
}

// ---------------------------------------------------------------- numbers, however written

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const EN_NUMBER: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  thousand: 1000,
};

/** Every number a text says, in digits, Chinese numerals or English words. */
export function numbersIn(text: string): string[] {
  const normal = text.normalize("NFKC");
  const found = [...(normal.match(/\d+/g) ?? [])].map((d) => String(Number(d)));
  for (const run of normal.match(/[零〇一二两三四五六七八九十百千万]+/g) ?? []) {
    found.push(String(chineseNumber(run)));
  }
  let tens: number | null = null;
  for (const word of [...(normal.toLowerCase().match(/[a-z]+/g) ?? []), ""]) {
    const n = EN_NUMBER[word];
    // "twenty-four" is one number, 24.
    if (tens !== null && n !== undefined && n < 10) {
      found.push(String(tens + n));
      tens = null;
      continue;
    }
    if (tens !== null) found.push(String(tens));
    tens = n !== undefined && n >= 20 && n < 100 ? n : null;
    if (n !== undefined && tens === null) found.push(String(n));
  }
  return found;
}

function chineseNumber(run: string): number {
  // A run of bare digits (一三九) is read digit by digit, as a number is spoken.
  if (![...run].some((c) => c in ZH_UNIT)) {
    return Number([...run].map((c) => ZH_DIGIT[c] ?? 0).join(""));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    const unit = ZH_UNIT[c];
    if (unit === undefined) {
      digit = ZH_DIGIT[c] ?? 0;
    } else if (unit === 10000) {
      total += (section + digit) * unit;
      section = 0;
      digit = 0;
    } else {
      section += (digit || 1) * unit;
      digit = 0;
    }
  }
  return total + section + digit;
}
