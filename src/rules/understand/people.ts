import type { Directory } from "../directory.ts";
import { findSyllables, nameSyllables, type Sound, sounds } from "../names.ts";
import { hasCjk, latinWords, remembered, type Said, stem } from "../text.ts";
import { departmentIndex } from "./departments.ts";
import type { Kind } from "./kinds.ts";
import { ENDING_ZH } from "./kinds-of.ts";
import {
  englishSkeletons,
  pinyinReadings,
  pinyinSkeleton,
  renderings,
  type SpokenWord,
  soundCodes,
  soundsLike,
  spokenWord,
  wordsSoundAlike,
} from "./spellings.ts";

/**
 * Whom a caller asks for: staff by name, by sound, by surname and title ("财务的李姐", "Mr
 * Miller", "the Chen who handles bookings"), and guests by name. A hidden guest is not in here
 * at all: their name is heard as any stranger's is, so nothing can answer differently for it.
 */

/** One way a name is said, as syllables: also backwards and run together ("zhangwei"). */
interface NameSound {
  syllables: string[];
  reversed: string[];
  joined: string;
  /** Whether it is a Chinese name (or its pinyin): only then may characters be heard as it. */
  chinese: boolean;
}

interface NameEntry {
  key: string;
  /** Its place in the directory. */
  order: number;
  department: string | null;
  /** The name as written (Chinese) and as heard (syllables), full names and aliases alike. */
  written: string[];
  heard: NameSound[];
  /** An English name's words ("david", "miller"), matched by sound; empty for pinyin names. */
  english: string[][];
  /** The same words as `soundsLike` compares them. */
  spoken: SpokenWord[][];
  /** Parts of an English name a caller may use alone ("David", "Miller"), everyday words left out. */
  parts: string[];
  /** Parts that are everyday words too ("Mark"): a name only where one word is asked for. */
  everydayParts: string[];
  /** A Chinese given name of two characters (婷婷 of 刘婷婷), written and in pinyin run together. */
  given: { written: string; joined: string } | null;
  /** Its department's Chinese name, whole and without its ending ("研发中心", "研发"), longest first. */
  departmentSaid: string[];
  /** The family name: a Chinese character, or the last word of an English name. */
  surname: string | null;
  /** How the surname sounds (pinyin, or the English word). */
  surnameSound: string | null;
}

interface PeopleIndex {
  staff: NameEntry[];
  guests: NameEntry[];
  /** Every syllable or word of a name, for ruling names out before scoring them. */
  syllables: Set<string>;
  /**
   * Where to look, so a turn scores only the few names it may be about. Each map is one way of
   * hearing a name, kept apart so a turn looks up what it heard without building keys.
   */
  lookup: NameLookup;
  /** Each staff member's department, by key. */
  departments: Map<string, string>;
  /** A Latin word as this directory's names may hear it, worked out once per word. */
  latin: Map<string, { sound: Sound; spelled: boolean }>;
  /** How a recogniser may write each syllable of the names here ("shway"), and the syllables. */
  rendered: Map<string, string[]>;
}

interface NameLookup {
  /** A name's first two syllables, in either order: first, then second. */
  pairs: Map<string, Map<string, NameEntry[]>>;
  /** A one-syllable or run-together name ("zhangwei"). */
  joined: Map<string, NameEntry[]>;
  /** A written name's first two characters, by their UTF-16 code units. */
  written: Map<number, Map<number, NameEntry[]>>;
  /** A surname, written or sounded, said with a title. */
  surnames: Map<string, NameEntry[]>;
  /** A given name said alone. */
  given: Map<string, NameEntry[]>;
  /** The sound of an English name's last word (with one sound left out, to hear "Milner" as Miller). */
  sounds: Map<string, NameEntry[]>;
  /** A name's first two syllables as `nearSound` hears them, in either order. */
  near: Map<string, NameEntry[]>;
  /** An English surname's consonants, as Chinese characters write it out ("布朗" Brown). */
  writtenOut: Map<string, NameEntry[]>;
  /** A two-character given name, written and in pinyin ("婷婷", "tingting"). */
  givenNames: Map<string, NameEntry[]>;
}

/** Files an entry under each way of hearing it, once each. */
function fileEntry(lookup: NameLookup, e: NameEntry): void {
  for (const h of e.heard) {
    if (h.syllables.length >= 2) {
      file(inner(lookup.pairs, h.syllables[0] as string), h.syllables[1] as string, e);
      file(inner(lookup.pairs, h.reversed[0] as string), h.reversed[1] as string, e);
    }
    file(lookup.joined, h.joined, e);
    if (h.syllables.length >= 2) {
      file(lookup.near, nearPair(h.syllables[0] as string, h.syllables[1] as string), e);
      file(lookup.near, nearPair(h.reversed[0] as string, h.reversed[1] as string), e);
    }
  }
  for (const w of e.written) {
    if (w.length >= 2) file(inner(lookup.written, w.charCodeAt(0)), w.charCodeAt(1), e);
  }
  if (e.surname) file(lookup.surnames, e.surname, e);
  if (e.surnameSound) file(lookup.surnames, e.surnameSound, e);
  for (const part of e.parts) file(lookup.given, part, e);
  for (const part of e.everydayParts) file(lookup.given, part, e);
  if (e.given) {
    file(lookup.givenNames, e.given.written, e);
    file(lookup.givenNames, e.given.joined, e);
  }
  if (e.department !== null) {
    for (const name of e.english) {
      const last = name.at(-1);
      if (last) for (const skeleton of englishSkeletons(last)) file(lookup.writtenOut, skeleton, e);
    }
  }
  for (const name of e.english) {
    const last = name.at(-1);
    if (last) for (const code of soundKeys(last)) file(lookup.sounds, code, e);
  }
}

function inner<K, K2, V>(outer: Map<K, Map<K2, V>>, key: K): Map<K2, V> {
  let found = outer.get(key);
  if (!found) {
    found = new Map();
    outer.set(key, found);
  }
  return found;
}

function file<K>(map: Map<K, NameEntry[]>, key: K, e: NameEntry): void {
  const entries = map.get(key);
  // Entries are filed one after another: one already filed here is the last.
  if (!entries) map.set(key, [e]);
  else if (entries.at(-1) !== e) entries.push(e);
}

const soundKeysOf = new Map<string, readonly string[]>();

/** A word's sound, and for longer ones the same with one sound left out: "MLNR" meets "MLR". */
function soundKeys(word: string): readonly string[] {
  return remembered(soundKeysOf, word, soundKeysAfresh);
}

function soundKeysAfresh(word: string): string[] {
  const [primary, secondary] = soundCodes(word);
  const keys = new Set([primary, secondary]);
  if (primary.length >= 4) {
    for (let i = 0; i < primary.length; i++) keys.add(primary.slice(0, i) + primary.slice(i + 1));
  }
  return [...keys].filter((k) => k !== "");
}

/** The entries a turn may be about: looked up by what was heard, never all of them. */
function candidatesIn(index: PeopleIndex, heard: Heard, text: Said): Set<NameEntry> {
  const found = new Set<NameEntry>();
  const { lookup } = index;
  const sounds = heard.sounds;
  for (let i = 0; i < sounds.length; i++) {
    const here = sounds[i] as Sound;
    const next = sounds[i + 1]?.readings ?? [];
    for (const r of here.readings) {
      addAll(found, lookup.joined.get(r));
      const pairs = lookup.pairs.get(r);
      if (pairs) for (const n of next) addAll(found, pairs.get(n));
      for (const n of next) addAll(found, lookup.near.get(nearPair(r, n)));
    }
  }
  const zh = text.compact;
  for (let i = 0; i < zh.length; i++) {
    if (i + 1 < zh.length) {
      addAll(found, lookup.written.get(zh.charCodeAt(i))?.get(zh.charCodeAt(i + 1)));
    }
    // A surname with a title after it ("李姐") or 小/老 before it ("小王").
    const before = zh.charCodeAt(i - 1);
    if (
      before === XIAO ||
      before === LAO ||
      (TITLE_STARTS.has(zh.charCodeAt(i + 1)) && TITLE_AFTER_ZH.test(zh.slice(i + 1, i + 4)))
    ) {
      addAll(found, lookup.surnames.get(zh[i] as string));
    }
  }
  for (const w of writtenOutBeforeTitle(zh)) addAll(found, lookup.writtenOut.get(w.skeleton));
  if (lookup.givenNames.size > 0) {
    for (let i = 0; i + 1 < zh.length; i++)
      addAll(found, lookup.givenNames.get(zh.slice(i, i + 2)));
    for (const word of text.words) addAll(found, lookup.givenNames.get(word));
  }
  const words = text.spaced.split(" ");
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (hasCjk(word)) continue;
    addAll(found, lookup.given.get(word));
    if (
      TITLE_EN.test(words[i - 1] ?? "") ||
      words[i - 1] === "the" ||
      DESCRIBED_EN.test(words[i + 1] ?? "")
    ) {
      for (const r of readingsHere(index, word)) addAll(found, lookup.surnames.get(r));
    }
    // A name's three sounds heard as four ("MLR" as "MLNR") is among a word's sound keys.
    if (word.length < 3) continue;
    for (const code of soundKeys(word)) addAll(found, lookup.sounds.get(code));
  }
  return found;
}

/**
 * A syllable as an English recogniser may mishear it: -n and -ng alike, and a or e before them
 * ("Pang" for peng, "Tin" for ting).
 */
const nearSounds = new Map<string, string>();

function nearSound(syllable: string): string {
  return remembered(nearSounds, syllable, (s) => s.replace(/ng$/, "n").replace(/[ae]n$/, "@n"));
}

function nearPair(first: string, second: string): string {
  return `${nearSound(first)} ${nearSound(second)}`;
}

/**
 * Characters Chinese writes foreign names out in (布朗, 米勒, 埃文斯, 汤普森), and the commonest
 * Chinese surnames among them: two characters that begin with one of those are a Chinese name.
 */
const WRITTEN_OUT_ZH =
  /[阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法范菲芬费弗福富盖冈高戈哥格根古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利丽莉林琳伦罗洛马玛迈麦曼梅蒙米密摩莫默姆穆纳娜奈南内妮尼纽努诺欧帕潘佩彭皮珀普奇乔琼萨塞赛桑森瑟沙莎尚舍施史斯松苏索塔泰坦汤唐陶特提汀廷图托瓦万威韦维温文沃乌伍西希锡谢辛休雅亚扬耶伊因英尤约詹兹朱卓佐逊丝露茨鲁卢哲芙黛琪]{2,4}$/;
const COMMON_SURNAMES_ZH = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
);

/** Characters before a title that may write out an English surname, with its consonants. */
function writtenOutBeforeTitle(zh: string): { said: string; skeleton: string }[] {
  const out: { said: string; skeleton: string }[] = [];
  if (!hasCjk(zh)) return out;
  for (let i = 2; i < zh.length; i++) {
    if (!TITLE_STARTS.has(zh.charCodeAt(i)) || !TITLE_AFTER_ZH.test(zh.slice(i, i + 3))) continue;
    for (let length = 2; length <= 4 && length <= i; length++) {
      const said = zh.slice(i - length, i);
      if (!WRITTEN_OUT_ZH.test(said)) break;
      if (length === 2 && COMMON_SURNAMES_ZH.has(said[0] as string)) continue;
      out.push({ said, skeleton: pinyinSkeleton(nameSyllables(`${said}`).slice()) });
    }
  }
  return out;
}

const XIAO = "小".charCodeAt(0);
const LAO = "老".charCodeAt(0);

function addAll(found: Set<NameEntry>, entries: readonly NameEntry[] | undefined): void {
  if (entries) for (const e of entries) found.add(e);
}

const indexes = new WeakMap<Directory, PeopleIndex>();

function peopleIndex(dir: Directory): PeopleIndex {
  let index = indexes.get(dir);
  if (!index) {
    index = buildIndex(dir);
    indexes.set(dir, index);
  }
  return index;
}

/** The first of each item alike by `key`, in order. */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)) !== undefined);
}

/** Pinyin syllables of a name written in Latin letters ("Zhang Wei"), when it is pinyin. */
function isPinyinName(name: string, zh: string | undefined): boolean {
  if (!zh) return false;
  const pinyin = nameSyllables(zh).join("");
  return name.toLowerCase().replace(/[^a-z]/g, "") === pinyin;
}

function buildIndex(dir: Directory): PeopleIndex {
  const words = departmentIndex(dir).words;
  const syllables = new Set<string>();
  let order = 0;
  // Each department's Chinese name, whole and without its ending, longest first.
  const saidOfDepartment = new Map(
    dir.departments.map((d) => [
      d.key,
      [...new Set([d.name.zh, d.name.zh.replace(ENDING_ZH, "")])]
        .filter((n) => n.length >= 2)
        .sort((a, b) => b.length - a.length),
    ]),
  );
  const entry = (key: string, department: string | null, names: string[], zh?: string) => {
    const written = names.filter(hasCjk).map((n) => n.replace(/\s+/g, ""));
    // 张伟 and "Zhang Wei" sound the same: heard once.
    // Written in characters, the pinyin of those, or pinyin of two syllables or more where no
    // characters are given ("Liu Yang"); not "Dan", nor "Daniel Kim".
    const chinese = new Set(
      names
        .map((n) => ({ n, syllables: nameSyllables(n) }))
        .filter(
          ({ n, syllables }) =>
            hasCjk(n) ||
            isPinyinName(n, zh) ||
            (!zh && syllables.length >= 2 && syllables.every((s) => renderings(s).length > 0)),
        )
        .map(({ syllables }) => syllables.join(" ")),
    );
    const heard = unique(
      names.map(nameSyllables).filter((s) => s.length > 0),
      (s) => s.join(" "),
    ).map((s) => ({
      syllables: s,
      reversed: [...s].reverse(),
      joined: s.join(""),
      chinese: chinese.has(s.join(" ")),
    }));
    for (const h of heard) for (const s of h.syllables) syllables.add(s);
    const english = names
      .filter((n) => !hasCjk(n) && !isPinyinName(n, zh))
      .map(nameSyllables)
      .filter((s) => s.length > 0);
    // A given name said alone ("David") is an English name's; "Lin" alone is no one's.
    const parts = english.flat().filter((part) => part.length >= 3 && !isEverydayWord(words, part));
    const everydayParts = english
      .flat()
      .filter((part) => part.length >= 3 && isEverydayWord(words, part));
    const zhName = written[0];
    const lastEnglish = english[0]?.at(-1) ?? null;
    const surname = zhName ? zhName.slice(0, 1) : lastEnglish;
    const surnameSound = zhName ? (nameSyllables(zhName)[0] ?? null) : lastEnglish;
    const given =
      department !== null && zhName?.length === 3
        ? { written: zhName.slice(1), joined: nameSyllables(zhName).slice(1).join("") }
        : null;
    const departmentSaid = (department && saidOfDepartment.get(department)) || [];
    return {
      key,
      order: order++,
      department,
      departmentSaid,
      written,
      heard,
      english,
      spoken: english.map((name) => name.map(spokenWord)),
      parts,
      everydayParts,
      given,
      surname,
      surnameSound,
    };
  };
  const staff = dir.staff.map((s) =>
    entry(
      s.key,
      s.department,
      [...(s.name.zh ? [s.name.zh] : []), s.name.en, ...s.aliases],
      s.name.zh,
    ),
  );
  // Hidden guests are left out on purpose: see the comment at the top.
  const guests = dir.guests
    .filter((g) => !g.incognito)
    .map((g) => ({
      ...entry(g.key, null, [g.name]),
      parts: [],
      everydayParts: [],
      given: null,
      surname: null,
      surnameSound: null,
    }));
  const lookup: NameLookup = {
    pairs: new Map(),
    joined: new Map(),
    written: new Map(),
    surnames: new Map(),
    given: new Map(),
    sounds: new Map(),
    near: new Map(),
    writtenOut: new Map(),
    givenNames: new Map(),
  };
  for (const e of [...staff, ...guests]) fileEntry(lookup, e);
  const departments = new Map<string, string>();
  for (const s of dir.staff) if (!departments.has(s.key)) departments.set(s.key, s.department);
  const rendered = new Map<string, string[]>();
  for (const syllable of syllables) {
    for (const r of renderings(syllable)) {
      const of = rendered.get(r);
      if (!of) rendered.set(r, [syllable]);
      else if (!of.includes(syllable)) of.push(syllable);
    }
  }
  return { staff, guests, syllables, lookup, departments, latin: new Map(), rendered };
}

/** The syllables of names here a Latin word may stand for, itself included. */
function readingsHere(index: PeopleIndex, word: string): readonly string[] {
  const rendered = index.rendered.get(word);
  if (!rendered) return pinyinReadings(word);
  return [...new Set([...pinyinReadings(word), ...rendered])];
}

/** The department of a member of staff, by key (as `findStaff` finds it), without a search. */
export function staffDepartment(dir: Directory, key: string): string | undefined {
  return peopleIndex(dir).departments.get(key);
}

/** Words around a name that show the caller is asking for that person. */
const PERSON_CUE =
  /找|转|接|请|叫|给|联系|打给|打到|在吗|在不在|先生|女士|小姐|经理|总|老师|主管|电话|分机|办公室|同事|客人|住客|房客|房间/;
const NAME_FILLER = /喂|你好|您好|请问|麻烦|嗯|啊|呃|那个|我|吗|的|呢|吧/g;

/**
 * Titles and roles said after a surname ("李姐", "王老师", "陈会计"), with the kind of
 * department a role belongs to, if any.
 */
const TITLES_ZH: [string, Kind[]][] = [
  ["先生", []],
  ["女士", []],
  ["小姐", []],
  ["经理", []],
  ["老师", []],
  ["主管", []],
  ["主任", []],
  ["师傅", []],
  ["工", []],
  ["姐", []],
  ["哥", []],
  ["大姐", []],
  ["大哥", []],
  ["阿姨", []],
  ["叔", []],
  ["总监", []],
  ["部长", []],
  ["科长", []],
  ["处长", []],
  ["助理", []],
  ["博士", []],
  ["总经理", ["executive"]],
  ["董事长", ["executive"]],
  ["总裁", ["executive"]],
  ["总", ["executive", "duty_manager"]],
  ["董", ["executive"]],
  ["老板", ["executive"]],
  ["秘书", ["executive", "administration"]],
  ["会计", ["finance"]],
  ["出纳", ["finance"]],
  ["律师", ["legal"]],
  ["厂长", ["production", "executive"]],
  ["医生", []],
  ["大夫", []],
  ["护士长", []],
  ["院长", ["executive"]],
  ["队长", []],
  ["组长", []],
  ["班长", []],
  ["教练", []],
  ["领班", []],
  ["店长", []],
];
const TITLE_AFTER_ZH = new RegExp(
  `^(${TITLES_ZH.map(([t]) => t)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);
/** The characters a title begins with: only after one of them is a title looked for. */
const TITLE_STARTS = new Set(TITLES_ZH.map(([t]) => t.charCodeAt(0)));
/** Everyday words made of a surname and a title-like character: 高工 is not "Gao the engineer". */
const NOT_TITLED = /^(工作|工资|工程|工厂|工单|总是|总共|总部|总机|总台|总经|总结|总额|姐妹)/;

/** Titles before a surname, and the roles Chinese callers put there in English ("Lawyer Wang", 王律师). */
const TITLE_EN =
  /^(mr|mister|mrs|ms|miss|dr|doctor|madam|professor|lawyer|attorney|teacher|manager|director|engineer|president|chairman|secretary|accountant|coach|nurse)$/;
/** English role words, with the kind of department each belongs to. */
const ROLES_EN: [RegExp, Kind[]][] = [
  [/\b(accountant|bookkeeper|cashier)\b/, ["finance"]],
  [/\b(lawyer|counsel|attorney)\b/, ["legal"]],
  [/\b(recruiter)\b/, ["hr"]],
  [/\b(secretary|assistant to)\b/, ["executive"]],
  [/\b(buyer)\b/, ["purchasing"]],
];
/** Around a given name said alone, words that ask for the person: "找一下婷婷", "建华在吗". */
const GIVEN_ASKED_BEFORE_ZH = /(找|转|接|叫|转给|接通)(一下)?$/;
const GIVEN_ENDS_ZH = /^($| |在|吧|呢|啊|呀|好吗|谢谢)/;
const GIVEN_STARTS_ZH = /(^| |吗|好|问|烦|个|的)$/;
const GIVEN_ASKED_AFTER_ZH = /^ ?(在吗|在不在|在么|在没在)/;

/** After "is" and a name, words that ask for that person: "is Mark available". */
const ASKED_AFTER = /^(available|there|around|free|about|in)$/;

/** After a surname, words that say "the one who…": "the Chen who handles bookings", "Lee in accounts". */
const DESCRIBED_EN = /^(who|that|from|in|at|of|on|with)$/;

/** Everyday words that are also given names: never a person on their own. */
const COMMON_WORDS = new Set(
  "will bill mark rose grace joy hope may june april summer art frank rich sue pat case chase guy king long young".split(
    " ",
  ),
);

/** Pinyin syllables that are also everyday English words. */
const PINYIN_WORDS = new Set(
  "a an he me man men fan pan ran hang bang die lie tie she can tan gun sun run bin pin you hen ben pen gang sang tang bo ma la how soon lay way".split(
    " ",
  ),
);

/** An English word that a name may also be ("Mark", or pinyin "he" and "an"): not a name alone. */
export function isEverydayWord(directoryWords: ReadonlySet<string>, word: string): boolean {
  return COMMON_WORDS.has(word) || PINYIN_WORDS.has(word) || directoryWords.has(word);
}

export interface Person {
  key: string;
  confidence: number;
  /** Someone else who fits as well: the caller is asked which. */
  alternatives?: string[];
}

export interface People {
  staff: Person | null;
  guest: string | null;
  /** A surname with a title or role, and who has that surname: resolved by the department. */
  titled: Titled | null;
}

/** "财务的李姐": the staff who may be meant, and the kinds of department the title points to. */
export interface Titled {
  candidates: string[];
  kinds: Kind[];
  /** How sure a single candidate is without a department to go by. */
  confidence: number;
  /** The words that named them ("王经理", "mr miller"), which name no department. */
  said: string[];
  /** Whether a surname was said after a title ("王经理", "Mr Miller"), not only described. */
  afterTitle: boolean;
}

/** The caller's words as sounds, with every reading and every word in them, to rule names out fast. */
interface Heard {
  sounds: Sound[];
  readings: Set<string>;
  texts: Set<string>;
  /** Latin words read only through another spelling ("jung" as zhang): a little less sure. */
  spelled: Set<string>;
}

function hear(spaced: string, index: PeopleIndex): Heard {
  const heard: Heard = { sounds: [], readings: new Set(), texts: new Set(), spelled: new Set() };
  for (const sound of sounds(spaced)) {
    let s = sound;
    if (!hasCjk(sound.text)) {
      const latin = remembered(index.latin, sound.text, (word) => latinSound(word, index));
      s = latin.sound;
      if (latin.spelled) heard.spelled.add(sound.text);
    }
    heard.sounds.push(s);
    heard.texts.add(s.text);
    for (const reading of s.readings) heard.readings.add(reading);
  }
  return heard;
}

/** A Latin word's readings that a name here has ("jung" as zhang), and whether it is only spelled so. */
function latinSound(word: string, index: PeopleIndex): { sound: Sound; spelled: boolean } {
  const readings = readingsHere(index, word).filter((r) => r === word || index.syllables.has(r));
  return {
    sound: { text: word, readings },
    spelled: !index.syllables.has(word) && readings.length > 1,
  };
}

/**
 * Words around an English rendering of a name that show a person is asked for ("sue may in finance
 * please"): then a name heard as everyday words ("sue", "may") is still the name.
 */
const PERSON_CUE_EN =
  /\b(please|speak|talk|connect|put me through|transfer|looking for|get me|extension|ext|is [a-z]+ [a-z]+ (there|in|available))\b/;

function personCued(text: Said, words: ReadonlySet<string>): boolean {
  if (PERSON_CUE_EN.test(text.spaced)) return true;
  // "… in finance", "… from IT": a department's word after "in" or "from".
  const said = text.spaced.split(" ");
  // The directory's words are stemmed ("market"), and so the word heard is too ("marketing").
  return said.some((w, i) => (w === "in" || w === "from") && words.has(stem(said[i + 1] ?? "")));
}

/** How well one name entry matches: 0 for not at all. */
function nameScore(
  entry: NameEntry,
  text: Said,
  heard: Heard,
  said: readonly SpokenWord[],
  words: ReadonlySet<string>,
  cued: boolean,
): number {
  let score = 0;
  for (const w of entry.written) {
    if (text.compact.includes(w)) score = Math.max(score, 0.95);
  }
  for (const name of entry.heard) {
    // A syllable heard nowhere rules the name out, forwards and backwards alike.
    const possible = allHeard(name.syllables, heard.readings);
    const span = possible ? findSyllables(heard.sounds, name.syllables) : null;
    if (span) {
      const matched = heard.sounds.slice(span[0], span[1]);
      if (matched.some((s) => hasCjk(s.text))) {
        // "Dan" is no 担: an English name is not heard in characters read like it.
        if (name.chinese && homophoneInContext(text, matched, entry)) score = Math.max(score, 0.85);
      } else if (!matched.every((s) => isEverydayWord(words, s.text))) {
        score = Math.max(score, matched.some((s) => heard.spelled.has(s.text)) ? 0.85 : 0.95);
      } else if (cued && matched.length >= 2) {
        // "Soon How from IT", "sue may in finance please": everyday words, but a whole name.
        score = Math.max(score, 0.8);
      }
    }
    if (name.syllables.length >= 2) {
      const reversed = possible ? findSyllables(heard.sounds, name.reversed) : null;
      const backwards = reversed ? heard.sounds.slice(reversed[0], reversed[1]) : null;
      if (
        backwards &&
        backwards.length > 0 &&
        backwards.every((s) => !hasCjk(s.text)) &&
        !backwards.every((s) => isEverydayWord(words, s.text))
      ) {
        score = Math.max(score, 0.9);
      }
      if (heard.texts.has(name.joined)) score = Math.max(score, 0.9);
    }
  }
  for (const name of entry.spoken) score = Math.max(score, englishScore(name, said));
  if (score > 0) return score;
  // "Mr Pang Wei" for 彭伟, "Liu Tin Tin" for 刘婷婷: a name heard whole but one of its sounds a
  // little wrong is a guess, asked about unless the caller names the person's department too.
  for (const name of entry.heard) {
    for (const syllables of name.syllables.length >= 2 ? [name.syllables, name.reversed] : []) {
      const span = findNear(heard.sounds, syllables);
      if (!span) continue;
      const matched = heard.sounds.slice(span[0], span[1]);
      // Characters have readings enough to come near a name in any sentence: 单号 reads chan hao.
      if (matched.some((s) => hasCjk(s.text))) continue;
      if (cued || !matched.every((s) => isEverydayWord(words, s.text))) return NEARLY;
    }
  }
  return 0;
}

/** A name heard with one sound a little wrong: below what is put through on its own. */
const NEARLY = 0.6;

/**
 * Where the syllables are heard one after another, each as it is or as `nearSound` hears it, with
 * at least one as it is and one not: [start, end), or null.
 */
function findNear(said: readonly Sound[], syllables: readonly string[]): [number, number] | null {
  outer: for (let i = 0; i + syllables.length <= said.length; i++) {
    let exact = 0;
    for (let j = 0; j < syllables.length; j++) {
      const syllable = syllables[j] as string;
      const readings = (said[i + j] as Sound).readings;
      if (readings.includes(syllable)) exact++;
      else if (!readings.some((r) => nearSound(r) === nearSound(syllable))) continue outer;
    }
    if (exact > 0 && exact < syllables.length) return [i, i + syllables.length];
  }
  return null;
}

function allHeard(syllables: readonly string[], readings: ReadonlySet<string>): boolean {
  for (const s of syllables) if (!readings.has(s)) return false;
  return true;
}

/** An English name said whole, each word as spelled, by a short form or by its sound. */
function englishScore(name: readonly SpokenWord[], said: readonly SpokenWord[]): number {
  if (name.length < 2) return 0;
  let best = 0;
  for (let i = 0; i + name.length <= said.length; i++) {
    let worst = 1;
    for (let j = 0; j < name.length && worst > 0; j++) {
      worst = Math.min(worst, wordsSoundAlike(said[i + j] as SpokenWord, name[j] as SpokenWord));
    }
    // All alike but one word heard by sound: "David Milner" is David Miller, a little less sure.
    if (worst > 0) best = Math.max(best, worst === 1 ? 0.95 : worst * 0.95);
  }
  return best;
}

/**
 * Words a name heard in other characters must not cut into: 陈经理 is not 陈静, and 房间里那个
 * ("that … in the room") is not 李娜.
 */
const TITLE_WORDS =
  /先生|女士|小姐|经理|老师|主管|总监|部长|师傅|同事|总机|前台|客人|住客|房客|房间|[这那哪][个些边里]|里面|一个|一下/g;

/** A name heard in other characters counts only when the sentence is about reaching someone. */
function homophoneInContext(text: Said, matched: readonly Sound[], entry: NameEntry): boolean {
  const name = matched.map((s) => s.text).join("");
  const at = text.compact.indexOf(name);
  for (const title of text.compact.matchAll(TITLE_WORDS)) {
    if (title.index < at + name.length && title.index + title[0].length > at) return false;
  }
  let rest = text.compact.replace(name, "");
  // "研发的卫娜", "注册部的成浩 成功的成": their own department, and a character spelled out.
  for (const said of entry.departmentSaid) rest = rest.replace(said, "");
  rest = rest.replace(SPELLED_OUT_ZH, "");
  return PERSON_CUE.test(rest) || rest.replace(NAME_FILLER, "").length <= 1;
}

/** A character of a name spelled out by a word it begins: "成功的成". */
const SPELLED_OUT_ZH = /([\u3400-\u9fff])[\u3400-\u9fff]的\1/g;

/** The caller's own name ("我是刘洋", "this is Emily Carter") is not who they want. */
const INTRODUCTION_ZH =
  /(?<![帮给替让请])(我是|我叫|本人是|这里是|这边是)(?![找想要来打问需给帮的一个辆])([\u3400-\u9fff]{2,3})/g;
const INTRODUCTION_EN =
  /\b(this is|i am|im|my name is)(?! (?:after|looking|trying|wondering|hoping|here)\b)( mr| mrs| ms| miss| dr)?( [a-z]+){1,2}|(?<!\bis )\b(it|its|it is)( [a-z]+){1,2}(?= (from|here|speaking|calling)\b)/g;

function withoutIntroduction(text: Said): Said {
  const spaced = text.spaced
    .replace(INTRODUCTION_ZH, (_, intro: string) => `${intro} `)
    .replace(INTRODUCTION_EN, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (spaced === text.spaced) return text;
  return { spaced, compact: spaced.replace(/ /g, ""), words: latinWords(spaced) };
}

/** A word or character said twice in a row, which cleaning takes for a stammer. */
const DOUBLED = /\b([a-z]+) \1\b|([\u3400-\u9fff]) ?\2/;

/**
 * Whether what cleaning took out of the words ("hi", "so", a doubled "young") may have been part
 * of someone's name here: then the words are heard again as said.
 */
export function mayBeNamed(dir: Directory, said: Said, cleaned: Said): boolean {
  if (DOUBLED.test(said.spaced)) return true;
  const kept = new Set(cleaned.spaced.split(" "));
  const index = peopleIndex(dir);
  return said.spaced
    .split(" ")
    .some(
      (w) =>
        !kept.has(w) && !hasCjk(w) && readingsHere(index, w).some((r) => index.syllables.has(r)),
    );
}

function inDirectoryOrder(a: NameEntry, b: NameEntry): number {
  return a.order - b.order;
}

export function findPeople(dir: Directory, said: Said): People {
  const index = peopleIndex(dir);
  const words = departmentIndex(dir).words;
  const text = withoutIntroduction(said);
  const heard = hear(text.spaced, index);
  const candidates = candidatesIn(index, heard, text);
  // In directory order, so equals are settled as the directory lists them.
  const staffHeard: NameEntry[] = [];
  for (const e of candidates) if (e.department !== null) staffHeard.push(e);
  staffHeard.sort(inDirectoryOrder);
  const cued = personCued(text, words);
  const spoken = text.words.map(spokenWord);
  const full = staffHeard
    .map((e) => ({ key: e.key, confidence: nameScore(e, text, heard, spoken, words, cued) }))
    .filter((m) => m.confidence > 0)
    .sort((a, b) => b.confidence - a.confidence);
  let staff: Person | null = null;
  let titled: Titled | null = null;
  const [top, next] = full;
  if (top) {
    // Two people who sound alike (张伟, 章威) cannot be told apart on the phone: ask, don't guess.
    staff =
      next && next.confidence >= top.confidence - 0.1
        ? { key: top.key, confidence: 0.5, alternatives: [next.key] }
        : top;
  } else {
    titled = byTitle(index, staffHeard, text, heard, words);
  }
  const guest =
    [...candidates]
      .filter((e) => e.department === null)
      .map((e) => ({ key: e.key, score: nameScore(e, text, heard, spoken, words, cued) }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score)[0]?.key ?? null;
  return { staff, guest, titled };
}

/**
 * A surname with a title or a role ("张先生", "小王", "李会计", "Mr Miller", "the Chen who
 * handles bookings"), or a lone given name ("David"): everyone it may be.
 */
function byTitle(
  index: PeopleIndex,
  heardOf: readonly NameEntry[],
  text: Said,
  heard: Heard,
  words: ReadonlySet<string>,
): Titled | null {
  const found = new Map<string, number>();
  const kinds = new Set<Kind>();
  let titledSurname = false;
  const named = new Set<string>();
  const zh = text.compact;
  const hasRoom = /房间|room/.test(zh);
  const said = text.spaced.split(" ");
  // Where a surname would count, the same for everyone: after a title, or after "the" or before
  // "who", "in" and the like when the word is no everyday one.
  const afterTitle = said.map((_, i) => TITLE_EN.test(said[i - 1] ?? ""));
  const described = said.map(
    (word, i) =>
      (said[i - 1] === "the" || DESCRIBED_EN.test(said[i + 1] ?? "")) &&
      !isEverydayWord(words, word),
  );
  const cued: number[] = [];
  for (let i = 0; i < said.length; i++) if (afterTitle[i] || described[i]) cued.push(i);
  const everywhere = said.map((_, i) => i);
  const saidWords = new Set(said);
  // One word asked for as someone: "is Mark available", "is Grace there".
  const asked = said.map((_, i) => said[i - 1] === "is" && ASKED_AFTER.test(said[i + 1] ?? ""));
  const askedWords = new Set(said.filter((_, i) => asked[i]));
  // English surnames heard only by their sound ("Owens" for "Mr Evans"), and heard as spelled.
  const bySound = new Set<string>();
  let spelledSurname = false;
  const writtenOut = writtenOutBeforeTitle(zh);
  // Those asked for by a given name alone: no one else of their surname is meant.
  const byGiven = new Set<string>();
  for (const e of heardOf) {
    let score = 0;
    // "找一下婷婷", "建华在吗", "is Tingting there": a two-character given name asked for alone.
    if (e.given) {
      const { written, joined } = e.given;
      const spaced = text.spaced;
      for (let at = spaced.indexOf(written); at >= 0; at = spaced.indexOf(written, at + 1)) {
        const before = spaced.slice(Math.max(0, at - 4), at);
        const after = spaced.slice(at + 2, at + 5);
        // Asked for, and the name not the start of a longer word: 建国路 is a road.
        const asks =
          (GIVEN_ASKED_BEFORE_ZH.test(before) && GIVEN_ENDS_ZH.test(after)) ||
          (GIVEN_STARTS_ZH.test(before) && GIVEN_ASKED_AFTER_ZH.test(after));
        if (asks) {
          score = Math.max(score, 0.55);
          byGiven.add(e.key);
          named.add(written);
        }
      }
      for (let i = 0; i < said.length; i++) {
        if (said[i] !== joined) continue;
        const asksFor =
          asked[i] ||
          said[i + 1] === "please" ||
          (/^(to|with|for)$/.test(said[i - 1] ?? "") &&
            /^(speak|talk|looking|asking|through)$/.test(said[i - 2] ?? ""));
        if (asksFor) {
          score = Math.max(score, 0.55);
          byGiven.add(e.key);
          named.add(joined);
        }
      }
    }
    // "技术支持的布朗先生": an English surname written out in characters, with a title.
    const last = e.english[0]?.at(-1);
    if (last && e.department !== null && !hasRoom) {
      const skeletons = englishSkeletons(last);
      for (const w of writtenOut) {
        if (!skeletons.includes(w.skeleton)) continue;
        score = Math.max(score, 0.6);
        titledSurname = true;
        named.add(w.said);
      }
    }
    if (e.surname && hasCjk(e.surname) && !hasRoom) {
      for (let at = zh.indexOf(e.surname); at >= 0; at = zh.indexOf(e.surname, at + 1)) {
        const after = zh.slice(at + 1);
        const title = TITLE_AFTER_ZH.exec(after)?.[1];
        const before = zh[at - 1];
        if (title && (title.length > 1 || !NOT_TITLED.test(after))) {
          score = Math.max(score, 0.55);
          titledSurname = true;
          named.add(e.surname + title);
          for (const k of TITLES_ZH.find(([t]) => t === title)?.[1] ?? []) kinds.add(k);
        } else if (before === "小" || before === "老") {
          score = Math.max(score, 0.55);
          named.add(before + e.surname);
        }
      }
    }
    // Only where a surname would count, unless one of the given names was said.
    const positions =
      e.parts.some((part) => saidWords.has(part)) ||
      e.everydayParts.some((part) => askedWords.has(part))
        ? everywhere
        : cued;
    for (const i of positions) {
      const word = said[i] as string;
      const given = e.parts.includes(word) || (asked[i] === true && e.everydayParts.includes(word));
      // Nothing below counts here: the surname's sound is not worked out.
      if (!afterTitle[i] && !described[i] && !given) continue;
      // Described rather than titled, an English surname is one as spelled: "party on campus" is
      // no Porter, "come in" no Kim.
      const isSurname =
        e.surnameSound !== null &&
        (afterTitle[i] || e.english.length === 0 || word === e.surnameSound) &&
        surnameHeard(word, e, heard);
      if (isSurname && e.english.length > 0) {
        if (word === e.surnameSound) spelledSurname = true;
        else bySound.add(e.key);
      }
      if (isSurname && afterTitle[i]) {
        score = Math.max(score, 0.6);
        titledSurname = true;
        named.add(`${said[i - 1]} ${word}`);
      } else if (isSurname && described[i]) {
        // "the Chen who handles bookings", "Lee in accounts": a surname described.
        score = Math.max(score, 0.55);
        named.add(word);
      }
      // A given name alone ("David").
      if (given && !isSurname) {
        score = Math.max(score, 0.55);
        named.add(word);
      }
    }
    if (score > 0) found.set(e.key, score);
  }
  for (const [role, of] of ROLES_EN) if (role.test(text.spaced)) for (const k of of) kinds.add(k);
  // "Mr Evans" is Richard Evans, not Rebecca Owens, who only sounds like him.
  if (spelledSurname) for (const key of bySound) found.delete(key);
  if (found.size === 0) return null;
  // "张先生" when 章 works here too: both fit, and the caller is asked which.
  const keys = [...found.keys()];
  const one = keys.length === 1 ? heardOf.find((e) => e.key === keys[0]) : undefined;
  const alike =
    one?.surnameSound && hasCjk(zh) && !byGiven.has(one.key)
      ? (index.lookup.surnames.get(one.surnameSound) ?? [])
          .filter((e) => e !== one && e.department !== null && e.surnameSound === one.surnameSound)
          .map((e) => e.key)
      : [];
  const candidates = [...keys, ...alike];
  const confidence = Math.max(...found.values());
  return {
    candidates,
    kinds: [...kinds],
    confidence,
    said: [...named],
    afterTitle: titledSurname,
  };
}

/** A word that is a staff member's surname, spelled or heard: "Chen", "Chan", "Hsu", "Milner". */
function surnameHeard(word: string, e: NameEntry, heard: Heard): boolean {
  const sound = e.surnameSound as string;
  if (word === sound) return true;
  if (e.english.length > 0) return soundsLike(word, sound) > 0;
  return heard.sounds.some((s) => s.text === word && s.readings.includes(sound));
}
