import type { Directory, KnowledgeEntry, Language } from "../rules/directory.ts";
import type { Understanding } from "../rules/understand/index.ts";
import { NO_KEY, type UnderstandingReply } from "./schema.ts";

/**
 * What a model's reply may make the switchboard do. Pure, and the last word on safety: a key
 * outside the directory is unknown, the model never declares an emergency or a complaint (rules
 * do), and a question is answered only with the entries it cites among those found for it, in
 * their own words and the caller's language.
 */
export type ModelDecision =
  | { kind: "understood"; understanding: Understanding }
  | { kind: "answer"; speech: string; language: Language; cites: string[] }
  | { kind: "no_answer"; language: Language }
  | { kind: "unknown"; why: string };

/** The model's confidence counts, but never for more than the rules' own best. */
const MAX_CONFIDENCE = 0.95;
/** Below CONFIDENT: the caller is asked before anything happens. */
const SUGGESTION = 0.5;

/** `language` is the caller's: the one they spoke in, or the call's. */
export function interpret(
  reply: UnderstandingReply,
  dir: Directory,
  related: KnowledgeEntry[],
  language: Language,
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
      : { kind: "unknown", why: "a department not in the directory" };
  switch (reply.intent) {
    case "department":
      return department(reply.key);
    case "person":
      return dir.staff.some((s) => s.key === reply.key)
        ? { kind: "understood", understanding: { kind: "person", staff: reply.key, confidence } }
        : { kind: "unknown", why: "a person not in the directory" };
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
      return answer(reply, related, language);
    case "unknown":
      return { kind: "unknown", why: reply.key === NO_KEY ? "unknown" : "unknown with a key" };
  }
}

/** The cited entries' own answers, in the caller's language: never the model's words. */
function answer(
  reply: UnderstandingReply,
  related: KnowledgeEntry[],
  language: Language,
): ModelDecision {
  const cited = related.filter((k) => reply.cites.includes(k.key)).slice(0, 2);
  if (cited.length === 0) return { kind: "no_answer", language };
  return {
    kind: "answer",
    speech: cited.map((k) => k.answer[language]).join(" "),
    language,
    cites: cited.map((k) => k.key),
  };
}
