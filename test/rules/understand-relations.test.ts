import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { Directory, Staff } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import { languageOf } from "../support/understanding.ts";

// Someone asked for by whom they work for, in a company made up here: its general manager 金浩然
// ("金总", who approves), his assistant 秦悦, whose surname an English recogniser writes "Chin"
// as it writes his, and a salesman.

const base = parseDirectoryFile(
  readFileSync("directory/huaxin-manufacturing.yaml", "utf8"),
  "directory/huaxin-manufacturing.yaml",
);
const { mobile: _, ...someone } = base.staff[0] as Staff;
const person = (
  key: string,
  zh: string,
  en: string,
  department: string,
  role: Staff["role"],
  aliases: string[] = [],
): Staff => ({
  ...someone,
  key,
  name: { zh, en },
  department,
  role,
  aliases,
  desk: `+86216888${key.length}0${zh.length}`,
});
const company: Directory = {
  ...base,
  staff: [
    person("jin_haoran", "金浩然", "Jin Haoran", "gm_office", "approver", ["金总"]),
    person("qin_yue", "秦悦", "Qin Yue", "gm_office", "admin"),
    person("tang_lei", "唐磊", "Tang Lei", "sales", "staff"),
  ],
};

const asked = (said: string) => understand(said, company, languageOf(said));

describe("someone asked for by whom they work for", () => {
  it.each([
    "金总的秘书",
    "我找金浩然的助理",
    "I'd like to speak to Mr Jin's assistant",
    "Jin Haoran's secretary please",
  ])("%s is the assistant, not the one assisted", (said) => {
    expect(asked(said)).toMatchObject({ kind: "person", staff: "qin_yue" });
  });

  it.each(["Ms Chin, the GM's assistant please", "Miss Chin, the general manager's secretary"])(
    "%s is, of two who sound alike, the one who is not the GM",
    (said) => {
      expect(asked(said)).toMatchObject({ kind: "person", staff: "qin_yue" });
    },
  );

  it("still puts the one named through when no one else is meant", () => {
    expect(asked("金总在吗")).toMatchObject({ kind: "person", staff: "jin_haoran" });
    expect(asked("Jin Haoran please")).toMatchObject({ kind: "person", staff: "jin_haoran" });
    expect(asked("秦悦")).toMatchObject({ kind: "person", staff: "qin_yue" });
    // The GM's own name with a role that is his: no assistant in it.
    expect(asked("I'd like Mr Jin, the general manager")).toMatchObject({
      kind: "person",
      staff: "jin_haoran",
    });
  });
});
