import { EN_ONES, EN_TEENS, EN_TENS, ZH_DIGIT } from "./numerals.ts";

/**
 * Every number a text says, however it says it: digits in any grouping and any script's digits,
 * Chinese numerals digit by digit (幺三九) or with units (一千二百零八), English words digit by
 * digit ("one three nine oh") or in pairs and hundreds ("twelve oh eight", "twelve hundred").
 */
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

const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 };
/** Digits one by one, with every way of saying zero. */
const EN_DIGIT: Record<string, number> = { ...EN_ONES, oh: 0, o: 0, nought: 0, nil: 0 };
const EN_SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const EN_WORDS = new Set([
  ...Object.keys(EN_DIGIT),
  ...Object.keys(EN_TEENS),
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
    const small = digit ?? EN_TEENS[word] ?? EN_TENS[word];
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
