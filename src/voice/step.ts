// What every voice step works with: the turn it is given, what it answers, and the small
// builders all steps share (speech, URLs, the "what can I do for you" question, the keypad menu).

import type { Assistant } from "../ai/assistant.ts";
import type { CallWaits, LongDistanceSettings } from "../config.ts";
import type { Logger } from "../log.ts";
import {
  type Department,
  type Directory,
  findDepartment,
  type Language,
} from "../rules/directory.ts";
import { exampleDepartments, keypadMenu } from "../rules/keypad.ts";
import { speechHints } from "../rules/understand/hints.ts";
import type { CallHistory } from "../store/calls.ts";
import type { Call, CallEvent } from "../store/records.ts";
import type { SqlStatement } from "../store/sql.ts";
import type { Speech, Verb } from "../twilio/twiml.ts";
import { departmentName, say } from "./prompts.ts";

/**
 * Everything a step needs to decide what the caller hears next. A step reads (the call, and
 * its `history` when it needs more) and decides; it writes nothing itself: what it decides to
 * change goes in `effects`, which `respond` commits with the step's record as one unit, and
 * only the first time this exact webhook is delivered.
 */
export interface Turn {
  /** The statements this step decided on; shared by every copy of the turn a step makes. */
  effects: SqlStatement[];
  /** What the call's records say beyond the call itself, read when a step asks. */
  history: CallHistory;
  dir: Directory;
  call: Call;
  lang: Language;
  params: Record<string, string>;
  query: Record<string, string>;
  now: Date;
  log: Logger;
  /** Speech or keypad input of this request, trimmed; empty when the caller said nothing. */
  speech: string;
  digits: string;
  longDistance: LongDistanceSettings;
  /** How long missed calls, transcriptions and call-backs are waited for. */
  waits: CallWaits;
  assistant: Assistant | undefined;
  /**
   * What the caller was told in this step (a closed department, a refusal, an answer), kept in
   * the step's own record, so a call that ends here is "info" or "missed", not "abandoned".
   * Shared, like `effects`, by every copy of the turn a step makes.
   */
  informed: Informed[];
}

/** One thing a caller was told, as the step's record keeps it. */
interface Informed extends ClosedInfo {
  what: string;
  cites?: string[];
}

export interface StepResult {
  verbs: Verb[];
  detail?: Record<string, unknown>;
}

export type Step = (turn: Turn) => Promise<StepResult>;

export const MAX_TRIES = 2;

export function speak(text: string, language: Language): Verb {
  return { verb: "say", speech: { text, language } };
}

export function url(path: string, query: Record<string, string | number | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== "") search.set(k, String(v));
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

export function ask(
  turn: Turn,
  action: string,
  prompt: Speech[],
  extra: Partial<Extract<Verb, { verb: "gather" }>> = {},
): Verb {
  return {
    verb: "gather",
    action,
    prompt,
    input: "speech dtmf",
    language: turn.lang,
    hints: speechHints(turn.dir, turn.lang),
    numDigits: 1,
    ...extra,
  };
}

/** What the caller hears next, in the language the turn is in. */
export function inTurnLanguage(turn: Turn, text: string): Speech {
  return { text, language: turn.lang };
}

/** The question "what can I do for you", asked on attempt `n`. */
export function askIntent(turn: Turn, n: number, before: Speech[] = []): Verb[] {
  if (n > MAX_TRIES) return menu(turn, 1, before);
  return [
    ask(
      turn,
      url("/voice/intent", { n }),
      before.length > 0 ? before : [inTurnLanguage(turn, say.anythingElse[turn.lang]())],
    ),
  ];
}

/**
 * "Anything else?" once the caller has been helped ("faq") or has said no to a message
 * ("offer"): silence or "no" to it ends the call with the farewell.
 */
export function anythingElse(turn: Turn, after: "faq" | "offer", before: Speech[] = []): Verb {
  return ask(turn, url("/voice/intent", { n: 1, after }), [
    ...before,
    inTurnLanguage(turn, say.anythingElse[turn.lang]()),
  ]);
}

/**
 * Nothing to act on yet: "Sorry, I didn't catch that" (or `again`, such as a hello answered in
 * kind), then the question on attempt `n`; once that is past the tries, the keypad menu, without
 * first asking the caller to say it once more.
 */
export function notHeard(
  turn: Turn,
  n: number,
  again: Record<Language, () => string> = {
    zh: () => notHeardHere(turn),
    en: () => notHeardHere(turn),
  },
): Verb[] {
  if (n > MAX_TRIES) return menu(turn, 1, [inTurnLanguage(turn, say.notHeardKeypad[turn.lang]())]);
  return askIntent(turn, n, [inTurnLanguage(turn, again[turn.lang]())]);
}

/** "Sorry, I didn't catch that", with two of this organisation's own departments as examples. */
function notHeardHere(turn: Turn): string {
  const examples = exampleDepartments(turn.dir);
  if (!examples) return say.notHeardNoExamples[turn.lang]();
  const [a, b] = examples;
  return say.notHeard[turn.lang](a.name[turn.lang], b.name[turn.lang]);
}

export function menu(turn: Turn, n: number, before: Speech[] = []): Verb[] {
  const listing = say.menu[turn.lang](
    keypadMenu(turn.dir).map((item): [string, string] => [
      departmentName(item.department, turn.lang),
      item.key,
    ]),
  );
  return [
    {
      verb: "gather",
      action: url("/voice/menu", { n }),
      prompt: [...before, inTurnLanguage(turn, listing)],
      input: "dtmf",
      language: turn.lang,
      numDigits: 1,
    },
  ];
}

export function nameOf(turn: Turn, dept: Department): string {
  return departmentName(dept, turn.lang);
}

export function department(turn: Turn, key: string): Department {
  const dept = findDepartment(turn.dir, key);
  if (!dept) throw new Error(`department ${key} is not in the directory`);
  return dept;
}

/** Marks that the caller was given information, so a call that ends here is not "abandoned". */
export function info(turn: Turn, what: string, about: ClosedInfo = {}): void {
  turn.informed.push({ what, ...about });
}

/**
 * What a call's records say the caller was told: in each step's own record, or, for steps
 * recorded before it was kept there, in an "info" event of its own.
 */
export function informedIn(events: CallEvent[]): Informed[] {
  return events.flatMap((e) => {
    const detail = JSON.parse(e.detail) as Informed & { info?: Informed[] };
    if (e.type === "info") return [detail];
    return Array.isArray(detail.info) ? detail.info : [];
  });
}

/** Which department (and person) a caller found closed. */
interface ClosedInfo {
  department?: string;
  target?: string;
}
