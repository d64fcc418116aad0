import { expect } from "vitest";
import type { Directory } from "../../src/rules/directory.ts";
import { understand } from "../../src/rules/understand/index.ts";
import type { Kind } from "../../src/rules/understand/kinds.ts";
import { kindsOf } from "../../src/rules/understand/kinds-of.ts";

/** The language a test's caller speaks, by whether the words are Chinese. */
export const languageOf = (said: string): "zh" | "en" =>
  /[\u3400-\u9fff]/.test(said) ? "zh" : "en";

/** Asserts that what was said is understood as a call for one department of the directory. */
export const routes = (dir: Directory) => (said: string, key: string) => {
  expect(understand(said, dir, languageOf(said))).toMatchObject({
    kind: "department",
    department: key,
  });
};

/** The kinds of the department what was said reaches: none when it reaches no department. */
export const kindsReached = (dir: Directory, said: string): Kind[] => {
  const u = understand(said, dir, languageOf(said));
  return u.kind === "department" ? (kindsOf(dir).get(u.department) ?? []) : [];
};
