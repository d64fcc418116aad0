import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { withoutIntroduction } from "../../src/rules/understand/speech.ts";
import { routes } from "../support/understanding.ts";

// Callers say who they are before what they want. What they want decides where the call goes,
// unless it could go to two places and who they are tells which.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const company = load("directory/huaxin-manufacturing.yaml");

describe("withoutIntroduction", () => {
  it.each([
    ["我是给你们拉货的车队 运费拖了两个月了还没结", "运费拖了两个月了还没结"],
    ["喂 你好 我们是一家企业 想来开宣讲会", "想来开宣讲会"],
    ["hello, I'm with a haulage firm, we haven't been paid", "we havent been paid"],
    ["hi um I'm a new student and I want a single room", "and i want a single room"],
    ["this is ward six, the computer keeps freezing", "the computer keeps freezing"],
  ])("%s → %s", (said, rest) => {
    expect(withoutIntroduction(said)).toBe(rest);
  });

  it.each([
    "我是来面试的 请问找谁",
    "我是想问一下发票的事",
    "this is about my invoice",
    "I'm a guest in 305 and the shower is broken",
    "I'm looking for the sales office",
    "我是供应商",
  ])("finds no introduction in %s", (said) => {
    expect(withoutIntroduction(said)).toBeNull();
  });
});

describe("a caller who says who they are first", () => {
  it.each([
    ["我们是做物流运输的车队，上个月的运费一直没结", "zh", "finance"],
    ["hello, I'm with a haulage company, we still haven't been paid for March", "en", "finance"],
    ["我们是一家物流公司 想问一下你们招不招司机", "zh", "hr"],
    ["我是你们的供应商 发票已经开了 想问问什么时候付款", "zh", "finance"],
  ] as const)("%s (%s) → %s, as asked", (said, language, department) => {
    const u = understand(said, company, language);
    expect(u).toMatchObject({ kind: "department", department });
    expect(u.kind === "department" && u.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it("is heard by who they are when the request alone could go to two places", () => {
    expect(understand("I'm a journalist and I'd like an interview", company, "en")).toMatchObject({
      kind: "department",
      department: "marketing",
    });
    expect(understand("我是供应商", company, "zh")).toMatchObject({
      kind: "department",
      department: "purchasing",
    });
  });
});

describe("a colleague who says their name and department first", () => {
  // 张伟 works in Sales, 王磊 in Technical Support: calling, they are not whom they ask for.
  it.each([
    ["hi it's Zhang Wei from sales, my email account is locked", "it"],
    ["it's Wang Lei from tech support I need to talk to finance about a payment", "finance"],
  ])("%s → %s", (said, department) => routes(company)(said, department));

  it("is still put through to the one asked for by name", () => {
    expect(
      understand("is it Zhang Wei from sales who handles quotes", company, "en"),
    ).toMatchObject({
      kind: "person",
      staff: "zhang_wei",
    });
    expect(
      understand("hi it's Zhang Wei from sales, can you put me through to Chen Li", company, "en"),
    ).toMatchObject({ kind: "person", staff: "chen_li" });
  });
});
