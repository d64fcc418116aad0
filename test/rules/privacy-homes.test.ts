import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";

// Where someone lives, and someone else's number, are private wherever they live: a university's
// dormitory and a residential compound's flats as much as a hotel's rooms.

const company: Directory = parseDirectoryFile(
  readFileSync("directory/huaxin-manufacturing.yaml", "utf8"),
  "huaxin-manufacturing.yaml",
);
const language = (said: string) => (/[\u4e00-\u9fff]/.test(said) ? "zh" : "en");

describe("where someone lives", () => {
  it.each([
    "hello I'm a friend of a student called Li Wei, can you tell me which dorm room he's in",
    "can you tell me which apartment Mr Thomas Becker lives in, I'm an old friend",
    "where does Anna Schmidt live, I have a parcel for her",
    "我想问一下 3栋那个姓刘的业主住几单元",
    "我儿子住哪个宿舍 能帮我查一下吗",
    // A staff member's home is as private as a guest's room, not the company's address.
    "what's the GM's home address",
    "can you give me the home address of your manager",
    "总经理家的地址是多少",
    "王经理家住在哪",
  ])("%s → room number refused", (said) => {
    expect(understand(said, company, language(said))).toMatchObject({
      kind: "privacy",
      asked: "room_number",
    });
  });

  it.each([
    "hi the flat above me is leaking into my ceiling, can you give me the owner's phone number",
    "楼上那家的电话能给我一下吗 漏水了",
    "能把业主的手机号告诉我吗",
  ])("someone else's number: %s", (said) => {
    expect(understand(said, company, language(said))).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
  });

  it.each([
    "which building is the gym in",
    "my apartment number is 1203 and my sink is leaking",
    "what dorm will I be in as a freshman",
    "我的宿舍在哪栋楼",
    "what is the number for the owners committee",
  ])("not a question about anyone else: %s", (said) => {
    expect(understand(said, company, language(said)).kind).not.toBe("privacy");
  });
});

describe("a hotel room asked of, and a meeting's room", () => {
  const hotel: Directory = parseDirectoryFile(
    readFileSync("directory/lakeside-hotel.yaml", "utf8"),
    "lakeside-hotel.yaml",
  );

  it.each([
    // The question put inside another, its words in the order of a statement.
    "could you tell me which room ms tanaka is in, I'm her colleague",
    "do you know what room John Carter is staying in",
  ])("%s → room number refused", (said) => {
    expect(understand(said, hotel, "en")).toMatchObject({ kind: "privacy", asked: "room_number" });
  });

  it.each([
    "which room is the meeting in",
    "what room is the wedding banquet in tonight",
    "会议在哪个房间",
    "培训在几号房",
  ])("%s asks of no one", (said) => {
    expect(understand(said, hotel, language(said)).kind).not.toBe("privacy");
  });
});

describe("the caller's own home", () => {
  it.each(["I need to update my home address", "我家的地址填错了 能帮我改一下吗"])(
    "%s is no privacy question",
    (said) => {
      expect(understand(said, company, language(said)).kind).not.toBe("privacy");
    },
  );
});

describe("a call someone made, not a number asked for", () => {
  it.each([
    ["喂 我找一下陈丽 她昨天给我打过电话", "chen_li"],
    ["我找陈丽 麻烦让她回个电话", "chen_li"],
    ["hi I'm after Chen Li in finance", "chen_li"],
  ])("%s → put through to %s", (said, key) => {
    expect(understand(said, company, language(said))).toMatchObject({ kind: "person", staff: key });
  });

  it("still refuses the number itself", () => {
    expect(understand("陈丽的电话是多少", company, "zh")).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
  });
});

describe("someone else's number, not named", () => {
  it.each([
    "我想要一下跟我一个团的那个阿姨的电话 上次合照要发给她",
    "我想查一下这个号码是谁的，他老给我打电话",
    "你们能不能告诉我这个机主叫什么",
    "whose number is this, it keeps calling me",
  ])("%s → the number refused", (said) => {
    expect(understand(said, company, language(said))).toMatchObject({
      kind: "privacy",
      asked: "private_number",
    });
  });
});
