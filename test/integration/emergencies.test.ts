import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { callThrough } from "../support/calls.ts";
import { createHarness, type Harness } from "../support/harness.ts";

// Emergencies through the IVR, in two organisations' directories: every one is put through to
// the emergency department at once, or after one question; nothing else ever is.

const DIRECTORIES = {
  lakeside: "directory/lakeside-hotel.yaml",
  huaxin: "directory/huaxin-manufacturing.yaml",
} as const;

interface Case {
  text: string;
  lang: "zh" | "en";
  directory: keyof typeof DIRECTORIES;
  expect: "emergency" | "not";
}

const CASES: Case[] = readFileSync("eval/emergencies.jsonl", "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Case);

const harnesses = new Map<string, Harness>();
beforeAll(async () => {
  for (const [name, file] of Object.entries(DIRECTORIES)) {
    harnesses.set(name, await createHarness({ directoryFile: file }));
  }
});
afterAll(async () => {
  for (const h of harnesses.values()) await h.close();
});

const ASKED = /是紧急情况吗|Is this an emergency/;

describe("emergencies through the IVR", () => {
  it("has at least 60 emergencies and 30 look-alikes, across both directories", () => {
    const positive = CASES.filter((c) => c.expect === "emergency");
    const negative = CASES.filter((c) => c.expect === "not");
    expect(positive.length).toBeGreaterThanOrEqual(60);
    expect(negative.length).toBeGreaterThanOrEqual(30);
    for (const name of Object.keys(DIRECTORIES)) {
      expect(positive.some((c) => c.directory === name)).toBe(true);
      expect(negative.some((c) => c.directory === name)).toBe(true);
    }
  });

  it("dials every emergency at once, or after asking once, and nothing else", async () => {
    const wrong: string[] = [];
    for (const c of CASES) {
      const h = harnesses.get(c.directory) as Harness;
      const file = DIRECTORIES[c.directory];
      const dir = parseDirectoryFile(readFileSync(file, "utf8"), file);
      const emergencyNumbers = dir.departments.find(
        (d) => d.key === dir.organisation.emergencyDepartment,
      )?.numbers;
      const from = c.lang === "en" ? "+14155550100" : "+8613800138000";
      // The caller says it, and presses 1 if asked whether it is an emergency.
      const r = await callThrough(h, { says: [c.text, "#1"], staff: ["answer"] }, from);
      expect(r.problems).toEqual([]);
      const afterWords = r.requests.filter((q) => q.purpose === "twiml")[1]?.body ?? "";
      const asked = ASKED.test(afterWords);
      const alert = await h.prisma.emergencyAlert.findUnique({ where: { callSid: r.callSid } });
      const call = await h.prisma.call.findUniqueOrThrow({ where: { callSid: r.callSid } });
      const dialled = r.dialled.map((d) => d.number);
      if (c.expect === "emergency") {
        // At once: the answer to the words dials; else one question, and the answer to 1 dials.
        const at = asked ? 2 : 1;
        const dialsThen = r.requests.filter((q) => q.purpose === "twiml")[at]?.body ?? "";
        const ok =
          /<Dial/.test(asked ? dialsThen : afterWords) &&
          JSON.stringify(dialled.slice(0, emergencyNumbers?.length)) ===
            JSON.stringify(emergencyNumbers) &&
          alert !== null &&
          call.outcome === "emergency";
        if (!ok) wrong.push(`missed: ${c.text}`);
      } else if (alert !== null || call.intent === "emergency" || asked) {
        wrong.push(`${asked ? "asked" : "dialled"}: ${c.text}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);
});
