import { EN_ONES, ZH_DIGIT } from "./numerals.ts";

/** Callers' words cleaned the same way as directory words, so the two can be compared. */

export interface Said {
  /** Words separated by single spaces; Chinese runs are split from Latin words and digits. */
  readonly spaced: string;
  /** The same with no spaces at all, for matching Chinese phrases. */
  readonly compact: string;
  /** Latin words, stemmed, without filler words: for matching English phrases. */
  readonly words: readonly string[];
}

const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
const isCjk = new RegExp(`[${CJK}]`);

/** True when the text has a Chinese character in it. */
export function hasCjk(text: string): boolean {
  return isCjk.test(text);
}

/** How many Chinese characters (the ranges of CJK above) the text has, counting no further than `enough`. */
export function cjkCount(text: string, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) count++;
  }
  return count;
}

/** How many words of letters alone a spaced-out text has, counting no further than `enough`. */
export function latinWordCount(spaced: string, enough = Number.POSITIVE_INFINITY): number {
  let count = 0;
  let letters = 0;
  let other = false;
  for (let i = 0; i <= spaced.length && count < enough; i++) {
    const c = i < spaced.length ? spaced.charCodeAt(i) : 32;
    if (c === 32) {
      if (letters > 0 && !other) count++;
      letters = 0;
      other = false;
    } else if (c >= 97 && c <= 122) letters++;
    else other = true;
  }
  return count;
}

/** Digits as read out one by one: "oh" for zero too. */
const EN_DIGITS: Readonly<Record<string, number>> = { ...EN_ONES, oh: 0 };

const ZH_RUN = /[零〇幺一二两三四五六七八九](?:\s*[零〇幺一二两三四五六七八九]){2,}/g;
const EN_WORD = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)";
const EN_RUN = new RegExp(`\\b${EN_WORD}(?:[\\s,-]+${EN_WORD}){2,}\\b`, "g");

/** Number words become digits only in runs of three or more, so 一下 and "one room" stay words. */
function spokenDigits(text: string): string {
  let out = text.replace(ZH_RUN, (run) =>
    [...run.replace(/\s+/g, "")].map((c) => ZH_DIGIT[c] ?? c).join(""),
  );
  out = out.replace(EN_RUN, (run) => {
    let digits = "";
    let repeat = 1;
    for (const w of run.split(/[\s,-]+/)) {
      if (w === "double") repeat = 2;
      else if (w === "triple") repeat = 3;
      else {
        digits += String(EN_DIGITS[w] ?? "").repeat(repeat);
        repeat = 1;
      }
    }
    return ` ${digits} `;
  });
  return out;
}

// A turn reads the same utterance several times (routing, knowledge, questions): the last one is kept.
let lastUtterance: string | null = null;
let lastPrepared = "";

/** Full-width, case, apostrophes and spoken digits; punctuation is kept for number spotting. */
export function prepare(utterance: string): string {
  if (utterance !== lastUtterance) {
    lastPrepared = prepareAfresh(utterance);
    lastUtterance = utterance;
  }
  return lastPrepared;
}

function prepareAfresh(utterance: string): string {
  let text = utterance.normalize("NFKC").toLowerCase();
  text = text.replace(/[’‘`´]/g, "'");
  text = text.replace(/'s\b/g, "").replace(/'/g, "");
  // Speech recognition writes "checkout" and "check out" alike: one form for both sides.
  text = text.replace(/\bcheck(in|out)\b/g, "check $1");
  text = text.replace(CANTONESE, (word) => MANDARIN[word] ?? word);
  return spokenDigits(text);
}

/**
 * Cantonese words a caller from Guangdong says, and a recogniser writes, as the Mandarin ones the
 * rules know: "开瓶费几多钱" is "开瓶费多少钱", "有冇位" is "有没有位". Only words no Mandarin
 * sentence holds: 点样 is also "一点样品", 边度 "那边度假".
 */
const MANDARIN: Readonly<Record<string, string>> = {
  几多: "多少",
  有冇: "有没有",
  系唔系: "是不是",
  可唔可以: "可不可以",
  能唔能: "能不能",
  得唔得: "行不行",
  使唔使: "需不需要",
  咩嘢: "什么",
  唔该: "麻烦",
  冇: "没有",
};
const CANTONESE_WORDS = Object.keys(MANDARIN)
  .sort((a, b) => b.length - a.length)
  .join("|");
const CANTONESE = new RegExp(CANTONESE_WORDS, "g");
/** The same, to ask whether a phrase holds one (a pattern without "g" keeps no place between calls). */
const HAS_CANTONESE = new RegExp(CANTONESE_WORDS);

const FILLER = new Set(["a", "an", "the", "please", "some", "any", "to", "uh", "um", "er", "erm"]);

/**
 * Words in "-ing" that name something else than their verb: "accounting" is not "my account",
 * a "meeting" room not "meet", a "building" not "build".
 */
const ING_NOUNS = new Set([
  "accounting",
  "building",
  "ceiling",
  "clothing",
  "evening",
  "meeting",
  "morning",
  "training",
  "wedding",
]);

/** A light stemmer, applied alike to directory words and to callers' words. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing") && !ING_NOUNS.has(w)) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  return w;
}

const NOT_A_WORD = new RegExp(`[^a-z0-9+${CJK}\\s]`, "g");
const CJK_THEN_LATIN = new RegExp(`([${CJK}])([a-z0-9+])`, "g");
const LATIN_THEN_CJK = new RegExp(`([a-z0-9+])([${CJK}])`, "g");

/** Spaced words with Chinese runs split away from Latin words and digits. */
export function spaceOut(prepared: string): string {
  return prepared
    .replace(NOT_A_WORD, " ")
    .replace(CJK_THEN_LATIN, "$1 $2")
    .replace(LATIN_THEN_CJK, "$1 $2")
    .replace(/\s+/g, " ")
    .trim();
}

// The built-in vocabulary's phrases are read by several indexes (kinds, departments, single
// words): each is spaced out once per process. A cap keeps directories read in turn from piling up.
const spacedPhrases = new Map<string, string>();
/** Chinese characters alone, three numerals in a row aside: what `prepare` and `spaceOut` leave as it is. */
const PLAIN_ZH = /^[\u3400-\u9fff]+$/;
const ZH_NUMERALS = /[零〇幺一二两三四五六七八九]{3}/;

/** `spaceOut(prepare(phrase))` of a phrase of the vocabulary or a directory, kept. */
export function spacedPhrase(phrase: string): string {
  let spaced = spacedPhrases.get(phrase);
  if (spaced === undefined) {
    // Half the vocabulary is plain Chinese, which would go through a dozen replacements unchanged.
    const plain = PLAIN_ZH.test(phrase) && !ZH_NUMERALS.test(phrase) && !HAS_CANTONESE.test(phrase);
    spaced = plain ? phrase : spaceOut(prepareAfresh(phrase));
    if (spacedPhrases.size < 100_000) spacedPhrases.set(phrase, spaced);
  }
  return spaced;
}

/** Latin words of a spaced text, stemmed and without filler words. */
export function latinWords(spaced: string): string[] {
  const words: string[] = [];
  for (const w of spaced.split(" ")) {
    const word = latinWord(w);
    if (word !== null) words.push(word);
  }
  return words;
}

// Every turn reads the same few thousand words: each is stemmed once.
const latinForms = new Map<string, string | null>();

/** A word's stem, or null for what is no Latin word or a filler. */
function latinWord(w: string): string | null {
  return remembered(latinForms, w, (word) =>
    /^[a-z][a-z0-9]*$/.test(word) && !FILLER.has(word) ? stem(word) : null,
  );
}

/**
 * What was worked out for a word before, kept for the words heard most: at most a few thousand,
 * so the words of many calls never pile up.
 */
export function remembered<T>(kept: Map<string, T>, word: string, work: (w: string) => T): T {
  let found = kept.get(word);
  if (found === undefined) {
    if (kept.size > 4096) kept.clear();
    found = work(word);
    kept.set(word, found);
  }
  return found;
}

let lastSaidOf: string | null = null;
let lastSaid: Said = { spaced: "", compact: "", words: [] };

export function said(utterance: string): Said {
  if (utterance !== lastSaidOf) {
    const spaced = spaceOut(prepare(utterance));
    lastSaid = { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
    lastSaidOf = utterance;
  }
  return lastSaid;
}

/** The same reading of a part of an utterance, leaving the whole utterance's reading kept. */
export function saidApart(part: string): Said {
  const spaced = spaceOut(prepareAfresh(part));
  return { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
}

/** Where `phrase` occurs in `words` as a run of whole words, or -1. */
export function findWords(words: readonly string[], phrase: readonly string[], from = 0): number {
  if (phrase.length === 0) return -1;
  outer: for (let i = from; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      if (words[i + j] !== phrase[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/**
 * Any of a list of patterns, in one (none may hold a backreference, whose numbers would shift):
 * one test says whether any of them could match.
 */
export function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((p) => p.source).join("|"));
}
