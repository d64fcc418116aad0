import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { Directory } from "../../src/rules/directory.ts";
import { speechHints } from "../../src/rules/understand/hints.ts";
import { render, type Verb } from "../../src/twilio/twiml.ts";
import { answerToKeep, keptAnswer } from "../../src/voice/kept-answers.ts";
import { demoDirectory } from "../support/demo.ts";

function gather(dir: Directory, language: "zh" | "en", hints = speechHints(dir, language)): Verb {
  return {
    verb: "gather",
    action: "/voice/intent?n=1",
    prompt: [{ text: language === "zh" ? "请问有什么可以帮您？" : "How can I help?", language }],
    input: "speech dtmf",
    language,
    hints,
    numDigits: 1,
  };
}

describe("the answers a step's record keeps", () => {
  it("name the directory's speech hints instead of repeating them, and give them back", () => {
    const twiml = render([gather(demoDirectory, "zh"), gather(demoDirectory, "en")]);
    const kept = answerToKeep(twiml, demoDirectory);
    expect(kept).not.toContain("预订部");
    expect(kept).not.toContain("Reservations");
    expect(kept.match(/ hints="<(zh|en)>"/g)).toEqual([' hints="<zh>"', ' hints="<en>"']);
    expect(kept.length).toBeLessThan(twiml.length / 2);
    expect(keptAnswer(kept, demoDirectory)).toBe(twiml);
  });

  it("keep hints that are not the directory's as they were", () => {
    const twiml = render([gather(demoDirectory, "zh", ["是", "不是"])]);
    expect(answerToKeep(twiml, demoDirectory)).toBe(twiml);
    expect(keptAnswer(twiml, demoDirectory)).toBe(twiml);
  });

  it("cannot mistake a hint that reads like a name for one", () => {
    const dir = structuredClone(demoDirectory);
    const [first] = dir.departments;
    if (!first) throw new Error("the demo directory has no departments");
    first.name.zh = "<zh>";
    const own = render([gather(dir, "zh", ["<zh>"])]);
    expect(own).toContain(' hints="&lt;zh>"');
    expect(keptAnswer(answerToKeep(own, dir), dir)).toBe(own);
    const twiml = render([gather(dir, "zh")]);
    expect(keptAnswer(answerToKeep(twiml, dir), dir)).toBe(twiml);
  });

  it("give valid TwiML without the hints when there is no directory to take them from", () => {
    const kept = answerToKeep(render([gather(demoDirectory, "zh")]), demoDirectory);
    const given = keptAnswer(kept, null);
    expect(XMLValidator.validate(given)).toBe(true);
    expect(given).not.toContain("hints=");
    expect(given).toContain('action="/voice/intent?n=1"');
  });

  it("give an answer kept in full, before hints were named, as it was", () => {
    const twiml = render([gather(demoDirectory, "zh")]);
    expect(keptAnswer(twiml, demoDirectory)).toBe(twiml);
  });
});
