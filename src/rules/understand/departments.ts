import type { Department, Directory } from "../directory.ts";
import { charReadings } from "../names.ts";
import { perDirectory } from "../per-directory.ts";
import {
  findWords,
  hasCjk,
  latinWords,
  prepare,
  remembered,
  type Said,
  spacedPhrase,
  spaceOut,
} from "../text.ts";
import { KIND_TRADE, KIND_WORDS, type Kind } from "./kinds.ts";
import { describedAs, kindsOf } from "./kinds-of.ts";
import { SYNONYM_WEIGHT, synonymsOf } from "./synonyms.ts";

/**
 * Which department a caller wants, from the words they used: the department's own name,
 * description and keywords, and the built-in words of its kind.
 */

/** Where a department's phrase came from: it is also why a turn went where it went. */
export type Source = "name" | "keyword" | "description" | Kind;

interface Cue {
  department: string;
  weight: number;
  from: Source;
  /** Written with "~": the phrase says less than its length, and so do the words inside it. */
  weak?: true;
  /** A name the department goes by (its own, or its kind's), not a word of what it does. */
  named?: true;
  /** Heard in a near-synonym: the directory's own word it stands for ("stand" for "booth"). */
  for?: string;
}

interface Phrase {
  /** As written in the directory or the vocabulary, for the confusion list. */
  text: string;
  /** Chinese phrases are found in the compact text, English ones as whole words. */
  zh: string | null;
  en: string[];
  cues: Cue[];
  /** A word that is mostly something else ("it"): a department only when said on its own. */
  alone: boolean;
}

/** English department words that are everyday words too: "IT", but "send it back". */
const EVERYDAY_EN = new Set(["it", "is", "us", "pr", "ad", "she", "his"]);

export interface DepartmentIndex {
  phrases: Phrase[];
  /**
   * Positions in `phrases` by their first two characters (Chinese, as UTF-16 code units; one for
   * a phrase of one) or first word (English): where to look from each place in what was said.
   */
  zhByStart: Map<number, ZhStarts>;
  enByFirst: Map<string, number[]>;
  /** Chinese phrases by the sound of their first character, built when first needed. */
  zhBySound: Map<string, { at: number; syllables: string[] }[]> | null;
  /** Every English word of a department phrase. */
  words: Set<string>;
  /** Each department's kinds, said or inferred. */
  kinds: Map<string, Kind[]>;
  /** Each department's place in the directory, which decides between equals. */
  order: Map<string, number>;
}

/** The Chinese phrases that start with one character: those of one, and the longer by their second. */
interface ZhStarts {
  alone: number[];
  bySecond: Map<number, number[]>;
}

export const departmentIndex: (dir: Directory) => DepartmentIndex = perDirectory(buildIndex);

/** Characters that only join or soften a request ("订的房", "退个货", "订一下房"): read past. */
export const LOOSE_ZH = /一下|的|个/g;

/** Longer Chinese phrases are more specific: one character says little, four say a lot. */
const ZH_WEIGHT = [0, 0.3, 0.75, 0.9, 1];

/** How much a phrase says on its own, from its length; "~" before a phrase halves it, "!" makes it whole. */
function weightOf(zh: string | null, en: readonly string[]): number {
  if (zh !== null) return ZH_WEIGHT[Math.min(zh.length, 4)] ?? 0.3;
  return en.length >= 3 ? 1 : en.length === 2 ? 0.9 : 0.75;
}

/** What each source is worth against a department's own words. */
const SOURCE_FACTOR = { name: 1, keyword: 1, description: 0.9, kindName: 1, kind: 0.95 };
/** A kind's words given to a department of another kind, when the directory lacks the first. */
const FALLBACK_FACTOR = 0.8;

/** The parts of a description, each a phrase of its own: "水电、维修和保洁" is three. */
const DESCRIPTION_PARTS = /[、,，;；]|\band\b|和|及/;

/** A department's description parts, in both its languages. */
function descriptionParts(d: Department): string[] {
  return [d.description?.zh, d.description?.en].flatMap((text) =>
    (text ?? "").split(DESCRIPTION_PARTS).map((part) => part.trim()),
  );
}

/**
 * The endings of department names: 客房部 is also asked for as 客房, "IT Department" as "IT", a
 * service hall's 公积金窗口 as 公积金.
 */
const NAME_ENDING_ZH = /(部门|部|科|处|室|中心|办公室|组|办|院|所|窗口)$/;
const NAME_ENDING_EN = /\b(department|dept|office|team|division|centre|center|desk)$/i;

function buildIndex(dir: Directory): DepartmentIndex {
  const byText = new Map<string, Phrase>();
  const addShaped = (
    department: string,
    shape: Shape,
    from: Source,
    factor: number,
    whole: boolean,
    named: boolean,
  ) => {
    const { weak, strong, zh, en, key } = shape;
    let phrase = byText.get(key);
    if (!phrase) {
      phrase = { text: shape.text, zh, en, cues: [], alone: shape.alone };
      byText.set(key, phrase);
    }
    const weight = (whole ? 1 : strong ? 1.1 : shape.weight) * factor * (weak ? 0.5 : 1);
    const same = phrase.cues.find((c) => c.department === department);
    if (!same) {
      const cue: Cue = { department, weight, from };
      if (weak) cue.weak = true;
      if (named) cue.named = true;
      phrase.cues.push(cue);
    } else if (weight > same.weight) {
      same.weight = weight;
      same.from = from;
      if (!weak) delete same.weak;
      if (named) same.named = true;
    }
  };
  const add = (
    department: string,
    raw: string,
    from: Source,
    factor: number,
    whole = false,
    named = false,
  ) => {
    const shape = shapeOf(raw);
    if (shape.key === "") return;
    // "any rooms" read without its filler is "room", which says nothing: left out.
    if (isKind(from) && shape.lossy) return;
    addShaped(department, shape, from, factor, whole, named);
  };

  const kinds = kindsOf(dir);
  const ofAll = organisationWords(dir);
  for (const d of dir.departments) addOwn(d, add, ofAll);
  // The department's own words first: where the directory gives a phrase to a department, the
  // built-in vocabulary does not give it to another.
  const own = new Map([...byText].map(([k, p]) => [k, new Set(p.cues.map((c) => c.department))]));
  // Departments of no kind, heard only in their own words.
  const ownShapes = dir.departments
    .filter((d) => (kinds.get(d.key) ?? []).length === 0)
    .map((d) => ({
      key: d.key,
      shapes: [d.name.zh, d.name.en, d.description?.zh ?? "", d.description?.en ?? ""].map(shapeOf),
    }));
  const organisation = dir.organisation.kind;
  const plans = kindPlans(dir, kinds);
  // The words of the kinds the directory has: a kind it lacks lends none of them elsewhere ("my
  // son" is a school's student affairs', not its health centre's as a children's clinic's).
  const says = (kind: Kind) =>
    organisation === "company" ? kindShapes(kind).companySays : kindShapes(kind).says;
  const claimed = new Set(
    plans
      .filter((p) => p.factor !== FALLBACK_FACTOR)
      .flatMap((p) => [...kindShapes(p.kind).names, ...says(p.kind)].map((shape) => shape.key)),
  );
  for (const { kind, targets, factor } of plans) {
    const shaped = kindShapes(kind);
    // The organisation's own trade word said to a firm of many such departments picks none.
    const shared = targets.length > 1;
    const lent = factor === FALLBACK_FACTOR;
    // A word lent to another kind's department that the name or description of a department of no
    // kind holds ("展位" for 展商服务部: 展位水电网申请), or holds in a near-synonym ("booth" where
    // it says "stands"), is that one's, not lent away.
    const writtenElsewhere = (shape: Shape) => {
      if (!lent) return false;
      const said = [shape, ...kindSynonyms(shape)];
      const holders = ownShapes.filter((o) => o.shapes.some((t) => said.some((p) => holds(t, p))));
      return holders.length > 0 && holders.every((o) => !targets.includes(o.key));
    };
    // The same for every department it goes to: decided once.
    const given = (shape: Shape) =>
      !(shared && ofAll(shape)) && !writtenElsewhere(shape) && !(lent && claimed.has(shape.key));
    const names = shaped.names.filter(given);
    const saysGiven = says(kind).filter(given);
    for (const department of targets) {
      for (const shape of names) {
        addShaped(department, shape, kind, SOURCE_FACTOR.kindName * factor, false, true);
      }
      for (const shape of saysGiven) {
        addShaped(department, shape, kind, SOURCE_FACTOR.kind * factor, false, false);
      }
    }
  }
  for (const [key, mine] of own) {
    const p = byText.get(key) as Phrase;
    p.cues = p.cues.filter((c) => mine.has(c.department) || !isKind(c.from));
  }
  addHeads(dir, byText, addShaped, ofAll);
  weakenGeneric([...byText.values()], byText);
  addSynonyms(byText);
  const phrases = [...byText.values()];

  const zhByStart = new Map<number, ZhStarts>();
  const enByFirst = new Map<string, number[]>();
  const words = new Set<string>();
  const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const at = map.get(key);
    if (at) at.push(i);
    else map.set(key, [i]);
  };
  phrases.forEach((p, i) => {
    if (p.zh !== null) {
      let starts = zhByStart.get(p.zh.charCodeAt(0));
      if (!starts) {
        starts = { alone: [], bySecond: new Map() };
        zhByStart.set(p.zh.charCodeAt(0), starts);
      }
      if (p.zh.length === 1) starts.alone.push(i);
      else push(starts.bySecond, p.zh.charCodeAt(1), i);
    } else if (p.en[0] !== undefined) push(enByFirst, p.en[0], i);
    // Only the directory's own words: the vocabulary's are everyday words, not names.
    if (p.cues.some((c) => ownCue(c))) for (const word of p.en) words.add(word);
  });
  const order = new Map(dir.departments.map((d, i) => [d.key, i]));
  return { phrases, zhByStart, enByFirst, zhBySound: null, words, kinds, order };
}

interface KindPlan {
  kind: Kind;
  /** The departments its words go to. */
  targets: string[];
  /** 1 for its own departments and a broader one's; less when lent to another kind's. */
  factor: number;
}

/** Where each kind's words go: its own departments, or lent to another when the directory lacks it. */
function kindPlans(dir: Directory, kinds: ReadonlyMap<string, Kind[]>): KindPlan[] {
  const present = new Set([...kinds.values()].flat());
  const trades = new Set([...present].flatMap((k) => KIND_TRADE[k] ?? []));
  const departmentsOf = (kind: Kind) =>
    dir.departments.filter((d) => kinds.get(d.key)?.includes(kind)).map((d) => d.key);
  const organisation = dir.organisation.kind;
  const plans: KindPlan[] = [];
  for (const [kind, words] of Object.entries(KIND_WORDS) as [Kind, (typeof KIND_WORDS)[Kind]][]) {
    let targets = departmentsOf(kind);
    let factor = 1;
    if (targets.length === 0) {
      if (words.of !== "any" && words.of !== organisation) continue;
      // A trade's own kind is read in a description only where the directory is of that trade or
      // of none: a drug maker's medical information desk does not take a care home clinic's "疫苗".
      const trade = KIND_TRADE[kind];
      const described =
        trade === undefined || trades.size === 0 || trades.has(trade) ? describedAs(dir, kind) : [];
      const broader = words.parent && present.has(words.parent) ? departmentsOf(words.parent) : [];
      if (described.some((d) => !broader.includes(d))) {
        // No department of this kind, but another whose description speaks of its work ("客服中心:
        // 顾客问询、失物招领"): that one, before the broader one, asked to confirm as a fallback is.
        targets = described;
        factor = FALLBACK_FACTOR;
      } else if (broader.length > 0) {
        // The broader department does this work: its callers' words are as much its own.
        targets = broader;
      } else {
        const fallback = words.fallback.find((k) => present.has(k));
        if (!fallback) continue;
        targets = departmentsOf(fallback);
        factor = FALLBACK_FACTOR;
      }
    }
    plans.push({ kind, targets, factor });
  }
  return plans;
}

interface Shape {
  /** As written, without its "~" or "!". */
  text: string;
  /** Its Chinese, or its English words joined: one phrase for all who say it. */
  key: string;
  weak: boolean;
  strong: boolean;
  zh: string | null;
  en: string[];
  /** Filler words were dropped and one word is left. */
  lossy: boolean;
  /** An everyday English word that is a department only when said alone ("it"). */
  alone: boolean;
  /** What it says from its length alone. */
  weight: number;
}

/** Phrases read before, in matching shape: the built-in words are read once, not per directory. */
const shapes = new Map<string, Shape>();

function shapeOf(raw: string): Shape {
  let shape = shapes.get(raw);
  if (!shape) {
    const weak = raw.startsWith("~");
    const strong = raw.startsWith("!");
    const spaced = spacedPhrase((weak || strong ? raw.slice(1) : raw).replace(/&/g, " and "));
    const zh = hasCjk(spaced) ? spaced.replace(/ /g, "").replace(LOOSE_ZH, "") || null : null;
    const en = zh === null && spaced !== "" ? latinWords(spaced) : [];
    const lossy = en.length === 1 && spaced.split(" ").length > 1;
    const key = zh ?? en.join(" ");
    const alone = en.length === 1 && EVERYDAY_EN.has(en[0] as string);
    const text = raw.replace(/^[~!]/, "");
    shape = { text, key, weak, strong, zh, en, lossy, alone, weight: weightOf(zh, en) };
    // Directory words are many and each read once: only the vocabulary's stay.
    if (shapes.size < 20_000) shapes.set(raw, shape);
  }
  return shape;
}

/**
 * The directory's own phrases said in near-synonyms ("booth construction" for "Stand
 * Construction", 摊位 for 展位), for less than the phrase itself. Added last, beside what is
 * there: a synonym takes no phrase from the vocabulary or another department, and where the
 * department already has the words, its own or its kind's, they stay as they are.
 */
function addSynonyms(byText: Map<string, Phrase>): void {
  for (const phrase of [...byText.values()]) {
    const own = phrase.cues.filter(ownCue);
    if (own.length === 0) continue;
    for (const synonym of synonymsOf(phrase.zh, phrase.en)) {
      const key = synonym.zh ?? synonym.en.join(" ");
      let said = byText.get(key);
      if (!said) {
        const alone = synonym.en.length === 1 && EVERYDAY_EN.has(synonym.en[0] as string);
        said = { text: key, zh: synonym.zh, en: synonym.en, cues: [], alone };
        byText.set(key, said);
      }
      for (const cue of own) {
        if (said.cues.some((c) => c.department === cue.department)) continue;
        const heard: Cue = {
          department: cue.department,
          weight: cue.weight * SYNONYM_WEIGHT,
          from: cue.from,
          for: synonym.for,
        };
        if (cue.weak) heard.weak = true;
        said.cues.push(heard);
      }
    }
  }
}

/** The near-synonyms of the vocabulary's phrases, worked out once: the same for every directory. */
const synonymsOfKinds = new Map<string, Pick<Shape, "zh" | "en">[]>();

function kindSynonyms(shape: Shape): Pick<Shape, "zh" | "en">[] {
  return remembered(synonymsOfKinds, shape.key, () => synonymsOf(shape.zh, shape.en));
}

/** A cue of the directory's own words as written, not of its kind nor a synonym of them. */
function ownCue(c: Cue): boolean {
  return !isKind(c.from) && c.for === undefined;
}

/** Whether words came from a built-in kind, not the directory's own name, description or keywords. */
export function isKind(from: Source): boolean {
  return from !== "name" && from !== "keyword" && from !== "description";
}

interface KindShapes {
  names: Shape[];
  says: Shape[];
  /** What a company's callers say: the kind's words and its words for companies. */
  companySays: Shape[];
}

const shapesOfKinds = new Map<Kind, KindShapes>();

/** A kind's words in matching shape, read once for every directory, the unusable left out. */
function kindShapes(kind: Kind): KindShapes {
  let shaped = shapesOfKinds.get(kind);
  if (!shaped) {
    const words = KIND_WORDS[kind];
    const usable = (texts: string[]) =>
      texts.map(shapeOf).filter((shape) => shape.key !== "" && !shape.lossy);
    const says = usable(split(words.says.zh, words.says.en));
    const company = words.companySays
      ? usable(split(words.companySays.zh, words.companySays.en))
      : [];
    shaped = {
      names: usable(split(words.names.zh, words.names.en)),
      says,
      companySays: [...says, ...company],
    };
    shapesOfKinds.set(kind, shaped);
  }
  return shaped;
}

function split(zh: string, en: string): string[] {
  return [...zh.split("|"), ...en.split("|")].filter((t) => t !== "");
}

/** Whether a phrase is no more than what the organisation's own name says. */
type OfAll = (shape: Shape) => boolean;

/**
 * A law firm's "律师" or a hotel's "hotel" names the whole organisation, not one department:
 * a description that mentions it ("律师和律师助理招聘") is not asked for by it.
 */
function organisationWords(dir: Directory): OfAll {
  const zh = dir.organisation.name.zh ?? "";
  const en = new Set(latinWords(spaceOut(prepare(dir.organisation.name.en ?? ""))));
  return (shape) =>
    shape.zh !== null
      ? zh.includes(shape.zh)
      : shape.en.length > 0 && shape.en.every((w) => en.has(w));
}

/** Whether one text holds a phrase: its characters in a row, or its words in a row. */
function holds(text: Shape, phrase: Pick<Shape, "zh" | "en">): boolean {
  if (phrase.zh !== null) return text.zh?.includes(phrase.zh) === true;
  return text.zh === null && findWords(text.en, phrase.en) >= 0;
}

/** A department's own name, description and keywords. */
function addOwn(
  d: Department,
  add: (
    department: string,
    raw: string,
    from: Source,
    factor: number,
    whole?: boolean,
    named?: boolean,
  ) => void,
  ofAll: OfAll,
): void {
  for (const name of [d.name.zh, d.name.en]) {
    add(d.key, name, "name", SOURCE_FACTOR.name, true, true);
    for (const part of name.split(/\s*(?:[&/、,，+]|\band\b|与|和|及)\s*/)) {
      const stem = part.replace(NAME_ENDING_ZH, "").replace(NAME_ENDING_EN, "").trim();
      // "客房部" is also asked for as "客房", "Branch Manager's Office" as "branch manager"; a stem
      // of one character says too little, nor does a plain word ("Service" of "Service Centre").
      const plain = !hasCjk(stem) && PLAIN_HEAD_EN.has(stem.toLowerCase());
      if (stem !== name && stem.length >= 2 && !plain) {
        add(d.key, stem, "name", 0.9, true, true);
      }
    }
  }
  // "KA大客户部" is also asked for as "KA部", "IT信息中心" as "IT": the letters it goes by.
  const letters = /^([A-Za-z]{2,5})\s*[\u3400-\u9fff]/.exec(d.name.zh)?.[1];
  if (letters) add(d.key, letters, "name", 0.9, true, true);
  for (const part of descriptionParts(d)) {
    if (ofAll(shapeOf(part))) continue;
    add(d.key, part, "description", SOURCE_FACTOR.description);
  }
  for (const word of [...d.keywords.zh, ...d.keywords.en]) {
    add(d.key, word, "keyword", SOURCE_FACTOR.keyword);
  }
}

/** What a head word of a description part is worth against the part said whole. */
const HEAD_FACTOR = 0.9;

/** Words of a description part that say what is done, not what it is done to: 办理, "registration". */
const ACTION_ZH =
  /^(办理|申请|登记|咨询|查询|受理|处理|管理|服务|对接|协调|安排|变更|补办|审核|审批|发放|迁移|注销|领取)|(办理|申请|登记|咨询|查询|受理|处理|管理|服务|对接|协调|安排|变更|补办|审核|审批|发放|迁移|注销|领取|问题|事宜|业务)$/g;
const ACTION_EN = new Set(
  "registration registrations application applications enquiry enquiries inquiry inquiries management handling processing request requests question questions issue issues matter matters check checks general other new".split(
    " ",
  ),
);
const PREPOSITION_EN = new Set(
  "at in on for of with to from by about into over under per".split(" "),
);
/** Heads too plain to point anywhere alone. */
const PLAIN_HEAD_ZH = new Set(
  "客户 客人 顾客 员工 人员 公司 部门 工作 服务 相关 日常 各类 其他 信息 文件 资料 材料 问题 事务 安全".split(
    " ",
  ),
);
const PLAIN_HEAD_EN = new Set(
  "service services support customer customers client clients guest guests staff people visitor visitors company office department team work thing things information documents document papers time day".split(
    " ",
  ),
);

/**
 * The head words of a description part: "户口迁移" is also asked for as 户口, "国内客户订单" as
 * 订单, "domestic customers' orders" as "orders". Chinese puts the head last, English too; the
 * words that only say what is done with it (办理, "registration") are read past first.
 */
function headsOf(part: string): string[] {
  const spaced = spacedPhrase(part);
  if (hasCjk(spaced)) {
    const zh = spaced.replace(/ /g, "").replace(LOOSE_ZH, "");
    if (!/^[\u3400-\u9fff]+$/.test(zh)) return [];
    const core = zh.replace(ACTION_ZH, "");
    const heads = new Set<string>();
    if (core !== zh && core.length >= 2) heads.add(core);
    if (core.length === 4) heads.add(core.slice(-2));
    return [...heads].filter((h) => !EVERYDAY_ZH.has(h) && !PLAIN_HEAD_ZH.has(h));
  }
  const all = spaced.split(" ").filter((w) => /^[a-z]/.test(w));
  // "injuries at school" is about injuries: what follows a preposition only qualifies the head.
  const cut = all.findIndex((w) => PREPOSITION_EN.has(w));
  const words = cut >= 0 ? all.slice(0, cut) : [...all];
  while (words.length > 0 && ACTION_EN.has(words[words.length - 1] as string)) words.pop();
  while (words.length > 0 && ACTION_EN.has(words[0] as string)) words.shift();
  const heads = new Set<string>();
  if (words.length > 0 && words.length < all.length) heads.add(words.join(" "));
  if (words.length >= 2) heads.add(words[words.length - 1] as string);
  if (words.length >= 3) heads.add(words.slice(-2).join(" "));
  return [...heads].filter((h) => {
    const stems = latinWords(h);
    if (stems.length === 0) return false;
    const last = h.split(" ").pop() as string;
    return (
      last.length >= 4 &&
      !PLAIN_HEAD_EN.has(last) &&
      !EVERYDAY_EN.has(last) &&
      !(stems.length === 1 && ACTION_EN.has(last))
    );
  });
}

/**
 * Each department's description heads, as phrases of their own for less than the part: where no
 * phrase of the directory or its kinds says the same, and no other department's description
 * has the same head.
 */
function addHeads(
  dir: Directory,
  byText: Map<string, Phrase>,
  addShaped: (d: string, s: Shape, from: Source, f: number, w: boolean, n: boolean) => void,
  ofAll: OfAll,
): void {
  const holders = new Map<string, { shape: Shape; departments: Set<string> }>();
  for (const d of dir.departments) {
    for (const head of descriptionParts(d).flatMap(headsOf)) {
      const shape = shapeOf(head);
      if (shape.key === "" || ofAll(shape)) continue;
      const held = holders.get(shape.key) ?? { shape, departments: new Set<string>() };
      held.departments.add(d.key);
      holders.set(shape.key, held);
    }
  }
  for (const [key, { shape, departments }] of holders) {
    if (departments.size > 1 || byText.has(key)) continue;
    for (const d of departments) {
      addShaped(d, shape, "description", SOURCE_FACTOR.description * HEAD_FACTOR, false, false);
    }
  }
}

/**
 * A word that sits inside another department's phrase ("预订" in "预订会议室") says little
 * alone. Found by looking up each phrase's shorter parts, not by comparing every pair.
 */
function weakenGeneric(phrases: Phrase[], byKey: ReadonlyMap<string, Phrase>): void {
  const weakened = new Set<Phrase>();
  for (const long of phrases) {
    // Only the directory's own longer phrases: the built-in ones are not meant to compete so.
    const departments = new Set(long.cues.filter((c) => !isKind(c.from)).map((c) => c.department));
    if (departments.size === 0) continue;
    const parts: string[] = [];
    if (long.zh !== null) {
      for (let i = 0; i < long.zh.length; i++) {
        for (let j = i + 1; j <= long.zh.length; j++) {
          if (j - i < long.zh.length) parts.push(long.zh.slice(i, j));
        }
      }
    } else {
      for (let i = 0; i < long.en.length; i++) {
        for (let j = i + 1; j <= long.en.length; j++) {
          if (j - i < long.en.length) parts.push(long.en.slice(i, j).join(" "));
        }
      }
    }
    for (const part of parts) {
      const short = byKey.get(part);
      if (!short || weakened.has(short)) continue;
      if (short.cues.some((c) => !departments.has(c.department) && !isKind(c.from))) {
        weakened.add(short);
      }
    }
  }
  // The built-in words are chosen to stand alone, and a department's name always does.
  for (const p of weakened) {
    for (const c of p.cues) {
      if (c.weight < 1 && !isKind(c.from)) c.weight *= 0.6;
    }
  }
}

export interface Ranked {
  key: string;
  score: number;
}

interface Hit {
  phrase: Phrase;
  space: "zh" | "en";
  start: number;
  end: number;
  /** Heard in other characters of the same sound: worth a little less. */
  factor: number;
}

/** The departments the words point to, best first, with the phrases that point there. */
export function rankDepartments(
  index: DepartmentIndex,
  text: Said,
  byEar = false,
  meant?: Meant,
): Ranked[] {
  return rank(hitsIn(index, text, byEar), index.order, meant);
}

/**
 * Where a phrase's pointing to a department goes, when the caller cannot mean that department
 * by it: none (a supplier's "quote" is no sale), or others (a shopper's "物流" is customer
 * service's, not the warehouse's).
 */
export type Meant = (department: string, from: Source, weight: number) => readonly string[];

/**
 * Every phrase said, where it is first said: from each place in the words, only the phrases that
 * start there are tried, so a turn costs as much as it is long, not as the vocabulary is large.
 */
function hitsIn(index: DepartmentIndex, text: Said, byEar: boolean): Hit[] {
  // A turn asks of the same words more than once (which departments, which called by name).
  const last = lastHits;
  if (last && last.index === index && last.text === text && last.byEar === byEar) return last.hits;
  const hits = hitsAfresh(index, text, byEar);
  lastHits = { index, text, byEar, hits };
  return hits;
}

let lastHits: { index: DepartmentIndex; text: Said; byEar: boolean; hits: Hit[] } | null = null;

function hitsAfresh(index: DepartmentIndex, text: Said, byEar: boolean): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<Phrase>();
  // "订一下房", "退个货", "订的房": what splits a request never names it.
  const zh = text.compact.replace(LOOSE_ZH, "");
  const tryZh = (i: number, at: number) => {
    const phrase = index.phrases[i] as Phrase;
    const said = phrase.zh as string;
    if (seen.has(phrase) || !zh.startsWith(said, at)) return;
    seen.add(phrase);
    hits.push({ phrase, space: "zh", start: at, end: at + said.length, factor: 1 });
  };
  for (let at = 0; at < zh.length; at++) {
    const starts = index.zhByStart.get(zh.charCodeAt(at));
    if (!starts) continue;
    // The longer phrases first, then those of this one character.
    const longer = at + 1 < zh.length ? starts.bySecond.get(zh.charCodeAt(at + 1)) : undefined;
    if (longer) for (const i of longer) tryZh(i, at);
    for (const i of starts.alone) tryZh(i, at);
  }
  const words = text.words;
  for (let at = 0; at < words.length; at++) {
    for (const i of index.enByFirst.get(words[at] as string) ?? []) {
      const phrase = index.phrases[i] as Phrase;
      if (seen.has(phrase) || (phrase.alone && words.length !== 1)) continue;
      if (findWords(words, phrase.en, at) !== at) continue;
      seen.add(phrase);
      hits.push({ phrase, space: "en", start: at, end: at + phrase.en.length, factor: 1 });
    }
  }
  if (byEar && hits.length === 0) hits.push(...soundAlikes(index, zh));
  return hits;
}

/**
 * Phrases of two or more characters heard in other characters of the same sound ("定房" for
 * 订房, "发漂" for 发票): each character of the caller's words with each way it can be read.
 */
function soundAlikes(index: DepartmentIndex, zh: string): Hit[] {
  if (!hasCjk(zh)) return [];
  const bySound = soundIndex(index);
  const chars = [...zh];
  const readings = chars.map((c) => (hasCjk(c) ? charReadings(c) : []));
  const found: Hit[] = [];
  for (let i = 0; i < chars.length; i++) {
    for (const reading of readings[i] ?? []) {
      for (const { at, syllables } of bySound.get(reading) ?? []) {
        if (i + syllables.length > chars.length) continue;
        let all = true;
        for (let j = 1; j < syllables.length && all; j++) {
          all = readings[i + j]?.includes(syllables[j] as string) ?? false;
        }
        if (!all) continue;
        const phrase = index.phrases[at] as Phrase;
        const start = i;
        const end = i + syllables.length;
        if (found.some((h) => h.phrase === phrase)) continue;
        const span = zh.slice(start, end);
        // One character misheard, not a whole other word: 定房 is 订房, 吸烟 is not 喜宴.
        if (EVERYDAY_ZH.has(span) || ![...span].some((c) => phrase.zh?.includes(c))) continue;
        found.push({ phrase, space: "zh", start, end, factor: 0.85 });
      }
    }
  }
  return found;
}

/** Everyday words that sound like a department's ("可以" like 可疑): never read as one. */
export const EVERYDAY_ZH = new Set(
  "可以 一下 时候 知道 已经 没有 现在 事情 问题 这里 那里 里面 间里 东西 地方 时间 需要 应该 可能 因为 所以 还是 就是 什么 怎么 一点 一些 我们 你们 他们 公司 今天 明天 昨天 不是 好的 一直 帮忙 麻烦 电话 房间 联系 请问 谢谢 意思 其实 真的 而且 然后 但是 如果 一样 一起 这些 那些 多少 是不是 有没有 能不能 想问 想要 问一 一问 下午 上午 晚上 早上 那边 这边 马上 要求 还有".split(
    " ",
  ),
);

function soundIndex(index: DepartmentIndex): Map<string, { at: number; syllables: string[] }[]> {
  if (index.zhBySound) return index.zhBySound;
  const bySound = new Map<string, { at: number; syllables: string[] }[]>();
  index.phrases.forEach((p, at) => {
    if (p.zh === null || p.zh.length < 2 || !/^[\u3400-\u9fff]+$/.test(p.zh)) return;
    const syllables = [...p.zh].map((c) => charReadings(c)[0] ?? "");
    const first = syllables[0] as string;
    const same = bySound.get(first);
    if (same) same.push({ at, syllables });
    else bySound.set(first, [{ at, syllables }]);
  });
  index.zhBySound = bySound;
  return bySound;
}

/** Words for any office, which say whose only from what goes before them. */
const GENERIC_HEAD = new Set(["办公室", "办公", "部门", "科室", "office", "department", "dept"]);

/**
 * "日语专业的办公室", "计算机学院办公室", "the translation programme office": an office named by
 * what is said just before it, which points elsewhere. The office word is then no department's name.
 */
function ownedOffice(h: Hit, hits: readonly Hit[]): Hit | undefined {
  if (!GENERIC_HEAD.has(h.phrase.zh ?? h.phrase.en.join(" "))) return undefined;
  const gap = h.space === "zh" ? 2 : 1;
  return hits.find(
    (o) => o !== h && o.space === h.space && o.end <= h.start && o.end >= h.start - gap,
  );
}

/** A longer phrase heard that holds this one: "客房送餐" around "送餐". */
function longerAround(h: Hit, hits: readonly Hit[]): Hit | undefined {
  return hits.find(
    (o) =>
      o !== h &&
      o.space === h.space &&
      o.start <= h.start &&
      o.end >= h.end &&
      o.end - o.start > h.end - h.start,
  );
}

function rank(hits: Hit[], order: ReadonlyMap<string, number>, meant?: Meant): Ranked[] {
  // The longest phrase speaks for its words: "客房送餐" is room service, not housekeeping. Words
  // inside it count for its own departments only, and once, at their best ("was stolen").
  const best = new Map<string, Map<string, number>>();
  for (const h of hits) {
    const owner = ownedOffice(h, hits);
    const over = longerAround(h, hits);
    const span = over ?? h;
    const at = `${span.space} ${span.start} ${span.end}`;
    for (const cue of h.phrase.cues) {
      const outer = over?.phrase.cues.find((c) => c.department === cue.department);
      if (over && !outer) continue;
      if (owner && cue.named && !owner.phrase.cues.some((c) => c.department === cue.department)) {
        continue;
      }
      // Inside a weak longer phrase, a word weighs no more than it: "~提单号" is a reference.
      const cap = outer?.weak && over ? outer.weight * over.factor : Number.POSITIVE_INFINITY;
      const weight = Math.min(cue.weight * h.factor, cap);
      const to = meant ? meant(cue.department, cue.from, cue.weight) : [cue.department];
      for (const department of to) {
        let spans = best.get(department);
        if (!spans) {
          spans = new Map();
          best.set(department, spans);
        }
        spans.set(at, Math.max(spans.get(at) ?? 0, weight));
      }
    }
  }
  const ranked: Ranked[] = [];
  for (const [key, spans] of best) {
    const weights = [...spans.values()].sort((a, b) => b - a);
    const [first = 0, ...rest] = weights;
    ranked.push({ key, score: Math.min(1, first + 0.25 * rest.reduce((a, b) => a + b, 0)) });
  }
  return ranked.sort(
    (a, b) => b.score - a.score || (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
  );
}

/**
 * The departments called by a name ("客服部", "宾客服务中心", "Housekeeping"): the name a department
 * goes by, said whole, or enough of it to be no everyday word (not "信息" of 信息部, nor "客服").
 * With `least` below 1, a part of its name will do ("from Corporate" for "Corporate & M&A").
 */
export function namedIn(index: DepartmentIndex, text: Said, least = 1): Set<string> {
  const named = new Set<string>();
  const hits = hitsIn(index, text, false);
  for (const h of hits) {
    const long = h.phrase.zh !== null ? h.phrase.zh.length >= 3 : h.phrase.en.length >= 2;
    const owner = ownedOffice(h, hits);
    for (const c of h.phrase.cues) {
      if (!c.named || (owner && !owner.phrase.cues.some((o) => o.department === c.department))) {
        continue;
      }
      if (c.weight >= least || (long && c.weight >= 0.85)) named.add(c.department);
    }
  }
  return named;
}

/** Whether the directory's own words for a department (its name, description, keywords) were said. */
export function ownWordsHeard(index: DepartmentIndex, text: Said, department: string): boolean {
  return hitsIn(index, text, false).some((h) =>
    h.phrase.cues.some((c) => c.department === department && ownCue(c)),
  );
}

/**
 * The phrases heard that no longer phrase heard holds ("dinner reservation", not "reservation"
 * inside it), each with the departments it points to and why.
 */
export function phrasesHeardWhole(
  index: DepartmentIndex,
  text: Said,
): { phrase: string; department: string; from: Source }[] {
  const hits = hitsIn(index, text, false);
  return hits
    .filter((h) => longerAround(h, hits) === undefined)
    .flatMap((h) =>
      h.phrase.cues.map((c) => ({ phrase: h.phrase.text, department: c.department, from: c.from })),
    );
}

/** Why a department was chosen: the phrases heard, each with where it came from. */
export function explainDepartments(
  index: DepartmentIndex,
  text: Said,
): { department: string; phrase: string; from: Source; weight: number; for?: string }[] {
  const hits = hitsIn(index, text, true);
  return hits.flatMap((h) =>
    h.phrase.cues.map((c) => ({
      department: c.department,
      phrase: h.phrase.text,
      from: c.from,
      weight: Math.round(c.weight * h.factor * 100) / 100,
      ...(c.for !== undefined ? { for: c.for } : {}),
    })),
  );
}
