import { doubleMetaphone } from "double-metaphone";
import { remembered } from "../text.ts";

/**
 * Names as an English speech recogniser writes them: Chinese names in Wade–Giles, Cantonese or
 * plain English spellings ("Chang", "Hsu", "Lee Nah", "Jung Wei"), English names heard a little
 * wrong ("Milner" for Miller) and by their short forms ("Mike").
 */

/** Spellings of syllables that no rule derives: Cantonese, English words, the recogniser's. */
const SPELLED = wordMap({
  lee: ["li"],
  lea: ["li"],
  leigh: ["li"],
  nah: ["na"],
  nar: ["na"],
  wai: ["wei"],
  way: ["wei"],
  wey: ["wei"],
  whey: ["wei"],
  jung: ["zhang", "zhong", "rong"],
  chung: ["zhong", "zhang", "chong"],
  cheung: ["zhang"],
  jang: ["zhang"],
  chang: ["zhang", "chang"],
  wong: ["wang", "huang"],
  hwang: ["huang"],
  hsu: ["xu"],
  shoe: ["xu"],
  sue: ["xu", "su"],
  shu: ["xu", "shu"],
  soo: ["su"],
  woo: ["wu"],
  ng: ["wu"],
  young: ["yang"],
  yeung: ["yang"],
  leo: ["liu"],
  lew: ["liu"],
  lau: ["liu"],
  lieu: ["liu"],
  low: ["luo"],
  lo: ["luo"],
  law: ["luo"],
  chan: ["chen"],
  chin: ["chen", "qin"],
  ho: ["he", "hao"],
  hoe: ["he"],
  how: ["hao"],
  mah: ["ma"],
  soon: ["sun"],
  joe: ["zhou"],
  jo: ["zhou"],
  chou: ["zhou"],
  chow: ["zhou", "zhao"],
  chao: ["zhao", "chao"],
  jow: ["zhou"],
  tsai: ["cai"],
  choi: ["cai"],
  kwok: ["guo"],
  kuo: ["guo"],
  tse: ["xie"],
  hsieh: ["xie"],
  shieh: ["xie"],
  shay: ["xie"],
  shea: ["xie"],
  tsang: ["zeng"],
  teng: ["deng"],
  lynn: ["lin"],
  lin: ["lin"],
  lim: ["lin"],
  ong: ["wang"],
  yip: ["ye"],
  yap: ["ye"],
  lay: ["lei", "lai"],
  lei: ["lei"],
  shao: ["xiao", "shao"],
  hsiao: ["xiao"],
  sean: ["xian"],
  shin: ["xin"],
  gin: ["jin"],
  jean: ["jin"],
  jay: ["jie"],
  may: ["mei"],
  fong: ["fang"],
  hung: ["hong"],
  kang: ["gang", "kang"],
  tao: ["tao"],
  tow: ["tao"],
  ming: ["ming"],
  ping: ["ping", "bing"],
  bing: ["bing"],
  ting: ["ting"],
  ching: ["jing", "qing"],
  jing: ["jing"],
  chi: ["qi", "zhi"],
  chee: ["qi"],
  yee: ["yi"],
  ee: ["yi"],
  her: ["he"],
  huh: ["he"],
  kai: ["kai"],
  guy: ["gai"],
  jun: ["jun"],
  june: ["jun"],
  chun: ["chun", "jun"],
  fun: ["fen"],
  fen: ["fen"],
  zoo: ["zhu"],
  chew: ["zhu", "qiu"],
  chu: ["zhu", "chu"],
  ju: ["zhu"],
  jew: ["zhu"],
  yew: ["you"],
  yo: ["you"],
  lou: ["lou"],
  // Syllables as an English recogniser hears them, written as the English words they sound like.
  hi: ["hai"],
  high: ["hai"],
  hai: ["hai"],
  yen: ["yan"],
  yan: ["yan"],
  jen: ["ren", "zhen"],
  tsui: ["cui"],
  choy: ["cai"],
  she: ["xi"],
  see: ["xi"],
  sea: ["xi"],
  tea: ["ti"],
  tee: ["ti"],
  knee: ["ni"],
  nee: ["ni"],
  me: ["mi"],
  bee: ["bi"],
  pea: ["pi"],
  dee: ["di"],
  gee: ["ji"],
  jee: ["ji"],
  shoo: ["shu"],
  who: ["hu"],
  hoo: ["hu"],
  moo: ["mu"],
  loo: ["lu"],
  due: ["du"],
  dew: ["du"],
  new: ["niu"],
  bow: ["bao"],
  cow: ["cao", "kao"],
  now: ["nao"],
  sow: ["sao"],
  mow: ["mao"],
  buy: ["bai"],
  by: ["bai"],
  bye: ["bai"],
  die: ["dai"],
  dye: ["dai"],
  tie: ["tai"],
  thai: ["tai"],
  lie: ["lai"],
  my: ["mai"],
  pie: ["pai"],
  sigh: ["sai"],
  shy: ["shai"],
  why: ["wei", "wai"],
  bay: ["bei"],
  fay: ["fei"],
  nay: ["nei"],
  pay: ["pei"],
  sung: ["song"],
  lung: ["long"],
  tongue: ["tong"],
  dung: ["dong"],
  yung: ["yong"],
  sin: ["xin"],
  sing: ["xing"],
  wing: ["ying"],
  poe: ["po"],
  moe: ["mo"],
  doe: ["duo"],
  toe: ["tuo"],
  go: ["guo", "ge"],
  so: ["suo"],
  no: ["nuo"],
  show: ["shou"],
  when: ["wen"],
  wren: ["ren"],
  den: ["deng"],
});

/** Words to what they stand for, in a Map: a caller's "constructor" is no key of an object's. */
function wordMap(entries: Record<string, string[]>): ReadonlyMap<string, readonly string[]> {
  return new Map(Object.entries(entries));
}

/** Wade–Giles and other romanisations, initial by initial, as pinyin could read them. */
const INITIALS: [RegExp, string[]][] = [
  [/^hs/, ["x"]],
  [/^ch/, ["zh", "ch", "q", "j"]],
  [/^tz|^ts/, ["z", "c"]],
  [/^sh/, ["sh", "x"]],
  [/^j/, ["zh", "j", "r"]],
  [/^k/, ["g", "k"]],
  [/^p/, ["b", "p"]],
  [/^t/, ["d", "t"]],
];

const FINALS: [RegExp, string[]][] = [
  [/ung$/, ["ong", "ang"]],
  [/ieh$/, ["ie"]],
  [/ih$/, ["i"]],
  [/ien$/, ["ian"]],
  [/ee$/, ["i"]],
  [/oo$/, ["u"]],
  [/ow$/, ["ao", "ou"]],
  [/ay$/, ["ei", "ai"]],
  [/ey$/, ["ei"]],
  [/ah$/, ["a"]],
  [/oon$/, ["un"]],
  [/ynn?$/, ["in"]],
  [/o$/, ["uo", "ou", "o"]],
];

const readingsOf = new Map<string, readonly string[]>();

/** The pinyin syllables an English-looking word may stand for, itself included. */
export function pinyinReadings(word: string): readonly string[] {
  return remembered(readingsOf, word, readingsAfresh);
}

function readingsAfresh(word: string): string[] {
  const out = new Set<string>([word, ...(SPELLED.get(word) ?? [])]);
  for (const [initial, to] of INITIALS) {
    if (!initial.test(word)) continue;
    for (const i of to) out.add(word.replace(initial, i));
  }
  for (const base of [...out]) {
    for (const [final, to] of FINALS) {
      if (!final.test(base)) continue;
      for (const f of to) out.add(base.replace(final, f));
    }
  }
  return [...out];
}

/**
 * How an English recogniser may write a pinyin syllable, from its initial and its final: pinyin
 * read aloud and written back as English sounds ("Shway" for xue, "Joe" for zhou, "Tsai" for
 * cai), or in Wade–Giles ("Hsueh", "Chih", "Ssu") and Yale. Built sound by sound, so a name no
 * table lists is heard as well as one it does.
 */
const INITIAL_SOUNDS: Record<string, string[]> = {
  b: ["b", "p"],
  p: ["p"],
  m: ["m"],
  f: ["f"],
  d: ["d", "t"],
  t: ["t"],
  n: ["n"],
  l: ["l"],
  g: ["g", "k"],
  k: ["k"],
  h: ["h"],
  j: ["j", "ch", "g"],
  q: ["ch", "q", "tch"],
  x: ["x", "sh", "hs", "s"],
  zh: ["zh", "j", "ch"],
  ch: ["ch"],
  sh: ["sh"],
  r: ["r", "j"],
  z: ["z", "ts", "tz", "dz"],
  c: ["c", "ts", "tz"],
  s: ["s"],
  y: ["y"],
  w: ["w"],
  "": [""],
};

const FINAL_SOUNDS: Record<string, string[]> = {
  a: ["a", "ah"],
  o: ["o", "oh", "aw"],
  e: ["e", "uh", "er", "eh"],
  ai: ["ai", "i", "y", "ie", "ye", "igh"],
  ei: ["ei", "ay", "ey", "eigh"],
  ao: ["ao", "ow", "au"],
  ou: ["ou", "o", "oh", "oe", "ow"],
  an: ["an", "ahn"],
  en: ["en", "un"],
  ang: ["ang", "ong"],
  eng: ["eng", "ung"],
  ong: ["ong", "ung", "oong"],
  er: ["er", "ar"],
  i: ["i", "ee", "ea", "y"],
  ia: ["ia", "ya"],
  ie: ["ie", "ieh", "yeh", "ye"],
  iao: ["iao", "yao", "iow", "yow", "eow"],
  iu: ["iu", "yu", "ew", "eo", "yo", "ieu"],
  ian: ["ian", "ien", "yen", "ean"],
  in: ["in", "een", "ean", "yn", "inn"],
  iang: ["iang", "yang", "eang"],
  ing: ["ing", "eeng"],
  iong: ["iong", "yung", "iung", "ung"],
  u: ["u", "oo", "ou", "ew"],
  ua: ["ua", "wa", "wah"],
  uo: ["uo", "o", "wo", "aw", "oh"],
  uai: ["uai", "wai", "why", "wy"],
  ui: ["ui", "uei", "way", "wei", "wey", "uay"],
  uan: ["uan", "wan", "won"],
  un: ["un", "oon", "wun", "uen"],
  uang: ["uang", "wang", "wong"],
  // ü, written u after j, q, x and y, and v after l and n.
  v: ["u", "yu", "ew", "ue"],
  ve: ["ue", "ueh", "we", "weh", "way", "wey", "ueh"],
  van: ["uan", "wan", "wen", "uen", "yuan", "yuen"],
  vn: ["un", "yun", "in", "oon"],
  // The i after z, c and s (Wade–Giles "tzu", "ssu"; Yale "dz", "sz"), and after zh, ch, sh and r
  // ("chih", "shih"; Yale "jr", "shr").
  zi: ["i", "u", "uh", "z", "zu"],
  zhi: ["i", "ih", "r", "er", "ur"],
};

const SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)([aeiouv][a-z]*)$/;

export function renderings(syllable: string): readonly string[] {
  const parts = SYLLABLE.exec(syllable);
  if (!parts) return [];
  const initial = parts[1] ?? "";
  let final = parts[2] ?? "";
  // u after j, q, x and y is ü: "xue" is x and üe.
  if (/^[jqxy]$/.test(initial) && final.startsWith("u")) final = `v${final.slice(1)}`;
  if (final === "i" && /^(z|c|s)$/.test(initial)) final = "zi";
  if (final === "i" && /^(zh|ch|sh|r)$/.test(initial)) final = "zhi";
  // After y the i is in the initial already: "yan" sounds "yen", "you" sounds "yo".
  if (initial === "y" && final === "an") final = "ian";
  if (initial === "y" && final === "e") final = "ie";
  const starts = INITIAL_SOUNDS[initial];
  const ends = FINAL_SOUNDS[final];
  if (!starts || !ends) return [];
  const out = new Set<string>();
  for (const start of starts) {
    for (let end of ends) {
      // "yieh" is "yeh": y before a final that starts with its own i or y sound.
      if (initial === "y") end = end.replace(/^[iy](?=[a-z])/, "");
      if (initial === "w") end = end.replace(/^[uw](?=[a-z])/, "");
      out.add(start + end);
    }
  }
  return [...out].filter((r) => r.length >= 2 && !/^(.)\1$/.test(r));
}

/** Short forms of English given names, as callers say them. */
const SHORT_FORMS = wordMap({
  mike: ["michael"],
  mick: ["michael"],
  dave: ["david"],
  bob: ["robert"],
  rob: ["robert"],
  robbie: ["robert"],
  bill: ["william"],
  will: ["william"],
  jim: ["james"],
  jimmy: ["james"],
  tom: ["thomas"],
  tommy: ["thomas"],
  liz: ["elizabeth"],
  beth: ["elizabeth"],
  kate: ["katherine", "catherine", "kathryn"],
  katie: ["katherine", "catherine"],
  jen: ["jennifer"],
  jenny: ["jennifer"],
  chris: ["christopher", "christina", "christine"],
  sam: ["samuel", "samantha"],
  alex: ["alexander", "alexandra"],
  dan: ["daniel"],
  danny: ["daniel"],
  matt: ["matthew"],
  nick: ["nicholas"],
  steve: ["steven", "stephen"],
  tony: ["anthony"],
  andy: ["andrew"],
  ben: ["benjamin"],
  joe: ["joseph"],
  sue: ["susan"],
  ed: ["edward"],
  pete: ["peter"],
  rick: ["richard"],
  rich: ["richard"],
  sara: ["sarah"],
  jon: ["jonathan", "john"],
  johnny: ["john"],
  becky: ["rebecca"],
  vicky: ["victoria"],
  nat: ["natalie", "nathan"],
  greg: ["gregory"],
  ken: ["kenneth"],
  larry: ["lawrence"],
  abby: ["abigail"],
  maggie: ["margaret"],
  meg: ["margaret"],
  pat: ["patrick", "patricia"],
});

/** The two Double Metaphone codes of a word. */
const codesOf = new Map<string, readonly [string, string]>();

export function soundCodes(word: string): readonly [string, string] {
  return remembered(codesOf, word, (w) => doubleMetaphone(w) as [string, string]);
}

/**
 * How well a word heard stands for one part of an English name: 1 spelled alike, 0.9 a short
 * form of it, 0.85 sounding alike, 0.8 sounding nearly alike ("Milner", "Miller"); else 0.
 */
export function soundsLike(heard: string, part: string): number {
  return wordsSoundAlike(spokenWord(heard), spokenWord(part));
}

/** A word as `soundsLike` compares it, worked out once: a turn compares each word with many names. */
export interface SpokenWord {
  text: string;
  codes: readonly [string, string];
  /** The full names it is a short form of ("mike": michael). */
  short: readonly string[] | undefined;
}

const spokenWords = new Map<string, SpokenWord>();

export function spokenWord(word: string): SpokenWord {
  return remembered(spokenWords, word, (w) => ({
    text: w,
    codes: soundCodes(w),
    short: SHORT_FORMS.get(w),
  }));
}

/** `soundsLike`, of words already worked out. */
export function wordsSoundAlike(heard: SpokenWord, part: SpokenWord): number {
  if (heard.text === part.text) return 1;
  if (heard.short?.includes(part.text)) return 0.9;
  if (heard.text.length < 3 || part.text.length < 3) return 0;
  const [a1, a2] = heard.codes;
  const [b1, b2] = part.codes;
  if (a1[0] !== b1[0]) return 0;
  if (a1 === b1 || a1 === b2 || a2 === b1) return 0.85;
  if (Math.min(a1.length, b1.length) >= 3 && oneEditApart(a1, b1)) return 0.8;
  return 0;
}

/** True when one insertion, deletion or substitution turns one into the other. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * English surnames as Chinese writes them out in characters (布朗 Brown, 米勒 Miller, 卡特
 * Carter, 埃文斯 Evans): compared by their consonants, in classes Chinese does not keep apart
 * (b and p, l and r, m and n, the hissing sounds), with the r Chinese drops before a consonant
 * and at the end left out.
 */
const CONSONANT_CLASS: Record<string, string> = {
  b: "p",
  p: "p",
  d: "t",
  t: "t",
  g: "k",
  k: "k",
  c: "k",
  q: "k",
  f: "f",
  v: "f",
  w: "f",
  l: "l",
  r: "l",
  m: "n",
  n: "n",
  s: "s",
  z: "s",
  x: "s",
  j: "s",
};

/**
 * An English surname's consonants, each way "th" may be written out ("汤" Thompson, "史密斯"
 * Smith), and a last r kept as well as dropped ("贝克尔" Becker).
 */
export function englishSkeletons(word: string): string[] {
  const w = word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/th/g, "0")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/(tch|sh|ch)/g, "s")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/gh/g, "")
    .replace(/w(?![aeiouy])/g, "")
    .replace(/[hy]/g, "");
  const out = new Set<string>();
  for (const th of ["t", "s"]) {
    for (const lastR of [false, true]) {
      const spelled = w
        .replace(/0/g, th)
        .replace(lastR ? /r(?=[^aeiouy])/g : /r(?=[^aeiouy]|e?$)/g, "");
      let skeleton = "";
      for (const ch of spelled) {
        const c = CONSONANT_CLASS[ch];
        if (c && !skeleton.endsWith(c)) skeleton += c;
      }
      if (skeleton.length >= 2) out.add(skeleton);
    }
  }
  return [...out];
}

const PINYIN_INITIAL_CLASS: [RegExp, string][] = [
  [/^(zh|ch|sh|j|q|x|z|c|s)/, "s"],
  [/^[bp]/, "p"],
  [/^[dt]/, "t"],
  [/^[gk]/, "k"],
  [/^[fw]/, "f"],
  [/^[lr]/, "l"],
  [/^[mn]/, "n"],
];

/** The consonants of syllables written out in characters: 布朗 (bu lang) as "pln". */
export function pinyinSkeleton(syllables: readonly string[]): string {
  let skeleton = "";
  const add = (c: string) => {
    if (!skeleton.endsWith(c)) skeleton += c;
  };
  for (const s of syllables) {
    // 尔 (er) writes an English l or r.
    if (s === "er") add("l");
    for (const [initial, c] of PINYIN_INITIAL_CLASS) {
      if (initial.test(s)) {
        add(c);
        break;
      }
    }
    if (/n$|ng$/.test(s) && s !== "n") add("n");
  }
  return skeleton;
}
