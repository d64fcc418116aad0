import { findSyllables, type Sound, sounds } from "../names.ts";
import { hasCjk, remembered, type Said, stem } from "../text.ts";
import type { NameEntry, PeopleIndex } from "./people-types.ts";
import { pinyinReadings, type SpokenWord, soundCodes, wordsSoundAlike } from "./spellings.ts";

/**
 * Names by sound: a caller's words as the syllables of the names here (a recogniser's spellings
 * too), and how well a whole name is heard, as written, by its syllables, with one sound a little
 * off, or as an English name by its sound.
 */

/** The caller's words as sounds, with every reading and every word in them, to rule names out fast. */
export interface Heard {
  sounds: Sound[];
  readings: Set<string>;
  texts: Set<string>;
  /** Latin words read only through another spelling ("jung" as zhang): a little less sure. */
  spelled: Set<string>;
}

export function hear(spaced: string, index: PeopleIndex): Heard {
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

/** The syllables of names here a Latin word may stand for, itself included. */
export function readingsHere(index: PeopleIndex, word: string): readonly string[] {
  const rendered = index.rendered.get(word);
  if (!rendered) return pinyinReadings(word);
  return [...new Set([...pinyinReadings(word), ...rendered])];
}

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

const soundKeysOf = new Map<string, readonly string[]>();

/** A word's sound, and for longer ones the same with one sound left out: "MLNR" meets "MLR". */
export function soundKeys(word: string): readonly string[] {
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

/**
 * A syllable as an English recogniser may mishear it: -n and -ng alike, and a or e before them
 * ("Pang" for peng, "Tin" for ting).
 */
const nearSounds = new Map<string, string>();

function nearSound(syllable: string): string {
  return remembered(nearSounds, syllable, (s) => s.replace(/ng$/, "n").replace(/[ae]n$/, "@n"));
}

export function nearPair(first: string, second: string): string {
  return `${nearSound(first)} ${nearSound(second)}`;
}

/**
 * Words around an English rendering of a name that show a person is asked for ("sue may in finance
 * please"): then a name heard as everyday words ("sue", "may") is still the name.
 */
const PERSON_CUE_EN =
  /\b(please|speak|talk|connect|put me through|transfer|looking for|get me|extension|ext|is [a-z]+ [a-z]+ (there|in|available))\b/;

export function personCued(text: Said, words: ReadonlySet<string>): boolean {
  if (PERSON_CUE_EN.test(text.spaced)) return true;
  // "… in finance", "… from IT": a department's word after "in" or "from".
  const said = text.spaced.split(" ");
  // The directory's words are stemmed ("market"), and so the word heard is too ("marketing").
  return said.some((w, i) => (w === "in" || w === "from") && words.has(stem(said[i + 1] ?? "")));
}

/** How well one name entry matches: 0 for not at all. */
export function nameScore(
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

/** What `wordsSoundAlike` gives a word of the same sound, above one a sound away. */
const SAME_SOUND = 0.85;

/** An English name said whole, each word as spelled, by a short form or by its sound. */
function englishScore(name: readonly SpokenWord[], said: readonly SpokenWord[]): number {
  if (name.length < 2) return 0;
  let best = 0;
  for (let i = 0; i + name.length <= said.length; i++) {
    let worst = 1;
    let closest = 0;
    for (let j = 0; j < name.length && worst > 0; j++) {
      const alike = wordsSoundAlike(said[i + j] as SpokenWord, name[j] as SpokenWord);
      worst = Math.min(worst, alike);
      closest = Math.max(closest, alike);
    }
    // Every word a sound away from the name's is everyday speech: "sandwich and" is no Cindy Wong.
    if (closest < SAME_SOUND) continue;
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
  // "你好" is a greeting, never 倪昊 misheard.
  if (EVERYDAY_SAID.has(name)) return false;
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

/** What callers say in every call, whoever they ask for: read as words, never as a name by sound. */
const EVERYDAY_SAID = new Set(
  "你好 您好 喂喂 谢谢 多谢 好的 好吧 是的 对的 对对 没事 没有 不是 不用 可以 知道 请问 麻烦 那个 这个 一下 现在 刚才 今天 明天 昨天 上午 下午 晚上 早上".split(
    " ",
  ),
);

/** A character of a name spelled out by a word it begins: "成功的成". */
const SPELLED_OUT_ZH = /([\u3400-\u9fff])[\u3400-\u9fff]的\1/g;

/** Words around a name that show the caller is asking for that person. */
const PERSON_CUE =
  /找|转|接|请|叫|给|联系|打给|打到|在吗|在不在|先生|女士|小姐|经理|总|老师|主管|电话|分机|办公室|同事|客人|住客|房客|房间/;
const NAME_FILLER = /喂|你好|您好|请问|麻烦|嗯|啊|呃|那个|我|吗|的|呢|吧/g;
