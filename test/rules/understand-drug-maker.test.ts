import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { kindsOf } from "../../src/rules/understand/kinds-of.ts";
import { routes } from "../support/understanding.ts";

// A drug maker's departments understood from a directory of names and one-line descriptions
// (test/rules/fixtures/drug-maker.yaml), with requests written from how its callers speak; none
// of them is in the eval sets. A hospital hears none of these kinds' words.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const maker = load("test/rules/fixtures/drug-maker.yaml");

describe("a drug maker's departments, read from their names", () => {
  it("reads medical information, drug safety, regulatory affairs and market access", () => {
    const kinds = kindsOf(maker);
    expect(kinds.get("med_info")).toEqual(["medical_information"]);
    expect(kinds.get("pv")).toEqual(["drug_safety"]);
    expect(kinds.get("reg")).toEqual(["regulatory"]);
    expect(kinds.get("access")).toEqual(["market_access"]);
  });
});

describe("a drug maker's callers", () => {
  it.each([
    ["你们这个降压药 一天吃几片啊 说明书看不明白", "med_info"],
    ["孕妇能不能吃你们的这个药", "med_info"],
    ["can I take your tablets with alcohol", "med_info"],
    ["I missed a dose this morning, should I take two tonight", "med_info"],
    ["吃了你们的药以后身上起疹子了 很痒", "pv"],
    ["I'd like to report a side effect from one of your medicines", "pv"],
    ["我们是省药监局的 关于你们那个品种的补充资料", "reg"],
    ["we're preparing the dossier for the marketing authorisation in Vietnam", "reg"],
    ["你们这个药进医保目录了吗", "access"],
    ["is your drug on the reimbursement list yet", "access"],
  ])("%s → %s", (said, key) => routes(maker)(said, key));
});

describe("a hospital hears none of a drug maker's words", () => {
  it("sends a patient's dose question to its own pharmacy", () => {
    routes(load("eval/blind/lvyuan-hospital.yaml"))("这个药一天吃几片 饭前还是饭后吃", "pharmacy");
  });
});
