import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type EvalCase, isRight, scoreTurn, turnsBefore } from "../../scripts/lib/routing-eval.ts";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { rulesTurn } from "../../src/rules/turn.ts";
import { DEMO_DIRECTORY } from "../support/harness.ts";

const dir = parseDirectoryFile(readFileSync(DEMO_DIRECTORY, "utf8"), DEMO_DIRECTORY);

function scored(text: string, lang: "zh" | "en", expect: string) {
  const c: EvalCase = { text, lang, expect };
  return scoreTurn(c, rulesTurn(text, dir, lang), dir);
}

// A question nothing in the knowledge base answers is met with "I can't answer that; shall I put
// you through to …?" (the department heard, else the operator): a "yes" reaches that place.
describe("the routing evaluation, on a question nothing answers", () => {
  it("counts the place offered as reached after one more turn", () => {
    const offered = scored("do you have a spa", "en", "department:front_desk");
    expect(offered.got).toBe("faq");
    expect(offered.offered).toBe("department:front_desk");
    expect(isRight(offered)).toBe(true);
    expect(turnsBefore(offered)).toBe(2);
  });

  it("offers the operator when no department was heard", () => {
    const offered = scored("你们有充电宝吗", "zh", "operator");
    expect(offered.offered).toBe("operator");
    expect(isRight(offered)).toBe(true);
  });

  it("still counts the question itself as right, and another place as wrong", () => {
    expect(isRight(scored("do you have a spa", "en", "faq"))).toBe(true);
    const elsewhere = scored("do you have a spa", "en", "department:concierge");
    expect(isRight(elsewhere)).toBe(false);
    expect(turnsBefore(elsewhere)).toBe(3);
  });
});
