import { nameSyllables } from "../names.ts";
import { hasCjk, type Said } from "../text.ts";
import { askedAlone, givenNameAsked } from "./given-names.ts";
import type { Kind } from "./kinds.ts";
import { type Heard, isEverydayWord } from "./name-sounds.ts";
import type { NameEntry, PeopleIndex } from "./people-types.ts";
import { englishSkeletons, pinyinSkeleton, soundsLike } from "./spellings.ts";

/** A surname with a title or a role ("李姐", "陈会计", "Mr Miller"), and the department a role implies. */

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
export const TITLE_AFTER_ZH = new RegExp(
  `^(${TITLES_ZH.map(([t]) => t)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);
/** The characters a title begins with: only after one of them is a title looked for. */
export const TITLE_STARTS = new Set(TITLES_ZH.map(([t]) => t.charCodeAt(0)));
/** Everyday words made of a surname and a title-like character: 高工 is not "Gao the engineer". */
const NOT_TITLED = /^(工作|工资|工程|工厂|工单|总是|总共|总部|总机|总台|总经|总结|总额|姐妹)/;

/** Titles before a surname, and the roles Chinese callers put there in English ("Lawyer Wang", 王律师). */
export const TITLE_EN =
  /^(mr|mister|mrs|ms|miss|dr|doctor|madam|professor|lawyer|attorney|teacher|manager|director|engineer|president|chairman|secretary|accountant|coach|nurse)$/;
/** English role words, with the kind of department each belongs to. */
const ROLES_EN: [RegExp, Kind[]][] = [
  [/\b(accountant|bookkeeper|cashier)\b/, ["finance"]],
  [/\b(lawyer|counsel|attorney)\b/, ["legal"]],
  [/\b(recruiter)\b/, ["hr"]],
  [/\b(secretary|assistant to)\b/, ["executive"]],
  [/\b(buyer)\b/, ["purchasing"]],
];

/** After a surname, words that say "the one who…": "the Chen who handles bookings", "Lee in accounts". */
export const DESCRIBED_EN = /^(who|that|from|in|at|of|on|with)$/;

/**
 * Characters Chinese writes foreign names out in (布朗, 米勒, 埃文斯, 汤普森), and the commonest
 * Chinese surnames among them: two characters that begin with one of those are a Chinese name.
 */
const WRITTEN_OUT_ZH =
  /[阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁杜敦多厄恩尔法范菲芬费弗福富盖冈高戈哥格根古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利丽莉林琳伦罗洛马玛迈麦曼梅蒙米密摩莫默姆穆纳娜奈南内妮尼纽努诺欧帕潘佩彭皮珀普奇乔琼萨塞赛桑森瑟沙莎尚舍施史斯松苏索塔泰坦汤唐陶特提汀廷图托瓦万威韦维温文沃乌伍西希锡谢辛休雅亚扬耶伊因英尤约詹兹朱卓佐逊丝露茨鲁卢哲芙黛琪]{2,4}$/;
const COMMON_SURNAMES_ZH = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
);

/** A room or bed number just before a surname: "3号楼302张阿姨", "303床的老陈". */
const ROOM_BEFORE = /\d(号)?(房|床|室|房间)?(的)?(老|小)?$/;

/** Characters before a title that may write out an English surname, with its consonants. */
export function writtenOutBeforeTitle(zh: string): { said: string; skeleton: string }[] {
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

/**
 * A surname with a title or a role ("张先生", "小王", "李会计", "Mr Miller", "the Chen who
 * handles bookings"), or a lone given name ("David"): everyone it may be.
 */
export function byTitle(
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
  const asked = askedAlone(said);
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
    const givenSaid = e.given ? givenNameAsked(e.given, text.spaced, said, asked) : [];
    if (givenSaid.length > 0) {
      score = Math.max(score, 0.55);
      byGiven.add(e.key);
      for (const w of givenSaid) named.add(w);
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
        // "302张阿姨", "303床老陈": someone known by their room or bed, a resident, not staff.
        if (ROOM_BEFORE.test(zh.slice(Math.max(0, at - 6), at))) continue;
        const after = zh.slice(at + e.surname.length);
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
