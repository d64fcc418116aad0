import { nameSyllables, sounds } from "./names.ts";
import { hasCjk } from "./text.ts";

/**
 * Where a text says one of a few names (the guests'): in characters, in characters that sound the
 * same (刘阳 for 刘洋, as speech recognition writes them), in pinyin or English in either order,
 * spaced, joined or with tone marks, and a family name after a title ("刘先生", "Ms Carter").
 */

/** One name, in the forms it is looked for. */
export interface NameForms {
  /** Syllables of a Chinese name (pinyin), in order; empty for a name in Latin letters. */
  syllables: readonly string[];
  /** The name in letters, run together in either order: "liuyang", "yangliu", "emilycarter". */
  joined: readonly string[];
  /** The word for the family name, as said after "Mr" or before "先生". */
  surname: string;
  /** How many words a romanised form can take at most. */
  words: number;
}

export function nameForms(name: string): NameForms {
  const parts = nameSyllables(name).map(plain);
  const chinese = hasCjk(name);
  // A Chinese name is said family name first, an English one last; callers use either order.
  const surname = (chinese ? parts[0] : parts.at(-1)) ?? "";
  const rest = chinese ? parts.slice(1) : parts.slice(0, -1);
  return {
    syllables: chinese ? parts : [],
    joined: [
      ...new Set([parts.join(""), [...rest, surname].join(""), [surname, ...rest].join("")]),
    ],
    surname,
    words: parts.length,
  };
}

/** Where the text says any of the names, as [start, end) spans. */
export function findNames(text: string, names: readonly NameForms[]): [number, number][] {
  if (names.length === 0) return [];
  const heard = hear(text);
  return names.flatMap((name) => nameSpans(text, heard, name));
}

const TITLES_ZH = /^\s*(先生|女士|小姐|太太|夫人)/;
const TITLES_EN = /\b(mr|mrs|ms|miss|mister|madam|madame|dr)\.?\s*$/i;
/**
 * A word of letters, accents included ("Liú"), and an apostrophe inside it ("O'Brien"); not a
 * possessive or a contraction ("Zhao Min's", "he'll"), which leave the name a word of its own.
 */
const WORD =
  /[\p{Script=Latin}\p{M}]+(?:['’](?!(?:s|d|t|ll|re|ve|m)(?![\p{Script=Latin}\p{M}]))[\p{Script=Latin}\p{M}]+)*/gu;

function plain(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}|['’]/gu, "")
    .toLowerCase()
    .replace(/ü/g, "v");
}

/** A text read once for names: its Latin words, and its characters with how each can be read. */
interface Heard {
  words: { start: number; end: number; key: string }[];
  chars: { at: number; char: string; readings: readonly string[] }[];
}

function hear(text: string): Heard {
  const words = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    key: plain(m[0]),
  }));
  // Spaces between characters ("刘 洋") don't part a name; anything else does.
  const chars: Heard["chars"] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (char.trim() === "") continue;
    chars.push({ at, char, readings: hasCjk(char) ? readingsOf(char) : NO_READINGS });
  }
  return { words, chars };
}

function nameSpans(text: string, heard: Heard, name: NameForms): [number, number][] {
  const spans: [number, number][] = [];
  const mask = (start: number, end: number) => spans.push([start, end]);
  if (name.syllables.length > 0) hanziSpans(text, heard, name, mask);
  const { words } = heard;
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let j = i; j < words.length && j < i + name.words; j++) {
      const word = words[j];
      if (!word) break;
      if (j > i && !/^[\s\-.·'’,]{1,3}$/.test(text.slice(words[j - 1]?.end, word.start))) break;
      joined += word.key;
      if (name.joined.includes(joined)) mask(words[i]?.start ?? 0, word.end);
    }
    const word = words[i];
    // "Mr Liu", "Ms. Carter": the family name alone, after a title.
    if (word && word.key === name.surname && TITLES_EN.test(text.slice(0, word.start))) {
      mask(word.start, word.end);
    }
  }
  return spans;
}

/** The name in Chinese characters, or in characters that sound the same (刘阳 for 刘洋). */
function hanziSpans(
  text: string,
  { chars }: Heard,
  name: NameForms,
  mask: (s: number, e: number) => void,
) {
  const reads = (i: number, syllable: string | undefined) =>
    chars[i]?.readings.includes(syllable ?? "") ?? false;
  for (let i = 0; i < chars.length; i++) {
    if (!reads(i, name.syllables[0])) continue;
    const first = chars[i];
    if (!first) continue;
    let n = 1;
    while (n < name.syllables.length && reads(i + n, name.syllables[n])) n++;
    const last = chars[i + n - 1];
    if (n === name.syllables.length && last) mask(first.at, last.at + last.char.length);
    else if (TITLES_ZH.test(text.slice(first.at + first.char.length))) {
      mask(first.at, first.at + first.char.length);
    }
  }
}

const readings = new Map<string, readonly string[]>();
const NO_READINGS: readonly string[] = [];

function readingsOf(char: string): readonly string[] {
  let found = readings.get(char);
  if (!found) {
    found = sounds(char)[0]?.readings ?? [];
    // Bounded: a directory's and its callers' characters, a few thousand at most.
    if (readings.size < 20_000) readings.set(char, found);
  }
  return found;
}
