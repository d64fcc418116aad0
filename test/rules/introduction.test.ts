import { describe, expect, it } from "vitest";
import { introduction } from "../../src/rules/introduction.ts";

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
    ["免贵姓李。", "李"],
    ["my name is John Baker", "John Baker"],
    // "是…的" is said of more than organisations: one is taken only by its name's ending.
    ["我叫王小明，是来咨询的", "王小明"],
    ["我是王小明的朋友", "王小明的朋友"],
    ["王小明，谢谢", "王小明，谢谢"],
  ])("leaves the organisation to be asked for: %s", (said, name) => {
    expect(introduction(said)).toEqual({ name, organisation: null, personal: false });
  });

  it("finds no name in silence", () => {
    expect(introduction("")).toEqual({ name: null, organisation: null, personal: false });
    expect(introduction(" 。")).toEqual({ name: null, organisation: null, personal: false });
  });
});
