import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Department, Directory } from "../../src/rules/directory.ts";
import { CONFIDENT, understand } from "../../src/rules/understand/index.ts";
import { department } from "../support/departments.ts";
import { languageOf } from "../support/understanding.ts";

// The head word of a part of a department's description ("户口" of 户口迁移, 订单 of 国内订单, "orders" of
// "domestic customers' orders") is heard on its own, for less than the part. None of these
// sentences is in the eval sets.

const load = (file: string): Directory => parseDirectoryFile(readFileSync(file, "utf8"), file);
const base = load("directory/huaxin-manufacturing.yaml");

const described = (
  key: string,
  name: { zh: string; en: string },
  zh: string,
  en: string,
): Department => ({ ...department(key, name), description: { zh, en } });

const hall: Directory = {
  ...base,
  organisation: { ...base.organisation, operatorDepartment: "front" },
  departments: [
    department("front", { zh: "总服务台", en: "Front Desk" }),
    described(
      "residents",
      { zh: "公安综合窗口", en: "Police Services" },
      "户口迁移、居住证办理",
      "household registration moves, residence permits",
    ),
    described(
      "trade",
      { zh: "外贸一组", en: "Trade Team One" },
      "日韩客户、国内订单",
      "Japanese and Korean customers, domestic customers' orders",
    ),
    described(
      "dyeing",
      { zh: "染整车间", en: "Dyehouse" },
      "染色、印花、面料定型",
      "dyeing, printing, fabric finishing",
    ),
    described(
      "samples",
      { zh: "样品间", en: "Sample Room" },
      "样品寄送、成品定型",
      "samples sent out, finishing of made-up goods",
    ),
  ],
  staff: [],
  guests: [],
  knowledge: [],
};

const departmentOf = (said: string) => understand(said, hall, languageOf(said));

describe("the head words of a description", () => {
  it.each([
    ["户口本上名字要改", "residents"],
    ["我想问一下订单的事", "trade"],
    ["I have a question about my orders", "trade"],
  ])("%s → %s", (said, key) => {
    const u = departmentOf(said);
    expect(u).toMatchObject({ kind: "department", department: key });
    if (u.kind === "department") expect(u.confidence).toBeGreaterThan(0.5);
  });

  it("a head two departments' descriptions share points to neither alone", () => {
    // 定型 heads both 面料定型 and 成品定型: a caller saying only it is not put through.
    const u = departmentOf("定型的事找谁");
    if (u.kind === "department") expect(u.confidence).toBeLessThan(CONFIDENT);
  });
});
