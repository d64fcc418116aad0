import { describe, expect, it } from "vitest";
import { type Directory, directorySchema } from "../../src/rules/directory.ts";
import { answerByRules, searchKnowledge } from "../../src/rules/knowledge.ts";
import { said } from "../../src/rules/text.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { speechHints } from "../../src/rules/understand/hints.ts";
import { understand } from "../../src/rules/understand/index.ts";

// What the rules work out once per directory (phrases, names, hints, questions) must never leak
// into another directory's answers, nor one utterance's reading into the next.

const hotel: Directory = directorySchema.parse({
  organisation: {
    key: "hotel",
    name: { zh: "湖畔酒店", en: "Lakeside Hotel" },
    timezone: "Asia/Shanghai",
    mainNumber: "+862155550100",
    greeting: { zh: "您好", en: "Hello" },
    farewell: { zh: "再见", en: "Goodbye" },
    operatorDepartment: "front_desk",
    emergencyDepartment: "front_desk",
    complaintsDepartment: "front_desk",
  },
  departments: [
    {
      key: "front_desk",
      name: { zh: "前台", en: "Front Desk" },
      numbers: ["+862155550101"],
      keywords: { zh: ["退房"], en: ["check out"] },
    },
    {
      key: "reservations",
      name: { zh: "预订部", en: "Reservations" },
      numbers: ["+862155550102"],
      keywords: { zh: ["订房"], en: ["book a room"] },
    },
  ],
  staff: [
    {
      key: "li_na",
      name: { zh: "李娜", en: "Li Na" },
      department: "front_desk",
      desk: "+862155550103",
    },
  ],
  knowledge: [
    {
      key: "wifi",
      question: { zh: "无线网密码是什么？", en: "What is the wifi password?" },
      answer: { zh: "密码是lakeside。", en: "The password is lakeside." },
      keywords: { zh: ["无线网", "上网"], en: ["wifi", "internet"] },
    },
  ],
});

/** The same hotel after an edit: booking moved to sales, another person, other knowledge. */
const edited: Directory = (() => {
  const dir = structuredClone(hotel);
  dir.departments.push({
    key: "sales",
    name: { zh: "销售部", en: "Sales" },
    numbers: ["+862155550104"],
    dial: "sequential",
    hours: "24h",
    afterHours: "message",
    keywords: { zh: ["订房"], en: ["book a room"] },
  });
  const reservations = dir.departments.find((d) => d.key === "reservations");
  if (reservations) reservations.keywords = { zh: [], en: [] };
  dir.staff = [
    {
      key: "david_miller",
      name: { en: "David Miller" },
      department: "front_desk",
      desk: "+862155550105",
      aliases: [],
      role: "staff",
    },
  ];
  dir.knowledge = [
    {
      key: "parking",
      question: { zh: "停车场在哪里？", en: "Where can I park?" },
      answer: { zh: "停车场在地下一层。", en: "The car park is on the first basement level." },
      keywords: { zh: ["停车"], en: ["parking"] },
    },
  ];
  return dir;
})();

describe("two directories side by side", () => {
  it("route the same words by each one's own phrases", () => {
    for (let round = 0; round < 2; round++) {
      expect(understand("我想订房", hotel, "zh")).toMatchObject({ department: "reservations" });
      expect(understand("我想订房", edited, "zh")).toMatchObject({ department: "sales" });
      expect(understand("I want to book a room", hotel, "en")).toMatchObject({
        department: "reservations",
      });
      expect(understand("I want to book a room", edited, "en")).toMatchObject({
        department: "sales",
      });
    }
  });

  it("know each one's own people", () => {
    for (let round = 0; round < 2; round++) {
      expect(understand("帮我转李娜", hotel, "zh")).toMatchObject({
        kind: "person",
        staff: "li_na",
      });
      expect(understand("帮我转李娜", edited, "zh").kind).not.toBe("person");
      expect(understand("put me through to David Miller", edited, "en")).toMatchObject({
        kind: "person",
        staff: "david_miller",
      });
      expect(understand("put me through to David Miller", hotel, "en").kind).not.toBe("person");
    }
  });

  it("answer from each one's own knowledge", () => {
    const answered = (utterance: string, dir: Directory) =>
      answerByRules(utterance, searchKnowledge(utterance, dir)).map((k) => k.key);
    for (let round = 0; round < 2; round++) {
      expect(answered("无线网密码是什么？", hotel)).toEqual(["wifi"]);
      expect(answered("无线网密码是什么？", edited)).toEqual([]);
      expect(answered("Where can I park?", edited)).toEqual(["parking"]);
      expect(answered("Where can I park?", hotel)).toEqual([]);
    }
  });

  it("hint at each one's own names, in each language", () => {
    expect(speechHints(hotel, "zh")).not.toContain("销售部");
    expect(speechHints(edited, "zh")).toContain("销售部");
    expect(speechHints(edited, "en")).toContain("Sales");
    expect(speechHints(edited, "en")).not.toContain("销售部");
    expect(speechHints(hotel, "zh")).toContain("李娜");
    expect(speechHints(edited, "zh")).not.toContain("李娜");
  });

  it("stay within what Twilio takes for a large company: 500 hints of at most 100 characters", () => {
    const large = structuredClone(hotel);
    large.departments = large.departments.map((d, i) =>
      i === 0 ? { ...d, name: { ...d.name, en: "Front Desk, Concierge and Guest Relations" } } : d,
    );
    const person = (key: string, name: { zh?: string; en: string }, i: number) => ({
      key,
      name,
      department: "front_desk",
      desk: `+8621555${String(10000 + i)}`,
      aliases: [],
      role: "staff" as const,
    });
    large.staff = [
      person("long", { en: "x".repeat(101) }, 999),
      ...Array.from({ length: 400 }, (_, i) =>
        person(`person_${i}`, { zh: `员工${i}`, en: `Person ${i}` }, i),
      ),
    ];
    for (const language of ["zh", "en"] as const) {
      const hints = speechHints(large, language);
      expect(hints.length).toBe(500);
      for (const hint of hints) {
        expect(hint.length).toBeLessThanOrEqual(100);
        expect(hint).not.toMatch(/[,，]/);
      }
      // The departments and the other language come before the people.
      expect(hints.slice(0, 3)).toEqual(
        language === "en"
          ? ["Front Desk Concierge and Guest Relations", "Reservations", "中文"]
          : ["前台", "预订部", "English"],
      );
    }
  });

  it("hand out hints no caller can change, so the next greeting's stay as they were", () => {
    const first = speechHints(hotel, "en");
    const kept = [...first];
    expect(() => (first as string[]).push("changed")).toThrow(TypeError);
    expect(() => {
      (first as string[]).length = 0;
    }).toThrow(TypeError);
    expect(speechHints(hotel, "en")).toEqual(kept);
  });
});

describe("one utterance after another", () => {
  it("reads each one afresh", () => {
    expect(said("我想订房").compact).toBe("我想订房");
    expect(said("I want to book a room").words).toEqual(["i", "want", "book", "room"]);
    expect(said("我想订房").words).toEqual([]);
    expect(rulesTurn("我要投诉", hotel, "zh")).toMatchObject({
      understanding: { kind: "complaint" },
    });
    expect(rulesTurn("我想订房", hotel, "zh")).toMatchObject({
      understanding: { kind: "department", department: "reservations" },
    });
    expect(rulesTurn("我要投诉", hotel, "zh")).toMatchObject({
      understanding: { kind: "complaint" },
    });
  });
});
