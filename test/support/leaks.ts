import { pinyin } from "pinyin-pro";
import type { Directory } from "../../src/rules/directory.ts";
import { below100, EN, zhUnits } from "./spoken-numbers.ts";

/**
 * The tests' own eye for private data in a text, written apart from the redaction it checks:
 * rooms and mobiles however they are written (digits in any grouping, Chinese numerals, English
 * words, read digit by digit or as hundreds) and guests' names in characters, sound-alike
 * characters and pinyin. `leaksIn` says which secrets a text gives away.
 */

export interface Secrets {
  /** Digit strings: rooms, and mobiles with and without the country code. */
  numbers: string[];
  /** Guests' names as written in the directory. */
  names: string[];
}

export function secretsOf(dir: Directory): Secrets {
  return {
    numbers: [
      ...dir.guests.map((g) => g.room),
      ...dir.staff.flatMap((s) => (s.mobile ? [s.mobile.slice(1), national(s.mobile)] : [])),
    ],
    names: dir.guests.map((g) => g.name),
  };
}

/** +8613900000001 as said at home: 13900000001. */
function national(e164: string): string {
  return e164.startsWith("+86") ? e164.slice(3) : e164.replace(/^\+1/, "");
}

const ZH_DIGIT: Record<string, string> = {
  零: "0",
  〇: "0",
  洞: "0",
  幺: "1",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const EN_DIGIT: Record<string, string> = {
  zero: "0",
  oh: "0",
  o: "0",
  nought: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};

/**
 * Every digit a text says, written or said one by one, with the spaces and punctuation between
 * them gone: "139, 0000 0001", "幺三九 零零零零" and "one three nine double oh" all run together.
 * Any other word ends a run.
 */
function digitStream(text: string): string {
  const tokens =
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[零〇洞幺一二两三四五六七八九]/g, (c) => ` ${ZH_DIGIT[c]} `)
      .match(/\p{Nd}|\p{L}+|[^\p{Nd}\p{L}]+/gu) ?? [];
  let out = "";
  let repeat = 1;
  for (const token of tokens) {
    if (/^\p{Nd}$/u.test(token)) {
      out += token.repeat(repeat);
      repeat = 1;
    } else if (token === "double" || token === "triple") {
      repeat = token === "double" ? 2 : 3;
    } else if (EN_DIGIT[token] !== undefined) {
      out += (EN_DIGIT[token] as string).repeat(repeat);
      repeat = 1;
    } else if (/^\p{L}/u.test(token)) {
      out += "|";
      repeat = 1;
    }
  }
  return out;
}

/** A room said as people say room numbers: "twelve oh eight", "twelve hundred and eight", … */
function englishForms(room: string): string[] {
  const n = Number(room);
  const forms: string[] = [];
  if (room.length >= 3) {
    const head = Number(room.slice(0, -2));
    const tail = Number(room.slice(-2));
    const tailSaid = tail < 10 ? `oh ${EN[tail]}` : below100(tail);
    if (head > 0) forms.push(`${below100(head)} ${tailSaid}`);
    if (head > 0 && tail === 0) forms.push(`${below100(head)} hundred`);
    if (head > 0 && tail > 0) forms.push(`${below100(head)} hundred and ${below100(tail)}`);
  }
  if (n >= 1000 && n < 10000) {
    const rest = n % 1000;
    const hundreds = Math.floor(rest / 100);
    const last = rest % 100;
    forms.push(
      [
        `${EN[Math.floor(n / 1000)]} thousand`,
        hundreds ? `${EN[hundreds]} hundred` : "",
        last ? `and ${below100(last)}` : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  }
  if (n < 1000 && n >= 100) {
    forms.push(`${EN[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${below100(n % 100)}` : ""}`);
  }
  return forms;
}

/** A room in Chinese numerals with units: 一千二百零八, 八百一十六. */
function chineseForm(room: string): string | null {
  const n = Number(room);
  return n >= 100 && n <= 9999 ? zhUnits(n) : null;
}

const compact = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/两/g, "二")
    .replace(/[^\p{L}\p{N}]+/gu, "")
    .replace(/and/g, "");

/** The Chinese characters of a text as syllables, one per character, in order. */
function syllablesOf(text: string): string[] {
  const chars = text.match(/[\u3400-\u9fff]/g) ?? [];
  return chars.length > 0 ? pinyin(chars.join(""), { toneType: "none", type: "array" }) : [];
}

/** A name's syllables (or words) in either order: family name first or last. */
function nameOrders(name: string): string[][] {
  const parts = /[\u3400-\u9fff]/.test(name)
    ? pinyin(name, { toneType: "none", type: "array", mode: "surname" })
    : name.toLowerCase().split(/\s+/);
  return [parts, [...parts.slice(1), parts[0] as string]];
}

function containsRun(items: string[], run: string[]): boolean {
  return items.some((_, i) => run.every((part, j) => items[i + j] === part));
}

/** The secrets `text` gives away, in whichever form it gives them. */
export function leaksIn(text: string, secrets: Secrets): string[] {
  const found = new Set<string>();
  const digits = digitStream(text);
  const words = compact(text);
  for (const secret of secrets.numbers) {
    if (digits.includes(secret)) found.add(secret);
    for (const form of [...englishForms(secret), chineseForm(secret)]) {
      if (form && words.includes(compact(form))) found.add(secret);
    }
  }
  const latin = compact(text.replace(/[\u3400-\u9fff]/g, " "));
  const sounds = syllablesOf(text);
  for (const name of secrets.names) {
    if (text.includes(name)) found.add(name);
    for (const order of nameOrders(name)) {
      if (latin.includes(order.join(""))) found.add(name);
      // Sound-alike characters (刘阳 for 刘洋), as speech recognition writes them.
      if (/[\u3400-\u9fff]/.test(name) && containsRun(sounds, order)) found.add(name);
    }
  }
  return [...found];
}
