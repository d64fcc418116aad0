import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * A number as a caller keyed or said it ("13912345678", "021 5555 0100", "0044…"), in E.164
 * for the organisation's country; null when it is not a valid number.
 */
export function toE164(entered: string, country: string): string | null {
  const digits = entered.replace(/[^\d+]/g, "");
  if (!digits) return null;
  const international = digits.startsWith("00") ? `+${digits.slice(2)}` : digits;
  const parsed = parsePhoneNumberFromString(international, country as CountryCode);
  return parsed?.isValid() ? parsed.number : null;
}

/**
 * What Twilio and carriers send as the caller ID of a withheld number: ANONYMOUS, RESTRICTED,
 * BLOCKED, UNKNOWN and UNAVAILABLE spelt on a keypad. Numbers in form, and no one's.
 */
const WITHHELD = new Set(["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253"]);

/** A caller ID that stands for a withheld number ("anonymous", or ANONYMOUS on a keypad). */
export function isWithheld(from: string): boolean {
  return WITHHELD.has(from) || !/\d/.test(from);
}

/** A caller ID that is someone's number, to call back or to tell where they call from. */
export function callerIdUsable(from: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(from) && !isWithheld(from);
}

/**
 * A callback number as a caller keyed it in. A caller from abroad keys their own number as they
 * know it ("4155550100" from a US phone), so the caller ID's country is tried first, then the
 * organisation's. A withheld number's stand-in says nothing of where the caller is.
 */
export function keyedCallback(entered: string, callerId: string, country: string): string | null {
  const own = callerIdUsable(callerId) ? parsePhoneNumberFromString(callerId)?.country : undefined;
  return (own && own !== country ? toE164(entered, own) : null) ?? toE164(entered, country);
}
