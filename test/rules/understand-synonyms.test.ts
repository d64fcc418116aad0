import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand, whyDepartments } from "../../src/rules/understand/index.ts";
import { synonymsOf, wordSynonyms } from "../../src/rules/understand/synonyms.ts";
import { department } from "../support/departments.ts";
import { languageOf } from "../support/understanding.ts";

// A venue's directory written in its own words ("stands", "power", "car parks"), called in others
// ("booth", "electricity", "parking"): a near-synonym of a directory's word reaches its department.

const huaxin = parseDirectoryFile(
  readFileSync("directory/huaxin-manufacturing.yaml", "utf8"),
  "directory/huaxin-manufacturing.yaml",
);

const venue: Directory = {
  ...huaxin,
  organisation: { ...huaxin.organisation, operatorDepartment: "operator" },
  departments: [
    department("operator", { zh: "总机", en: "Operator" }),
    department(
      "halls",
      { zh: "场馆销售部", en: "Venue Sales" },
      "hiring halls, show dates, quotes",
    ),
    department(
      "exhibitors",
      { zh: "展商服务部", en: "Exhibitor Services" },
      "ordering power for stands, exhibitor badges",
    ),
    department(
      "science",
      { zh: "学术部", en: "Scientific Affairs" },
      "medical conferences, speaker invitations",
    ),
    department("papers", { zh: "公文室", en: "Records Office" }, "公文收发、档案"),
    department("money", { zh: "财务部", en: "Finance" }),
    department("people", { zh: "人力资源部", en: "Human Resources" }),
    department("front", { zh: "前台", en: "Front Desk" }),
  ],
  staff: [],
  guests: [],
  knowledge: [],
};

const reaches = (said: string) => {
  const u = understand(said, venue, languageOf(said));
  return u.kind === "department" ? u.department : u.kind;
};

describe("a caller's near-synonym of a directory's word", () => {
  it.each([
    // "ordering power for stands": not the venue's sales for "order".
    ["can we order electricity for the stand", "exhibitors"],
    ["I was invited to speak at your symposium", "science"],
    ["有份公函要寄给你们", "papers"],
  ])("%s reaches %s", (said, key) => {
    expect(reaches(said)).toBe(key);
  });

  it("says in the confusion list which of the directory's words it stood for", () => {
    expect(whyDepartments("有份公函要寄给你们", venue)).toContain(
      '"公函" → papers (name "公文", 0.72)',
    );
    const shared = whyDepartments("I was invited to speak at your symposium", venue);
    expect(shared.join(" ")).toContain('"symposium (conference)" → science');
  });

  it("is no word that means something else to a caller", () => {
    // A room free tonight, not a job: "vacancies" is no synonym of the staff's "recruitment".
    expect(reaches("do you have any vacancies tonight")).not.toBe("people");
  });
});

// Everyday words of other trades: a school's leave, a car's yearly inspection.
const offices: Directory = {
  ...venue,
  departments: [
    department("operator", { zh: "总机", en: "Operator" }),
    department("students", { zh: "学务处", en: "Student Office" }, "学杂费、请假"),
    department("cars", { zh: "车管部", en: "Vehicle Office" }, "年审、二手车"),
    department("money", { zh: "财务部", en: "Finance" }),
  ],
};

describe("the near-synonyms of other trades' words", () => {
  it.each([
    ["孩子明天要告假", "students"],
    ["我的车要年检了", "cars"],
  ])("%s reaches %s", (said, key) => {
    const u = understand(said, offices, languageOf(said));
    expect(u.kind === "department" ? u.department : u.kind).toBe(key);
  });
});

describe("the lexicon of near-synonyms", () => {
  it("gives a word's synonyms, never a synonym's synonyms", () => {
    const heard = (en: string[]) => synonymsOf(null, en).map((s) => s.en.join(" "));
    // "maintenance" is asked for as a repair; a repair as a fix, but that is no maintenance.
    expect(heard(["maintenance"])).toContain("repair");
    expect(heard(["maintenance"])).not.toContain("fix");
    expect(heard(["repair"])).toContain("fix");
  });

  it("never hears a caller by a word that means too much else", () => {
    // "power" is read as electricity where a directory writes it, but a caller's "power" is
    // not taken for a department's "electricity" ("power of attorney").
    expect(synonymsOf(null, ["power"]).map((s) => s.en.join(" "))).toContain("electricity");
    expect(synonymsOf(null, ["electricity"]).map((s) => s.en.join(" "))).not.toContain("power");
    expect(wordSynonyms("展位").map((s) => s.word)).toContain("摊位");
  });
});
