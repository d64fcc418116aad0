import { describe, expect, it } from "vitest";
import { prepare, spacedPhrase, spaceOut } from "../../src/rules/text.ts";
import { KIND_WORDS } from "../../src/rules/understand/kinds.ts";

/** Every phrase of the built-in vocabulary, as written. */
function vocabulary(): string[] {
  return Object.values(KIND_WORDS).flatMap((words) =>
    [words.names, words.says, words.companySays]
      .filter((w) => w !== undefined)
      .flatMap((w) => [...w.zh.split("|"), ...w.en.split("|")]),
  );
}

describe("a phrase read once for every index", () => {
  it("reads as a caller's words are read, plain Chinese included", () => {
    const tricky = [
      "一二三号楼",
      "三楼前台",
      "幺幺零",
      "〇一二",
      "check in",
      "checkin",
      "late checkout",
      "one two three",
      "room one oh one",
      "Room Service",
      "r&d",
      "guest's room",
      "  two  spaces ",
      "wi-fi",
      "客房 service",
      "ＡＴＭ",
      "豈",
    ];
    for (const phrase of [...tricky, ...vocabulary()]) {
      expect(spacedPhrase(phrase), phrase).toBe(spaceOut(prepare(phrase)));
    }
  });

  it("gives the same reading when asked again", () => {
    expect(spacedPhrase("checkin")).toBe("check in");
    expect(spacedPhrase("checkin")).toBe("check in");
    expect(spacedPhrase("一二三号楼")).toBe("123 号楼");
  });
});

describe("Cantonese words a caller says", () => {
  it.each([
    ["开瓶费几多钱", "开瓶费多少钱"],
    ["有冇位啊", "有没有位啊"],
    ["能唔能免费停车", "能不能免费停车"],
    ["系唔系要预约", "是不是要预约"],
  ])("%s is read as %s", (said, read) => {
    expect(prepare(said)).toBe(prepare(read));
  });

  it("leaves Mandarin alone: a hesitation's 唔, '一点样品', '那边度假'", () => {
    for (const said of ["唔 那个 我想订位", "寄一点样品", "我们在那边度假"]) {
      expect(prepare(said)).toBe(said);
    }
  });
});
