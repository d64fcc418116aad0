import type { Directory } from "./directory.ts";
import { nameSyllables, sounds } from "./names.ts";
import { hasCjk } from "./text.ts";

/**
 * What leaves for a language model, with everything private masked: numbers of three digits or
 * more however they are written or said (so every phone number and room), the few shorter
 * numbers that are a room, and every guest's name in characters, sound-alike characters and
 * romanised forms. The one way text is made safe for a model: understanding, questions,
 * summaries and transcription prompts alike.
 */

export const NUMBER_MASK = "[number]";
export const NAME_MASK = "[name]";

/** The private things of one directory that only a pattern can't know. */
export interface Private {
  /** Private numbers of one or two digits (a room "12"), masked however short. */
  shortNumbers: ReadonlySet<string>;
  names: readonly PrivateName[];
}

interface PrivateName {
  /** Syllables of a Chinese name (pinyin), in order; empty for a name in Latin letters. */
  syllables: readonly string[];
  /** The name in letters, run together in either order: "liuyang", "yangliu", "emilycarter". */
  joined: readonly string[];
  /** The word for the family name, as said after "Mr" or before "先生". */
  surname: string;
  /** How many words a romanised form can take at most. */
  words: number;
}

const privates = new WeakMap<Directory, Private>();

/** A directory's private things, gathered once per directory. */
export function privateOf(dir: Directory): Private {
  let found = privates.get(dir);
  if (!found) {
    const short = new Set<string>();
    for (const g of dir.guests) {
      if (g.room.length < 3) short.add(g.room).add(String(Number(g.room)));
    }
    found = { shortNumbers: short, names: dir.guests.map((g) => privateName(g.name)) };
    privates.set(dir, found);
  }
  return found;
}

function privateName(name: string): PrivateName {
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

/** The text a model may see: private things masked, spaces tidied. */
export function redact(text: string, priv: Private): string {
  const normal = text.normalize("NFKC");
  const spans: Span[] = [];
  for (const run of numberRuns(normal)) {
    if (run.digits.length >= 3 || priv.shortNumbers.has(run.digits)) {
      spans.push({ start: run.start, end: run.end, mask: NUMBER_MASK });
    }
  }
  if (priv.names.length > 0) {
    const heard = hear(normal);
    for (const name of priv.names) spans.push(...nameSpans(normal, heard, name));
  }
  return masked(normal, spans).replace(/\s+/g, " ").trim();
}

/**
 * Numbers of three digits or more, in any form, replaced by `mask`: for text shown to staff,
 * which otherwise stays as it was written (full-width punctuation and all).
 */
export function maskNumbers(text: string, mask: string): string {
  const spans = numberRuns(text)
    .filter((run) => run.digits.length >= 3)
    .map((run) => ({ ...run, mask }));
  return masked(text, spans);
}

interface Span {
  start: number;
  end: number;
  mask: string;
}

/** The text with each span replaced by its mask; overlapping spans become one. */
function masked(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    if (span.start >= at) out += text.slice(at, span.start) + span.mask;
    at = span.end;
  }
  return out + text.slice(at);
}

// ---------------------------------------------------------------- numbers, however said

/** A number in a text: where it is, and its digits as one string ("twelve oh eight": 1208). */
export interface NumberRun {
  start: number;
  end: number;
  digits: string;
}

/** One piece of a number: digits or Chinese numerals (together), or one English word. */
interface Atom {
  start: number;
  end: number;
  text: string;
  latin: boolean;
}

const ZH_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  幺: 1,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };

const EN_DIGIT: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  nought: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const EN_TEEN: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const EN_WORDS = new Set([
  ...Object.keys(EN_DIGIT),
  ...Object.keys(EN_TEEN),
  ...Object.keys(EN_TENS),
  ...Object.keys(EN_SCALE),
  "double",
  "triple",
  "and",
  "a",
]);

/** Digits (any script, after NFKC) and Chinese numerals, together: "1二0八", "一千二百零八". */
const ATOM = /[\p{Nd}零〇幺一二两三四五六七八九十百千万亿]+|[a-z]+/giu;
/** What may stand between the pieces of one number: spaces, commas, dashes, dots, brackets. */
const BETWEEN = /^[\s,，、.．。·・\-‐‑‒–—―−﹣－_/()（）+*#~～]{0,4}$/u;

/** Every number in a text, with its digits as said. */
export function numberRuns(text: string): NumberRun[] {
  const atoms: Atom[] = [];
  for (const m of text.matchAll(ATOM)) {
    let value = m[0];
    let start = m.index;
    const latin = /^[a-z]/i.test(value);
    if (latin) {
      value = value.toLowerCase();
      if (!EN_WORDS.has(value)) continue;
      // The "o" of "ten o'clock" is no zero.
      if (value === "o" && /^['’]/.test(text.slice(m.index + 1))) continue;
    } else {
      // 百, 千 and 万 open words too (百货, 千万): only a digit or 十 starts a number.
      const lead = value.match(/^[百千万亿]+/)?.[0].length ?? 0;
      value = value.slice(lead);
      start += lead;
      if (value === "") continue;
    }
    atoms.push({ start, end: m.index + m[0].length, text: value, latin });
  }
  const runs: NumberRun[] = [];
  let run: Atom[] = [];
  const close = () => {
    runs.push(...readRun(run));
    run = [];
  };
  for (const atom of atoms) {
    const last = run.at(-1);
    if (last && !BETWEEN.test(text.slice(last.end, atom.start))) close();
    run.push(atom);
  }
  close();
  return runs;
}

/** A run of pieces as numbers: connecting words ("a", "and") only count between number words. */
function readRun(atoms: Atom[]): NumberRun[] {
  const runs: NumberRun[] = [];
  let part: Atom[] = [];
  const close = () => {
    while (part[0]?.text === "and") part.shift();
    while (part.at(-1) && isConnector(part.at(-1)?.text ?? "")) part.pop();
    const first = part[0];
    const last = part.at(-1);
    if (first && last) runs.push({ start: first.start, end: last.end, digits: digitsOf(part) });
    part = [];
  };
  atoms.forEach((atom, i) => {
    const next = atoms[i + 1]?.text;
    // "a hundred" is a number; "a" before anything else is not. "double" only before a digit.
    const stray =
      (atom.text === "a" && next !== "hundred" && next !== "thousand") ||
      ((atom.text === "double" || atom.text === "triple") && !(next && next in EN_DIGIT));
    if (stray) close();
    else part.push(atom);
  });
  close();
  return runs;
}

function isConnector(word: string): boolean {
  return word === "and" || word === "a" || word === "double" || word === "triple";
}

function digitsOf(atoms: Atom[]): string {
  let digits = "";
  let words: string[] = [];
  const spoken = () => {
    if (words.length > 0) digits += englishDigits(words);
    words = [];
  };
  for (const atom of atoms) {
    if (atom.latin) {
      words.push(atom.text);
      continue;
    }
    spoken();
    digits += chineseDigits(atom.text);
  }
  spoken();
  return digits;
}

function digitValue(char: string): number {
  if (char in ZH_DIGIT) return ZH_DIGIT[char] ?? 0;
  const n = Number(char);
  if (!Number.isNaN(n)) return n;
  // Another script's digit: its place in its block of ten.
  const code = char.codePointAt(0) ?? 0;
  let zero = code;
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return code - zero;
}

/** "一二零八" digit by digit; "一千二百零八", "两千", "一千二" by their units. */
function chineseDigits(run: string): string {
  const chars = [...run];
  if (!chars.some((c) => c in ZH_UNIT)) return chars.map(digitValue).join("");
  let out = "";
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSeen = false;
  const flush = () => {
    // "一千二": a digit straight after a unit counts in the unit below it.
    const tail = digit !== null && lastUnit >= 100 && !zeroSeen ? (digit * lastUnit) / 10 : digit;
    const value = total + section + (tail ?? 0);
    out += String(value);
    total = 0;
    section = 0;
    digit = null;
    lastUnit = 0;
    zeroSeen = false;
  };
  for (const c of chars) {
    const unit = ZH_UNIT[c];
    if (unit === undefined) {
      const d = digitValue(c);
      // Two digits in a row in a number with units ("三四百"): a new number starts.
      if (digit !== null && digit !== 0) flush();
      if (d === 0) zeroSeen = true;
      digit = d;
    } else if (unit >= 10_000) {
      total = (total + section + (digit ?? 0)) * unit;
      section = 0;
      digit = null;
      lastUnit = unit;
      zeroSeen = false;
    } else {
      section += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      zeroSeen = false;
    }
  }
  flush();
  return out;
}

/**
 * English number words as the digits they say. Said one by one ("one three nine oh"), in pairs
 * ("twelve oh eight", "twenty twenty-six") or with hundreds ("twelve hundred and eight").
 */
function englishDigits(words: string[]): string {
  let out = "";
  let total = 0;
  let part = 0;
  /** The value is being built: what may still be added to it. */
  let room = 0;
  let open = false;
  let repeat = 1;
  const flush = () => {
    if (open) out += String(total + part);
    total = 0;
    part = 0;
    room = 0;
    open = false;
  };
  const start = (value: number, next: number) => {
    flush();
    part = value;
    room = next;
    open = true;
  };
  for (const word of words) {
    const digit = EN_DIGIT[word];
    const small = digit ?? EN_TEEN[word] ?? EN_TENS[word];
    const scale = EN_SCALE[word];
    if (word === "double" || word === "triple") {
      flush();
      repeat = word === "double" ? 2 : 3;
    } else if (word === "and") {
      // Only "hundred and eight" joins; anywhere else "and" is said between numbers.
      if (room < 10) flush();
    } else if (digit !== undefined && repeat > 1) {
      flush();
      out += String(digit).repeat(repeat);
      repeat = 1;
    } else if (small !== undefined) {
      const zero = digit === 0;
      if (open && !zero && small < room && (small < 10 || room > 10)) {
        part += small;
        // "one hundred twenty" may still take "five"; "twenty five" takes nothing more.
        room = small >= 20 && small % 10 === 0 ? 10 : 0;
      } else {
        start(small, !zero && small >= 20 && small % 10 === 0 ? 10 : 0);
      }
    } else if (scale !== undefined) {
      if (!open) {
        start(scale, scale);
      } else if (scale === 100 && part > 0 && part < 100) {
        part *= 100;
        room = 100;
      } else if (scale >= 1000 && part + total > 0 && part < 1000) {
        total = (total + part) * scale;
        part = 0;
        room = scale;
      } else {
        start(scale, scale);
      }
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- names, however written

const TITLES_ZH = /^\s*(先生|女士|小姐|太太|夫人)/;
const TITLES_EN = /\b(mr|mrs|ms|miss|mister|madam|madame|dr)\.?\s*$/i;
/** A word of letters, accents included ("Liú"). */
const WORD = /[\p{Script=Latin}\p{M}]+/gu;

function plain(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ü/g, "v");
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

function nameSpans(text: string, heard: Heard, name: PrivateName): Span[] {
  const spans: Span[] = [];
  const mask = (start: number, end: number) => spans.push({ start, end, mask: NAME_MASK });
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
  name: PrivateName,
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
