import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { rulesTurn } from "../../src/rules/turn.ts";

// A question from the knowledge base, asked among other words as callers ask it.

const hotel: Directory = parseDirectoryFile(
  readFileSync("directory/lakeside-hotel.yaml", "utf8"),
  "lakeside-hotel.yaml",
);

function withEntry(question: string): Directory {
  const dir = structuredClone(hotel);
  dir.knowledge.push({
    key: "ski_season",
    question: { zh: question, en: "When are the slopes open?" },
    answer: { zh: "雪场十二月中旬开放。", en: "The slopes open in mid-December." },
    keywords: { zh: [], en: [] },
  });
  return dir;
}

describe("a question said among other words", () => {
  it("is answered when most of it was said", () => {
    const dir = withEntry("雪场什么时候开？");
    const turn = rulesTurn("嗯 那个 雪场今年什么时候开板啊", dir, "zh");
    expect(turn).toMatchObject({ kind: "answer", entries: [{ key: "ski_season" }] });
  });

  it("is not answered from a short question that shares a word or two", () => {
    const dir = withEntry("雪场开吗？");
    const turn = rulesTurn("雪场那边的教练电话是多少", dir, "zh");
    expect(turn.kind).not.toBe("answer");
  });
});
