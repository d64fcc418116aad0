// The routing evaluation: labelled utterances, the label the switchboard gives each, and a score.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { ModelDecision } from "../../src/ai/interpret.ts";
import { type Directory, LANGUAGES } from "../../src/rules/directory.ts";
import type { RulesTurn } from "../../src/rules/turn.ts";
import { CONFIDENT, type Understanding } from "../../src/rules/understand/index.ts";

/**
 * One labelled utterance. `lang` is the call's language when it is said; `expect` is what a good
 * operator would do: `department:KEY`, `person:KEY`, `guest:KEY` or `guest`, `faq:KEY` (answered
 * from that entry) or `faq` (a question the knowledge base can't answer: offer a person),
 * `emergency`, `complaint`, `operator`, `outside`, `privacy`, `language:zh|en`, or `unknown`.
 */
export const evalCase = z
  .object({
    text: z.string().min(1),
    lang: z.enum(LANGUAGES),
    expect: z.string().min(1),
    /** Said as a speech recogniser hands it over: fillers, stammers, small talk, misheard names. */
    messy: z.boolean().optional(),
  })
  .strict();
export type EvalCase = z.infer<typeof evalCase>;

export function loadCases(file: string): EvalCase[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = evalCase.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The labels a case may expect, given the directory: a typo in the set is an error, not a miss. */
export function knownLabels(dir: Directory): Set<string> {
  return new Set([
    ...dir.departments.map((d) => `department:${d.key}`),
    ...dir.staff.map((s) => `person:${s.key}`),
    ...dir.guests.map((g) => `guest:${g.key}`),
    ...dir.knowledge.map((k) => `faq:${k.key}`),
    ...LANGUAGES.map((l) => `language:${l}`),
    "guest",
    "faq",
    "emergency",
    "complaint",
    "operator",
    "outside",
    "privacy",
    "unknown",
  ]);
}

export function labelOf(u: Understanding, dir: Directory): string {
  switch (u.kind) {
    case "maybe_emergency":
      return "emergency";
    case "emergency":
    case "complaint":
    case "operator":
    case "privacy":
    case "unknown":
      return u.kind;
    case "outside_number":
      return "outside";
    case "switch_language":
      return `language:${u.language}`;
    case "person":
      return `person:${u.staff}`;
    case "guest":
      return u.guest ? `guest:${u.guest}` : "guest";
    case "department":
      return u.department === dir.organisation.operatorDepartment
        ? "operator"
        : `department:${u.department}`;
  }
}

export function rulesLabel(turn: RulesTurn, dir: Directory): string {
  if (turn.kind === "answer") return `faq:${turn.entries[0]?.key ?? ""}`;
  if (turn.kind === "unsure" && turn.unanswered) return "faq";
  // Courtesies (a hello, "is this the hotel?", a goodbye): no destination understood.
  if (turn.kind === "identity" || turn.kind === "greeting" || turn.kind === "goodbye") {
    return "unknown";
  }
  return labelOf(turn.understanding, dir);
}

/** The label after the model: what the caller would get, the rules' when the model adds nothing. */
export function modelLabel(decision: ModelDecision, rules: string, dir: Directory): string {
  switch (decision.kind) {
    case "understood":
      return labelOf(decision.understanding, dir);
    case "answer":
      return `faq:${decision.cites[0] ?? ""}`;
    case "no_answer":
      return "faq";
    case "unknown":
      return rules;
  }
}

export interface Scored {
  case: EvalCase;
  got: string;
  /** True when the switchboard would ask "did you mean …?" before acting. */
  asks: boolean;
  /** The other place offered in "A or B?", when the switchboard asks that. */
  or?: string;
  /**
   * A question nothing answers ("faq"): where the caller is offered to be put through instead,
   * which a "yes" reaches.
   */
  offered?: string;
}

/** Whether the caller gets what was expected: at once, or by saying yes to the place offered. */
export function isRight(r: Scored): boolean {
  return r.got === r.case.expect || r.offered === r.case.expect;
}

/** What the rules do with one labelled utterance, and whether the caller is asked before it. */
export function scoreTurn(c: EvalCase, turn: RulesTurn, dir: Directory): Scored {
  const got = rulesLabel(turn, dir);
  if (turn.kind === "unsure" && turn.unanswered) {
    // "I can't answer that; shall I put you through to …?": the department heard, or the operator.
    const u = turn.understanding;
    const offered = u.kind === "department" ? `department:${u.department}` : "operator";
    return { case: c, got, asks: true, offered };
  }
  if (turn.kind !== "decided" && turn.kind !== "unsure") return { case: c, got, asks: false };
  const u = turn.understanding;
  if (u.kind === "maybe_emergency") return { case: c, got, asks: true };
  const unsure = (u.kind === "department" || u.kind === "person") && u.confidence < CONFIDENT;
  if (!unsure) return { case: c, got, asks: false };
  const other = u.alternatives?.[0];
  const or = other === undefined ? undefined : `${u.kind}:${other}`;
  return { case: c, got, asks: true, ...(or ? { or } : {}) };
}

/** Labels that end in a transfer: where the caller's turns before it are counted. */
export function endsInTransfer(label: string): boolean {
  return /^(department|person|guest):|^(emergency|complaint|operator)$/.test(label);
}

/**
 * The caller's turns before they are put through: 1 when understood at once; 2 when asked to
 * confirm, to choose between two, or whether it is an emergency; 3 when not understood (asked
 * again, then the keypad menu).
 */
export function turnsBefore(r: Scored): number {
  if (r.got === r.case.expect) return r.asks ? 2 : 1;
  if ((r.asks && r.or === r.case.expect) || r.offered === r.case.expect) return 2;
  return 3;
}

export function meanTurns(results: Scored[]): number | null {
  const transfers = results.filter((r) => endsInTransfer(r.case.expect));
  if (transfers.length === 0) return null;
  return transfers.reduce((n, r) => n + turnsBefore(r), 0) / transfers.length;
}

export interface Score {
  total: number;
  correct: number;
  byLanguage: Record<string, { total: number; correct: number }>;
  /** Expected → got, most frequent first, with a few examples each. */
  confusions: { expected: string; got: string; count: number; examples: string[] }[];
}

export function score(results: Scored[]): Score {
  const byLanguage: Score["byLanguage"] = {};
  const confusions = new Map<string, Score["confusions"][number]>();
  let correct = 0;
  for (const r of results) {
    const ok = isRight(r);
    const lang = byLanguage[r.case.lang] ?? { total: 0, correct: 0 };
    byLanguage[r.case.lang] = lang;
    lang.total += 1;
    if (ok) {
      correct += 1;
      lang.correct += 1;
      continue;
    }
    const key = `${r.case.expect} → ${r.got}`;
    const entry = confusions.get(key) ?? {
      expected: r.case.expect,
      got: r.got,
      count: 0,
      examples: [],
    };
    entry.count += 1;
    if (entry.examples.length < 3) entry.examples.push(r.case.text);
    confusions.set(key, entry);
  }
  return {
    total: results.length,
    correct,
    byLanguage,
    confusions: [...confusions.values()].sort(
      (a, b) => b.count - a.count || a.expected.localeCompare(b.expected),
    ),
  };
}

export const percent = (n: number, of: number) =>
  of === 0 ? "—" : `${((100 * n) / of).toFixed(1)}%`;
