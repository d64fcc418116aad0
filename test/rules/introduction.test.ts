import { describe, expect, it } from "vitest";
import { declinesMessage, introduction, organisationAnswer } from "../../src/rules/introduction.ts";

describe("introduction", () => {
  it.each([
    ["我叫王小明，是东方贸易公司的", "王小明", "东方贸易公司"],
    ["我是东方贸易公司的王小明", "王小明", "东方贸易公司"],
    ["王小明，东方贸易公司。", "王小明", "东方贸易公司"],
    ["王小明，来自东方贸易", "王小明", "东方贸易"],
    ["My name is John Baker from Acme Trading", "John Baker", "Acme Trading"],
    ["This is Tom calling from Contoso Ltd.", "Tom", "Contoso Ltd"],
    ["I'm Jane, with the Hilton", "Jane", "Hilton"],
  ])("takes the organisation said with the name: %s", (said, name, organisation) => {
    expect(introduction(said)).toEqual({ name, organisation, personal: false });
  });

  it.each([
    ["我是张三，个人", "张三"],
    ["Tom, personal", "Tom"],
  ])("hears a personal call said with the name: %s", (said, name) => {
    expect(introduction(said)).toEqual({ name, organisation: null, personal: true });
  });

  it.each([
    ["王小明", "王小明"],
    ["我姓王", "王"],
    ["叫我小王就行。", "小王"],
    ["您叫我老李就可以了", "老李"],
    ["just call me Tom", "Tom"],
    ["免贵姓李。", "李"],
    ["my name is John Baker", "John Baker"],
    // "是…的" is said of more than organisations: one is taken only by its name's ending.
    ["我叫王小明，是来咨询的", "王小明"],
    ["我是王小明的朋友", "王小明的朋友"],
    ["王小明，谢谢", "王小明，谢谢"],
  ])("leaves the organisation to be asked for: %s", (said, name) => {
    expect(introduction(said)).toEqual({ name, organisation: null, personal: false });
  });

  it.each([
    ["好的，我姓王", "王"],
    ["嗯嗯，王小明。", "王小明"],
    ["是的，我是王强", "王强"],
    ["OK, John Baker", "John Baker"],
    ["Sure. My name is Jane", "Jane"],
    // Only a word said on its own is an agreement, not the start of a name.
    ["好大喜", "好大喜"],
  ])("takes the name after the caller's agreement: %s", (said, name) => {
    expect(introduction(said).name).toBe(name);
  });

  it.each(["是", "好的。", "嗯", "可以", "OK", "Yes.", "sure"])(
    "finds no name in an agreement alone: %s",
    (said) => {
      expect(introduction(said)).toEqual({ name: null, organisation: null, personal: false });
    },
  );

  it("finds no name in silence", () => {
    expect(introduction("")).toEqual({ name: null, organisation: null, personal: false });
    expect(introduction(" 。")).toEqual({ name: null, organisation: null, personal: false });
  });
});

describe("organisationAnswer", () => {
  it.each([
    ["东方贸易公司", "东方贸易公司"],
    ["华为", "华为"],
    ["我是华为的", "华为"],
    ["我们是东方贸易公司。", "东方贸易公司"],
    ["来自东方贸易", "东方贸易"],
    ["在华为工作", "华为"],
    ["华为打来的", "华为"],
    ["好的，华为", "华为"],
    // "在" is only a lead with "工作" or "上班" after it: here it is part of the name.
    ["在线教育公司", "在线教育公司"],
    ["Acme Trading", "Acme Trading"],
    ["I'm calling from Acme Trading.", "Acme Trading"],
    ["I'm with the Hilton", "Hilton"],
    ["We work for Contoso", "Contoso"],
    ["this is Contoso", "Contoso"],
  ])("takes the organisation without the words around it: %s", (said, organisation) => {
    expect(organisationAnswer(said)).toEqual({ name: null, organisation, personal: false });
  });

  it.each([
    ["我是华为的王强", "王强", "华为"],
    ["东方贸易公司的王小明", "王小明", "东方贸易公司"],
    ["John from Acme", "John", "Acme"],
  ])("takes the name said with it: %s", (said, name, organisation) => {
    expect(organisationAnswer(said)).toEqual({ name, organisation, personal: false });
  });

  it.each(["个人", "我是个人的", "私事", "没有单位", "personal", "It's a personal call."])(
    "hears a personal call: %s",
    (said) => {
      expect(organisationAnswer(said)).toEqual({ name: null, organisation: null, personal: true });
    },
  );

  it.each(["", "是", "OK."])("finds nothing in silence or an agreement: %j", (said) => {
    expect(organisationAnswer(said)).toEqual({ name: null, organisation: null, personal: false });
  });
});

describe("declinesMessage", () => {
  it.each([
    "不用了",
    "不用了，谢谢。",
    "不用了谢谢",
    "算了",
    "我晚点再打",
    "那我明天再打过来吧",
    "no",
    "No thanks.",
    "never mind",
    "I'll call back later",
  ])("hears no message in %j", (said) => {
    expect(declinesMessage(said)).toBe(true);
  });

  it.each(["王", "王小明", "我姓王", "Nobu", "Tom", "我不用留单位吧，我叫王强"])(
    "takes %j as an answer, not a refusal",
    (said) => {
      expect(declinesMessage(said)).toBe(false);
    },
  );

  it("leaves no organisation for a refusal to give one", () => {
    expect(organisationAnswer("不用了")).toEqual({
      name: null,
      organisation: null,
      personal: false,
    });
  });
});
