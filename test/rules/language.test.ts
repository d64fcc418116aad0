import { describe, expect, it } from "vitest";
import { callerLanguage, plainLanguage } from "../../src/rules/language.ts";

const shanghai = { country: "CN", defaultLanguage: "zh" as const };

describe("callerLanguage", () => {
  it.each([
    ["+8613800138000", "zh"],
    ["+862155550100", "zh"],
    ["+86 138 0013 8000", "zh"],
    ["008613800138000", "zh"],
    ["+85291234567", "en"],
    ["+85361234567", "en"],
    ["+886912345678", "en"],
    ["+14155550100", "en"],
    ["+442071234567", "en"],
    ["+6591234567", "en"],
    ["+819012345678", "en"],
    ["+4930123456", "en"],
  ] as const)("greets %s in %s", (from, language) => {
    expect(callerLanguage(from, shanghai)).toBe(language);
  });

  it.each([
    [undefined],
    [""],
    ["anonymous"],
    ["Restricted"],
    ["+266696687"],
    ["client:alice"],
    ["13800138000"],
    ["+0123456789"],
    ["+1234"],
  ])("falls back to the organisation's language for caller ID %s", (from) => {
    expect(callerLanguage(from, shanghai)).toBe("zh");
    expect(callerLanguage(from, { country: "CN", defaultLanguage: "en" })).toBe("en");
  });

  it("treats the home country by the organisation's country, not by China", () => {
    const london = { country: "GB", defaultLanguage: "en" as const };
    expect(callerLanguage("+442071234567", london)).toBe("en");
    expect(callerLanguage("+8613800138000", london)).toBe("en");
    const hongKong = { country: "HK", defaultLanguage: "zh" as const };
    expect(callerLanguage("+85291234567", hongKong)).toBe("zh");
    expect(callerLanguage("+8613800138000", hongKong)).toBe("en");
  });

  it("uses the default language when the organisation's country is not in the table", () => {
    expect(callerLanguage("+14155550100", { country: "ZZ", defaultLanguage: "zh" })).toBe("zh");
  });
});

describe("plainLanguage", () => {
  it.each([
    ["Hi, I'd like to book a room", "en"],
    ["front desk please", "en"],
    ["Can I speak to David Miller?", "en"],
    ["我想订房", "zh"],
    ["你好", "zh"],
    ["我找David Miller", "zh"],
    ["帮我转一下front desk", "zh"],
  ] as const)("hears %s as %s", (said, language) => {
    expect(plainLanguage(said)).toBe(language);
  });

  it.each([
    ["OK"],
    ["WiFi"],
    ["David Miller"],
    ["1208"],
    [""],
    ["好"],
    ["我要 check out of the hotel now"],
  ])("hears no language for sure in %j", (said) => {
    expect(plainLanguage(said)).toBeNull();
  });
});
