import {
  type CountryCode,
  type NumberType,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from "libphonenumber-js/max";
import { money } from "./money.ts";
import { prepare } from "./text.ts";

/**
 * Toll classes: what a dialled number would cost the organisation, decided from the number and
 * the organisation's home alone. Parsing and number types come from libphonenumber's full
 * metadata; the few things it cannot tell are in the small tables below.
 */

export const TOLL_CLASSES = [
  "local",
  "domestic_long_distance",
  "mobile",
  "international",
  "premium_or_special",
  "emergency",
  "invalid",
] as const;
export type TollClass = (typeof TOLL_CLASSES)[number];

/** How staff read each class. */
export const TOLL_CLASS_NAMES: Readonly<Record<TollClass, { zh: string; en: string }>> = {
  local: { zh: "市话", en: "local" },
  domestic_long_distance: { zh: "国内长途", en: "domestic long-distance" },
  mobile: { zh: "手机", en: "mobile" },
  international: { zh: "国际长途", en: "international" },
  premium_or_special: { zh: "高额付费或特殊号码", en: "premium-rate or special" },
  emergency: { zh: "紧急电话", en: "emergency" },
  invalid: { zh: "无效号码", en: "not a valid number" },
};

/** The classes a call can be placed for, with or without approval; the others never are. */
export const PLACEABLE_CLASSES = [
  "local",
  "domestic_long_distance",
  "mobile",
  "international",
] as const satisfies readonly TollClass[];
export type PlaceableClass = (typeof PLACEABLE_CLASSES)[number];

export function isPlaceable(c: TollClass): c is PlaceableClass {
  return (PLACEABLE_CLASSES as readonly TollClass[]).includes(c);
}

/** Where the organisation is: its country and, where the country has them, its area code. */
export interface Home {
  country: string;
  /** e.g. "21" for Shanghai; null where the country has no long-distance areas or it is unknown. */
  areaCode: string | null;
}

export interface TollClassification {
  class: TollClass;
  /** The number in E.164, when the input is a number at all. */
  e164: string | null;
  /** The destination's ISO region; null for non-geographic numbers (satellite, …). */
  region: string | null;
  /** Why, in a few words: shown to staff and kept in the audit log. */
  reason: string;
}

// ---------------------------------------------------------------- what libphonenumber can't tell

/**
 * Emergency short codes. libphonenumber-js has no short-number metadata, so they are listed:
 * mainland China (110 police, 119 fire, 120 ambulance, 122 traffic), the GSM standard 112,
 * North America 911, the UK and Hong Kong 999, Australia 000.
 */
const EMERGENCY_CODES = new Set(["110", "112", "119", "120", "122", "911", "999", "000"]);

/**
 * How long an area code is, for countries with long-distance areas. Mainland China: Beijing
 * (10) and the 2x cities (Shanghai 21, Guangzhou 20, …) have two digits, every other area three.
 * NANP: three digits. Countries not listed have no long-distance tier here: any fixed line in
 * the country is local.
 */
const AREA_CODE: Readonly<Record<string, (national: string) => string>> = {
  CN: (n) => (/^(10|2\d)/.test(n) ? n.slice(0, 2) : n.slice(0, 3)),
  US: (n) => n.slice(0, 3),
  CA: (n) => n.slice(0, 3),
};

/**
 * NANP regions billed as domestic from the US or Canada. Every other +1 region (the Caribbean
 * 242, 876, 809, 473, 284 …) dials like a domestic call but is billed as international and is
 * the classic "one-ring" callback fraud range, so it is blocked.
 */
const NANP_DOMESTIC = new Set(["US", "CA", "PR", "VI", "GU", "AS", "MP"]);

/**
 * Destinations most abused for international revenue-share fraud (IRSF), from carriers'
 * published fraud lists: high termination rates and short-stopped ranges. Always blocked.
 */
const HIGH_FRAUD_REGIONS: Readonly<Record<string, string>> = {
  CU: "Cuba",
  SO: "Somalia",
  SL: "Sierra Leone",
  LR: "Liberia",
  GN: "Guinea",
  ST: "São Tomé and Príncipe",
  PG: "Papua New Guinea",
  SB: "Solomon Islands",
  VU: "Vanuatu",
  CK: "Cook Islands",
  NU: "Niue",
  TK: "Tokelau",
  TV: "Tuvalu",
  NR: "Nauru",
  KI: "Kiribati",
  IO: "Diego Garcia",
};

/** Number types that are never placed, whatever the country. */
const BLOCKED_TYPES: Partial<Record<NonNullable<NumberType>, string>> = {
  PREMIUM_RATE: "premium-rate number",
  SHARED_COST: "shared-cost number",
  PERSONAL_NUMBER: "personal (follow-me) number, a common fraud route",
  PAGER: "pager number",
  VOICEMAIL: "voicemail access number",
};

/** Non-geographic country codes: satellite phones, international networks and services. */
const NON_GEOGRAPHIC: Readonly<Record<string, string>> = {
  "800": "international freephone (UIFN)",
  "808": "international shared-cost service",
  "870": "Inmarsat satellite",
  "878": "universal personal telecommunications",
  "881": "satellite (Global Mobile Satellite System)",
  "882": "international networks",
  "883": "international networks",
  "888": "humanitarian telecommunications",
  "979": "international premium-rate service",
};

// ---------------------------------------------------------------- classification

/** The organisation's home from its main number, e.g. +86 21 5555 0000 → CN, area 21. */
export function homeOf(org: { country: string; mainNumber: string }): Home {
  const parsed = parsePhoneNumberFromString(org.mainNumber, org.country as CountryCode);
  const country = parsed?.country ?? org.country;
  const areaOf = AREA_CODE[country];
  const type = parsed?.getType();
  const geographic = type === "FIXED_LINE" || type === "FIXED_LINE_OR_MOBILE";
  return {
    country,
    areaCode: areaOf && parsed && geographic ? areaOf(parsed.nationalNumber) : null,
  };
}

const DIALLABLE = /^[\d\s+\-.()]+$/;

/** The class of a dialled number ("021 5555 0100", "+1 876 …", "0044…", "110") from `home`. */
export function classifyNumber(dialled: string, home: Home): TollClassification {
  const input = dialled.normalize("NFKC").trim();
  const none = (c: TollClass, reason: string): TollClassification => ({
    class: c,
    e164: null,
    region: null,
    reason,
  });
  if (!input || !DIALLABLE.test(input)) return none("invalid", "not a phone number");
  const digits = input.replace(/\D/g, "");
  if (!input.startsWith("+") && EMERGENCY_CODES.has(digits)) {
    return none("emergency", `emergency number ${digits}`);
  }
  if (digits.length < 3 || digits.length > 17) return none("invalid", "not a phone number");
  const international = /^\s*00/.test(input) ? `+${digits.slice(2)}` : input;
  const parsed = parseWithin(international, home);
  if (!parsed) return none("invalid", "not a phone number");
  const e164 = parsed.number;
  const region = parsed.country ?? null;
  const is = (c: TollClass, reason: string): TollClassification => ({
    class: c,
    e164: c === "invalid" ? null : e164,
    region,
    reason,
  });

  const service = NON_GEOGRAPHIC[parsed.countryCallingCode];
  if (service || parsed.isNonGeographic()) {
    return is("premium_or_special", `+${parsed.countryCallingCode} ${service ?? "non-geographic"}`);
  }
  // Fraud ranges are refused as such even when the digits are not an assigned number.
  if (region && parsed.isPossible()) {
    if (parsed.countryCallingCode === "1" && !NANP_DOMESTIC.has(region)) {
      return is(
        "premium_or_special",
        `+1 ${parsed.nationalNumber.slice(0, 3)} is ${region}, not the US or Canada: international rates behind a domestic-looking number`,
      );
    }
    const fraud = HIGH_FRAUD_REGIONS[region];
    if (fraud) return is("premium_or_special", `${fraud}: a known high-fraud destination`);
  }
  if (!parsed.isValid()) return is("invalid", "not a valid number");
  const type = parsed.getType();
  const blocked = type ? BLOCKED_TYPES[type] : undefined;
  if (blocked) return is("premium_or_special", blocked);
  if (region !== home.country) {
    return is("international", `${type === "MOBILE" ? "mobile" : "number"} in ${region ?? "?"}`);
  }
  if (type === "TOLL_FREE") return is("local", "toll-free in the home country");
  if (type === "MOBILE") return is("mobile", `mobile in ${region}`);
  return is(...domestic(parsed, type, home));
}

/** Parses as dialled at home: a short number without its area code is in the home area. */
function parseWithin(dialled: string, home: Home): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(dialled, home.country as CountryCode);
  if (parsed?.isValid() || !home.areaCode || /^\s*[+0]/.test(dialled)) return parsed;
  const digits = dialled.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 8) return parsed;
  const inArea = parsePhoneNumberFromString(
    `${home.areaCode}${digits}`,
    home.country as CountryCode,
  );
  return inArea?.isValid() ? inArea : parsed;
}

function domestic(parsed: PhoneNumber, type: NumberType, home: Home): [TollClass, string] {
  const areaOf = AREA_CODE[home.country];
  if (!areaOf) return ["local", `fixed line in ${home.country}, which has no long-distance areas`];
  if (type !== "FIXED_LINE" && type !== "FIXED_LINE_OR_MOBILE") {
    return ["domestic_long_distance", `non-geographic ${type?.toLowerCase() ?? "number"}`];
  }
  const area = areaOf(parsed.nationalNumber);
  if (home.areaCode === null) return ["domestic_long_distance", `area ${area}; home area unknown`];
  return area === home.areaCode
    ? ["local", `same area ${area}`]
    : ["domestic_long_distance", `area ${area}, home is ${home.areaCode}`];
}

// ---------------------------------------------------------------- requests

export type RequestDecision =
  | { kind: "needs_approval"; classification: TollClassification; e164: string }
  | { kind: "no_approval_needed"; classification: TollClassification; e164: string }
  | { kind: "refused"; classification: TollClassification };

/** What a request to call `classification` comes to, given the classes that need approval. */
export function decideRequest(
  classification: TollClassification,
  needsApproval: readonly TollClass[],
): RequestDecision {
  const { e164 } = classification;
  if (!isPlaceable(classification.class) || !e164) return { kind: "refused", classification };
  return needsApproval.includes(classification.class)
    ? { kind: "needs_approval", classification, e164 }
    : { kind: "no_approval_needed", classification, e164 };
}

/** "+86 21 5555 0100": a number as staff read it. */
export function formatNumber(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** The number a caller said or keyed ("帮我拨幺三九…", "0044 20 …"), or null when there is none. */
export function spokenNumber(utterance: string): string | null {
  const prepared = prepare(utterance);
  let best: string | null = null;
  for (const match of prepared.matchAll(/(?<![a-z\d])\+?\d(?:[\s\-.()]*\d)*(?![a-z\d])/g)) {
    const found = match[0].trim();
    const digits = found.replace(/\D/g, "");
    const plus =
      found.startsWith("+") || /(\bplus|加)\s*$/.test(prepared.slice(0, match.index ?? 0));
    if (digits.length >= 3 && digits.length > (best?.replace(/\D/g, "").length ?? 0)) {
      best = `${plus ? "+" : ""}${digits}`;
    }
  }
  return best;
}

const PRIVATE = /私人|私事|个人|自费|\bprivate\b|\bpersonal\b/i;

/** The caller says the call is their own, to be paid for privately. */
export function mentionsPrivate(text: string): boolean {
  return PRIVATE.test(text);
}

const PRIVATE_WORD = /^(private|personal|私人|私事|个人|自费)$/i;
const BUSINESS_WORD = /^(business|公务|公事|因公)$/i;

/** The longest reason a request keeps; a longer one is cut at a word, and the requester told. */
export const REASON_MAX_LENGTH = 500;

/**
 * Text with every decimal digit as ASCII: full-width forms (０２１－５８７９, typed on a Chinese
 * keyboard) and other compatibility forms by NFKC, and the digits of other scripts (Arabic-Indic,
 * Devanagari, …) by their place in their block of ten.
 */
export function asciiDigits(text: string): string {
  return text.normalize("NFKC").replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    let zero = code;
    while (code - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
    return String(code - zero);
  });
}

/** The ways an extension is written after a number: x123, ext. 123, ;ext=123, #123, 转123, 分机123. */
const EXTENSION_MARK = "(?:;?ext\\.?=?|x|#|,|转|分机)";
const NUMBER_WITH_EXTENSION = new RegExp(`^([+\\d()\\-.]*\\d)${EXTENSION_MARK}(\\d+)$`, "i");
const EXTENSION_WORD = new RegExp(`^${EXTENSION_MARK}(\\d*)$`, "i");

export interface CallRequestText {
  number: string;
  reason: string;
  private: boolean;
  /** An extension written after the number: it cannot be dialled for the requester. */
  extension?: string;
  /** The reason was longer than REASON_MAX_LENGTH and was cut. */
  reasonCut?: boolean;
}

/**
 * `/switchboard call <number> <reason> [private]`: the number may be written with spaces
 * ("+1 212 736 3100") and in any script's digits; a last word "private" (私人) marks a private
 * call; an extension after the number (x123, ;ext=123, 转123, …) is returned to be named. Null
 * without a number or a reason.
 */
export function parseCallRequest(args: readonly string[]): CallRequestText | null {
  const words = args.map(asciiDigits).filter(Boolean);
  let isPrivate = false;
  const last = words.at(-1) ?? "";
  if (PRIVATE_WORD.test(last) || BUSINESS_WORD.test(last)) {
    isPrivate = PRIVATE_WORD.test(last);
    words.pop();
  }
  const numberWords: string[] = [];
  let extension: string | undefined;
  while (words.length > 0 && extension === undefined) {
    const word = words[0] ?? "";
    const attached = NUMBER_WITH_EXTENSION.exec(word);
    const marked = numberWords.length > 0 ? EXTENSION_WORD.exec(word) : null;
    if (attached) {
      numberWords.push(attached[1] ?? "");
      extension = attached[2];
    } else if (marked) {
      // "x 123" or "ext. 123": the digits may be the next word.
      const digits = marked[1] || (/^\d+$/.test(words[1] ?? "") ? words.splice(1, 1)[0] : "");
      if (!digits) break;
      extension = digits;
    } else if (/^[+\d()\-.]+$/.test(word)) {
      numberWords.push(word);
    } else break;
    words.shift();
  }
  const number = numberWords.join(" ");
  const { reason, cut } = capReason(words.join(" ").trim());
  if (!/\d/.test(number) || !reason) return null;
  return {
    number,
    reason,
    private: isPrivate,
    ...(extension ? { extension } : {}),
    ...(cut ? { reasonCut: true } : {}),
  };
}

/** A reason within REASON_MAX_LENGTH, cut at the last space (or anywhere in unspaced text). */
export function capReason(text: string): { reason: string; cut: boolean } {
  const chars = [...text];
  if (chars.length <= REASON_MAX_LENGTH) return { reason: text, cut: false };
  const head = chars.slice(0, REASON_MAX_LENGTH - 1).join("");
  const space = head.lastIndexOf(" ");
  const kept = space > REASON_MAX_LENGTH / 2 ? head.slice(0, space) : head;
  return { reason: `${kept.trimEnd()}…`, cut: true };
}

// ---------------------------------------------------------------- tariff

/** Per-minute rates by destination region (ISO code) or, failing that, by class. */
export interface Tariff {
  currency: string;
  perMinute: Record<string, number>;
}

/** A tariff's price of a call, with what it was worked out from. */
export interface TariffCost {
  amount: string;
  currency: string;
  /** The tariff's key whose rate was used: the destination's region, else the call's class. */
  ratedBy: string;
  perMinute: number;
  /** Minutes charged: each started minute of `seconds`. */
  minutes: number;
  seconds: number;
}

/**
 * What a call costs by the tariff: each started minute at the destination region's rate, else
 * its class's; null when the tariff has neither.
 */
export function tariffCost(
  tariff: Tariff | null,
  call: { region: string | null; tollClass: string; durationSeconds: number },
): TariffCost | null {
  if (!tariff) return null;
  const ratedBy = [call.region, call.tollClass].find(
    (key): key is string => key !== null && tariff.perMinute[key] !== undefined,
  );
  const perMinute = ratedBy === undefined ? undefined : tariff.perMinute[ratedBy];
  if (ratedBy === undefined || perMinute === undefined) return null;
  const seconds = Math.max(0, call.durationSeconds);
  const minutes = Math.ceil(seconds / 60);
  return {
    amount: money(perMinute * minutes),
    currency: tariff.currency,
    ratedBy,
    perMinute,
    minutes,
    seconds,
  };
}
