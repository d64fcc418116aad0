import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory, Staff } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";

// Staff asked for by name as English speech recognisers write Chinese names, and as callers say
// them with a role or a department: names of a company made up here, none of them the eval's.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const base = load("directory/huaxin-manufacturing.yaml");

/** The company's departments with these people alone on its staff. */
function staffed(people: [key: string, zh: string, en: string, department: string][]): Directory {
  const { mobile: _, ...someone } = base.staff[0] as Staff;
  return {
    ...base,
    staff: people.map(([key, zh, en, department], i) => ({
      ...someone,
      key,
      name: { zh, en },
      department,
      desk: `+8621688809${String(i).padStart(2, "0")}`,
      aliases: [],
    })),
  };
}

const firm = staffed([
  ["xue_ming", "薛明", "Xue Ming", "finance"],
  ["cao_zihan", "曹子涵", "Cao Zihan", "hr"],
  ["zhang_siyu", "张思雨", "Zhang Siyu", "logistics"],
  ["jue_hong", "觉红", "Jue Hong", "quality"],
  ["gao_lin", "高林", "Gao Lin", "sales"],
]);

const person = (said: string, dir = firm) => understand(said, dir, "en");

describe("a Chinese name as an English recogniser writes it, sound by sound", () => {
  it.each([
    ["Shway Ming in finance please", "xue_ming"],
    ["can I talk to Hsueh Ming", "xue_ming"],
    ["Tsao Tzu Han please", "cao_zihan"],
    ["Chang Szu Yu in logistics", "zhang_siyu"],
    ["I'm looking for Chueh Hong", "jue_hong"],
  ])("%s → %s", (said, key) => {
    expect(person(said)).toMatchObject({ kind: "person", staff: key });
  });

  it("puts no one through for a name nobody here has", () => {
    expect(person("Shway Ling please").kind).not.toBe("person");
    expect(person("Hsueh Fang in finance please")).not.toMatchObject({ kind: "person" });
  });
});

describe("a name followed by where the person works", () => {
  it("hears a name of everyday words with a department after it, as that department is written", () => {
    const dir = staffed([["you_mei", "尤美", "You Mei", "marketing"]]);
    expect(person("you may in marketing", dir)).toMatchObject({ kind: "person", staff: "you_mei" });
  });
});

describe("a whole name with one sound a little wrong", () => {
  const near = staffed([
    ["deng_fang", "邓芳", "Deng Fang", "sales"],
    ["sun_tingting", "孙婷婷", "Sun Tingting", "hr"],
    ["sun_hao", "孙浩", "Sun Hao", "it"],
    ["pang_kai", "庞凯", "Pang Kai", "it"],
    ["peng_kai", "彭凯", "Peng Kai", "legal"],
  ]);

  it("puts the caller through when the person's own department is named too", () => {
    expect(person("hello, Mr Dang Fang, sales manager, please", near)).toMatchObject({
      kind: "person",
      staff: "deng_fang",
      confidence: CONFIDENT,
    });
  });

  it("asks before putting through on the name alone", () => {
    const u = person("can I speak to Dang Fang please", near);
    expect(u).toMatchObject({ kind: "person", staff: "deng_fang" });
    if (u.kind === "person") expect(u.confidence).toBeLessThan(CONFIDENT);
  });

  it("hears a given name said twice as the name, not a stammer, after a title", () => {
    // Two people are called Sun: the given name says which.
    const u = person("could I speak to Miss Sun Tin Tin please", near);
    expect(u).toMatchObject({ kind: "person", staff: "sun_tingting" });
    if (u.kind === "person") expect(u.alternatives).toBeUndefined();
  });

  it("takes the name as said over one near it", () => {
    expect(person("Pang Kai please", near)).toMatchObject({ kind: "person", staff: "pang_kai" });
    expect(person("Peng Kai please", near)).toMatchObject({ kind: "person", staff: "peng_kai" });
  });

  it("puts no one through for a name two sounds away, or in another department", () => {
    expect(person("Dang Ming please", near).kind).not.toBe("person");
    expect(person("Dang Fang in human resources please", near)).toMatchObject({
      kind: "department",
      department: "hr",
    });
  });
});
