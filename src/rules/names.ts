import { pinyin } from "pinyin-pro";
import { hasCjk } from "./text.ts";

/** Names are compared by toneless pinyin, since speech recognition writes 张伟 as 张维 or 章威. */

/** One spoken unit: a Chinese character (with every way it can be read) or a Latin word. */
export interface Sound {
  readonly text: string;
  readonly readings: readonly string[];
}

const readingsOf = new Map<string, readonly string[]>();

export function charReadings(char: string): readonly string[] {
  let found = readingsOf.get(char);
  if (!found) {
    found = pinyin(char, { toneType: "none", type: "array", multiple: true, v: true });
    readingsOf.set(char, found);
  }
  return found;
}

// Each character's sound is made once and shared: sounds are only read.
const charSounds = new Map<string, Sound>();

function charSound(char: string): Sound {
  let found = charSounds.get(char);
  if (!found) {
    found = { text: char, readings: charReadings(char) };
    charSounds.set(char, found);
  }
  return found;
}

/** The caller's words as sounds: every Chinese character alone, Latin words whole. */
export function sounds(spaced: string): Sound[] {
  const out: Sound[] = [];
  for (const word of spaced.split(" ")) {
    if (word === "") continue;
    if (hasCjk(word)) {
      for (const char of word) out.push(charSound(char));
    } else {
      out.push({ text: word, readings: [word] });
    }
  }
  return out;
}

const surnameReadings = new Map<string, string>();
const givenReadings = new Map<string, string>();

/** How a character is read: as a surname (单 is shan, 曾 is zeng) or in a given name. */
function readingOf(char: string, surname: boolean): string {
  const kept = surname ? surnameReadings : givenReadings;
  let found = kept.get(char);
  if (found === undefined) {
    const mode = surname ? "surname" : "normal";
    found = pinyin(char, { toneType: "none", type: "array", mode, v: true })[0] ?? "";
    kept.set(char, found);
  }
  return found;
}

/**
 * A name as syllables: pinyin (read as a surname where that differs) or English words. Chinese is
 * read a character at a time, each character once: a directory of thousands of names shares a
 * few hundred characters. A two-character surname (欧阳, 司马) reads the same either way.
 */
export function nameSyllables(name: string): string[] {
  const clean = name.normalize("NFKC").toLowerCase();
  if (hasCjk(clean)) {
    const chars = [...clean].filter((c) => hasCjk(c));
    return chars.map((c, i) => readingOf(c, i === 0));
  }
  // "O'Brien" is one word, as a caller's words are read (`prepare` drops the apostrophe).
  return clean
    .replace(/['’‘`´]/g, "")
    .replace(/[^a-z\s]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

/** Where the syllables occur one after another in the sounds, as [start, end), or null. */
export function findSyllables(
  said: readonly Sound[],
  syllables: readonly string[],
): [number, number] | null {
  if (syllables.length === 0) return null;
  outer: for (let i = 0; i + syllables.length <= said.length; i++) {
    for (let j = 0; j < syllables.length; j++) {
      const sound = said[i + j];
      if (!sound?.readings.includes(syllables[j] ?? "")) continue outer;
    }
    return [i, i + syllables.length];
  }
  return null;
}
