import type { Directory, KnowledgeEntry } from "../directory.ts";
import {
  findWords,
  hasCjk,
  latinWords,
  prepare,
  type Said,
  said,
  saidApart,
  spaceOut,
} from "../text.ts";
import { type Heard, sortOf, type Topic, topicsHeard, topicsIn } from "../understand/topics.ts";
import { type Wanted, wantedIn } from "./asked.ts";
import { SELF_WORDS } from "./self.ts";
import { bigrams, cjkOnly, contentWords } from "./words.ts";

/** A directory's knowledge entries, each read once: its keywords, its question, what it asks. */

/** Longer Chinese phrases say more; the same steps as department keywords. */
const ZH_WEIGHT = [0, 0.3, 0.75, 0.9, 1];

export interface Phrase {
  zh: string | null;
  en: string[];
  weight: number;
}

/** The question as a caller might say it, for near matches: Chinese character pairs, English words. */
interface Question {
  zh: Set<string>;
  en: Set<string>;
}

export interface IndexedEntry {
  entry: KnowledgeEntry;
  phrases: Phrase[];
  question: Question;
  /** The topics its question is about, and those only its answer speaks of. */
  asks: Set<Topic>;
  tells: Set<Topic>;
  /** What its question asks, and of what, in each language. */
  wants: Wanted[];
}

export interface Index {
  entries: IndexedEntry[];
  /** The organisation's words for itself, which say nothing of which question is asked. */
  own: Set<string>;
  /** The entries whose question asks opening hours. */
  hoursOf: IndexedEntry[];
  /** Subjects most entries' questions share ("公司" in every company's): they tell none apart. */
  common: Set<Topic>;
  /** The other subjects entries' questions ask about ("仓库" of the warehouse's hours). */
  subjects: Set<Topic>;
  /** Which entries have a keyword starting with this character (Chinese) or word (English). */
  zhByFirst: Map<string, Set<IndexedEntry>>;
  enByFirst: Map<string, Set<IndexedEntry>>;
}

const indexes = new WeakMap<Directory, Index>();

export function indexOf(dir: Directory): Index {
  let index = indexes.get(dir);
  if (!index) {
    // The organisation's own name says nothing of which question is asked ("university"), nor
    // do the words any organisation calls itself by ("商场在哪里" asks where we are).
    const name = saidApart(`${dir.organisation.name.zh ?? ""} ${dir.organisation.name.en}`);
    const own = new Set([...bigrams(cjkOnly(name.compact)), ...name.words, ...SELF_WORDS]);
    const entries = dir.knowledge.map((entry) => indexEntry(entry, own, name));
    const asked = new Map<Topic, number>();
    for (const e of entries) for (const t of e.asks) asked.set(t, (asked.get(t) ?? 0) + 1);
    const common = new Set(
      [...asked]
        .filter(([t, n]) => sortOf(t) === "subject" && n > 1 && n * 2 > entries.length)
        .map(([t]) => t),
    );
    const zhByFirst = new Map<string, Set<IndexedEntry>>();
    const enByFirst = new Map<string, Set<IndexedEntry>>();
    for (const indexed of entries) {
      for (const p of indexed.phrases) {
        const [byFirst, first] = p.zh !== null ? [zhByFirst, p.zh[0]] : [enByFirst, p.en[0]];
        if (first === undefined) continue;
        byFirst.set(first, (byFirst.get(first) ?? new Set()).add(indexed));
      }
    }
    const subjects = new Set(
      [...asked.keys()].filter((t) => sortOf(t) === "subject" && !common.has(t)),
    );
    const hoursOf = entries.filter((e) => e.wants.some((w) => w.aspects.has("hours")));
    index = { entries, own, hoursOf, common, subjects, zhByFirst, enByFirst };
    indexes.set(dir, index);
  }
  return index;
}

const questions = new WeakMap<KnowledgeEntry, Question>();

export function questionOf(entry: KnowledgeEntry): Question {
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

function indexEntry(entry: KnowledgeEntry, own: Set<string>, name: Said): IndexedEntry {
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
  // "你们分公司在哪里" at the Suzhou branch asks where it is, not about the company's branches.
  const asks = new Set(
    topicsHeard(saidApart(`${entry.question.zh} ${entry.question.en}`))
      .filter((h) => !inName(h, name))
      .map((h) => h.topic),
  );
  // What the answer says in both its languages: "Zhigu Industrial Park" speaks of no parking.
  const toldEn = topicsIn(saidApart(entry.answer.en));
  const told = [...topicsIn(saidApart(entry.answer.zh)).keys()].filter((t) => toldEn.has(t));
  const tells = new Set(told.filter((t) => !asks.has(t)));
  const wants = [
    wantedIn(saidApart(entry.question.zh), own),
    wantedIn(saidApart(entry.question.en), own),
  ];
  // One question in two languages asks the same: "学费是多少？" asks a price, as "How much is the
  // tuition?" says.
  const [zh, en] = wants;
  if (zh && en && (zh.aspects.size === 0 || en.aspects.size === 0)) {
    for (const a of [...zh.aspects, ...en.aspects]) {
      zh.aspects.add(a);
      en.aspects.add(a);
    }
  }
  return { entry, phrases, question: questionOf(entry), asks, tells, wants };
}

/** Whether a topic's phrase is part of the organisation's own name. */
function inName(h: Heard, name: Said): boolean {
  return h.space === "zh"
    ? name.compact.includes(h.phrase)
    : findWords(name.words, h.phrase.split(" ")) >= 0;
}

/** The entries with a keyword starting with a character or word of the text: the only ones to score. */
export function withKeywordsIn(index: Index, text: Said): Set<IndexedEntry> {
  const found = new Set<IndexedEntry>();
  const add = (entries: Set<IndexedEntry> | undefined) => {
    for (const indexed of entries ?? []) found.add(indexed);
  };
  for (const char of new Set(text.compact.split(""))) add(index.zhByFirst.get(char));
  for (const word of text.words) add(index.enByFirst.get(word));
  return found;
}
