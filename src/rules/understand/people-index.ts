import type { Directory } from "../directory.ts";
import { nameSyllables, type Sound } from "../names.ts";
import { perDirectory } from "../per-directory.ts";
import { hasCjk, type Said } from "../text.ts";
import { departmentIndex } from "./departments.ts";
import { ENDING_ZH } from "./kinds-of.ts";
import { type Heard, isEverydayWord, nearPair, readingsHere, soundKeys } from "./name-sounds.ts";
import type { NameEntry, NameLookup, PeopleIndex } from "./people-types.ts";
import { englishSkeletons, renderings, spokenWord } from "./spellings.ts";
import {
  DESCRIBED_EN,
  TITLE_AFTER_ZH,
  TITLE_EN,
  TITLE_STARTS,
  writtenOutBeforeTitle,
} from "./titles.ts";

export type { NameEntry, PeopleIndex } from "./people-types.ts";

/**
 * The names of a directory's staff and visible guests, filed under each way a caller may say
 * them, so a turn scores only the few it may be about.
 */

export const peopleIndex: (dir: Directory) => PeopleIndex = perDirectory(buildIndex);

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
    const surname = zhName ? zhName.slice(0, COMPOUND_SURNAMES.test(zhName) ? 2 : 1) : lastEnglish;
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
  // Hidden guests are left out on purpose: their name is heard as any stranger's is.
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

/** The department of a member of staff, by key (as `findStaff` finds it), without a search. */
export function staffDepartment(dir: Directory, key: string): string | undefined {
  return peopleIndex(dir).departments.get(key);
}

/** The entries a turn may be about: looked up by what was heard, never all of them. */
export function candidatesIn(index: PeopleIndex, heard: Heard, text: Said): Set<NameEntry> {
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
      if (i > 0) addAll(found, lookup.surnames.get(zh.slice(i - 1, i + 1)));
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

/** Surnames of two characters: "欧阳经理" is 欧阳琴, not someone surnamed 阳. */
const COMPOUND_SURNAMES =
  /^(欧阳|司马|上官|诸葛|东方|皇甫|慕容|令狐|司徒|夏侯|长孙|尉迟|公孙|宇文|端木|独孤|南宫|西门|轩辕|申屠|澹台|太史|万俟|闻人|呼延)/;

const XIAO = "小".charCodeAt(0);
const LAO = "老".charCodeAt(0);

function addAll(found: Set<NameEntry>, entries: readonly NameEntry[] | undefined): void {
  if (entries) for (const e of entries) found.add(e);
}
