import { courtesyIn } from "./courtesy.ts";
import type { Directory, KnowledgeEntry, Language } from "./directory.ts";
import { instructs } from "./instructions.ts";
import { asksQuestionAfterOpening, asksToBePutThrough } from "./knowledge/questions.ts";
import {
  answerByRules,
  asksUnansweredPolicy,
  relatedKnowledge,
  searchKnowledge,
  spokenLanguage,
} from "./knowledge.ts";
import { said } from "./text.ts";
import {
  CONFIDENT,
  departmentsWord,
  saidInOwnWords,
  type Understanding,
  understand,
} from "./understand/index.ts";

/**
 * What the rules make of one thing a caller said: decided (emergencies, language, outside
 * numbers, privacy, complaints, the operator and confident matches), a question the knowledge
 * base answers, or unsure, which is where a language model may help.
 */
export type RulesTurn =
  | { kind: "decided"; understanding: Understanding }
  /** `also`: a department asked for in the same breath, offered after the answer. */
  | { kind: "answer"; entries: KnowledgeEntry[]; language: Language; also?: string }
  /** "是湖畔酒店吗？": the caller making sure whom they reached, and nothing more. */
  | { kind: "identity" }
  /** "喂？你好": a greeting and nothing more. */
  | { kind: "greeting" }
  /** "再见": the caller is done. */
  | { kind: "goodbye" }
  | {
      kind: "unsure";
      understanding: Understanding;
      /** The only knowledge entries a model may answer from. */
      related: KnowledgeEntry[];
      /** A question for information that nothing in the directory answers: offer a person. */
      unanswered: boolean;
    };

export function rulesTurn(utterance: string, dir: Directory, language: Language): RulesTurn {
  const understanding = understand(utterance, dir, language);
  // Words meant for a machine: the rules alone answer them, and the model never sees them.
  if (instructs(utterance)) return { kind: "decided", understanding };
  switch (understanding.kind) {
    case "person":
      return understanding.confidence >= CONFIDENT
        ? { kind: "decided", understanding }
        : { kind: "unsure", understanding, related: [], unanswered: false };
    case "department":
    case "unknown": {
      const matches = searchKnowledge(utterance, dir);
      const entries = answerByRules(utterance, matches);
      if (entries.length > 0) {
        const language_ = spokenLanguage(utterance) ?? language;
        const also = understanding.kind === "department" ? understanding.also : undefined;
        return { kind: "answer", entries, language: language_, ...(also ? { also } : {}) };
      }
      const confident =
        understanding.kind === "department" && understanding.confidence >= CONFIDENT;
      if (
        (understanding.kind === "department" &&
          asksAvailability(utterance, dir, understanding, language)) ||
        asksUnansweredPolicy(
          utterance,
          matches,
          (phrase) => confident && departmentsWord(phrase, dir),
          (clause) => confident && asksFor(clause, dir, language, understanding),
        )
      ) {
        // "你们有充电宝吗", "do you have a spa": a question the knowledge base doesn't answer,
        // about a department only the built-in words point to, or about a rule of the house
        // ("可以带宠物入住吗"). Offered a person, who may know.
        return {
          kind: "unsure",
          understanding,
          related: relatedKnowledge(matches),
          unanswered: true,
        };
      }
      if (understanding.kind === "department" && understanding.confidence >= CONFIDENT) {
        return { kind: "decided", understanding };
      }
      const courtesy =
        understanding.kind === "unknown" ? courtesyIn(utterance, dir.organisation) : null;
      if (courtesy) return { kind: courtesy };
      const unanswered =
        understanding.kind === "unknown" &&
        dir.knowledge.length > 0 &&
        asksQuestionAfterOpening(said(utterance)) &&
        !asksToBePutThrough(said(utterance));
      return { kind: "unsure", understanding, related: relatedKnowledge(matches), unanswered };
    }
    default:
      return { kind: "decided", understanding };
  }
}

/** Whether a clause, read alone, plainly asks for the department the whole turn was heard to. */
function asksFor(clause: string, dir: Directory, language: Language, u: Understanding): boolean {
  const alone = understand(clause, dir, language);
  return (
    u.kind === "department" &&
    alone.kind === "department" &&
    alone.department === u.department &&
    alone.confidence >= CONFIDENT
  );
}

/** "有没有…", "do you have …": whether something is there, not a request to be put through. */
const AVAILABILITY_ZH = /有没有|有.{1,8}(吗|么)|提供.{0,8}吗/;
const AVAILABILITY_EN =
  /\b(do|does) (you|the hotel|the room) (have|offer|provide|sell|rent|lend)\b|\bdo you (guys )?do\b|\b(do|does) any (of )?(your|you)\b|\bis there\b|\bare there\b|\bcan i (borrow|rent)\b/;

/** What qualifies the thing asked about, and asks nothing: "… for people who didn't buy from you". */
const QUALIFIER_EN = /\s(for )?(people |those |anyone |someone )?(who|that|which|whose)\b.*$/;

/** Whether something is in stock, or what one costs: a question only those who sell it answer. */
const PURCHASE_ZH = /多少钱|什么价|价格|价钱|报价|有货|现货|库存|缺货/;
const PURCHASE_EN = /\b(in stock|out of stock|how much|price|prices|quote)\b/;

function asksAvailability(
  utterance: string,
  dir: Directory,
  u: Extract<Understanding, { kind: "department" }>,
  language: Language,
): boolean {
  if (dir.knowledge.length === 0) return false;
  const text = said(utterance);
  // "do you guys do car washes for people who didn't buy from you": the department heard only in
  // what qualifies the thing asked about is not what is asked for.
  const asked = text.spaced.replace(QUALIFIER_EN, "");
  const plainly =
    asked === text.spaced ? u.confidence >= CONFIDENT : asksFor(asked, dir, language, u);
  if (plainly) return false;
  if (!AVAILABILITY_ZH.test(text.compact) && !AVAILABILITY_EN.test(text.spaced)) return false;
  // "is there a way to update my address": asking for something to be done, not whether it is had.
  if (asksToBePutThrough(text)) return false;
  // "雨刮片有没有原厂的 多少钱一对", "do you have the part in stock": buying it, from those who sell it.
  if (PURCHASE_ZH.test(text.compact) || PURCHASE_EN.test(text.spaced)) return false;
  return !saidInOwnWords(asked, dir, u.department);
}
