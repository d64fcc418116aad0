import type { Sound } from "../names.ts";
import type { SpokenWord } from "./spellings.ts";

/**
 * The shapes of the people index (`people-index.ts` builds it): apart from it, so the modules
 * that read names (`name-sounds.ts`, `titles.ts`) and the one that files them don't import each
 * other in a circle.
 */

/** One way a name is said, as syllables: also backwards and run together ("zhangwei"). */
export interface NameSound {
  syllables: string[];
  reversed: string[];
  joined: string;
  /** Whether it is a Chinese name (or its pinyin): only then may characters be heard as it. */
  chinese: boolean;
}

export interface NameEntry {
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

export interface PeopleIndex {
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

export interface NameLookup {
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
