import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";

// A claim for compensation goes to a department that takes claims, where there is one; elsewhere
// it is a complaint, and a grievance is a complaint wherever it is made.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const hotel = load("directory/lakeside-hotel.yaml");
const company = load("directory/huaxin-manufacturing.yaml");

/** The company with a claims department, written as an administrator would: name and description. */
function withClaims(description: { zh: string; en: string }): Directory {
  const dir = structuredClone(company);
  const template = dir.departments[0];
  if (!template) throw new Error("no department to copy");
  dir.departments.push({
    ...structuredClone(template),
    key: "claims",
    name: { zh: "理赔部", en: "Claims" },
    description,
    keywords: { zh: [], en: [] },
  });
  return dir;
}

const claims = withClaims({ zh: "货损、丢失和赔偿", en: "damaged or lost goods, compensation" });

describe("a claim for compensation", () => {
  it.each([
    ["我们有一个包裹丢了 都一个月了 想申请赔偿", "zh"],
    ["嗯 那个 货到了全是坏的 这个 这个怎么赔偿", "zh"],
    ["hi, our pallet arrived crushed and we'd like compensation for it", "en"],
    ["we're still waiting on compensation for the damaged cartons", "en"],
  ] as const)("%s → the claims department", (said, language) => {
    expect(understand(said, claims, language)).toMatchObject({
      kind: "department",
      department: "claims",
    });
  });

  it("is a complaint where no department speaks of compensation", () => {
    expect(understand("我要求赔偿", hotel, "zh")).toEqual({ kind: "complaint" });
    expect(understand("I want compensation", company, "en")).toEqual({ kind: "complaint" });
  });

  it("is still a complaint when the caller complains", () => {
    for (const said of [
      "我要投诉 你们把货弄坏了 要赔偿",
      "this is unacceptable, I want compensation",
    ]) {
      expect(understand(said, claims, "zh")).toEqual({ kind: "complaint" });
    }
  });

  it("does not take a call for someone named", () => {
    const dir = structuredClone(claims);
    const person = dir.staff[0];
    if (!person) throw new Error("no staff");
    person.department = "claims";
    const u = understand(`我找${person.name.zh} 说一下赔偿的事`, dir, "zh");
    expect(u).toMatchObject({ kind: "person", staff: person.key });
  });
});
