import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { knownLabels, loadCases, rulesLabel, score } from "../../scripts/lib/routing-eval.ts";
import { ConfigError, parseConfig } from "../../src/config.ts";
import { DirectoryFileError, parseDirectoryFile } from "../../src/directory-file.ts";
import {
  answerByRules,
  relatedKnowledge,
  searchKnowledge,
  spokenLanguage,
} from "../../src/rules/knowledge.ts";
import { firstSentence, urgencyOf } from "../../src/rules/summary.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { DEMO_DIRECTORY } from "../support/harness.ts";

const text = readFileSync(DEMO_DIRECTORY, "utf8");
const dir = parseDirectoryFile(text, DEMO_DIRECTORY);

const answered = (utterance: string) =>
  answerByRules(utterance, searchKnowledge(utterance, dir)).map((k) => k.key);

describe("the knowledge base, by rules", () => {
  it("hears 'where exactly are you' as a question about the address", () => {
    const file = "eval/blind/ruikang-pharma.yaml";
    const maker = parseDirectoryFile(readFileSync(file, "utf8"), file);
    const asked = "where exactly are you, our driver is lost";
    expect(answerByRules(asked, searchKnowledge(asked, maker)).map((k) => k.key)).toEqual([
      "address",
    ]);
  });

  it.each([
    ["早餐几点", ["breakfast"]],
    ["请问几点退房", ["check_in_out"]],
    ["wifi密码是多少", ["wifi"]],
    ["where do I park my car", ["parking"]],
    ["Can I bring my dog?", ["pets"]],
    ["酒店的地址在哪里？", ["address"]],
    ["你们酒店坐落在什么位置", ["address"]],
    ["早餐几点，几点退房", ["breakfast", "check_in_out"]],
    // Speech recognition writes it as one word or two: both are the same question.
    ["What time is checkout?", ["check_in_out"]],
    ["what time is check out", ["check_in_out"]],
    ["When is checkin", ["check_in_out"]],
  ])("answers the question %s", (utterance, keys) => {
    expect(answered(utterance)).toEqual(keys);
  });

  it.each([
    "我想订早餐",
    "我要办理入住",
    "我要开发票",
    "can you call me a taxi",
    "我找李娜",
    "停车",
  ])("leaves a request to routing: %s", (utterance) => {
    expect(answered(utterance)).toEqual([]);
  });

  it("hands a model only the entries the words point at", () => {
    expect(relatedKnowledge(searchKnowledge("晚上想去游泳", dir)).map((k) => k.key)).toEqual([
      "gym_pool",
    ]);
    expect(relatedKnowledge(searchKnowledge("我那个东西的事情", dir))).toEqual([]);
  });

  it("answers in the language the caller spoke", () => {
    expect(rulesTurn("what time is breakfast", dir, "zh")).toMatchObject({
      kind: "answer",
      language: "en",
    });
    expect(spokenLanguage("请问 breakfast 几点")).toBe("zh");
    expect(spokenLanguage("123")).toBeNull();
  });

  it("is refused at import when an answer holds a staff member's private number", () => {
    const leaky = text.replace(
      "zh: 抱歉，酒店不接待宠物入住，导盲犬等服务犬除外。",
      "zh: 抱歉，酒店不接待宠物入住，请打139 0000 0001问张伟。",
    );
    expect(() => parseDirectoryFile(leaky, "x.yaml")).toThrow(DirectoryFileError);
    expect(() => parseDirectoryFile(leaky, "x.yaml")).toThrow(
      /knowledge\[6\]\.answer\.zh: must not contain a staff member's private number/,
    );
  });
});

describe("a message in one line", () => {
  it("is the first sentence, shortened", () => {
    expect(firstSentence("关于发票，请回电。明天也可以。")).toBe("关于发票，请回电");
    expect(firstSentence("Call me about the invoice. Thanks!")).toBe("Call me about the invoice");
    expect(firstSentence("我找李娜 / 我姓王 / 东方贸易")).toBe("我找李娜");
    expect(firstSentence("a".repeat(200))).toHaveLength(80);
    expect(firstSentence(" 。")).toBeNull();
  });

  it.each([
    ["我父亲在房间里摔倒了，流了很多血。", "urgent"],
    ["My wife is having an allergic reaction, please call", "urgent"],
    ["房间里有很浓的煤气味", "urgent"],
    ["there is water leaking through the ceiling", "urgent"],
    ["客人在大堂等了半个小时了，没人接待", "urgent"],
    ["Our client has been waiting in the lobby for half an hour.", "urgent"],
    ["I'm locked out of my room", "urgent"],
    ["合同今天下班前一定要签好", "urgent"],
    ["The contract has to be signed before five o'clock today.", "urgent"],
    ["Please call me back today about the booking", "urgent"],
    ["很急，今天一定要回电", "urgent"],
  ])("is urgent by what it is about: %s", (text, urgency) => {
    expect(urgencyOf(text)).toBe(urgency);
  });

  it.each([
    ["URGENT URGENT!!! Please call me back about the invoice.", "normal"],
    ["It's urgent, please call back", "normal"],
    ["很急很急，紧急！关于发票的事请回个电话。", "normal"],
    ["紧急！马上回电！十万火急！", "normal"],
    ["This is an emergency, call me immediately about my booking", "normal"],
    ["请尽快回电", "normal"],
    ["Nobody was hurt, but the taxi scratched my car", "normal"],
    ["不着急，有空回个电话", "low"],
    ["no rush, whenever you can", "low"],
    ["Not urgent: it is about next month's conference", "low"],
    ["房间有空调吗，请回电", "normal"],
  ])("is not raised by the word: %s", (text, urgency) => {
    expect(urgencyOf(text)).toBe(urgency);
  });
});

describe("the routing evaluation set", () => {
  const cases = loadCases("eval/routing.jsonl");

  it("has at least 300 labelled utterances in both languages, every label in the directory", () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.filter((c) => c.lang === "zh").length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.lang === "en").length).toBeGreaterThanOrEqual(150);
    const labels = knownLabels(dir);
    expect(cases.filter((c) => !labels.has(c.expect))).toEqual([]);
  });

  it("keeps rules-only accuracy where docs/ai.md says it is", () => {
    const s = score(
      cases.map((c) => ({
        case: c,
        got: rulesLabel(rulesTurn(c.text, dir, c.lang), dir),
        asks: false,
      })),
    );
    expect(s.correct / s.total).toBeGreaterThanOrEqual(0.96);
  });
});

describe("configuration", () => {
  const dev = { TWILIO_AUTH_TOKEN: "t", ADMIN_TOKEN: "admin-token-0123456789" };

  it("runs on rules alone without OPENAI_API_KEY", () => {
    expect(parseConfig({}, dev).openai).toBeNull();
  });

  it("reads the model's key, base URL, model and timeout", () => {
    expect(
      parseConfig(
        {
          OPENAI_API_KEY: "sk-x",
          OPENAI_BASE_URL: "http://localhost:8000/v1/",
          OPENAI_MODEL: "qwen2.5-7b-instruct",
          OPENAI_TIMEOUT_MS: "1200",
          OPENAI_TRANSCRIBE_MODEL: "whisper-1",
        },
        dev,
      ).openai,
    ).toEqual({
      apiKey: "sk-x",
      baseUrl: "http://localhost:8000/v1",
      model: "qwen2.5-7b-instruct",
      timeoutMs: 1200,
      transcribeModel: "whisper-1",
    });
    expect(parseConfig({ OPENAI_API_KEY: "sk-x" }, dev).openai).toMatchObject({
      model: "gpt-4.1-mini",
      transcribeModel: "gpt-4o-mini-transcribe",
      timeoutMs: 1500,
    });
  });

  it("names a timeout out of range", () => {
    expect(() => parseConfig({ OPENAI_TIMEOUT_MS: "50" }, dev)).toThrow(ConfigError);
    expect(() => parseConfig({ OPENAI_TIMEOUT_MS: "50" }, dev)).toThrow(/OPENAI_TIMEOUT_MS/);
  });
});
