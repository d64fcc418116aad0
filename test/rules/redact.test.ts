import { describe, expect, it } from "vitest";
import { seededRandom } from "../../scripts/lib/seeded.ts";
import { maskNumbers, NAME_MASK, NUMBER_MASK, privateOf, redact } from "../../src/rules/redact.ts";
import { demoDirectory } from "../support/demo.ts";
import { leaksIn, secretsOf } from "../support/leaks.ts";
import { NUMBER_FORMS, type Random, randomNumber, sayNumber } from "../support/spoken-numbers.ts";

const priv = privateOf(demoDirectory);
const SECRETS = secretsOf(demoDirectory);

const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Sentences a number is said in; `#` is where it goes. */
const CARRIERS = [
  "我住#房间",
  "请打这个号码：#，谢谢",
  "帮我转#",
  "我的手机是#，麻烦回电",
  "Could you put me through to #, please",
  "my number is # thanks",
  "room #",
  "call me back on #.",
  "我找#的客人",
  "#",
  "the guest in # said to call",
  "I'm at #, ask for me",
];

describe("redaction of numbers, property-tested", () => {
  it.each(NUMBER_FORMS.map((form) => [form]))(
    "masks every generated number of three digits or more said as %s",
    (form) => {
      const random = seededRandom(form.length * 7919);
      for (let i = 0; i < 300; i++) {
        const number = randomNumber(random, 3, 12);
        const said = sayNumber(random, number, form);
        const text = pick(random, CARRIERS).replace("#", said);
        const sent = redact(text, priv);
        expect(leaksIn(sent, { numbers: [number], names: [] }), `${text} → ${sent}`).toEqual([]);
        expect(sent, text).toContain(NUMBER_MASK);
        expect(redact(sent, priv), text).toBe(sent);
      }
    },
  );

  it("masks the directory's rooms and mobiles in every form", () => {
    const random = seededRandom(20261125);
    const numbers = [
      ...demoDirectory.guests.map((g) => g.room),
      ...demoDirectory.staff.flatMap((s) => (s.mobile ? [s.mobile.slice(3)] : [])),
    ];
    for (const number of numbers) {
      for (const form of NUMBER_FORMS) {
        for (let i = 0; i < 20; i++) {
          const text = pick(random, CARRIERS).replace("#", sayNumber(random, number, form));
          expect(leaksIn(redact(text, priv), SECRETS), text).toEqual([]);
        }
      }
    }
  });

  it.each([
    ["我住1208房间，电话 139 0000 0001", "我住[number]房间,电话 [number]"],
    ["call one three nine zero zero zero", "call [number]"],
    ["1,3,9,0,0,0,0,0,0,0,1", "[number]"],
    ["一千二百零八", "[number]"],
    ["一千二", "[number]"],
    ["两千", "[number]"],
    ["twelve oh eight", "[number]"],
    ["twelve hundred", "[number]"],
    ["twelve hundred and eight", "[number]"],
    ["one thousand two hundred and eight", "[number]"],
    ["double oh seven", "[number]"],
    ["(021) 5555-0100", "([number]"],
    ["１３９　００００　０００１", "[number]"],
    ["١٢٠٨", "[number]"],
  ])("masks %s", (text, sent) => {
    expect(redact(text, priv)).toBe(sent);
  });

  it.each([
    "about my friend zhao min's thing",
    "zhao min'll call you back",
    "is Zhao Min’s room quiet",
  ])("masks a guest's name before a possessive or a contraction: %s", (text) => {
    expect(leaksIn(redact(text, priv), SECRETS), text).toEqual([]);
  });

  it.each([
    "3 nights for 2 people",
    "我想订两个房间，住三晚",
    "十二点退房",
    "I'd like a room for one night",
    "one moment, please",
    "at ten o'clock",
    "someone often comes alone",
    "我一下子想不起来，万一不行千万别急",
    "早上七点半",
    "twenty people",
  ])("leaves everyday words alone: %s", (text) => {
    expect(redact(text, priv)).toBe(text.normalize("NFKC").replace(/\s+/g, " "));
  });

  it("masks a short number only when it is a room", () => {
    const small = privateOf({
      ...demoDirectory,
      guests: [{ key: "li_lei", name: "李雷", room: "12", incognito: false }],
    });
    expect(redact("the guest in twelve", small)).toBe("the guest in [number]");
    expect(redact("住十二号的那位", small)).toBe("住[number]号的那位");
    expect(redact("the guest in eleven", small)).toBe("the guest in eleven");
  });
});

describe("redaction of guests' names", () => {
  /** Each demo guest's name as callers say it and speech recognition writes it. */
  const FORMS: [string, string[]][] = [
    [
      "刘洋",
      [
        "刘洋",
        "刘 洋",
        "刘阳",
        "柳杨",
        "Liu Yang",
        "liu yang",
        "LIU YANG",
        "Liú Yáng",
        "liuyang",
        "Yang Liu",
        "liu-yang",
        "刘先生",
      ],
    ],
    ["赵敏", ["赵敏", "照敏", "Zhao Min", "zhaomin", "Min Zhao", "Zhào Mǐn", "赵女士", "赵小姐"]],
    [
      "Emily Carter",
      [
        "Emily Carter",
        "emily carter",
        "EMILY CARTER",
        "Carter Emily",
        "carter, emily",
        "emilycarter",
        "Ms Carter",
        "Mrs. Carter",
      ],
    ],
  ];

  it.each(FORMS)("masks %s in every form, incognito or not", (name, forms) => {
    const random = seededRandom(name.length);
    for (const form of forms) {
      const text = pick(random, [
        "我找#",
        "请帮我转给#",
        "is # staying with you?",
        "#在吗",
        "I have a parcel for #, please",
      ]).replace("#", form);
      const sent = redact(text, priv);
      expect(sent, text).toContain(NAME_MASK);
      expect(leaksIn(sent, { numbers: [], names: [name] }), `${text} → ${sent}`).toEqual([]);
    }
  });

  it("leaves staff names and everyday words alone", () => {
    for (const text of [
      "我找张伟",
      "Li Na in Finance",
      "留言",
      "阳台",
      "the carter family business",
      "刘总在吗",
    ]) {
      expect(redact(text, priv)).toBe(text);
    }
  });
});

describe("numbers shown to staff", () => {
  it("are masked from three digits, in any form", () => {
    expect(maskNumbers("call 139 0000 0001 or twelve oh eight for 3 people", "▒")).toBe(
      "call ▒ or ▒ for 3 people",
    );
  });
});
