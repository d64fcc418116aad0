import { describe, expect, it } from "vitest";
import { callerIdUsable, keyedCallback, toE164 } from "../../src/rules/phone.ts";

describe("toE164", () => {
  it.each([
    ["13912345678", "+8613912345678"],
    ["021 5555 0100", "+862155550100"],
    ["0014155550100", "+14155550100"],
    ["+44 20 7946 0958", "+442079460958"],
  ])("reads %s as a number of the organisation's country", (entered, e164) => {
    expect(toE164(entered, "CN")).toBe(e164);
  });

  it.each(["", "123", "55551234"])("finds no number in %j", (entered) => {
    expect(toE164(entered, "CN")).toBeNull();
  });
});

describe("keyedCallback", () => {
  it.each([
    // Callers from abroad key their own number as they know it.
    ["4155550100", "+14155550199", "+14155550100"],
    ["07911123456", "+447911000000", "+447911123456"],
    // A number that is no number there is still one of the organisation's country.
    ["13812345678", "+14155550199", "+8613812345678"],
    ["02155551234", "+14155550199", "+862155551234"],
    // At home, or with no caller ID to go by, the organisation's country.
    ["13812345678", "+8613800138000", "+8613812345678"],
    ["13812345678", "anonymous", "+8613812345678"],
    ["0014155550100", "+8613800138000", "+14155550100"],
  ])("reads %s keyed from %s as %s", (entered, callerId, e164) => {
    expect(keyedCallback(entered, callerId, "CN")).toBe(e164);
  });
});

describe("withheld numbers", () => {
  // ANONYMOUS, RESTRICTED, BLOCKED, UNKNOWN, UNAVAILABLE: in form a number, and nobody's.
  const withheld = ["+266696687", "+7378742833", "+2562533", "+8656696", "+86282452253"];

  it.each(withheld)("are not a caller ID to call back: %s", (from) => {
    expect(callerIdUsable(from)).toBe(false);
  });

  it.each(withheld)("say nothing of the country a callback number is keyed in: %s", (from) => {
    // Else ANONYMOUS would read "62345678" as a number in Lesotho, RESTRICTED "9161234567" as
    // one in Russia: as with no caller ID, they are read as the organisation's.
    for (const keyed of ["62345678", "9161234567", "13812345678"]) {
      expect(keyedCallback(keyed, from, "CN")).toBe(toE164(keyed, "CN"));
    }
    expect(keyedCallback("62345678", from, "CN")).toBeNull();
  });

  it.each(["+8613800138000", "+14155550100"])("leave a real caller ID usable: %s", (from) => {
    expect(callerIdUsable(from)).toBe(true);
  });
});
