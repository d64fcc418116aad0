import type { Directory, KnowledgeEntry, Language } from "./directory.ts";
import { askedOfUs, aspectsAsked, mentionedOnly } from "./knowledge/asked.ts";
import { type IndexedEntry, indexOf, withKeywordsIn } from "./knowledge/entries.ts";
import {
  asksQuestion,
  asksQuestionAfterOpening,
  asksToBePutThrough,
  asksToBeTold,
} from "./knowledge/questions.ts";
import {
  askedLikeIt,
  askedOfIt,
  covered,
  keywordScore,
  nearQuestion,
  saidAlone,
  similarity,
  thingSaid,
  topicScore,
} from "./knowledge/scores.ts";
import { withoutSelfInPassing } from "./knowledge/self.ts";
import { bigrams, cjkOnly, contentWords } from "./knowledge/words.ts";
import { hasCjk, latinWords, prepare, said, saidApart, spaceOut } from "./text.ts";
import { partsOf } from "./understand/speech.ts";
import { isPolicy, type Topic, topicsHeard, topicsIn } from "./understand/topics.ts";

/** The knowledge base: which entries a caller's question is about, and when rules may answer it. */

export interface KnowledgeMatch {
  entry: KnowledgeEntry;
  /** 0 to 1: how strongly the caller's words point at this entry. */
  score: number;
  /** The same before it is held to 1, which tells apart two entries that both fit. */
  fit: number;
}

/** At or above this, with a question asked, the rules answer without a model. */
export const ANSWERABLE = 0.75;

/** Entries scoring above this are handed to the model as the only facts it may use. */
const RELATED = 0.3;

/** Entries the caller's words point at, best first; none when nothing matches. */
export function searchKnowledge(utterance: string, dir: Directory): KnowledgeMatch[] {
  if (dir.knowledge.length === 0) return [];
  const index = indexOf(dir);
  const text = withoutSelfInPassing(said(utterance), index.own);
  const zh = bigrams(cjkOnly(text.compact));
  const en = new Set(contentWords(text.words));
  const worded = withKeywordsIn(index, text);
  const heard = topicsIn(text);
  const spoken = topicsHeard(text);
  const mentioned = mentionedOnly(spoken);
  const alone = saidAlone(text, spoken);
  const aspects = aspectsAsked(text);
  const ofUs = askedOfUs(text, index.own);
  const matches: KnowledgeMatch[] = [];
  for (const indexed of index.entries) {
    // What the caller said of the entry's things is worked out only where a topic or an aspect
    // could fit it: most entries share neither with a turn, and score the same without.
    const ofIt = mayFitTopics(indexed, heard, aspects)
      ? thingSaid(indexed, heard, text, index.common, alone)
      : null;
    const fit = Math.max(
      worded.has(indexed) ? keywordScore(indexed.phrases, text) : 0,
      similarity(zh, indexed.question.zh),
      similarity(en, indexed.question.en),
      covered(zh, indexed.question.zh),
      ofIt ? topicScore(indexed, heard, index, ofIt, mentioned) : 0,
      ofIt ? askedOfIt(indexed, aspects, ofIt) : 0,
      ofUs ? askedLikeIt(indexed, ofUs, index) : 0,
    );
    if (fit > 0) matches.push({ entry: indexed.entry, score: round(Math.min(1, fit)), fit });
  }
  // Stable sort keeps the file's order between equals.
  return matches.sort((a, b) => b.score - a.score || b.fit - a.fit);
}

/**
 * Whether `topicScore` or `askedOfIt` can give an entry anything: a topic heard that its question
 * asks or its answer tells (an address where it asks a place), or an aspect asked that it wants.
 */
function mayFitTopics(
  indexed: IndexedEntry,
  heard: ReadonlyMap<Topic, string>,
  aspects: ReadonlySet<Topic>,
): boolean {
  for (const topic of heard.keys()) {
    if (indexed.asks.has(topic) || indexed.tells.has(topic)) return true;
    if (topic === "address" && indexed.asks.has("place")) return true;
  }
  for (const wanted of indexed.wants) {
    for (const aspect of wanted.aspects) if (aspects.has(aspect)) return true;
  }
  return false;
}

/**
 * The entries the rules answer with: the caller asked a question and one or two entries match it
 * strongly (or the caller said the question itself). Otherwise none, and routing goes on.
 */
export function answerByRules(utterance: string, matches: KnowledgeMatch[]): KnowledgeEntry[] {
  const [best, second] = matches;
  if (!best) return [];
  const text = said(utterance);
  const asked = (asksQuestionAfterOpening(text) || asksToBeTold(text)) && !asksToBePutThrough(text);
  if (best.score >= 0.9 && nearQuestion(utterance, best.entry)) return [best.entry];
  if (!asked || best.score < ANSWERABLE) return [];
  // "早餐几点，几点退房" asks two things: answer both, when the second fits as well as the first.
  if (second && second.score >= ANSWERABLE && second.fit >= 0.8 * best.fit) {
    return [best.entry, second.entry];
  }
  return [best.entry];
}

/** The entries a model may answer from: the ones the caller's words point at, at most three. */
export function relatedKnowledge(matches: KnowledgeMatch[]): KnowledgeEntry[] {
  return matches
    .filter((m) => m.score >= RELATED)
    .slice(0, 3)
    .map((m) => m.entry);
}

/** The language the caller spoke in, when their words show it. */
export function spokenLanguage(utterance: string): Language | null {
  const prepared = prepare(utterance);
  if (hasCjk(prepared)) return "zh";
  return latinWords(spaceOut(prepared)).length > 0 ? "en" : null;
}

/**
 * A question about something an organisation has a rule on (pets, smoking, paying) that no entry
 * answers: a person is offered, rather than a transfer on another word in it ("带宠物入住"). A
 * word that is the work of the department asked for is no rule of the house: at a hospital,
 * "孩子发烧了现在还能看吗" asks for the emergency room. Nor is a rule asked after the department's
 * work was asked first ("你们那儿能骑马吗 小孩能不能骑"): `asksDepartment` says whether a clause,
 * read alone, plainly asks for the department heard.
 */
export function asksUnansweredPolicy(
  utterance: string,
  matches: KnowledgeMatch[],
  departmentsWord: (phrase: string) => boolean = () => false,
  asksDepartment: (clause: string) => boolean = () => false,
): boolean {
  const text = said(utterance);
  if (!asksQuestion(text) || asksToBePutThrough(text)) return false;
  const policies = [...topicsIn(text)].filter(
    ([topic, phrase]) => isPolicy(topic) && !departmentsWord(phrase),
  );
  if (policies.length === 0 || matches.some((m) => m.score >= ANSWERABLE)) return false;
  const first = partsOf(utterance).find((part) => asksQuestion(saidApart(part)));
  if (first === undefined) return true;
  const rules = [...topicsIn(saidApart(first)).keys()].some(isPolicy);
  return rules || !asksDepartment(first);
}

/** Why an entry matched: the topics heard, and whether its question or its answer speaks of each. */
export function whyKnowledge(utterance: string, dir: Directory): string[] {
  const index = indexOf(dir);
  const heard = topicsIn(said(utterance));
  const best = searchKnowledge(utterance, dir)[0];
  const indexed = index.entries.find((e) => e.entry === best?.entry);
  return [...heard].map(([topic, phrase]) => {
    const where = indexed?.asks.has(topic)
      ? `in the question of ${indexed.entry.key}`
      : indexed?.tells.has(topic)
        ? `in the answer of ${indexed.entry.key}`
        : "in no entry";
    return `"${phrase}" → ${topic} (${where})`;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
