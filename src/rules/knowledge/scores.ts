import type { KnowledgeEntry } from "../directory.ts";
import { findWords, hasCjk, type Said, said } from "../text.ts";
import {
  type Heard,
  isGeneric,
  isPolicy,
  SORT_WEIGHT,
  sortOf,
  type Topic,
} from "../understand/topics.ts";
import { aspectOf, placeAsked, widened } from "./asked.ts";
import { type Index, type IndexedEntry, type Phrase, questionOf } from "./entries.ts";
import { bigrams, cjkOnly, contentWords } from "./words.ts";

/** How well a caller's words fit one entry, each way of fitting scored 0 to 1. */

/**
 * How well the topics heard fit an entry: each topic its question is about counts whole, one only
 * its answer speaks of half, and a topic heard that it says nothing about counts against it. Times,
 * places and prices alone ("几点", "where") answer nothing.
 */
export function topicScore(
  indexed: IndexedEntry,
  heard: Map<Topic, string>,
  index: Index,
  ofIt: (number | null)[],
  mentioned: Set<Topic>,
): number {
  const { asks, tells } = indexed;
  const { common } = index;
  // "几点营业" fits "公司几点上班", which asks nothing else, but not "健身房几点开放" alone, nor
  // "物业服务中心几点上班" when nothing of the service centre was said.
  const ofSomething = ofIt.every((s) => s !== null);
  const onlyGeneric =
    ![...asks].some((t) => sortOf(t) === "topic" && !isGeneric(t)) &&
    (!ofSomething || ofIt.some((s) => s !== null && s > 0));
  const particular = [...heard.keys()].some(
    (t) => sortOf(t) === "topic" && !isGeneric(t) && asks.has(t),
  );
  const subjects = [...asks].filter((t) => sortOf(t) === "subject" && !common.has(t));
  let score = 0;
  let about = false;
  let aboutAsked = false;
  for (const topic of heard.keys()) {
    if (common.has(topic)) continue;
    const sort = sortOf(topic);
    const weight = SORT_WEIGHT[sort];
    if (isGeneric(topic) && !onlyGeneric && !particular) continue;
    if (asks.has(topic)) score += weight;
    else if (tells.has(topic)) score += weight / 2;
    else if (topic === "address" && asks.has("place")) {
      // "where is your office" asks for an address without saying the word.
      score += weight / 2;
    } else {
      // "I need the address for the taxi": how the caller comes asks no way of an entry.
      if (mentioned.has(topic)) continue;
      // A question about pets is not answered by the entry about check-in it also mentions.
      if (sort === "topic") score -= isPolicy(topic) ? 0.5 : 0.25;
      // The warehouse's address is not the office's, nor are its hours where an entry tells them.
      if (sort === "subject" && (subjects.length > 0 || index.subjects.has(topic))) score -= 0.5;
      continue;
    }
    if (sort !== "aspect") about = true;
    if (sort !== "aspect" && asks.has(topic)) aboutAsked = true;
  }
  if (!about) return 0;
  // Only the answer speaks of what was heard, and nothing its question asks of was said: "车主活动
  // 怎么报名" is not "保养怎么预约？", whose answer says to sign up online.
  if (!aboutAsked && ofSomething && ofIt.every((s) => s === 0)) return 0;
  // "what time does the shuttle leave" is not answered by the entry that tells where to find us.
  if (asksOtherAspect(indexed, heard)) score -= SORT_WEIGHT.aspect;
  // A topic heard in other words than the question's, with less than half of what it asks of
  // said: "信用卡账单分期" speaks of paying as "大额取现要提前预约吗？" does, and asks another thing.
  // Related, for a model to weigh, but not answered by the rules.
  if (ofSomething && ofIt.every((s) => s !== null && s < 0.5))
    score = Math.min(score, ONLY_RELATED);
  // Where the directory gives an entry its keywords, they say what it is about; its text less so.
  return Math.max(0, score) * (indexed.phrases.length > 0 ? 0.7 : 1);
}

/** A fit the rules do not answer from, though a model may (below `ANSWERABLE` in knowledge.ts). */
const ONLY_RELATED = 0.7;

/** The caller asks when, where or how much, and the entry's question asks another of these only. */
function asksOtherAspect(indexed: IndexedEntry, heard: Map<Topic, string>): boolean {
  const pointed = (topics: Iterable<Topic>) =>
    widened(new Set([...topics].map(aspectOf).filter((a) => a !== null && a !== "way")));
  const asked = pointed(heard.keys());
  const answers = pointed([...indexed.asks, ...indexed.tells]);
  return asked.size > 0 && answers.size > 0 && ![...asked].some((a) => answers.has(a));
}

/**
 * How much of what each of an entry's questions asks of the caller said, 0 to 1: null for a
 * question of nothing in particular ("你们几点上班").
 */
export function thingSaid(
  indexed: IndexedEntry,
  heard: Map<Topic, string>,
  text: Said,
  common: Set<Topic>,
  alone: (char: string) => boolean,
): (number | null)[] {
  return indexed.wants.map(({ of }) => {
    const wanted = of.filter((u) => !(u.startsWith("#") && common.has(u.slice(1) as Topic)));
    if (wanted.length === 0) return null;
    const saidOf = wanted.filter((u) =>
      u.startsWith("#")
        ? heard.has(u.slice(1) as Topic)
        : hasCjk(u)
          ? u.length === 1
            ? alone(u)
            : priceOf(u).some((w) => text.compact.includes(w))
          : text.words.includes(u),
    );
    return saidOf.length / wanted.length;
  });
}

/**
 * Whether a character is said outside every phrase of a topic: "日" is not said alone in "周日",
 * which is that topic's. Worked out once for a turn, asked of every entry.
 */
export function saidAlone(text: Said, heard: readonly Heard[]): (char: string) => boolean {
  const inTopic = new Set<number>();
  for (const h of heard) {
    if (h.space === "zh") for (let i = h.start; i < h.end; i++) inTopic.add(i);
  }
  return (char) => {
    for (let at = text.compact.indexOf(char); at >= 0; at = text.compact.indexOf(char, at + 1)) {
      if (!inTopic.has(at)) return true;
    }
    return false;
  };
}

/** A thing's price is asked by either word for it: "水价" as "水费", "电费" as "电价". */
function priceOf(unit: string): string[] {
  if (unit.length !== 2 || !/[价费]$/.test(unit)) return [unit];
  return [`${unit[0]}价`, `${unit[0]}费`];
}

/**
 * The caller asks what an entry's question asks (a time, a price, a place), of what it asks it:
 * "现在垃圾几点到几点可以扔" for "垃圾什么时候可以扔？". Half of that said is enough to answer.
 */
export function askedOfIt(
  indexed: IndexedEntry,
  aspects: Set<Topic>,
  ofIt: (number | null)[],
): number {
  let fit = 0;
  indexed.wants.forEach(({ aspects: wanted }, i) => {
    const share = ofIt[i];
    if (share === null || share === undefined || share < 0.5) return;
    if (![...wanted].some((a) => aspects.has(a))) return;
    fit = Math.max(fit, 0.5 + 0.5 * share);
  });
  return fit;
}

/**
 * An entry's question that asks of the organisation itself what the caller asks of it: "商场在
 * 哪里？" for "你们在哪里".
 */
export function askedLikeIt(indexed: IndexedEntry, asked: Set<Topic>, index: Index): number {
  // "几点闭馆" asked of nothing is the hours the only entry about hours tells ("展会几点开门？").
  if (asked.has("hours") && index.hoursOf.length === 1 && index.hoursOf[0] === indexed) return 0.8;
  const alike = indexed.wants.some((wanted) => {
    const aspects = new Set(wanted.aspects);
    // "商场在哪里？怎么过去？" asks where the mall is, and the way there is more of the same.
    const of = placeAsked(wanted.of, aspects).filter((u) => u !== "#directions");
    return of.length === 0 && [...aspects].some((a) => asked.has(a));
  });
  return alike ? 0.8 : 0;
}

export function keywordScore(phrases: Phrase[], text: Said): number {
  const weights: number[] = [];
  for (const p of phrases) {
    const found = p.zh !== null ? text.compact.includes(p.zh) : findWords(text.words, p.en) >= 0;
    if (found) weights.push(p.weight);
    else if (p.zh !== null && objectFirst(p.zh, text.compact)) weights.push(0.9 * p.weight);
  }
  if (weights.length === 0) return 0;
  weights.sort((a, b) => b - a);
  const [first = 0, ...rest] = weights;
  return Math.min(1, first + 0.1 * rest.reduce((a, b) => a + b, 0));
}

/**
 * A keyword of a verb and what it is done to, said the other way round as Chinese callers put what
 * they ask about first: "医保卡你们那边能刷吗" for 刷医保, "垃圾几点能扔" for 扔垃圾. The verb comes
 * a few characters after the thing, within the same clause.
 */
function objectFirst(keyword: string, compact: string): boolean {
  if (keyword.length < 3 || keyword.length > 4) return false;
  const thing = keyword.slice(1);
  const at = compact.indexOf(thing);
  if (at < 0) return false;
  const after = compact.slice(at + thing.length, at + thing.length + 8);
  return after.split(/[，。？！；,.?!;]/)[0]?.includes(keyword[0] as string) ?? false;
}

/** Dice's coefficient: 1 for the same set, 0 for nothing shared. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How much of a Chinese question the caller said among other words ("雪场今年什么时候开板啊" holds
 * "雪场什么时候开"); a question of fewer than four character pairs says too little to hold.
 */
export function covered(said: Set<string>, question: Set<string>): number {
  if (question.size < 4) return 0;
  let shared = 0;
  for (const item of question) if (said.has(item)) shared += 1;
  return (0.9 * shared) / question.size;
}

export function nearQuestion(utterance: string, entry: KnowledgeEntry): boolean {
  const question = questionOf(entry);
  const text = said(utterance);
  const zh = similarity(bigrams(cjkOnly(text.compact)), question.zh);
  const en = similarity(new Set(contentWords(text.words)), question.en);
  return Math.max(zh, en) >= 0.9;
}
