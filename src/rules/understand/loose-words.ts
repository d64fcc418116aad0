import type { Department, Directory } from "../directory.ts";
import { perDirectory } from "../per-directory.ts";
import { hasCjk, latinWords, remembered, type Said, spacedPhrase } from "../text.ts";
import { EVERYDAY_ZH } from "./departments.ts";
import { KIND_WORDS, type Kind } from "./kinds.ts";
import { kindsOf } from "./kinds-of.ts";
import { SYNONYM_WEIGHT, wordSynonyms } from "./synonyms.ts";

/**
 * The last resort when no phrase of any department was heard: the single words a caller shares
 * with a department's own name and description ("想找个看皮肤的医生" and "预约医生",
 * "a children's doctor" and "an appointment with a doctor"). Chinese is compared two characters
 * at a time, English word by word (stemmed); a word that many departments share says little.
 * What this finds is never sure enough to act on: the caller is asked to confirm.
 */

export interface LooseIndex {
  /** Each word, with the departments whose own words hold it and what it says of them. */
  byWord: Map<string, { departments: string[]; weight: number }>;
  /**
   * Each near-synonym of a word of the departments' own ("booth" for "stand"), with the
   * departments and the word it stands for; for less than the word itself.
   */
  bySynonym: Map<string, { departments: string[]; weight: number; for: string }>;
  /** Every word of each department's own name and description, everyday ones aside. */
  own: Map<string, Set<string>>;
  order: Map<string, number>;
}

/** Everyday English that says nothing of where a caller wants to go. */
const STOP_EN = new Set(
  (
    "and or for with from of in on at by about into over under our your their my its this that these those " +
    "all other general new old any some more most such also not no yes can could would will shall may might " +
    "do does did have has had get got make made give take want need like just really very much many " +
    "i me we us you he she they them him her it is are was were be been being am " +
    "what when where which who whom why how there here then than so if but as " +
    "hello hi hey thank thanks please sorry okay ok yeah well right one two three " +
    "call calling phone line speak talk someone somebody anyone person people " +
    "service department dept office team centre center desk division unit section group " +
    "company hotel hospital organisation organization guest customer client visitor staff " +
    "day today tomorrow yesterday week morning afternoon evening night time hour minute " +
    "question enquiry inquiry help thing something anything way lot bit number wrong sure fine good"
  )
    .split(" ")
    .map((w) => w.trim())
    .filter((w) => w !== ""),
);

/** Two-character runs too common in Chinese speech to point anywhere, beside the everyday words. */
const STOP_ZH = new Set(
  (
    "一下 我们 你们 他们 可以 什么 怎么 这个 那个 就是 还是 没有 有没 是不 不是 现在 今天 明天 " +
    "昨天 时候 问题 事情 一个 请问 想问 问一 麻烦 帮我 我想 我要 需要 知道 已经 应该 可能 因为 " +
    "所以 如果 但是 然后 还有 这边 那边 这里 那里 一点 一些 电话 联系 找一 找个 你好 谢谢 负责 " +
    "相关 工作 服务 部门 办公 管理 处理 咨询 事务 业务 接待 各类 各种 日常 以及 包括 客人 客户"
  )
    .split(" ")
    .filter((w) => w !== "")
    .concat([...EVERYDAY_ZH]),
);

/**
 * The words that three or more of the directory's kinds use ("book", "问题"): they tell none of its
 * departments apart. Only its own kinds count, so a trade it lacks (a car dealer's "vehicle")
 * takes no word from its departments.
 */
function kindsCommonWords(dir: Directory): Set<string> {
  const kindsHolding = new Map<string, number>();
  for (const kind of new Set([...kindsOf(dir).values()].flat())) {
    for (const word of kindTokens(kind)) kindsHolding.set(word, (kindsHolding.get(word) ?? 0) + 1);
  }
  return new Set([...kindsHolding].filter(([, n]) => n >= 3).map(([word]) => word));
}

const tokensByKind = new Map<Kind, Set<string>>();

/** Every word of a kind's names and phrases, read once. */
function kindTokens(kind: Kind): Set<string> {
  return remembered(tokensByKind, kind, () => {
    const words = KIND_WORDS[kind];
    const texts = [words.names, words.says, ...(words.companySays ? [words.companySays] : [])]
      .flatMap((w) => [...w.zh.split("|"), ...w.en.split("|")])
      .map((t) => t.replace(/^[~!]/, ""));
    return tokensOf(texts);
  });
}

export const looseIndex: (dir: Directory) => LooseIndex = perDirectory(buildLooseIndex);

function buildLooseIndex(dir: Directory): LooseIndex {
  // The organisation's own name is in everything callers say of it ("医院", "hotel").
  const own = tokensOf([dir.organisation.name.zh, dir.organisation.name.en]);
  const common = kindsCommonWords(dir);
  const holders = new Map<string, Set<string>>();
  const ownWords = new Map<string, Set<string>>();
  for (const d of dir.departments) {
    const words = tokensOf(textsOf(d));
    ownWords.set(d.key, new Set([...words].filter((w) => !own.has(w))));
    if (d.key === dir.organisation.operatorDepartment) continue;
    for (const word of words) {
      if (own.has(word) || common.has(word)) continue;
      const set = holders.get(word) ?? new Set<string>();
      set.add(d.key);
      holders.set(word, set);
    }
  }
  const count = Math.max(1, dir.departments.length);
  const byWord = new Map<string, { departments: string[]; weight: number }>();
  for (const [word, set] of holders) {
    // A word of more than a third of the departments (and of more than two) tells none apart.
    if (set.size > 2 && set.size > count / 3) continue;
    byWord.set(word, { departments: [...set], weight: 1 / set.size });
  }
  // The words a caller may say for those words, where the word itself is no department's.
  const synonyms = new Map<string, { departments: Set<string>; for: string }>();
  for (const [word, { departments }] of byWord) {
    for (const synonym of wordSynonyms(word)) {
      if (own.has(synonym.word) || common.has(synonym.word) || holders.has(synonym.word)) continue;
      const entry = synonyms.get(synonym.word) ?? { departments: new Set(), for: synonym.for };
      for (const d of departments) entry.departments.add(d);
      synonyms.set(synonym.word, entry);
    }
  }
  const bySynonym = new Map<string, { departments: string[]; weight: number; for: string }>();
  for (const [word, { departments, for: stands }] of synonyms) {
    if (departments.size > 2 && departments.size > count / 3) continue;
    const weight = SYNONYM_WEIGHT / departments.size;
    bySynonym.set(word, { departments: [...departments], weight, for: stands });
  }
  const order = new Map(dir.departments.map((d, i) => [d.key, i]));
  return { byWord, bySynonym, own: ownWords, order };
}

/**
 * How many words of each department's own name and description were said, however common: told
 * apart so, two departments of one kind ("记者" for Brand Marketing and Public Relations, whose
 * description is 媒体采访) are no longer tied.
 */
export function ownWordsSaid(
  index: LooseIndex,
  departments: readonly string[],
  text: Said,
): Map<string, number> {
  const heard = new Set<string>();
  addWords(heard, text.compact, text.words);
  return new Map(
    departments.map((department) => {
      const own = index.own.get(department);
      return [department, own ? [...heard].filter((word) => own.has(word)).length : 0];
    }),
  );
}

/** A department's name and description: its keywords are phrases meant whole ("smoke detector"). */
function textsOf(d: Department): string[] {
  return [d.name.zh, d.name.en, d.description?.zh ?? "", d.description?.en ?? ""];
}

/** A text's words as this compares them: Chinese two characters at a time, English stemmed. */
function tokensOf(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    const spaced = spacedPhrase(text);
    addWords(words, spaced.replace(/ /g, ""), latinWords(spaced));
  }
  return words;
}

function addWords(into: Set<string>, compact: string, latin: readonly string[]): void {
  if (hasCjk(compact)) {
    for (const run of compact.match(/[\u3400-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const pair = run.slice(i, i + 2);
        if (!STOP_ZH.has(pair)) into.add(pair);
      }
    }
  }
  for (const word of latin) {
    if (word.length >= 3 && !STOP_EN.has(word) && !/^\d+$/.test(word)) into.add(word);
  }
}

/** The words of each phrase heard before: a directory's phrases are few, and heard again and again. */
const phraseWords = new Map<string, Set<string>>();

/**
 * Each word of the phrases heard, with the departments those phrases point to: true where the word
 * may still add to the department, false where its own name said it.
 */
function ownersOf(phrases: PhrasesHeard): Map<string, Map<string, boolean>> {
  const owners = new Map<string, Map<string, boolean>>();
  for (const { phrase, department, from } of phrases) {
    for (const word of remembered(phraseWords, phrase, (p) => tokensOf([p]))) {
      const set = owners.get(word) ?? new Map<string, boolean>();
      // A department's own name, heard whole, has counted in full already.
      set.set(department, (set.get(department) ?? true) && from !== "name");
      owners.set(word, set);
    }
  }
  return owners;
}

export interface LooseMatch {
  key: string;
  score: number;
  /** The words shared, for the confusion list. */
  words: string[];
}

/** Below this a department shares too little with what was said to be offered. */
const ENOUGH = 0.5;
/** However much is shared, this stays a guess the caller confirms. */
const MOST = 0.6;

/**
 * Phrases heard whole, and the departments each points to: a word inside one is that phrase's,
 * not every department's that has the word ("reservation" in "a dinner reservation").
 */
export type PhrasesHeard = readonly { phrase: string; department: string; from: string }[];

/** The departments sharing the most telling words with what was said, best first. */
export function looseMatches(
  index: LooseIndex,
  text: Said,
  phrases: PhrasesHeard = [],
): LooseMatch[] {
  const heard = new Set<string>();
  addWords(heard, text.compact, text.words);
  const owners = ownersOf(phrases);
  const found = new Map<string, LooseMatch>();
  for (const word of heard) {
    const entry = index.byWord.get(word) ?? index.bySynonym.get(word);
    if (!entry) continue;
    const owner = owners.get(word);
    // A synonym is shown with the department's word it stands for: "booth" (stand).
    const shown = "for" in entry ? `${word} (${entry.for})` : word;
    for (const department of entry.departments) {
      if (owner && !owner.get(department)) continue;
      const match = found.get(department) ?? { key: department, score: 0, words: [] };
      match.score += entry.weight;
      match.words.push(shown);
      found.set(department, match);
    }
  }
  return [...found.values()]
    .filter((m) => m.score >= ENOUGH)
    .map((m) => ({ ...m, score: Math.min(MOST, 0.3 + 0.2 * m.score) }))
    .sort(
      (a, b) => b.score - a.score || (index.order.get(a.key) ?? 0) - (index.order.get(b.key) ?? 0),
    );
}
