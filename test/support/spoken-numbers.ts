/**
 * Numbers as callers say them and as speech recognition writes them, for property tests: digits
 * in any grouping, full-width digits, Chinese numerals (digit by digit with 幺 and 两, or with
 * 千/百/十) and English words (digit by digit with "oh" and "double", or as hundreds).
 */

export type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const SEPARATORS = [" ", ", ", ",", "-", ".", " - ", "，", "、", "  ", "·"];

/** The digits in groups of random size with random separators between them. */
function grouped(random: Random, digits: string[], join: (group: string[]) => string): string {
  const out: string[] = [];
  let at = 0;
  const separator = pick(random, SEPARATORS);
  while (at < digits.length) {
    const size = 1 + Math.floor(random() * 4);
    out.push(join(digits.slice(at, at + size)));
    at += size;
  }
  return out.join(separator);
}

const ZH = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** English number words by value: ones, teens and tens. */
export const EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
export const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
export const TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];

function zhDigit(random: Random, d: string): string {
  if (d === "1" && random() < 0.5) return "幺";
  if (d === "2" && random() < 0.3) return "两";
  if (d === "0" && random() < 0.3) return "〇";
  return ZH[Number(d)] as string;
}

/** Spoken English digits, with "double"/"triple" for repeats and "oh" for zero. */
function enDigits(random: Random, digits: string[]): string {
  const words: string[] = [];
  for (let i = 0; i < digits.length; ) {
    const d = digits[i] as string;
    let run = 1;
    while (digits[i + run] === d && run < 3) run++;
    const said = d === "0" && random() < 0.6 ? "oh" : (EN[Number(d)] as string);
    if (run > 1 && random() < 0.7) {
      words.push(`${run === 2 ? "double" : "triple"} ${said}`);
      i += run;
    } else {
      words.push(said);
      i += 1;
    }
  }
  return words.join(pick(random, [" ", " ", ", ", "-"]));
}

/** 0 to 99 in words, tens and units joined by `join` ("twenty-one", "twenty one"). */
export function below100(n: number, join = " "): string {
  if (n < 10) return EN[n] as string;
  if (n < 20) return TEENS[n - 10] as string;
  const unit = n % 10;
  return `${TENS[Math.floor(n / 10)]}${unit ? `${join}${EN[unit]}` : ""}`;
}

const below100WithRandom = (random: Random, n: number) => below100(n, random() < 0.5 ? "-" : " ");

/** 1208 as "twelve oh eight", "twelve hundred and eight" or "one thousand two hundred and eight". */
function enHundreds(random: Random, n: number): string {
  const head = Math.floor(n / 100);
  const tail = n % 100;
  const forms: string[] = [];
  if (head > 0) {
    forms.push(
      `${below100WithRandom(random, head)} ${tail < 10 ? `oh ${EN[tail]}` : below100WithRandom(random, tail)}`,
    );
    forms.push(
      `${below100WithRandom(random, head)} hundred${tail ? ` and ${below100WithRandom(random, tail)}` : ""}`,
    );
  }
  if (n >= 1000) {
    const hundreds = Math.floor((n % 1000) / 100);
    forms.push(
      `${EN[Math.floor(n / 1000)]} thousand${hundreds ? ` ${EN[hundreds]} hundred` : ""}${tail ? ` and ${below100WithRandom(random, tail)}` : ""}`,
    );
  }
  return pick(random, forms);
}

/** 1208 as 一千二百零八; with `random`, now and then 两 for 二 before 千 and 百 (两千). */
export function zhUnits(n: number, random?: Random): string {
  const digits = String(n).split("").map(Number);
  const units = ["千", "百", "十", ""].slice(4 - digits.length);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = out !== "";
      return;
    }
    if (zero) out += "零";
    zero = false;
    const unit = units[i] as string;
    const two = d === 2 && (unit === "千" || unit === "百") && random !== undefined;
    const said = two && random() < 0.5 ? "两" : ZH[d];
    out += `${said}${unit}`;
  });
  return out;
}

export type NumberForm =
  | "digits"
  | "full-width"
  | "zh-digits"
  | "zh-units"
  | "en-digits"
  | "en-hundreds"
  | "mixed";
export const NUMBER_FORMS: readonly NumberForm[] = [
  "digits",
  "full-width",
  "zh-digits",
  "zh-units",
  "en-digits",
  "en-hundreds",
  "mixed",
];

/** `number` said in `form`; forms with units only take numbers of three or four digits. */
export function sayNumber(random: Random, number: string, form: NumberForm): string {
  const digits = number.split("");
  const n = Number(number);
  switch (form) {
    case "digits":
      return grouped(random, digits, (g) => g.join(""));
    case "full-width":
      return grouped(random, digits, (g) =>
        g.map((d) => String.fromCodePoint(0xff10 + Number(d))).join(""),
      );
    case "zh-digits":
      return grouped(random, digits, (g) => g.map((d) => zhDigit(random, d)).join(""));
    case "zh-units":
      return n >= 100 && n < 10_000 && !number.startsWith("0")
        ? zhUnits(n, random)
        : sayNumber(random, number, "zh-digits");
    case "en-digits":
      return enDigits(random, digits);
    case "en-hundreds":
      return n >= 100 && n < 10_000 && !number.startsWith("0")
        ? enHundreds(random, n)
        : sayNumber(random, number, "en-digits");
    case "mixed":
      return grouped(random, digits, (g) => {
        const form = pick(random, ["digits", "zh", "en"] as const);
        if (form === "zh") return g.map((d) => zhDigit(random, d)).join("");
        if (form === "en") return enDigits(random, g);
        return g.join("");
      });
  }
}

/** A random number of `min` to `max` digits, the first not zero unless `leadingZero`. */
export function randomNumber(random: Random, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  let out = String(1 + Math.floor(random() * 9));
  while (out.length < length) out += String(Math.floor(random() * 10));
  return out;
}
