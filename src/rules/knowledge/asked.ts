import { type Said, saidApart } from "../text.ts";
import { cleaned } from "../understand/speech.ts";
import { type Heard, isGeneric, sortOf, type Topic, topicsHeard } from "../understand/topics.ts";
import { SELF_TOPICS } from "./self.ts";
import { bigrams, cjkOnly, EN_FILLER, EN_FRAME, ZH_FRAME } from "./words.ts";

/** What a question asks (a time, a place, a price, a way), and of what. */

/**
 * What a question asks (a time, a place, a price, a way) and of what: the topics it names and its
 * other words ("垃圾什么时候可以扔": a time, of 垃圾 and 扔), each of which a caller may say.
 */
export interface Wanted {
  aspects: Set<Topic>;
  /** `#topic` for a topic named; otherwise Chinese characters (one or two) or an English word. */
  of: string[];
}

export function wantedIn(text: Said, own: Set<string>): Wanted {
  const aspects = new Set<Topic>();
  const of = new Set<string>();
  const zhTaken = new Set<number>();
  const enTaken = new Set<number>();
  for (const h of topicsHeard(text)) {
    const taken = h.space === "zh" ? zhTaken : enTaken;
    for (let i = h.start; i < h.end; i++) taken.add(i);
    const aspect = aspectOf(h.topic);
    const within = aspect === null && h.space === "zh" ? aspectWithin(h.phrase) : null;
    if (within) {
      // "多久发货" asks a time, of 发货: a caller may ask it "什么时候能发货".
      aspects.add(within.aspect);
      for (const gram of bigrams(within.rest)) of.add(gram);
    } else if (aspect === null) {
      // "你们公司在哪里" asks of the organisation itself, as "你们在哪里" does.
      if (!SELF_TOPICS.has(h.topic)) of.add(`#${h.topic}`);
    } else if (h.asking) aspects.add(aspect);
  }
  const rest = [...text.compact].map((c, i) => (zhTaken.has(i) ? " " : c)).join("");
  for (const piece of cjkOnly(rest.replace(ZH_FRAME, " "), " ").split(" ")) {
    if (piece.length === 1) of.add(piece);
    for (const gram of bigrams(piece)) of.add(gram);
  }
  for (const [i, word] of text.words.entries()) {
    if (!enTaken.has(i) && !EN_FILLER.has(word) && !EN_FRAME.has(word)) of.add(word);
  }
  return { aspects, of: [...of].filter((u) => !own.has(u)) };
}

/** The aspect a topic's phrase asks inside it, and the rest: "多久发货" asks a time of 发货. */
function aspectWithin(phrase: string): { aspect: Topic; rest: string } | null {
  for (const h of topicsHeard(saidApart(phrase.slice(0, -1)))) {
    const aspect = aspectOf(h.topic);
    if (aspect === null || !h.asking || h.space !== "zh") continue;
    const rest = phrase.slice(0, h.start) + phrase.slice(h.end);
    if (rest.length >= 2) return { aspect, rest };
  }
  return null;
}

/** What the words ask: "周末能干吗" speaks of a weekend but asks no time. */
export function aspectsAsked(text: Said): Set<Topic> {
  const aspects = new Set<Topic>();
  for (const h of topicsHeard(text)) {
    const aspect = aspectOf(h.topic);
    if (aspect !== null && h.asking) aspects.add(aspect);
  }
  return widened(aspects);
}

/** The topics only spoken of, never asked: "taxi" in "I need the address for the taxi". */
export function mentionedOnly(heard: readonly Heard[]): Set<Topic> {
  const asked = new Set(heard.filter((h) => h.asking).map((h) => h.topic));
  return new Set(heard.filter((h) => !asked.has(h.topic)).map((h) => h.topic));
}

/** Asking opening hours ("几点到几点") asks a time too; asking a time asks no opening hours. */
export function widened(aspects: Set<Topic>): Set<Topic> {
  if ([...aspects].some(isGeneric)) aspects.add("time");
  return aspects;
}

/** The aspect a topic asks, if it is one: a time, a place, a price, a way, or opening hours. */
export function aspectOf(topic: Topic): Topic | null {
  return sortOf(topic) === "aspect" || isGeneric(topic) ? topic : null;
}

/**
 * What the caller asks of the organisation itself, and of nothing else: a place in "你们在哪里",
 * "where are you located", "what's your address". Null when they ask of something.
 */
export function askedOfUs(text: Said, own: Set<string>): Set<Topic> | null {
  // "where is it", "她在哪": asked of someone or something said before.
  if (text.words.some((w) => PRONOUNS.has(w)) || /[他她它]/.test(text.compact)) return null;
  const plain = cleaned(text);
  const { aspects, of } = wantedIn({ ...plain, compact: plain.compact.replace(WHEN_ZH, " ") }, own);
  const rest = placeAsked(
    of.filter((u) => !OCCASION.has(u)),
    aspects,
  );
  return rest.length === 0 && aspects.size > 0 ? widened(aspects) : null;
}

/**
 * An address asked is a place asked: "what's the school's address" asks what "学校在哪里？"
 * does. What else is asked of is returned.
 */
export function placeAsked(of: string[], aspects: Set<Topic>): string[] {
  const rest = of.filter((u) => u !== "#address");
  if (rest.length < of.length) aspects.add("place");
  return rest;
}

const PRONOUNS = new Set(["it", "he", "she", "they", "them", "him", "her", "this", "that"]);

/** When, said in Chinese, which asks of nothing: "最后一天几点闭馆", "周六几点关门". */
const WHEN_ZH =
  /今天|今晚|明天|现在|最后一天|第一天|周[一二三四五六日天末]|星期[一二三四五六日天]|早上|上午|中午|下午|晚上/g;

/** Words of when that ask of nothing: "where are you now", "今天几点关门". */
const OCCASION = new Set([
  "today",
  "tonight",
  "tomorrow",
  "now",
  "exactly",
  "今天",
  "今晚",
  "明天",
  "现在",
]);
