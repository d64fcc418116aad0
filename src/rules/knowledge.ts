import type { Directory, KnowledgeEntry, Language } from "./directory.ts";
import {
  findWords,
  hasCjk,
  latinWords,
  prepare,
  type Said,
  said,
  saidApart,
  spaceOut,
} from "./text.ts";
import { cleaned, partsOf } from "./understand/speech.ts";
import {
  type Heard,
  isGeneric,
  isPolicy,
  SORT_WEIGHT,
  sortOf,
  type Topic,
  topicsHeard,
  topicsIn,
} from "./understand/topics.ts";

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
  /** The topics its question is about, and those only its answer speaks of. */
  asks: Set<Topic>;
  tells: Set<Topic>;
  /** What its question asks, and of what, in each language. */
  wants: Wanted[];
}

/**
 * What a question asks (a time, a place, a price, a way) and of what: the topics it names and its
 * other words ("垃圾什么时候可以扔": a time, of 垃圾 and 扔), each of which a caller may say.
 */
interface Wanted {
  aspects: Set<Topic>;
  /** `#topic` for a topic named; otherwise Chinese characters (one or two) or an English word. */
  of: string[];
}

interface Index {
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

function indexOf(dir: Directory): Index {
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

function wantedIn(text: Said, own: Set<string>): Wanted {
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
function aspectsAsked(text: Said): Set<Topic> {
  const aspects = new Set<Topic>();
  for (const h of topicsHeard(text)) {
    const aspect = aspectOf(h.topic);
    if (aspect !== null && h.asking) aspects.add(aspect);
  }
  return widened(aspects);
}

/** The topics only spoken of, never asked: "taxi" in "I need the address for the taxi". */
function mentionedOnly(heard: readonly Heard[]): Set<Topic> {
  const asked = new Set(heard.filter((h) => h.asking).map((h) => h.topic));
  return new Set(heard.filter((h) => !asked.has(h.topic)).map((h) => h.topic));
}

/** Asking opening hours ("几点到几点") asks a time too; asking a time asks no opening hours. */
function widened(aspects: Set<Topic>): Set<Topic> {
  if ([...aspects].some(isGeneric)) aspects.add("time");
  return aspects;
}

/** The aspect a topic asks, if it is one: a time, a place, a price, a way, or opening hours. */
function aspectOf(topic: Topic): Topic | null {
  return sortOf(topic) === "aspect" || isGeneric(topic) ? topic : null;
}

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
    const ofIt = thingSaid(indexed, heard, text, index.common, alone);
    const fit = Math.max(
      worded.has(indexed) ? keywordScore(indexed.phrases, text) : 0,
      similarity(zh, indexed.question.zh),
      similarity(en, indexed.question.en),
      covered(zh, indexed.question.zh),
      topicScore(indexed, heard, index, ofIt, mentioned),
      askedOfIt(indexed, aspects, ofIt),
      ofUs ? askedLikeIt(indexed, ofUs, index) : 0,
    );
    if (fit > 0) matches.push({ entry: indexed.entry, score: round(Math.min(1, fit)), fit });
  }
  // Stable sort keeps the file's order between equals.
  return matches.sort((a, b) => b.score - a.score || b.fit - a.fit);
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

// ---------------------------------------------------------------- the organisation itself

/**
 * What any organisation calls itself: "商场在哪里" asks where the mall is, and "你们商场的购物卡
 * 怎么买" asks about a gift card, not about the mall.
 */
const SELF_ZH = [
  "商场",
  "购物中心",
  "百货",
  "酒店",
  "宾馆",
  "饭店",
  "公司",
  "集团",
  "医院",
  "学校",
  "大学",
  "学院",
  "中心",
  "展馆",
  "场馆",
  "园区",
  "小区",
  "度假村",
  "景区",
  "办公室",
  "单位",
  "总部",
  "工厂",
  "门店",
  "律所",
  "事务所",
];
const SELF_EN = [
  "mall",
  "hotel",
  "company",
  "firm",
  "hospital",
  "school",
  "university",
  "college",
  "campus",
  "centre",
  "center",
  "resort",
  "office",
  "headquarters",
  "building",
  "venue",
  "factory",
  "store",
  "clinic",
  "guy",
];
const SELF_WORDS = [...SELF_ZH.flatMap((w) => [...bigrams(w)]), ...SELF_EN];

/** Topics that are the organisation's own place: "公司", "your office". */
const SELF_TOPICS = new Set<Topic>(["office"]);

/** How near a topic the organisation's word must be said to be what is asked of: characters, words. */
const NEAR_ZH = 2;
const NEAR_EN = 3;

/**
 * The caller's words without the organisation's words for itself said in passing, away from
 * anything asked: "我在你们商场买的购物卡" speaks of the mall, but asks of the card; "商场几点关门"
 * and "where exactly is the expo centre" still ask of the organisation.
 */
function withoutSelfInPassing(text: Said, own: Set<string>): Said {
  const heard = topicsHeard(text).filter((h) => !SELF_TOPICS.has(h.topic));
  const near = (space: "zh" | "en", start: number, end: number, by: number) =>
    heard.some((h) => h.space === space && h.start - end <= by && start - h.end <= by);
  const dropZh = new Set<number>();
  for (const word of SELF_ZH) {
    for (let at = text.compact.indexOf(word); at >= 0; at = text.compact.indexOf(word, at + 1)) {
      if (!near("zh", at, at + word.length, NEAR_ZH)) {
        for (let i = at; i < at + word.length; i++) dropZh.add(i);
      }
    }
  }
  const dropEn = new Set<number>();
  text.words.forEach((word, i) => {
    if (own.has(word) && !near("en", i, i + 1, NEAR_EN)) dropEn.add(i);
  });
  if (dropZh.size === 0 && dropEn.size === 0) return text;
  const compact = [...text.compact].filter((_, i) => !dropZh.has(i)).join("");
  const words = text.words.filter((_, i) => !dropEn.has(i));
  return { spaced: text.spaced, compact, words };
}

// ---------------------------------------------------------------- matching

/**
 * How well the topics heard fit an entry: each topic its question is about counts whole, one only
 * its answer speaks of half, and a topic heard that it says nothing about counts against it. Times,
 * places and prices alone ("几点", "where") answer nothing.
 */
function topicScore(
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
  // Where the directory gives an entry its keywords, they say what it is about; its text less so.
  return Math.max(0, score) * (indexed.phrases.length > 0 ? 0.7 : 1);
}

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
function thingSaid(
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
function saidAlone(text: Said, heard: readonly Heard[]): (char: string) => boolean {
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
function askedOfIt(indexed: IndexedEntry, aspects: Set<Topic>, ofIt: (number | null)[]): number {
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
 * What the caller asks of the organisation itself, and of nothing else: a place in "你们在哪里",
 * "where are you located", "what's your address". Null when they ask of something.
 */
function askedOfUs(text: Said, own: Set<string>): Set<Topic> | null {
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
function placeAsked(of: string[], aspects: Set<Topic>): string[] {
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

/**
 * An entry's question that asks of the organisation itself what the caller asks of it: "商场在
 * 哪里？" for "你们在哪里".
 */
function askedLikeIt(indexed: IndexedEntry, asked: Set<Topic>, index: Index): number {
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

/** Words around a question that say nothing about which one it is. */
const ZH_FILLER_WORDS = "请问|你好|您好|麻烦|一下|你们|贵|我想|我要|想问|问问|的|吗|呢|吧|啊|呀|了";
const ZH_FILLER = new RegExp(ZH_FILLER_WORDS, "g");
/** Words a question is put in that say nothing of what it is about: "可以", "有没有". */
const ZH_FRAME = new RegExp(
  `${ZH_FILLER_WORDS}|有没有|能不能|可不可以|是不是|会不会|可以|能|是|需要|要|有|在|什么|么|哪些|多少`,
  "g",
);
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

/** The same in English: "where can I check my …". */
const EN_FRAME = new Set(["get", "check", "find", "know", "need", "want", "go", "come", "see"]);

/** The Chinese characters of a text, without fillers: run together, or with `gap` between runs. */
function cjkOnly(compact: string, gap = ""): string {
  return compact
    .replace(/[^\u3400-\u9fff ]/g, gap)
    .replace(ZH_FILLER, gap)
    .replace(/ +/g, gap);
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

/**
 * How much of a Chinese question the caller said among other words ("雪场今年什么时候开板啊" holds
 * "雪场什么时候开"); a question of fewer than four character pairs says too little to hold.
 */
function covered(said: Set<string>, question: Set<string>): number {
  if (question.size < 4) return 0;
  let shared = 0;
  for (const item of question) if (said.has(item)) shared += 1;
  return (0.9 * shared) / question.size;
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
  /吗|么|呢|几点|几时|几楼|几层|几号|几岁|几天|几年|几个月|几月|几次|几种|几周|什么时候|多久|多少|多长|多远|怎么|怎样|如何|哪(?!怕)|什么|有没有|能不能|可不可以|是不是|是否|请问|想问|想知道|问一下|问下/;
/**
 * "Can I …?" asks; "can you …" is a request to do something, and goes to routing, unless it asks
 * what the organisation does ("can you guys ship batteries", "can you issue a VAT invoice").
 */
const QUESTION_EN =
  /^(is|are|do|does)\b|\b(what|whats|when|where|how|which)\b|\b(can|could|may) (i|we)\b|\b(can|could) you (guys )?(issue|ship|accept|provide|offer|sell|handle)\b|\bis there\b|\bare there\b|\bdo you\b|\bwondering\b|\bwant to know\b|\blike to know\b|\btell me\b/;

/** A question put the other way round: "are you open", "do any of your lawyers speak Japanese". */
const INVERTED_EN = /^(is|are|do|does|did|have|has)\b/;

/**
 * Saying one has a question, and what is no question after all: "我想问一下", "想问 算了" ask
 * nothing yet.
 */
const ANNOUNCED_ZH =
  /请问(一下)?|(我)?想(问|知道|咨询|打听)(一下|下|问)?|问(一下|下)|咨询(一下|下)|打听(一下|下)|算了|没事了|不用了/g;

function asksQuestion(text: Said): boolean {
  if (QUESTION_EN.test(text.spaced)) return true;
  if (!QUESTION_ZH.test(text.compact)) return false;
  // The announcement alone, with nothing asked after it.
  const rest = cleaned(text)
    .compact.replace(ANNOUNCED_ZH, "")
    .replace(/[^\u3400-\u9fff]/g, "");
  return rest.replace(/^(我们?|你们?|你好|您好)+/, "") !== "" || text.words.length > 0;
}

/**
 * The same, read past the greeting or hesitation a question may open with: "hello are you open on
 * Sundays". A house rule nothing answers is still read from the words as said (see
 * `asksUnansweredPolicy`): read past the opening, it offered a person to more callers who wanted a
 * department than it helped.
 */
export function asksQuestionAfterOpening(text: Said): boolean {
  return asksQuestion(text) || INVERTED_EN.test(cleaned(text).spaced);
}

/** "地址发我一下", "tell me the wifi password": asking to be told, which is a question too. */
const TELL_ME_ZH =
  /(发|告诉|给|报)我(一下)?(吧|呗)?$|发给我|告诉我|发一下|报一下|说一下|(信息|资料|地址|密码|税号|时间)(是)?(多少|什么)/;
const TELL_ME_EN =
  /\b(tell|send|give|text|email) me (the|your)\b|\bi need (the|your) (address|password|details|number)\b/;

function asksToBeTold(text: Said): boolean {
  return TELL_ME_ZH.test(text.compact) || TELL_ME_EN.test(text.spaced);
}

/**
 * "帮我接一下", "put me through", "I'd like to book one", "找谁": a request, whatever else it asks.
 */
const PUT_THROUGH_ZH =
  /(帮我|给我|麻烦)(接|转)|给谁|问谁|联系谁|转(一下|给|到|接)|接(一下|到|通)|找一下|找个人|派(个)?人|叫(个)?人|(帮我|帮忙|麻烦你?)(查|看|问|订|约|安排|改|换|取消|处理|办|补|退)|(我想|我要|想要)(给.{1,4})?(订|预订|预约|报名|报个|办|申请|续)|找谁|谁管|谁负责|哪个部门|管不管|管一下/;
const PUT_THROUGH_EN =
  /\b(put me through|connect me|transfer me|speak (to|with)|talk (to|with)|send (someone|somebody)|i need someone|can someone|(can|could) you (check|look into|find out|change|update|correct|fix|cancel|sort out)|(id|i would|i want to|i wanna) (like to )?(book|reserve)|book (one|a|an|me)|who (do|should|can) (i|we) (ask|see|contact|give|hand|send|return|report|call)|who (handles|deals with|is in charge of)|(is|are) (there )?(someone|somebody|anyone|anybody))\b/;

/**
 * The caller's own case, which someone has to look into: what they filled in wrong, what has not
 * come, what was charged twice. The knowledge base tells how things are, not what became of theirs.
 */
const OWN_CASE_ZH =
  /(填|写|弄|搞|输|打|交)错|改一下|修改|更改|重开|重新开|还没(有)?(退|到|付|结|收到|给|办|处理|回|发)|丢了|到期|过期/;
const OWN_CASE_EN =
  /\b(by mistake|charged twice|paid twice|wrong (address|number|name|date|details|amount)|(still|yet to) (hasnt|havent|has not|have not|not)|hasnt (been|arrived|come)|havent (been|received|got)|(change|update|correct) (my|our|the) (address|booking|order|details|name|number))\b/;

/**
 * "Can I …" or "能不能 …" of the caller's own occasion, near at hand (tonight, tomorrow, now), asks
 * for it to be arranged ("can I settle the bill tonight", "现在过去能不能提前办入住"), where the
 * same without it asks how things are ("可以提前入住吗"), and so does a visit planned for a weekend
 * ("we'd like to visit this weekend, can we just walk in"); unless it asks when, where or how much.
 */
const MAY_I_ZH = /能不能|可不可以|可以|能否|行不行/;
const OCCASION_ZH = /今天|今晚|明天|明早|明晚|现在|马上|待会|等会|一会儿|刚(到|下|落地)/;
const MAY_I_EN = /\b(can|could|may) (i|we)\b/;
const OCCASION_EN =
  /\b(tonight|tomorrow|today|right now|this (morning|afternoon|evening)|later today)\b/;
const ASKS_WHAT_ZH = /几点|几时|什么时候|多少|多久|多长|多远|哪|怎么|怎样|如何|什么/;
const ASKS_WHAT_EN = /\b(what|whats|when|where|how|which)\b/;

/** "能不能安排…", "能不能把房费结了", "can you arrange …": something to be done, not a question. */
const ARRANGE_ZH = /(能不能|可不可以|可以|能否|麻烦)(帮我们?|给我们?)?(安排|把)/;
const ARRANGE_EN = /\b(can|could|would) you (please )?(arrange|organise|organize|set up|prepare)\b/;

function asksForOwnOccasion(text: Said): boolean {
  const zh =
    MAY_I_ZH.test(text.compact) &&
    OCCASION_ZH.test(text.compact) &&
    !ASKS_WHAT_ZH.test(text.compact);
  const en =
    MAY_I_EN.test(text.spaced) && OCCASION_EN.test(text.spaced) && !ASKS_WHAT_EN.test(text.spaced);
  return zh || en || ARRANGE_ZH.test(text.compact) || ARRANGE_EN.test(text.spaced);
}

export function asksToBePutThrough(text: Said): boolean {
  return (
    PUT_THROUGH_ZH.test(text.compact) ||
    PUT_THROUGH_EN.test(text.spaced) ||
    OWN_CASE_ZH.test(text.compact) ||
    OWN_CASE_EN.test(text.spaced) ||
    asksForOwnOccasion(text)
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
