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
 * A callback number as a caller keyed it in. A caller from abroad keys their own number as they
 * know it ("4155550100" from a US phone), so the caller ID's country is tried first, then the
 * organisation's.
 */
export function keyedCallback(entered: string, callerId: string, country: string): string | null {
  const own = parsePhoneNumberFromString(callerId)?.country;
  return (own && own !== country ? toE164(entered, own) : null) ?? toE164(entered, country);
}
