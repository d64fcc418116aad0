import type { Directory, KnowledgeEntry, Language } from "./directory.ts";
import { findWords, hasCjk, latinWords, prepare, type Said, said, spaceOut } from "./text.ts";

/** The knowledge base: which entries a caller's question is about, and when rules may answer it. */

export interface KnowledgeMatch {
  entry: KnowledgeEntry;
  /** 0 to 1: how strongly the caller's words point at this entry. */
  score: number;
}

/** At or above this, with a question asked, the rules answer without a model. */
export const ANSWERABLE = 0.75;

/** Entries scoring above this are handed to the model as the only facts it may use. */
const RELATED = 0.3;

/** Longer Chinese phrases say more; the same steps as department keywords. */
const ZH_WEIGHT = [0, 0.3, 0.75, 0.9, 1];

interface Phrase {
  zh: string | null;
  en: string[];
  weight: number;
}

/** The question as a caller might say it, for near matches: Chinese character pairs, English words. */
interface Question {
  zh: Set<string>;
  en: Set<string>;
}

interface IndexedEntry {
  entry: KnowledgeEntry;
  phrases: Phrase[];
  question: Question;
}

interface Index {
  entries: IndexedEntry[];
  /** Which entries have a keyword starting with this character (Chinese) or word (English). */
  zhByFirst: Map<string, Set<IndexedEntry>>;
  enByFirst: Map<string, Set<IndexedEntry>>;
}

const indexes = new WeakMap<Directory, Index>();

function indexOf(dir: Directory): Index {
  let index = indexes.get(dir);
  if (!index) {
    const entries = dir.knowledge.map(indexEntry);
    const zhByFirst = new Map<string, Set<IndexedEntry>>();
    const enByFirst = new Map<string, Set<IndexedEntry>>();
    for (const indexed of entries) {
      for (const p of indexed.phrases) {
        const [byFirst, first] = p.zh !== null ? [zhByFirst, p.zh[0]] : [enByFirst, p.en[0]];
        if (first === undefined) continue;
        byFirst.set(first, (byFirst.get(first) ?? new Set()).add(indexed));
      }
    }
    index = { entries, zhByFirst, enByFirst };
    indexes.set(dir, index);
  }
  return index;
}

const questions = new WeakMap<KnowledgeEntry, Question>();

function questionOf(entry: KnowledgeEntry): Question {
  let question = questions.get(entry);
  if (!question) {
    question = {
      zh: bigrams(cjkOnly(said(entry.question.zh).compact)),
      en: new Set(contentWords(said(entry.question.en).words)),
    };
    questions.set(entry, question);
  }
  return question;
}

function indexEntry(entry: KnowledgeEntry): IndexedEntry {
  const phrases: Phrase[] = [];
  for (const raw of [...entry.keywords.zh, ...entry.keywords.en]) {
    const spaced = spaceOut(prepare(raw));
    if (spaced === "") continue;
    if (hasCjk(spaced)) {
      const zh = spaced.replace(/ /g, "");
      phrases.push({ zh, en: [], weight: ZH_WEIGHT[Math.min(zh.length, 4)] ?? 0.3 });
    } else {
      const en = latinWords(spaced);
      if (en.length === 0) continue;
      phrases.push({ zh: null, en, weight: en.length >= 3 ? 1 : en.length === 2 ? 0.9 : 0.75 });
    }
  }
  return { entry, phrases, question: questionOf(entry) };
}

/** Entries the caller's words point at, best first; none when nothing matches. */
export function searchKnowledge(utterance: string, dir: Directory): KnowledgeMatch[] {
  if (dir.knowledge.length === 0) return [];
  const text = said(utterance);
  const zh = bigrams(cjkOnly(text.compact));
  const en = new Set(contentWords(text.words));
  const index = indexOf(dir);
  const worded = withKeywordsIn(index, text);
  const matches: KnowledgeMatch[] = [];
  for (const indexed of index.entries) {
    const score = Math.max(
      worded.has(indexed) ? keywordScore(indexed.phrases, text) : 0,
      similarity(zh, indexed.question.zh),
      similarity(en, indexed.question.en),
    );
    if (score > 0) matches.push({ entry: indexed.entry, score: round(score) });
  }
  // Stable sort keeps the file's order between equals.
  return matches.sort((a, b) => b.score - a.score);
}

/**
 * The entries the rules answer with: the caller asked a question and one or two entries match it
 * strongly (or the caller said the question itself). Otherwise none, and routing goes on.
 */
export function answerByRules(utterance: string, matches: KnowledgeMatch[]): KnowledgeEntry[] {
  const [best, second] = matches;
  if (!best) return [];
  const asked = asksQuestion(said(utterance));
  if (best.score >= 0.9 && nearQuestion(utterance, best.entry)) return [best.entry];
  if (!asked || best.score < ANSWERABLE) return [];
  // "早餐几点，几点退房" asks two things: answer both.
  if (second && second.score >= ANSWERABLE) return [best.entry, second.entry];
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

// ---------------------------------------------------------------- matching

/** The entries with a keyword starting with a character or word of the text: the only ones to score. */
function withKeywordsIn(index: Index, text: Said): Set<IndexedEntry> {
  const found = new Set<IndexedEntry>();
  const add = (entries: Set<IndexedEntry> | undefined) => {
    for (const indexed of entries ?? []) found.add(indexed);
  };
  for (const char of new Set(text.compact.split(""))) add(index.zhByFirst.get(char));
  for (const word of text.words) add(index.enByFirst.get(word));
  return found;
}

function keywordScore(phrases: Phrase[], text: Said): number {
  const weights: number[] = [];
  for (const p of phrases) {
    const found = p.zh !== null ? text.compact.includes(p.zh) : findWords(text.words, p.en) >= 0;
    if (found) weights.push(p.weight);
  }
  if (weights.length === 0) return 0;
  weights.sort((a, b) => b - a);
  const [first = 0, ...rest] = weights;
  return Math.min(1, first + 0.1 * rest.reduce((a, b) => a + b, 0));
}

/** Words around a question that say nothing about which one it is. */
const ZH_FILLER = /请问|你好|您好|麻烦|一下|你们|贵|我想|我要|想问|问问|的|吗|呢|吧|啊|呀|了/g;
const EN_FILLER = new Set([
  "i",
  "you",
  "your",
  "we",
  "is",
  "are",
  "do",
  "does",
  "can",
  "could",
  "what",
  "whats",
  "how",
  "when",
  "where",
  "there",
  "and",
  "of",
  "in",
  "at",
  "for",
  "it",
  "my",
  "me",
  "hotel",
  "hello",
  "hi",
]);

function cjkOnly(compact: string): string {
  return compact.replace(/[^\u3400-\u9fff]/g, "").replace(ZH_FILLER, "");
}

function contentWords(words: readonly string[]): string[] {
  return words.filter((w) => !EN_FILLER.has(w));
}

function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** Dice's coefficient: 1 for the same set, 0 for nothing shared. */
function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function nearQuestion(utterance: string, entry: KnowledgeEntry): boolean {
  const question = questionOf(entry);
  const text = said(utterance);
  const zh = similarity(bigrams(cjkOnly(text.compact)), question.zh);
  const en = similarity(new Set(contentWords(text.words)), question.en);
  return Math.max(zh, en) >= 0.9;
}

// ---------------------------------------------------------------- questions

/** Asking for information, not asking to be put through: "早餐几点", "where do I park". */
const QUESTION_ZH =
  /吗|么|呢|几点|几时|几楼|几层|几号|几岁|几天|什么时候|多久|多少|多长|多远|怎么|怎样|如何|哪里|哪儿|哪个|在哪|什么|有没有|能不能|可不可以|是不是|是否|请问|想问|想知道|问一下|问下/;
/** "Can I …?" asks; "can you …" is a request to do something, and goes to routing. */
const QUESTION_EN =
  /^(is|are|do|does)\b|\b(what|whats|when|where|how|which)\b|\b(can|could|may) (i|we)\b|\bis there\b|\bare there\b|\bdo you\b|\bwondering\b|\bwant to know\b|\blike to know\b|\btell me\b/;

export function asksQuestion(text: Said): boolean {
  return QUESTION_ZH.test(text.compact) || QUESTION_EN.test(text.spaced);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
