import { type Directory, findGuest, findStaff, type Language } from "./directory.ts";
import { findSyllables, nameSyllables, type Sound, sounds } from "./names.ts";
import { findWords, hasCjk, latinWords, prepare, type Said, said, spaceOut } from "./text.ts";

/** What a caller wants, from one speech result; nothing a caller says ever becomes a number to dial. */

export type EmergencyCategory = "fire" | "smoke" | "gas" | "medical" | "violence";

export type Understanding =
  | { kind: "emergency"; category: EmergencyCategory }
  | { kind: "switch_language"; language: Language }
  | { kind: "outside_number" }
  /**
   * `whose`: the one person it was asked of, when they can be put through instead (staff, or a
   * guest who is not hidden); never set for a hidden guest, who must sound like a stranger.
   */
  | { kind: "privacy"; asked: "room_number" | "private_number"; whose?: Whose }
  | { kind: "complaint" }
  | { kind: "operator" }
  | { kind: "person"; staff: string; confidence: number }
  /** `byNumber`: a room or extension was asked for by its number alone, with no name. */
  | { kind: "guest"; guest: string | null; byNumber?: true }
  | { kind: "department"; department: string; confidence: number; alternatives: string[] }
  | { kind: "unknown"; alternatives: string[] };

/** Someone a caller can be put through to, by directory key. */
export type Whose = { staff: string } | { guest: string };

/** At or above this the IVR connects without asking "did you mean …?". */
export const CONFIDENT = 0.7;

/** Below this, the speech recogniser itself doubts the words it heard. */
export const DOUBTFUL_SPEECH = 0.4;

/**
 * Whether Twilio's score for a transcription (`Confidence`, 0–1) says the words may be wrong:
 * a match on them is then confirmed before anyone is rung, however clearly they name someone.
 * Twilio does not always send a score; none, or 0, says nothing.
 */
export function speechDoubtful(confidence: string | undefined): boolean {
  if (confidence === undefined || confidence.trim() === "") return false;
  const score = Number(confidence);
  return Number.isFinite(score) && score > 0 && score < DOUBTFUL_SPEECH;
}

export function understand(utterance: string, dir: Directory, language: Language): Understanding {
  const prepared = prepare(utterance);
  const text = said(utterance);

  const category = emergencyIn(text);
  if (category) return { kind: "emergency", category };

  const wanted = languageAskedFor(text);
  if (wanted && wanted !== language) return { kind: "switch_language", language: wanted };

  const numbers = numbersIn(prepared, text);
  if (numbers.outside || asksOutsideLine(text)) return { kind: "outside_number" };

  const index = indexOf(dir);
  const people = findPeople(index, text);

  const asked = privacyAsked(text, people.staff !== null, people.guest !== null);
  if (asked) {
    const whose = puttableThrough(dir, people);
    return whose ? { kind: "privacy", asked, whose } : { kind: "privacy", asked };
  }

  if (complains(text)) return { kind: "complaint" };
  if (asksOperator(text)) return { kind: "operator" };

  const staff = people.staff;
  if (staff && staff.confidence >= CONFIDENT) {
    return { kind: "person", staff: staff.key, confidence: staff.confidence };
  }
  const ranked = rankDepartments(index, text);
  if (staff) {
    // "销售部的张经理": a surname alone, in the department the caller named (and a surname no
    // one else here has) is that person. "前台的小王" names another department than the only
    // 王's: the department named, whose people know whom the caller means.
    const named = ranked[0] && ranked[0].score >= 1 ? ranked[0].key : null;
    if (named === null) return { kind: "person", staff: staff.key, confidence: staff.confidence };
    if (named === findStaff(dir, staff.key)?.department) {
      return { kind: "person", staff: staff.key, confidence: CONFIDENT };
    }
    return departmentIn(ranked);
  }
  const forGuest = asksForGuest(text, ranked.length > 0);
  // At a hotel, someone asked for by a name nobody here has may be a guest we neither confirm
  // nor deny.
  const byName = ranked.length === 0 && dir.guests.length > 0 && asksByName(text);
  // A hidden guest's name said on its own is taken as any name nobody here has: only a request
  // for someone is refused, for them and for a stranger alike. Otherwise "赵敏" would be refused
  // where "孙悟空" is not understood, and the difference would tell.
  if (people.guest && (forGuest || byName || !findGuest(dir, people.guest)?.incognito)) {
    return { kind: "guest", guest: people.guest };
  }
  if (numbers.room) return { kind: "guest", guest: null, byNumber: true };
  if (forGuest || byName) return { kind: "guest", guest: null };
  return departmentIn(ranked);
}

/** The department the ranking points to, as sure as its lead over the next one. */
function departmentIn(ranked: Ranked[]): Understanding {
  const [best, second] = ranked;
  if (!best) return { kind: "unknown", alternatives: [] };
  const ratio = second ? second.score / best.score : 0;
  const confidence = round(Math.min(1, best.score) * (1 - 0.6 * ratio * ratio));
  return {
    kind: "department",
    department: best.key,
    confidence,
    alternatives: ranked.slice(1, 3).map((d) => d.key),
  };
}

// ---------------------------------------------------------------- emergencies

/** Look-alikes that mention fire, smoke or knives without anything being wrong. */
const NOT_EMERGENCY_ZH =
  /打扰|打扫|人工|无烟|禁烟|吸烟|抽烟|烟灰缸|香烟|烟雾报警器|烟雾探测器|烟感|火锅|防火|消防通道|消防演习|火警演习|火车|火腿|火柴|打火机|刀叉|刀具|水果刀/g;
const NOT_EMERGENCY_EN =
  /\bfire (exit|escape|door|drill|extinguisher|place|works?|safety|evacuation plan)\b|\bfireplace\b|\bfireworks?\b|\bsmoke (detector|alarm|free)\b|\bnon ?smok\w*|\b(can|may|could|where|allowed to|somewhere to|place to|i|we|you) smoke\b|\bemergency (exit|number|contact|stairs?)\b|\bgas station\b|\bknife and fork\b/g;

const EMERGENCY_RULES: [EmergencyCategory, RegExp, RegExp][] = [
  [
    "fire",
    /着火|失火|火灾|起火|火警|烧起来|冒火|大火|火苗|(打|拨)119(?!\d)/,
    /\bfire\b|\bon fire\b|\bflames?\b|\bblaze\b|\bburning\b|\b(call|dial) 119\b/,
  ],
  [
    "smoke",
    /冒烟|烟雾|浓烟|(好多|很多|到处|全是|都是)烟|烟(很大|好大|太大)/,
    /\bsmoke\b|\bsmoky\b/,
  ],
  [
    "gas",
    /煤气|(燃气|天然气|瓦斯)(泄|漏|味)|(漏|闻到|有)(燃气|天然气|瓦斯)/,
    /\bgas (leak\w*|smell)\b|\bleak\w* gas\b|\bsmell\w* (of |like )?gas\b/,
  ],
  [
    "medical",
    /救护车|晕倒|昏倒|晕过去|昏过去|昏迷|不省人事|心脏病|心梗|喘不过气|呼吸困难|不能呼吸|没有呼吸|没呼吸|流血|出血|流.{0,4}血|受伤了|急救|抽搐|休克|中风|摔倒|噎住|严重过敏|没有意识|没意识|(打|拨|叫)120(?!\d)/,
    /\bheart attack\b|\bcant breathe\b|\bcannot breathe\b|\bnot breathing\b|\btrouble breathing\b|\bunconscious\b|\bpassed out\b|\bfainted\b|\bbleeding\b|\bambulance\b|\bcollapsed\b|\bseizure\b|\bchoking\b|\boverdose\b|\bunresponsive\b|\bchest pains?\b|\bstroke\b|\ballergic reaction\b|\bpanic attack\b|\bmedical emergency\b|\b(call|dial) (911|999|112|120)\b/,
  ],
  [
    "violence",
    /打架|打人|被打|持刀|拿刀|拿着刀|动刀|砍人|有刀|抢劫|抢东西|开枪|有枪|枪声|杀人|绑架|袭击|斗殴|闯入|非礼|性骚扰|(打|拨)110(?!\d)/,
    /\bfight\w*|\battack\w*|\bguns?\b|\bgunshots?\b|\bgunman\b|\bshooting\b|\bshots? fired\b|\b(been|got|was) shot\b|\bstabb\w*|\b(has|with|pulled|holding|waving|carrying) (a )?knife\b|\brobb\w*|\bmugged\b|\bassault\w*|\bintruder\b|\bbreak(ing)? in\b|\b(hitting|beating) (me|him|her|us|someone)\b|\bhit me\b|\bkidnap\w*|\bthreatening (me|us)\b|\bcall the police\b|\b(call|dial) 110\b/,
  ],
];

/** A plain cry for help with nothing more specific: treated as medical, the commonest. */
const HELP_ZH = /救命|紧急情况|出事了|快来人/;
const HELP_EN = /\bemergency\b|\bhelp help\b/;

function emergencyIn(text: Said): EmergencyCategory | null {
  const zh = text.compact.replace(NOT_EMERGENCY_ZH, "|");
  const en = text.spaced.replace(NOT_EMERGENCY_EN, "|");
  for (const [category, zhRule, enRule] of EMERGENCY_RULES) {
    if (zhRule.test(zh) || enRule.test(en)) return category;
  }
  if (HELP_ZH.test(zh) || HELP_EN.test(en)) return "medical";
  return null;
}

// ---------------------------------------------------------------- language

const TO_ENGLISH_ZH =
  /(说|讲|用|换成|换到|切换到|切换成|切换|改成|改用|转成)(英文|英语)|^(英文|英语)(吧|可以吗|好吗|谢谢|请)?$|会(说|讲)英(文|语)的?人|听不懂中文/;
const TO_ENGLISH_EN =
  /\b(speak|talk|switch to|switch into|change to|continue in|do this in) english\b|\benglish please\b|^english$|\bin english please\b|\b(dont|do not|cant|cannot) (speak|understand) (chinese|mandarin)\b/;
const TO_CHINESE_ZH =
  /(说|讲|用|换成|换到|切换到|切换成|切换|改成|改用|转成)(中文|汉语|普通话|国语)|^(中文|汉语|普通话|国语)(吧|可以吗|好吗|谢谢|请)?$|听不懂英(文|语)/;
const TO_CHINESE_EN =
  /\b(speak|talk|switch to|switch into|change to|continue in|do this in) (chinese|mandarin)\b|\b(chinese|mandarin) please\b|^(chinese|mandarin)$|\bin (chinese|mandarin) please\b/;

function languageAskedFor(text: Said): Language | null {
  if (TO_ENGLISH_ZH.test(text.compact) || TO_ENGLISH_EN.test(text.spaced)) return "en";
  if (TO_CHINESE_ZH.test(text.compact) || TO_CHINESE_EN.test(text.spaced)) return "zh";
  return null;
}

// ---------------------------------------------------------------- spoken numbers

/** The caller talking about their own number or room, not asking us to reach one. */
const SELF =
  /我的(手机|电话|号码|手机号)|我(手机|电话)(号码?)?是|回电|回拨|打回|给我回|联系我|打给我|\bcall me\b|\bring me\b|\breach me\b|\bcontact me\b|\btext me\b|\bcall back\b|\bcallback\b|\bmy (mobile|cell|phone|number)\b/;
const SELF_ROOM =
  /我(是|住|在)(在)?\d|我是\d+(号房|房间|房)|我的房间|我房间|(这里|这边)是\d|\bmy room\b|\b(im|i am|this is|we are|were)\b.{0,40}\b(in|from) room\b|\bfrom room\b|\bstaying in room\b|\bthis is room\b/;
const DIAL_ZH =
  /转(?!账)|接(?!机|送|待)|拨|打给|打到|打电话|打这个|打一下|帮我打|呼叫|连线|连接|联系|打\d/;
/** Counted things: "1200元", "3 nights", "7点" are amounts and times, not numbers to ring. */
const COUNTED =
  /^\s*(元|块|人|位|晚|天|点|号(?!房|分机)|月|日|年|间|个|张|份|分(?!机)|%|am\b|pm\b|yuan|rmb|people|persons?|nights?|guests?|rooms?|dollars?)/;
const DIAL_EN = /\b(call|dial|transfer|connect|put me through|ring|patch|reach|get me)\b/;
const FILLER_ZH = /喂|你好|您好|请|帮我|麻烦|一下|那个|嗯|啊|呃|号码|电话|我要|我想|是|的/g;
const FILLER_EN = /\b(hello|hi|please|number|is|it|the|to|me|i|want|ok|okay|um|uh|er|a)\b/g;
/** Digits glued to letters are codes (flight CA1234), not numbers. */
const SPOKEN_NUMBER = /(?<![a-z\d])\+?\d(?:[\s\-.()]*\d)*(?![a-z\d])/g;
const ROOM_AFTER = /^\s*(号房|号房间|房间|房|号?分机)/;
const ROOM_BEFORE = /(room|extension|ext|房间|房号|房间号|分机|分机号)\s*(number|no|#)?\s*$/;

interface Numbers {
  /** A phone-like number the caller wants dialled: never done. */
  outside: boolean;
  /** A room or extension the caller wants rung by its number: never confirmed. */
  room: boolean;
}

function numbersIn(prepared: string, text: Said): Numbers {
  const found = { outside: false, room: false };
  const self = SELF.test(text.compact) || SELF.test(text.spaced);
  const selfRoom = SELF_ROOM.test(text.compact) || SELF_ROOM.test(text.spaced);
  const dial = DIAL_ZH.test(text.compact) || DIAL_EN.test(text.spaced);
  for (const match of prepared.matchAll(SPOKEN_NUMBER)) {
    const digits = match[0].replace(/\D/g, "");
    const before = prepared.slice(0, match.index).replace(/\s+/g, " ");
    const after = prepared.slice(match.index + match[0].length);
    if (COUNTED.test(after)) continue;
    const roomContext = ROOM_AFTER.test(after) || ROOM_BEFORE.test(before);
    const rest = `${before} ${after}`
      .replace(FILLER_EN, " ")
      .replace(/\s+/g, "")
      .replace(FILLER_ZH, "");
    const alone = rest.replace(/[^a-z\u3400-\u9fff]/g, "").length <= 2;
    if (roomContext && digits.length >= 3 && digits.length <= 6) {
      if (!selfRoom) found.room = true;
    } else if (digits.length >= 5) {
      if (!self && (dial || alone)) found.outside = true;
    } else if (digits.length >= 3 && !self && !selfRoom && (dial || alone)) {
      found.room = true;
    }
  }
  return found;
}

const OUTSIDE_ZH =
  /外线|外部(电话|号码)|长途|国际电话|(拨|打|转)(个|一个|这个|那个)(外部|外面的?)?(电话)?号码/;
const OUTSIDE_EN =
  /\boutside (line|number|call)\b|\bexternal (line|number)\b|\blong distance\b|\binternational call\b|\bdial out\b|\b(call|dial|ring|transfer|connect|put)\b.*\b(this|that|following|another|a) (phone |mobile |cell )?number\b/;

function asksOutsideLine(text: Said): boolean {
  if (SELF.test(text.compact) || SELF.test(text.spaced)) return false;
  return OUTSIDE_ZH.test(text.compact) || OUTSIDE_EN.test(text.spaced);
}

// ---------------------------------------------------------------- privacy, complaints, operator

const ROOM_ASKED_ZH =
  /几号房|哪个房间|哪间房|几零几|住(在)?哪(里|儿|个|间)?|住几楼|住(在)?几号|(房间号|房号)(码)?(是)?(多少|什么|几)|(告诉|查|问|知道).{0,8}(房间号|房号)|住的是谁|谁住在|是不是住|住(在)?\d+(号)?(房|房间)?吗/;
const ROOM_ASKED_EN =
  /\b(what|which) room (is|are|was|does|did)\b.*\b(in|staying|stay)\b|\broom number\b|\bwho is (staying )?in room\b|\bwho (is )?staying in\b|(^|\b(hi|hello) )is .{1,30} (in|staying in) room\b|\b(if|whether) .{1,30} is (in|staying in) room\b/;
/** Any mention of a named guest's room number is a question about it. */
const ROOM_WORD_ZH = /房间号|房号|几号房|哪个房间|哪间房/;
const ROOM_WORD_EN = /\broom number\b|\b(which|what) room\b/;
const PRIVATE_ZH = /手机|私人(电话|号码|号)|个人(电话|号码)|直线|微信号|家里(的)?电话/;
const PRIVATE_EN =
  /\b(mobile|cell|cellphone|personal|private|home|direct|whatsapp|wechat)( phone)?( number| line| no)?\b/;
const NUMBER_WORD_ZH = /电话|号码|联系方式/;
const NUMBER_WORD_EN = /\b(phone|number|contact details)\b/;
// Asking to have it read out counts too ("念出来", "报一下", "read me", "spell out").
const ASK_ZH =
  /多少|是什么|是几|告诉|发给我|发我|给我|提供|可以给|能给|查一下|知道|念|报一下|报给我|读一下/;
const ASK_EN = /\b(what|whats|give|tell|send|share|have|get|know|need|read|spell)\b/;
const NOT_PRIVATE_ZH = /我的?手机|手机(充电|没电|丢|坏|落|忘)|充电器/;
const NOT_PRIVATE_EN = /\bmy (mobile|cell|cellphone|personal|private|home|direct)\b|\bcharger\b/;
const MY_ROOM = /我的?(房间|房号)|我(住|在)(几|哪)|\bmy room\b/;

/** The one person named whom the caller could be put through to instead of given a number. */
function puttableThrough(dir: Directory, people: People): Whose | null {
  if (people.staff && people.staff.confidence >= CONFIDENT) return { staff: people.staff.key };
  if (people.staff) return null;
  const guest = people.guest ? findGuest(dir, people.guest) : undefined;
  return guest && !guest.incognito ? { guest: guest.key } : null;
}

function privacyAsked(
  text: Said,
  namedStaff: boolean,
  namedGuest: boolean,
): "room_number" | "private_number" | null {
  const zh = text.compact;
  const en = text.spaced;
  const roomOfGuest = namedGuest && (ROOM_WORD_ZH.test(zh) || ROOM_WORD_EN.test(en));
  if (
    (ROOM_ASKED_ZH.test(zh) || ROOM_ASKED_EN.test(en) || roomOfGuest) &&
    !MY_ROOM.test(zh) &&
    !MY_ROOM.test(en)
  ) {
    return "room_number";
  }
  const asks = ASK_ZH.test(zh) || ASK_EN.test(en);
  const privateWord =
    (PRIVATE_ZH.test(zh) && !NOT_PRIVATE_ZH.test(zh)) ||
    (PRIVATE_EN.test(en) && !NOT_PRIVATE_EN.test(en));
  const numberOfSomeone = namedStaff && (NUMBER_WORD_ZH.test(zh) || NUMBER_WORD_EN.test(en));
  if (asks && (privateWord || numberOfSomeone)) return "private_number";
  return null;
}

const COMPLAINT_ZH =
  /投诉|不满意|很不满|太差|很差|真差|差劲|差评|太糟糕|糟透|抱怨|态度(很|太|真|非常)?(差|恶劣|不好)|赔偿|太过分|气死|什么破/;
const COMPLAINT_EN =
  /\bcomplain\w*|\bcomplaint\w*|\bterrible\b|\bawful\b|\bhorrible\b|\bunacceptable\b|\bdisgusting\b|\bworst\b|\bdisappointed\b|\bnot happy\b|\bunhappy\b|\brude\b|\b(poor|bad) service\b|\bcompensation\b|\bridiculous\b/;

function complains(text: Said): boolean {
  return COMPLAINT_ZH.test(text.compact) || COMPLAINT_EN.test(text.spaced);
}

const OPERATOR_ZH = /人工|总机|接线员|话务员|真人|活人|客服/;
const OPERATOR_EN =
  /\boperator\b|\breal person\b|\bhuman\b(?! resources)|\blive (person|agent)\b|\bagent\b|\brepresentative\b|\b(speak|talk) (to|with) (a |some )?(real )?(person|someone|somebody)( please)?$/;

function asksOperator(text: Said): boolean {
  return OPERATOR_ZH.test(text.compact) || OPERATOR_EN.test(text.spaced);
}

// ---------------------------------------------------------------- the directory, indexed

interface Phrase {
  department: string;
  /** Chinese phrases are found in the compact text, English ones as whole words. */
  zh: string | null;
  en: string[];
  weight: number;
}

/** One way a name is said, as syllables: also backwards and run together ("zhangwei"). */
interface NameSound {
  syllables: string[];
  reversed: string[];
  joined: string;
}

interface NameEntry {
  key: string;
  /** The name as written (Chinese) and as heard (syllables), full names and aliases alike. */
  written: string[];
  heard: NameSound[];
  /** Parts of an English name a caller may use alone ("David", "Miller"), everyday words left out. */
  parts: string[];
  surname: string | null;
  /** How the surname sounds, so 张 and 章 are known to be confusable. */
  surnameSound: string | null;
}

interface Index {
  phrases: Phrase[];
  /** Positions in `phrases` by first character (Chinese) or first word (English): where to look. */
  zhByFirst: Map<string, number[]>;
  enByFirst: Map<string, number[]>;
  /** Every English word of a department phrase. */
  words: Set<string>;
  staff: NameEntry[];
  guests: NameEntry[];
}

const indexes = new WeakMap<Directory, Index>();

function indexOf(dir: Directory): Index {
  let index = indexes.get(dir);
  if (!index) {
    index = buildIndex(dir);
    indexes.set(dir, index);
  }
  return index;
}

/** Longer Chinese phrases are more specific: one character says little, four say a lot. */
const ZH_WEIGHT = [0, 0.3, 0.75, 0.9, 1];

function buildIndex(dir: Directory): Index {
  const phrases: Phrase[] = [];
  const add = (department: string, raw: string, kind: "name" | "word") => {
    const spaced = spaceOut(prepare(raw));
    if (spaced === "") return;
    if (hasCjk(spaced)) {
      const zh = spaced.replace(/ /g, "");
      const weight = kind === "name" ? 1 : (ZH_WEIGHT[Math.min(zh.length, 4)] ?? 0.3);
      phrases.push({ department, zh, en: [], weight });
    } else {
      const en = latinWords(spaced);
      if (en.length === 0) return;
      const weight = kind === "name" ? 1 : en.length >= 3 ? 1 : en.length === 2 ? 0.9 : 0.75;
      phrases.push({ department, zh: null, en, weight });
    }
  };
  for (const d of dir.departments) {
    add(d.key, d.name.zh, "name");
    add(d.key, d.name.en, "name");
    // "客房部" is also asked for as "客房".
    if (d.name.zh.endsWith("部") && d.name.zh.length >= 3) {
      add(d.key, d.name.zh.slice(0, -1), "word");
    }
    for (const text of [d.description?.zh, d.description?.en]) {
      for (const part of (text ?? "").split(/[、,，;；]|\band\b/)) add(d.key, part.trim(), "word");
    }
    for (const word of [...d.keywords.zh, ...d.keywords.en]) add(d.key, word, "word");
  }
  // A word that sits inside another department's phrase ("预订" in "预订会议室") says little alone.
  for (const p of phrases) {
    if (p.weight >= 1) continue;
    const generic = phrases.some(
      (q) =>
        q.department !== p.department &&
        (p.zh !== null
          ? q.zh !== null && q.zh !== p.zh && q.zh.includes(p.zh)
          : q.en.length > p.en.length && findWords(q.en, p.en) >= 0),
    );
    if (generic) p.weight *= 0.6;
  }

  const zhByFirst = new Map<string, number[]>();
  const enByFirst = new Map<string, number[]>();
  const words = new Set<string>();
  phrases.forEach((p, i) => {
    const [byFirst, first] = p.zh !== null ? [zhByFirst, p.zh[0]] : [enByFirst, p.en[0]];
    if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), i]);
    for (const word of p.en) words.add(word);
  });

  const entry = (key: string, names: string[]): NameEntry => {
    const written = names.filter(hasCjk).map((n) => n.replace(/\s+/g, ""));
    const heard = names
      .map(nameSyllables)
      .filter((s) => s.length > 0)
      .map((syllables) => ({
        syllables,
        reversed: [...syllables].reverse(),
        joined: syllables.join(""),
      }));
    const latin = names.filter((n) => !hasCjk(n)).flatMap(nameSyllables);
    const parts = latin.filter((part) => part.length >= 3 && !isEverydayWord(words, part));
    const zhName = written[0];
    const surname = zhName ? zhName.slice(0, 1) : null;
    const surnameSound = surname ? (nameSyllables(zhName ?? "")[0] ?? null) : null;
    return { key, written, heard, parts, surname, surnameSound };
  };
  const staff = dir.staff.map((s) =>
    entry(s.key, [...(s.name.zh ? [s.name.zh] : []), s.name.en, ...s.aliases]),
  );
  const guests = dir.guests.map((g) => ({
    ...entry(g.key, [g.name]),
    parts: [],
    surname: null,
    surnameSound: null,
  }));
  return { phrases, zhByFirst, enByFirst, words, staff, guests };
}

// ---------------------------------------------------------------- people

/** Words around a name that show the caller is asking for that person. */
const PERSON_CUE =
  /找|转|接|请|叫|给|联系|打给|打到|在吗|在不在|先生|女士|小姐|经理|总|老师|主管|电话|分机|办公室|同事|客人|住客|房客|房间/;
const NAME_FILLER = /喂|你好|您好|请问|麻烦|嗯|啊|呃|那个|我|吗|的|呢|吧/g;
const TITLE_AFTER_ZH = "(先生|女士|小姐|经理|总|老师|主管|工|姐|哥)";
const TITLE_EN = /\b(mr|mister|mrs|ms|miss|dr|doctor)$/;
/** Everyday words that are also given names: never a person on their own. */
const COMMON_WORDS = new Set([
  "will",
  "bill",
  "mark",
  "rose",
  "grace",
  "joy",
  "hope",
  "may",
  "june",
  "april",
  "summer",
  "art",
  "frank",
  "rich",
  "sue",
  "pat",
  "case",
  "chase",
  "guy",
  "king",
  "long",
  "young",
]);

/** Pinyin syllables that are also everyday English words. */
const PINYIN_WORDS = new Set([
  "a",
  "an",
  "he",
  "me",
  "man",
  "men",
  "fan",
  "pan",
  "ran",
  "hang",
  "bang",
  "die",
  "lie",
  "tie",
  "she",
  "can",
  "tan",
  "gun",
  "sun",
  "run",
  "bin",
  "pin",
  "you",
  "hen",
  "ben",
  "pen",
  "gang",
  "sang",
  "tang",
  "bo",
  "ma",
  "la",
]);

interface People {
  staff: { key: string; confidence: number } | null;
  guest: string | null;
}

/** The caller's words as sounds, with every reading and every word in them, to rule names out fast. */
interface Heard {
  sounds: Sound[];
  readings: Set<string>;
  texts: Set<string>;
}

function hear(spaced: string): Heard {
  const heard: Heard = { sounds: sounds(spaced), readings: new Set(), texts: new Set() };
  for (const sound of heard.sounds) {
    heard.texts.add(sound.text);
    for (const reading of sound.readings) heard.readings.add(reading);
  }
  return heard;
}

/** How well one name entry matches: 0 for not at all. */
function nameScore(entry: NameEntry, text: Said, heard: Heard, dir: Index): number {
  let score = 0;
  for (const w of entry.written) {
    if (text.compact.includes(w)) score = Math.max(score, 0.95);
  }
  for (const name of entry.heard) {
    // A syllable heard nowhere rules the name out, forwards and backwards alike.
    const possible = name.syllables.every((s) => heard.readings.has(s));
    const span = possible ? findSyllables(heard.sounds, name.syllables) : null;
    if (span) {
      const matched = heard.sounds.slice(span[0], span[1]);
      if (matched.some((s) => hasCjk(s.text))) {
        if (homophoneInContext(text, matched)) score = Math.max(score, 0.85);
      } else if (!matched.every((s) => isEverydayWord(dir.words, s.text))) {
        score = Math.max(score, 0.95);
      }
    }
    if (name.syllables.length >= 2) {
      const reversed = possible ? findSyllables(heard.sounds, name.reversed) : null;
      if (reversed && heard.sounds.slice(reversed[0], reversed[1]).every((s) => !hasCjk(s.text))) {
        score = Math.max(score, 0.9);
      }
      if (heard.texts.has(name.joined)) score = Math.max(score, 0.9);
    }
  }
  return score;
}

/**
 * Words a name heard in other characters must not cut into: 陈经理 is not 陈静, and 房间里那个
 * ("that … in the room") is not 李娜.
 */
const TITLE_WORDS =
  /先生|女士|小姐|经理|老师|主管|总监|部长|师傅|同事|总机|前台|客人|住客|房客|房间|[这那哪][个些边里]|里面|一个|一下/g;

/** A name heard in other characters counts only when the sentence is about reaching someone. */
function homophoneInContext(text: Said, matched: readonly Sound[]): boolean {
  const name = matched.map((s) => s.text).join("");
  const at = text.compact.indexOf(name);
  for (const title of text.compact.matchAll(TITLE_WORDS)) {
    if (title.index < at + name.length && title.index + title[0].length > at) return false;
  }
  const rest = text.compact.replace(name, "");
  return PERSON_CUE.test(rest) || rest.replace(NAME_FILLER, "").length <= 1;
}

/** "张先生" or "小张", by surname; compiled once for each surname ever seen. */
const titledBySurname = new Map<string, RegExp>();

function titled(surname: string): RegExp {
  let pattern = titledBySurname.get(surname);
  if (!pattern) {
    pattern = new RegExp(`${surname}${TITLE_AFTER_ZH}|(小|老)${surname}`);
    titledBySurname.set(surname, pattern);
  }
  return pattern;
}

/** A surname with a title ("张先生", "Mr. Miller") or a lone first name ("David"). */
function partialScore(entry: NameEntry, text: Said, words: readonly string[]): number {
  let score = 0;
  if (entry.surname) {
    if (titled(entry.surname).test(text.compact) && !/房间|room/.test(text.compact)) score = 0.55;
  }
  for (const part of entry.parts) {
    const at = words.indexOf(part);
    if (at < 0) continue;
    score = Math.max(score, TITLE_EN.test(words[at - 1] ?? "") ? 0.6 : 0.55);
  }
  return score;
}

/** An English word that a name may also be ("Mark", or pinyin "he" and "an"): not a name alone. */
function isEverydayWord(directoryWords: ReadonlySet<string>, word: string): boolean {
  return COMMON_WORDS.has(word) || PINYIN_WORDS.has(word) || directoryWords.has(word);
}

/** The caller's own name ("我是刘洋", "this is Emily Carter") is not who they want. */
const INTRODUCTION_ZH =
  /(?<![帮给替让请])(我是|我叫|本人是|这里是|这边是)(?![找想要来打问需给帮的一个辆])([\u3400-\u9fff]{2,3})/g;
const INTRODUCTION_EN = /\b(this is|i am|im|my name is)( mr| mrs| ms| miss| dr)?( [a-z]+){1,2}/g;

function withoutIntroduction(text: Said): Said {
  const spaced = text.spaced
    .replace(INTRODUCTION_ZH, (_, intro: string) => `${intro} `)
    .replace(INTRODUCTION_EN, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (spaced === text.spaced) return text;
  return { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
}

function findPeople(index: Index, said: Said): People {
  const text = withoutIntroduction(said);
  const heard = hear(text.spaced);
  const full = index.staff
    .map((e) => ({ key: e.key, confidence: nameScore(e, text, heard, index) }))
    .filter((m) => m.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  let staff: People["staff"] = null;
  const [top, next] = full;
  if (top) {
    // Two people who sound alike (张伟, 章威) cannot be told apart on the phone: ask, don't guess.
    staff =
      next && next.confidence >= top.confidence - 0.1 ? { key: top.key, confidence: 0.5 } : top;
  } else {
    const words = text.spaced.split(" ");
    const partial = index.staff
      .map((e) => ({ entry: e, confidence: partialScore(e, text, words) }))
      .filter((m) => m.confidence > 0);
    const only = partial.length === 1 ? partial[0] : undefined;
    // "张先生" is no one in particular when a 章 works here too.
    const soundsShared =
      only?.entry.surnameSound != null &&
      index.staff.some((e) => e !== only.entry && e.surnameSound === only.entry.surnameSound);
    if (only && !soundsShared) staff = { key: only.entry.key, confidence: only.confidence };
  }
  const guest =
    index.guests
      .map((e) => ({ key: e.key, score: nameScore(e, text, heard, index) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score)[0]?.key ?? null;
  return { staff, guest };
}

const GUEST_ZH =
  /(转|接|找|打到|打给|联系|连)(一下)?(到)?(一位|一个|位)?(住客|房客|客人|住店客人)|(住客|房客|客人)(叫|名叫|名字叫|姓名是)|(转|接|找|打到|打给|连|联系)(一下)?(到)?[^我你]{1,12}的房间|叫.{1,6}的(客人|住客|房客)|住在(你们|贵)?(酒店|这里|这儿)(的|吗|么)/;
const GUEST_EN =
  /\b(connect|transfer|put|speak|talk|reach|call|ring|looking for|find|get)\b.{0,30}\bguests?\b|\bguests? (named|called|by the name)\b|\bstaying (at|in|with) (your|the|this) hotel\b|\bstaying with you\b/;
/** "Put me through to John Smith's room": said of a room, with no department in sight. */
const ROOM_OF_EN =
  /\b(connect|transfer|put|get|call|ring|reach|speak|talk)\b.*\b(?<!\b(my|our|your|this|the|a) )room\b|\broom of\b/;

/** "请帮我接孙悟空", "王小明先生在吗", "connect me to Peter Brown": someone, by a name. */
const BY_NAME_ZH =
  /^我?(?:想|要|想要)?(?:找|接|转给|转到|转接|转|联系|打给|接通|连线)到?([\u3400-\u9fff]{2,4}?)(?:先生|女士|小姐)?$|^([\u3400-\u9fff]{2,4}?)(?:先生|女士|小姐)?(?:在吗|在不在)$/;
const BY_NAME_FILLER_ZH =
  /喂|你好|您好|请问|请|麻烦你|麻烦|帮我|帮忙|给我|一下|嗯|啊|呃|那个|谢谢/g;
/** Words in a name that no name has: "找我的钱包" asks for no one. */
const NOT_A_NAME_ZH = /[我你他她它的了个些这那人]/;
const BY_NAME_EN =
  /^(?:(?:hi|hello|hey|yes) )?(?:(?:can|could|may) (?:i|you) )?(?:(?:connect|put|transfer|get) me (?:through )?to|(?:speak|talk) (?:to|with)|(?:id|i would) like to (?:speak|talk) (?:to|with)|i (?:want|need) to (?:speak|talk) (?:to|with)|(?:im |i am )?looking for)(?: (?:mr|mrs|ms|miss|dr))? ([a-z]+(?: [a-z]+){0,2})$/;
/** What follows "speak to" without being anyone's name. */
const NOT_A_NAME_EN =
  /\b(someone|somebody|anyone|anybody|a|an|the|my|your|our|person|people|human|staff|manager|reception|room|guest|guests)\b/;

function asksByName(text: Said): boolean {
  const zh = text.compact.replace(BY_NAME_FILLER_ZH, "");
  const named = BY_NAME_ZH.exec(zh);
  const who = named?.[1] ?? named?.[2];
  if (who && !NOT_A_NAME_ZH.test(who)) return true;
  const en = BY_NAME_EN.exec(text.spaced.replace(/ please$/, ""));
  return en?.[1] !== undefined && !NOT_A_NAME_EN.test(en[1]);
}

function asksForGuest(text: Said, departmentHeard: boolean): boolean {
  if (GUEST_ZH.test(text.compact) || GUEST_EN.test(text.spaced)) return true;
  return !departmentHeard && ROOM_OF_EN.test(text.spaced);
}

// ---------------------------------------------------------------- departments

interface Ranked {
  key: string;
  score: number;
}

interface Hit {
  phrase: Phrase;
  space: "zh" | "en";
  start: number;
  end: number;
}

/** Positions of the phrases that may be in the text, in directory order. */
function candidates(index: Index, text: Said): number[] {
  const found: number[] = [];
  for (const char of new Set(text.compact.split(""))) {
    found.push(...(index.zhByFirst.get(char) ?? []));
  }
  for (const word of new Set(text.words)) found.push(...(index.enByFirst.get(word) ?? []));
  return found.sort((a, b) => a - b);
}

function rankDepartments(index: Index, text: Said): Ranked[] {
  const hits: Hit[] = [];
  // "订一下房", "对一下账": the softening 一下 splits what callers ask for, never names it.
  const zh = text.compact.includes("一下") ? text.compact.replaceAll("一下", "") : text.compact;
  for (const i of candidates(index, text)) {
    const phrase = index.phrases[i] as Phrase;
    if (phrase.zh !== null) {
      const at = zh.indexOf(phrase.zh);
      if (at >= 0) hits.push({ phrase, space: "zh", start: at, end: at + phrase.zh.length });
    } else {
      const at = findWords(text.words, phrase.en);
      if (at >= 0) hits.push({ phrase, space: "en", start: at, end: at + phrase.en.length });
    }
  }
  // The longest phrase speaks for its words: "客房送餐" is room service, not housekeeping.
  const kept = hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          o.space === h.space &&
          o.start <= h.start &&
          o.end >= h.end &&
          o.end - o.start > h.end - h.start,
      ),
  );
  // The same words twice in one department (a name and a keyword) count once, at their best.
  const best = new Map<string, number>();
  for (const h of kept) {
    const at = `${h.phrase.department} ${h.space} ${h.start} ${h.end}`;
    best.set(at, Math.max(best.get(at) ?? 0, h.phrase.weight));
  }
  const byDepartment = new Map<string, number[]>();
  for (const [at, weight] of best) {
    const department = at.split(" ")[0] ?? "";
    byDepartment.set(department, [...(byDepartment.get(department) ?? []), weight]);
  }
  const ranked: Ranked[] = [];
  for (const [key, weights] of byDepartment) {
    weights.sort((a, b) => b - a);
    const [first = 0, ...rest] = weights;
    ranked.push({ key, score: Math.min(1, first + 0.25 * rest.reduce((a, b) => a + b, 0)) });
  }
  // Stable sort keeps directory order between equals.
  return ranked.sort((a, b) => b.score - a.score);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------- yes / no

const GREETING = /你好|您好|喂|\bhello\b|\bhi\b/g;

/** The earliest answer wins, the longest at the same place: 不是 is a no, 没有问题 a yes. */
const ANSWERS: ["yes" | "no" | null, RegExp][] = [
  [
    null,
    /不确定|不知道|不清楚|说不准|对不起|不好意思|\bnot sure\b|\bdont know\b|\bdo not know\b|\bmaybe\b/g,
  ],
  [
    "no",
    /不是|不对|不用|不要|不需要|不行|不可以|不好|没有|错了|算了|\bno\b|\bnope\b|\bnah\b|\bwrong\b|\bincorrect\b|\bnot\b|\bdont\b|\bnegative\b/g,
  ],
  [
    "yes",
    // A bare 是/好/行 must stand alone: 是财务部 is a new request, 行李 is luggage.
    /是的|是啊|是呀|是吧|对的|对啊|对(?!面|于|方)|没错|没问题|没有问题|好的|好啊|好吧|可以|要的|确定|是(?= |$)|好(?= |$)|行(?= |$)|\byes\b|\byeah\b|\byep\b|\byup\b|\bcorrect\b|\bsure\b|\bright\b|\bok\b|\bokay\b|\babsolutely\b|\bof course\b|\bplease\b|\bconfirm\w*/g,
  ],
];

export function parseYesNo(utterance: string): "yes" | "no" | null {
  const spaced = spaceOut(prepare(utterance)).replace(GREETING, " ").trim();
  // A lone 嗯 is assent; before other words it is only a pause.
  if (/^(嗯|恩|mhm|mm hmm|uh huh)( (嗯|恩))*$/.test(spaced)) return "yes";
  const text = spaced
    .replace(/嗯|恩|\bum\b|\buh\b|\ber\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  let best: { at: number; length: number; answer: "yes" | "no" | null } | null = null;
  for (const [answer, rule] of ANSWERS) {
    for (const match of text.matchAll(rule)) {
      const at = match.index;
      const length = match[0].length;
      if (best === null || at < best.at || (at === best.at && length > best.length))
        best = { at, length, answer };
    }
  }
  return best?.answer ?? null;
}

// ---------------------------------------------------------------- speech hints

/** Past the names, keywords are added up to this many hints in all. */
const MAX_HINTS = 90;

/**
 * Twilio's limits on a Gather's hints: at most 500 entries, each at most 100 characters, in a
 * comma-separated list (so an entry holds no comma). Past them Twilio warns (13330) and the
 * recogniser may not use the hints at all.
 */
const TWILIO_MAX_HINTS = 500;
const TWILIO_MAX_HINT_LENGTH = 100;

const hintsOf = new WeakMap<Directory, Partial<Record<Language, readonly string[]>>>();

/**
 * Phrases that help the recogniser hear this directory: names first, then a few keywords. The
 * same frozen list every time, so no caller can change the next greeting's, and what is built
 * from it (the Gather's attribute) can be kept by the list.
 */
export function speechHints(dir: Directory, language: Language): readonly string[] {
  let known = hintsOf.get(dir);
  if (!known) {
    known = {};
    hintsOf.set(dir, known);
  }
  known[language] ??= Object.freeze(hintsFor(dir, language));
  return known[language];
}

/** A list of hints within Twilio's limits, and how to add to it. */
function hintList(): { hints: Set<string>; add(phrase: string, limit?: number): void } {
  const hints = new Set<string>();
  return {
    hints,
    add(phrase, limit = TWILIO_MAX_HINTS) {
      // A comma would split one hint in two; a name that long is no phrase a caller says.
      const hint = phrase.replace(/[,，]/g, " ").replace(/\s+/g, " ").trim();
      if (hint && hint.length <= TWILIO_MAX_HINT_LENGTH && hints.size < limit) hints.add(hint);
    },
  };
}

/** Every staff member's names, Chinese first, as hints. */
function addStaffNames(dir: Directory, add: (phrase: string) => void): void {
  for (const s of dir.staff) {
    if (s.name.zh) add(s.name.zh);
    add(s.name.en);
  }
}

const nameHintsOf = new WeakMap<Directory, readonly string[]>();

/**
 * The names a caller may answer "who would you like to speak to?" with: staff, and the guests
 * who are not hidden (a hidden guest's name is heard as a stranger's is).
 */
export function nameHints(dir: Directory): readonly string[] {
  let known = nameHintsOf.get(dir);
  if (!known) {
    const { hints, add } = hintList();
    addStaffNames(dir, add);
    for (const g of dir.guests) if (!g.incognito) add(g.name);
    known = Object.freeze([...hints]);
    nameHintsOf.set(dir, known);
  }
  return known;
}

function hintsFor(dir: Directory, language: Language): string[] {
  const { hints, add } = hintList();
  for (const d of dir.departments) add(d.name[language]);
  add(language === "zh" ? "English" : "中文");
  addStaffNames(dir, add);
  for (let i = 0; hints.size < MAX_HINTS; i++) {
    const batch = dir.departments
      .map((d) => d.keywords[language][i])
      .filter((k) => k !== undefined);
    if (batch.length === 0) break;
    for (const k of batch) add(k, MAX_HINTS);
  }
  return [...hints];
}
