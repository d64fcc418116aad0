import type { Department, Directory } from "../directory.ts";
import { findWords, hasCjk, latinWords, remembered, spacedPhrase } from "../text.ts";
import { KIND_TRADE, KIND_WORDS, KINDS, type Kind } from "./kinds.ts";

/**
 * Each department's kinds: as the directory says (`kind:`), or as its name and description show.
 * "品质部 / Quality Assurance" is quality, "Sales & Events" both sales and events.
 */

const kindsByDirectory = new WeakMap<Directory, Map<string, Kind[]>>();

export function kindsOf(dir: Directory): Map<string, Kind[]> {
  let kinds = kindsByDirectory.get(dir);
  if (!kinds) {
    kinds = new Map();
    const ownName = nameWordsOf(dir);
    for (const d of dir.departments) {
      const said = givenKinds(d);
      // A kind the directory gives comes first; what the name and description show adds to it
      // ("Office Leasing", `kind: sales`, still hears a tenant's lease words).
      // `kind: none` takes no kind, nor any read from the name.
      const found =
        d.kind === "none"
          ? []
          : [
              ...said,
              ...inferKinds(withoutNameWords(d, ownName), dir.organisation.kind).filter(
                (k) => !said.includes(k),
              ),
            ];
      // The operator desk is where "a real person" goes, whatever its name says.
      if (d.key === dir.organisation.operatorDepartment && !found.includes("operator")) {
        found.push("operator");
      }
      kinds.set(d.key, found);
    }
    leaveOtherTrades(kinds, dir);
    leaveToTheirOwn(kinds, dir);
    kindsByDirectory.set(dir, kinds);
  }
  return kinds;
}

/**
 * The words of the organisation's own English name ("Insurance" of Hexin Insurance): its trade,
 * which every department shares, so no department's kind.
 */
function nameWordsOf(dir: Directory): NameWords | null {
  const words = (dir.organisation.name.en ?? "")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4);
  if (words.length === 0) return null;
  return { words: new Set(words), pattern: new RegExp(`\\b(?:${words.join("|")})\\b`, "gi") };
}

/** The organisation's name words, and a pattern finding any of them in a text. */
interface NameWords {
  words: ReadonlySet<string>;
  pattern: RegExp;
}

/**
 * A department as its kinds are read: its description without the words of the organisation's
 * name, and its English name without the last one when it is one of them ("Commercial Insurance"
 * is read as "Commercial", "Motor Insurance" as "Motor"), unless it is all the name says
 * ("Logistics" stays itself).
 */
function withoutNameWords(d: Department, name: NameWords | null): Department {
  if (name === null) return d;
  const strip = (text: string) => text.replace(name.pattern, " ").replace(/\s+/g, " ").trim();
  const words = d.name.en.trim().split(/\s+/);
  const head = words.length > 1 && name.words.has((words.at(-1) ?? "").toLowerCase());
  const description = d.description?.en === undefined ? undefined : strip(d.description.en);
  if (!head && description === d.description?.en) return d;
  return {
    ...d,
    name: { ...d.name, en: head ? words.slice(0, -1).join(" ") : d.name.en },
    ...(d.description && description !== undefined
      ? { description: { ...d.description, en: description } }
      : {}),
  };
}

/** The kinds the directory gives a department (`kind:`, one or a list), none when it gives none. */
function givenKinds(d: Department): readonly Kind[] {
  if (d.kind === undefined || d.kind === "none") return [];
  return Array.isArray(d.kind) ? d.kind : [d.kind];
}

/**
 * Each department's kinds, for the one who wrote the directory: which the directory gave
 * (`kind:`), and which its name and description showed. A department with none hears only its
 * own name, description and keywords.
 */
export function kindsReport(
  dir: Directory,
): { department: string; given: Kind[]; shown: Kind[] }[] {
  const kinds = kindsOf(dir);
  return dir.departments.map((d) => {
    const said = givenKinds(d);
    const found = (kinds.get(d.key) ?? []).filter((k) => k !== "operator" || said.includes(k));
    return {
      department: d.key,
      given: found.filter((k) => said.includes(k)),
      shown: found.filter((k) => !said.includes(k)),
    };
  });
}

/**
 * A kind of a trade that is not the directory's, which a department's name shows beside its own
 * first kind, is another trade's word in passing: a law firm's "Corporate and Commercial" is
 * corporate law, not an insurer's commercial lines too; a maker's "营销中心 / Commercial" its
 * sales. A trade is the directory's when a department is of it first, or its departments show two
 * of its kinds (a firm whose practice groups are all given `kind: legal`, each named for its
 * practice).
 */
function leaveOtherTrades(kinds: Map<string, Kind[]>, dir: Directory): void {
  const first = new Set<string>();
  const shown = new Map<string, Set<Kind>>();
  for (const d of dir.departments) {
    const found = kinds.get(d.key) ?? [];
    for (const k of found) {
      const trade = KIND_TRADE[k];
      if (trade) shown.set(trade, (shown.get(trade) ?? new Set()).add(k));
    }
    const trade = found[0] && KIND_TRADE[found[0]];
    if (trade) first.add(trade);
  }
  const ours = (trade: string) => first.has(trade) || (shown.get(trade)?.size ?? 0) >= 2;
  for (const d of dir.departments) {
    const found = kinds.get(d.key) ?? [];
    const said = givenKinds(d);
    const kept = found.filter((k, i) => {
      const trade = KIND_TRADE[k];
      return i === 0 || said.includes(k) || trade === undefined || ours(trade);
    });
    if (kept.length < found.length) kinds.set(d.key, kept);
  }
}

/**
 * A kind a department's name shows only in passing ("收费处 / Fees and Billing", billing as well
 * as a residents' fees desk) is left to a department that is of that kind first ("财务部"): a
 * supplier's unpaid invoice is the finance department's, not the fees desk's.
 */
function leaveToTheirOwn(kinds: Map<string, Kind[]>, dir: Directory): void {
  const first = new Set([...kinds.values()].map((found) => found[0]));
  for (const d of dir.departments) {
    const found = kinds.get(d.key) ?? [];
    const said = givenKinds(d);
    const kept = found.filter(
      (k, i) => i === 0 || said.includes(k) || k === "operator" || !first.has(k),
    );
    if (kept.length < found.length) kinds.set(d.key, kept);
  }
}

interface Words {
  zh: string | null;
  en: string[];
  /** The Chinese, or "en:" and the English words joined: equal phrases have equal keys. */
  key: string;
}

/** A phrase in the shape used for matching: Chinese compact, English stemmed words. */
export function wordsOf(raw: string): Words {
  const spaced = spacedPhrase(raw.replace(/&/g, " and "));
  if (hasCjk(spaced)) {
    const zh = spaced.replace(/ /g, "");
    return { zh, en: [], key: zh };
  }
  const en = latinWords(spaced);
  return { zh: null, en, key: `en:${en.join(" ")}` };
}

function contains(text: Words, phrase: Words): boolean {
  if (phrase.zh !== null) return text.zh?.includes(phrase.zh) ?? false;
  return phrase.en.length > 0 && findWords(text.en, phrase.en) >= 0;
}

function same(a: Words, b: Words): boolean {
  return a.key === b.key;
}

/** What a Chinese department name ends with: 研发中心 is called 研发. */
export const ENDING_ZH = /(部门|部|科|处|室|中心|办公室|组)$/;
const ENDING = new RegExp(`${ENDING_ZH.source}|\\b(department|dept|office|team|division)$`);

interface KindWordsShaped {
  kind: Kind;
  names: Words[];
  says: Words[];
}

/** The kind words, in matching shape, built once. */
let kindWords: KindWordsShaped[] | null = null;

function allKindWords() {
  kindWords ??= KINDS.map((kind) => {
    const words = KIND_WORDS[kind];
    const list = (zh: string, en: string) =>
      [...zh.split("|"), ...en.split("|")]
        .filter((t) => t !== "")
        .map((t) => wordsOf(t.replace(/^[~!]/, "")));
    return {
      kind,
      names: list(words.names.zh, words.names.en),
      says: list(words.says.zh, words.says.en),
    };
  });
  return kindWords;
}

/** How strongly a name (or one part of it) says a kind: 3 when it is one of the kind's names. */
function nameScore(part: Words, bare: Words, names: readonly Words[]): number {
  let best = 0;
  for (const n of names) {
    if (same(part, n) || same(bare, n)) return 3;
    if (contains(part, n)) best = Math.max(best, 1 + lengthIn(n, part));
  }
  return best;
}

/** How much of a text a phrase inside it fills. */
function lengthIn(n: Words, part: Words): number {
  return n.zh !== null
    ? n.zh.length / Math.max(1, part.zh?.length ?? 1)
    : n.en.length / Math.max(1, part.en.length);
}

/** A phrase of a kind's names or words, where it sits in the vocabulary. */
interface Placed {
  kind: number;
  names: boolean;
  at: number;
  words: Words;
}

/**
 * Every kind's names and words by key, built once: a text's phrases are found by looking up its
 * parts, not by trying every phrase of the vocabulary against every department's name.
 */
interface Vocabulary {
  byKey: Map<string, Placed[]>;
  longestZh: number;
  longestEn: number;
}

let vocabulary: Vocabulary | null = null;

function vocabularyByKey(): Vocabulary {
  if (vocabulary) return vocabulary;
  const byKey = new Map<string, Placed[]>();
  let longestZh = 0;
  let longestEn = 0;
  allKindWords().forEach((k, kind) => {
    for (const names of [true, false]) {
      (names ? k.names : k.says).forEach((words, at) => {
        const placed = byKey.get(words.key);
        if (placed) placed.push({ kind, names, at, words });
        else byKey.set(words.key, [{ kind, names, at, words }]);
        longestZh = Math.max(longestZh, words.zh?.length ?? 0);
        longestEn = Math.max(longestEn, words.en.length);
      });
    }
  });
  vocabulary = { byKey, longestZh, longestEn };
  return vocabulary;
}

/** The vocabulary's phrases a text holds (as `contains` finds them), each once, remembered. */
const phrasesInText = new WeakMap<Words, Placed[]>();

function phrasesIn(text: Words): Placed[] {
  let found = phrasesInText.get(text);
  if (found) return found;
  const { byKey, longestZh, longestEn } = vocabularyByKey();
  const keys = new Set<string>();
  if (text.zh !== null) {
    for (let i = 0; i < text.zh.length; i++) {
      for (let j = i + 1; j <= Math.min(text.zh.length, i + longestZh); j++) {
        keys.add(text.zh.slice(i, j));
      }
    }
  }
  for (let i = 0; i < text.en.length; i++) {
    for (let j = i + 1; j <= Math.min(text.en.length, i + longestEn); j++) {
      keys.add(`en:${text.en.slice(i, j).join(" ")}`);
    }
  }
  found = [];
  for (const key of keys) {
    for (const p of byKey.get(key) ?? []) if (contains(text, p.words)) found.push(p);
  }
  phrasesInText.set(text, found);
  return found;
}

/** Each kind's `nameScore` for a name, by kind's place in `allKindWords()`; kinds it says nothing of left out. */
function nameScores(part: Words, bare: Words): Map<number, number> {
  const scores = new Map<number, number>();
  for (const p of phrasesIn(part)) {
    if (p.names) scores.set(p.kind, Math.max(scores.get(p.kind) ?? 0, 1 + lengthIn(p.words, part)));
  }
  for (const key of new Set([part.key, bare.key])) {
    for (const p of vocabularyByKey().byKey.get(key) ?? []) if (p.names) scores.set(p.kind, 3);
  }
  return scores;
}

/** Kinds read before, by the words that showed them: a directory reloaded reads none again. */
const inferred = new Map<string, Kind[]>();

/** The kinds a department's name and description show, best first. */
export function inferKinds(d: Department, organisation: "hotel" | "company"): Kind[] {
  const said = [organisation, d.name.zh, d.name.en, d.description?.zh, d.description?.en];
  const kinds = remembered(inferred, said.join("\u0000"), () => inferAfresh(d, organisation));
  return [...kinds];
}

/** A name for the work of buying and of moving goods in and out, both. */
const SUPPLY_CHAIN = /供应链|supply chain/i;

function inferAfresh(d: Department, organisation: "hotel" | "company"): Kind[] {
  const partsOf = (n: string) => [
    n,
    ...n.split(/\s*(?:[&/、,，+]|\band\b|与|和|及)\s*/).filter((p) => p !== n && p !== ""),
  ];
  const languages = [partsOf(d.name.zh), partsOf(d.name.en)];
  const description = [d.description?.zh ?? "", d.description?.en ?? ""].map(wordsOf);
  const suits = (of: string) => (of === organisation ? 1.2 : of === "any" ? 1.1 : 0.8);
  const chosen = new Set<Kind>();
  // A kind one language's name holds only inside a longer word, which neither the other's name
  // nor the description says: "医学信息部 / Medical Information" is no IT department, "Drug
  // Safety" no safety office; "劳动人事组 / Labour & Employment: employment contracts" is HR.
  const doubtful = new Set<Kind>();
  const sure = new Set<Kind>();
  const byLanguage: Kind[][] = [[], []];
  for (const [at, parts] of languages.entries()) {
    const other = languages[1 - at] as string[];
    // The best kind of each part of the name: "Sales & Events" is two.
    for (const part of parts) {
      const found = partKinds(part, description, suits);
      for (const { kind, whole } of found) {
        chosen.add(kind);
        byLanguage[at]?.push(kind);
        const said = whole || other.some((o) => saysKind(o, kind));
        (said ? sure : doubtful).add(kind);
      }
    }
  }
  for (const kind of doubtful) {
    if (!sure.has(kind) && describedScore(shapedKind(kind), description) === 0) chosen.delete(kind);
  }
  // A name and its translation, each one kind's and not the same ("餐饮部 / Catering": a
  // restaurant's, a banquet's), name one department's work: the description settles which.
  const [zh, en] = byLanguage.map((kinds) => (kinds.length === 1 ? kinds[0] : undefined));
  if (zh && en && zh !== en && languages.every((parts) => parts.length === 1)) {
    const zhSaid = describedScore(shapedKind(zh), description);
    const enSaid = describedScore(shapedKind(en), description);
    if (zhSaid >= enSaid + 1.5) chosen.delete(en);
    else if (enSaid >= zhSaid + 1.5) chosen.delete(zh);
  }
  // "供应链部 / Supply Chain" buys and ships: logistics as well as purchasing.
  if (chosen.has("purchasing") && SUPPLY_CHAIN.test(`${d.name.zh} ${d.name.en}`)) {
    chosen.add("logistics");
  }
  // "工程维保部 / Warranty Repairs" mends a developer's homes under warranty: it is no building's
  // maintenance team, whose everyday repairs (a corridor light, a lift) are the property company's.
  if (chosen.has("warranty_repairs")) chosen.delete("maintenance");
  // "储运部 / Storage and Transport" is logistics, which transport is part of.
  for (const kind of chosen) {
    const parent = KIND_WORDS[kind].parent;
    if (parent && chosen.has(parent)) chosen.delete(kind);
  }
  if (chosen.size > 0) return [...chosen];
  // A name that says nothing ("一部", "Team B"): what the description speaks of.
  let best: { kind: Kind; score: number } | null = null;
  for (const k of allKindWords()) {
    const score = describedOnce(k, description) * suits(KIND_WORDS[k.kind].of);
    if (score >= 1.5 && (!best || score > best.score)) best = { kind: k.kind, score };
  }
  return best ? [best.kind] : [];
}

/** The bare form of a name part: "Sales" of "Sales Department", "销售" of "销售部". */
function bareOf(words: Words): Words {
  return wordsOf((words.zh ?? words.en.join(" ")).replace(ENDING, "").trim() || (words.zh ?? ""));
}

/** Whether a name says a kind at all, whole or inside a longer word. */
function saysKind(name: string, kind: Kind): boolean {
  const words = wordsOf(name);
  return nameScore(words, bareOf(words), shapedKind(kind).names) > 0;
}

/**
 * The kinds one part of a name shows, each with whether the part is one of its names (`whole`)
 * rather than holding one inside a longer word.
 */
function partKinds(
  part: string,
  description: readonly Words[],
  suits: (of: string) => number,
): { kind: Kind; whole: boolean }[] {
  const words = wordsOf(part);
  const bare = bareOf(words);
  let best: { kinds: KindWordsShaped[]; score: number; whole: boolean } | null = null;
  const all = allKindWords();
  const scores = nameScores(words, bare);
  for (const at of [...scores.keys()].sort((a, b) => a - b)) {
    const k = all[at] as KindWordsShaped;
    const named = scores.get(at) as number;
    const score = named * suits(KIND_WORDS[k.kind].of);
    if (score < 1.5) continue;
    if (!best || score > best.score) best = { kinds: [k], score, whole: named === 3 };
    else if (score === best.score) best.kinds.push(k);
  }
  // "售后维修部": two kinds' names side by side, each its own work, unless the whole is one's.
  const side = words.zh === null ? [] : sideBySide(words.zh, suits);
  const sides = side.length > 0 || words.zh === null ? side : sideBySide(bare.zh ?? "", suits);
  if (sides.length > 0 && (best?.score ?? 0) < 3) {
    return sides.map((kind) => ({ kind, whole: true }));
  }
  if (!best) return [];
  // A name two kinds go by ("工程部": a builder's projects, a building's maintenance): the
  // description settles it, and without one the first kind listed keeps it. A word or two in
  // passing ("where is my parcel") is no description of another trade: it takes one of the
  // kind's names and one of its words, or three words.
  let settled = best.kinds[0] as KindWordsShaped;
  for (const k of best.kinds) {
    if (describedScore(k, description) >= describedScore(settled, description) + 1.5) settled = k;
  }
  return [{ kind: settled.kind, whole: best.whole }];
}

/** Kinds' names that say only what sort of place it is: a school, a hospital, a centre. */
const PLACE_ZH = /^(学院|书院|医院|研究院|研究所|中心|服务台|办公室|部门)$/;

/**
 * The kinds whose names, two characters or more, lie side by side in a Chinese name and fill it
 * ("售后" and "维修部" in 售后维修部, "行政" and "人事" in 行政人事), in the order said; none
 * unless there are two or more.
 */
function sideBySide(name: string, suits: (of: string) => number): Kind[] {
  const found: { kind: Kind; at: number; end: number; weight: number }[] = [];
  const all = allKindWords();
  // In the vocabulary's order, as the names were once tried one by one.
  const held = phrasesIn({ zh: name, en: [], key: name })
    .filter((p) => p.names)
    .sort((a, b) => a.kind - b.kind || a.at - b.at);
  for (const { kind, words: n } of held) {
    if (n.zh === null || n.zh.length < 2 || n.zh.length >= name.length) continue;
    // "工程学院" is a school of engineering: a word for a place of work is no work of its own.
    if (PLACE_ZH.test(n.zh)) continue;
    const at = name.indexOf(n.zh);
    const k = all[kind] as KindWordsShaped;
    found.push({ kind: k.kind, at, end: at + n.zh.length, weight: suits(KIND_WORDS[k.kind].of) });
  }
  // The longest name at each place, of the kind that suits the organisation best.
  found.sort((a, b) => b.end - b.at - (a.end - a.at) || b.weight - a.weight || a.at - b.at);
  const taken: typeof found = [];
  for (const f of found) {
    if (taken.every((t) => f.end <= t.at || f.at >= t.end)) taken.push(f);
  }
  const covered = taken.reduce((sum, t) => sum + t.end - t.at, 0);
  const kinds = [...new Set(taken.sort((a, b) => a.at - b.at).map((t) => t.kind))];
  return covered === name.length && kinds.length >= 2 ? kinds : [];
}

/** What a description must say of a kind, and more, to do its work where the directory has none. */
const DESCRIBED_PLAINLY = 1.5;

/**
 * The departments whose descriptions speak most of a kind's work ("宾客服务中心: 客房用品、打扫房间"
 * is housekeeping's), for a directory that has no department of that kind.
 */
export function describedAs(dir: Directory, kind: Kind): string[] {
  const k = shapedKind(kind);
  let best = 0;
  let found: string[] = [];
  for (const { key, description, own } of describedOf(dir)) {
    const score = describedScore(k, description, own);
    // Only the kind it speaks of most: "校园维修" is a building's maintenance, not a product's repair.
    const rival = (o: KindWordsShaped) =>
      [dir.organisation.kind, "any"].includes(KIND_WORDS[o.kind].of) &&
      describedScore(o, description, own) > score;
    if (score <= DESCRIBED_PLAINLY || score < best || allKindWords().some(rival)) continue;
    if (score > best) [best, found] = [score, [key]];
    else found.push(key);
  }
  return found;
}

interface Described {
  key: string;
  description: Words[];
  /** The words of its own kinds: "repairs" in an after-sales desk's description is that work. */
  own: Set<string>;
}

const describedByDirectory = new WeakMap<Directory, Described[]>();

/** Each department's description and its own kinds' words, read once per directory. */
function describedOf(dir: Directory): Described[] {
  let described = describedByDirectory.get(dir);
  if (!described) {
    const kinds = kindsOf(dir);
    described = dir.departments.map((d) => ({
      key: d.key,
      description: [d.description?.zh ?? "", d.description?.en ?? ""].map(wordsOf),
      own: new Set(
        (kinds.get(d.key) ?? []).flatMap((o) => {
          const w = shapedKind(o);
          return [...w.names, ...w.says].map((x) => x.key);
        }),
      ),
    }));
    describedByDirectory.set(dir, described);
  }
  return described;
}

/** How much a department's description speaks of a kind: its names count 1, its words ½. */
function describedScore(
  k: KindWordsShaped,
  description: readonly Words[],
  besides: ReadonlySet<string> = new Set(),
): number {
  let score = 0;
  const kind = allKindWords().indexOf(k);
  for (const text of description) {
    for (const p of phrasesIn(text)) {
      if (p.kind === kind && !besides.has(p.words.key)) score += p.names ? 1 : 0.5;
    }
  }
  return score;
}

/**
 * `describedScore` with each word of the description counted once, by the best phrase that holds
 * it, for a kind read from the description alone: "parent volunteers" is one word of a student
 * affairs office, not three ("volunteer", "volunteers", "volunteering"), and "estimated readings"
 * one of an estimator's, not a name and a word besides.
 */
function describedOnce(k: KindWordsShaped, description: readonly Words[]): number {
  let score = 0;
  const kind = allKindWords().indexOf(k);
  for (const text of description) {
    const found = phrasesIn(text)
      .filter((p) => p.kind === kind)
      .map((p) => ({ weight: p.names ? 1 : 0.5, ...spanIn(text, p.words) }))
      .sort((a, b) => b.weight - a.weight || b.end - b.at - (a.end - a.at));
    const counted: { at: number; end: number }[] = [];
    for (const f of found) {
      if (counted.some((c) => f.at < c.end && c.at < f.end)) continue;
      counted.push(f);
      score += f.weight;
    }
  }
  return score;
}

/** Where a phrase first lies in a text that holds it: characters of Chinese, words of English. */
function spanIn(text: Words, phrase: Words): { at: number; end: number } {
  if (phrase.zh !== null) {
    const at = text.zh?.indexOf(phrase.zh) ?? 0;
    return { at, end: at + phrase.zh.length };
  }
  const at = findWords(text.en, phrase.en);
  return { at, end: at + phrase.en.length };
}

function shapedKind(kind: Kind): KindWordsShaped {
  return allKindWords().find((k) => k.kind === kind) as KindWordsShaped;
}
