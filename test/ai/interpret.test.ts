import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createBreaker } from "../../src/ai/breaker.ts";
import { createCache } from "../../src/ai/cache.ts";
import { grounding, interpret, numbersIn } from "../../src/ai/interpret.ts";
import { redact, summaryMessages, understandingMessages } from "../../src/ai/prompt.ts";
import { type UnderstandingReply, understandingFormat } from "../../src/ai/schema.ts";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { KnowledgeEntry } from "../../src/rules/directory.ts";
import { DEMO_DIRECTORY } from "../support/harness.ts";

const dir = parseDirectoryFile(readFileSync(DEMO_DIRECTORY, "utf8"), DEMO_DIRECTORY);
const entry = (key: string) => dir.knowledge.find((k) => k.key === key) as KnowledgeEntry;
const pool = entry("gym_pool");
const parking = entry("parking");

const reply = (fields: Partial<UnderstandingReply>): UnderstandingReply => ({
  intent: "unknown",
  key: "none",
  confidence: 0.9,
  language: "zh",
  answer: "",
  cites: [],
  ...fields,
});

describe("interpret", () => {
  it("routes only to keys in the directory", () => {
    expect(interpret(reply({ intent: "department", key: "concierge" }), dir, [], "zh")).toEqual({
      kind: "understood",
      understanding: {
        kind: "department",
        department: "concierge",
        confidence: 0.9,
        alternatives: [],
      },
    });
    expect(interpret(reply({ intent: "person", key: "li_na" }), dir, [], "zh")).toMatchObject({
      understanding: { kind: "person", staff: "li_na" },
    });
    for (const [intent, key] of [
      ["department", "+8613900000001"],
      ["department", "li_na"],
      ["person", "finance"],
      ["person", "liu_yang"],
    ] as const) {
      expect(interpret(reply({ intent, key }), dir, [], "zh").kind).toBe("unknown");
    }
  });

  it("never declares an emergency or files a complaint, and caps its confidence", () => {
    expect(interpret(reply({ intent: "emergency", confidence: 1 }), dir, [], "zh")).toMatchObject({
      understanding: { kind: "department", department: "security", confidence: 0.5 },
    });
    expect(interpret(reply({ intent: "complaint", confidence: 1 }), dir, [], "en")).toMatchObject({
      understanding: { kind: "department", department: "duty_manager", confidence: 0.95 },
    });
    expect(interpret(reply({ intent: "guest", key: "zhao_min" }), dir, [], "zh")).toMatchObject({
      understanding: { kind: "guest", guest: null },
    });
  });

  it("speaks an answer only when it cites an entry found for the question", () => {
    const answer = "住店客人停车免费，访客每小时10元。";
    expect(
      interpret(reply({ intent: "faq", answer, cites: ["parking"] }), dir, [parking], "zh"),
    ).toEqual({
      kind: "answer",
      speech: answer,
      language: "zh",
      cites: ["parking"],
      from: "model",
    });
    expect(interpret(reply({ intent: "faq", answer, cites: [] }), dir, [parking], "zh")).toEqual({
      kind: "no_answer",
      language: "zh",
    });
    expect(
      interpret(reply({ intent: "faq", answer, cites: ["parking"] }), dir, [pool], "zh").kind,
    ).toBe("no_answer");
  });

  it("speaks the entry as written when the model's words are right but in the wrong language", () => {
    const decision = interpret(
      reply({ intent: "faq", answer: "Parking is free for hotel guests.", cites: ["parking"] }),
      dir,
      [parking],
      "zh",
    );
    expect(decision).toEqual({
      kind: "answer",
      speech: parking.answer.zh,
      language: "zh",
      cites: ["parking"],
      from: "entries",
    });
  });
});

describe("grounding", () => {
  it.each<[string, string, ReturnType<typeof grounding>]>([
    ["the entry's own numbers", "健身房在五楼，24小时开放。", "grounded"],
    [
      "the same numbers in words",
      "The gym is open twenty-four hours on the fifth floor.",
      "grounded",
    ],
    ["a number the entry doesn't have", "游泳池开放到晚上11点。", "unfounded"],
    ["a phone number", "请拨打13900000001咨询游泳池。", "unfounded"],
    ["a number in Chinese numerals", "游泳池开放到晚上十一点。", "unfounded"],
    ["a guest's name", "Emily Carter often uses the pool on the fifth floor.", "unfounded"],
    ["words the entry doesn't say", "隔壁体育馆也有游泳池，价格更便宜。", "unfounded"],
    ["nothing", "", "unfounded"],
  ])("%s", (_, speech, expected) => {
    const language = /[\u3400-\u9fff]/.test(speech) || speech === "" ? "zh" : "en";
    expect(grounding(speech, [pool], dir, language)).toBe(expected);
  });

  it("reads numbers however they are written", () => {
    expect(numbersIn("6:30 到 10:00，168元")).toEqual(["6", "30", "10", "0", "168"]);
    expect(numbersIn("二十四小时，一百六十八元，一三九")).toEqual(["24", "168", "139"]);
    expect(numbersIn("seven to ten")).toEqual(["7", "10"]);
  });
});

describe("what the model is sent", () => {
  it("masks every run of three or more digits, spoken or keyed", () => {
    expect(redact("我住1208房间，电话 139 0000 0001")).toBe("我住[number]房间,电话 [number]");
    expect(redact("call one three nine zero zero zero")).toBe("call [number]");
    expect(redact("3 nights for 2 people")).toBe("3 nights for 2 people");
  });

  it("holds the directory's keys and names but no number, room or guest", () => {
    const text = understandingMessages(dir, "我找一下1208的刘洋", "zh", [parking])
      .map((m) => m.content)
      .join("\n");
    expect(text).toContain("li_na: 李娜 / Li Na, Finance");
    expect(text).toContain("parking:");
    for (const secret of [
      ...dir.staff.flatMap((s) => [s.desk, s.mobile ?? s.desk]),
      ...dir.departments.flatMap((d) => d.numbers),
      ...dir.guests.map((g) => g.room),
      "赵敏",
      "Emily Carter",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(summaryMessages("请回电 13912345678", "zh").at(-1)?.content).toBe(
      JSON.stringify({ message: "请回电 [number]" }),
    );
  });

  it("asks for a strict structured output whose keys are the directory's", () => {
    const format = understandingFormat(dir, ["parking"]) as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { enum?: string[]; items?: { enum: string[] } }>;
    };
    expect(format.additionalProperties).toBe(false);
    expect(format.required).toEqual(["intent", "key", "confidence", "language", "answer", "cites"]);
    expect(format.properties.key?.enum).toEqual([
      ...dir.departments.map((d) => d.key),
      ...dir.staff.map((s) => s.key),
      "none",
    ]);
    expect(format.properties.cites?.items?.enum).toEqual(["parking"]);
  });
});

describe("the circuit breaker", () => {
  it("opens after three failures in a row, lets one call try after the cool-down", () => {
    const breaker = createBreaker({ failures: 3, coolDownMs: 30_000 });
    breaker.failed(0);
    breaker.failed(1);
    expect(breaker.allow(2)).toBe(true);
    breaker.failed(2);
    expect(breaker.state(3)).toBe("open");
    expect(breaker.allow(29_999)).toBe(false);
    expect(breaker.allow(30_002)).toBe(true);
    expect(breaker.allow(30_003)).toBe(false);
    breaker.failed(30_004);
    expect(breaker.allow(40_000)).toBe(false);
    expect(breaker.allow(60_004)).toBe(true);
    breaker.succeeded();
    expect(breaker.state(60_005)).toBe("closed");
  });

  it("is reset by a success", () => {
    const breaker = createBreaker({ failures: 2 });
    breaker.failed(0);
    breaker.succeeded();
    breaker.failed(1);
    expect(breaker.allow(2)).toBe(true);
  });
});

describe("the cache", () => {
  it("forgets the least recently used and what is too old", () => {
    const cache = createCache<number>({ entries: 2, ttlMs: 1000 });
    cache.set("a", 1, 0);
    cache.set("b", 2, 0);
    expect(cache.get("a", 10)).toBe(1);
    cache.set("c", 3, 20);
    expect(cache.get("b", 30)).toBeUndefined();
    expect(cache.get("a", 30)).toBe(1);
    expect(cache.get("c", 1021)).toBeUndefined();
    expect(cache.size).toBe(1);
  });
});
