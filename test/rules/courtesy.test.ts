import { describe, expect, it } from "vitest";
import { asksWhoAnswered, onlyGreets, saysGoodbye } from "../../src/rules/courtesy.ts";
import type { Organisation } from "../../src/rules/directory.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { demoDirectory } from "../support/demo.ts";

const hotel = demoDirectory.organisation;
// The demo hotel's settings under a company's name.
const company: Organisation = {
  ...hotel,
  key: "dongfang",
  name: { zh: "东方贸易有限公司", en: "Dongfang Trading Ltd" },
  kind: "company",
};

describe("asksWhoAnswered", () => {
  it.each([
    "你好，请问是湖畔酒店吗？",
    "喂，是湖畔吗",
    "是酒店吗",
    "这里是湖畔酒店对吧",
    "是不是湖畔酒店",
    "Is this Lakeside Hotel?",
    "hello, is this the hotel?",
    "Am I speaking to the Lakeside?",
    "Have I reached Lakeside Hotel?",
  ])("hears a caller making sure they reached the hotel: %s", (said) => {
    expect(asksWhoAnswered(said, hotel)).toBe(true);
  });

  it.each([
    "湖畔酒店你好",
    "我是湖畔酒店的客人",
    "你们是几星级酒店吗",
    "is this the front desk",
    "I'm staying at the Lakeside Hotel, is it possible to get towels",
    "Lakeside Hotel?",
  ])("hears no such question in %s", (said) => {
    expect(asksWhoAnswered(said, hotel)).toBe(false);
  });

  it("knows a company by its name, with or without its legal ending", () => {
    expect(asksWhoAnswered("请问是东方贸易吗", company)).toBe(true);
    expect(asksWhoAnswered("是东方贸易有限公司吧", company)).toBe(true);
    expect(asksWhoAnswered("是公司吗", company)).toBe(true);
    expect(asksWhoAnswered("is this Dongfang Trading?", company)).toBe(true);
    expect(asksWhoAnswered("是湖畔酒店吗", company)).toBe(false);
  });
});

describe("onlyGreets", () => {
  it.each([
    "喂？",
    "喂喂",
    "你好",
    "喂，你好",
    "Hello?",
    "Good morning!",
    // Making sure they are heard.
    "喂 喂 听得到吗",
    "hello? can you hear me?",
  ])("hears a hello: %s", (said) => {
    expect(onlyGreets(said)).toBe(true);
  });

  it.each(["你好，我想订房", "hello, front desk", "hi there", "嗯", ""])(
    "hears more than a hello, or none, in %j",
    (said) => {
      expect(onlyGreets(said)).toBe(false);
    },
  );
});

describe("saysGoodbye", () => {
  it.each(["再见", "好的，再见", "谢谢，再见了", "拜拜", "OK, bye", "Bye, thanks."])(
    "hears a goodbye: %s",
    (said) => {
      expect(saysGoodbye(said)).toBe(true);
    },
  );

  it.each(["我想订房，再见", "bye the way, front desk", "谢谢", ""])(
    "hears no goodbye alone in %j",
    (said) => {
      expect(saysGoodbye(said)).toBe(false);
    },
  );
});

describe("rulesTurn", () => {
  it("answers whom the caller reached only when they asked nothing else", () => {
    expect(rulesTurn("你好，请问是湖畔酒店吗", demoDirectory, "zh")).toEqual({ kind: "identity" });
    expect(rulesTurn("喂？你好", demoDirectory, "zh")).toEqual({ kind: "greeting" });
    expect(rulesTurn("好的，再见", demoDirectory, "zh")).toEqual({ kind: "goodbye" });
    expect(rulesTurn("请问是湖畔酒店吗？我想订房", demoDirectory, "zh")).toMatchObject({
      kind: "decided",
      understanding: { kind: "department", department: "reservations" },
    });
  });
});
