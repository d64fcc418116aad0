import { describe, expect, it } from "vitest";
import { findCallAndReplay, recordStep } from "../../src/store/call-steps.ts";
import { insertCall, newCall } from "../../src/store/calls.ts";
import { type SqlStatement, statement } from "../../src/store/sql.ts";
import { scratchDatabase } from "../support/scratch-database.ts";

const scratch = scratchDatabase("switchboard-record-step-");

const SID = "CA0123456789abcdef0123456789abcdef";

/** A call stored with its start time written as another writer might have written it. */
async function storedCall(startedAt: string) {
  const call = newCall({
    callSid: SID,
    from: "+8613800000000",
    to: "+862155550000",
    language: "zh",
    startedAt: new Date(startedAt),
  });
  await scratch.sql.write([insertCall(call)]);
  await scratch.sql.write([
    statement(`UPDATE "Call" SET "startedAt" = ? WHERE "callSid" = ?`, startedAt, SID),
  ]);
}

/** An effect whose every run shows: a row added each time it is applied. */
function noteEffect(at: string): SqlStatement {
  return statement(`INSERT INTO "CallTallyChange" ("at") VALUES (?)`, at);
}

async function notes(): Promise<number> {
  const [row] = await scratch.sql.read(statement(`SELECT count(*) AS n FROM "CallTallyChange"`));
  return Number(row?.n);
}

async function eventTimes(): Promise<string[]> {
  const rows = await scratch.sql.read(
    statement(`SELECT "callStartedAt" AS t FROM "CallEvent" WHERE "callSid" = ?`, SID),
  );
  return rows.map((row) => String(row.t));
}

describe("recordStep", () => {
  // Stored without milliseconds: what a Date would write back differs from what is stored.
  const stored = "2026-11-25T02:00:00+00:00";

  for (const given of ["the start time it was read with", "no start time"] as const) {
    it(`files the step under the call's stored start time, given ${given}`, async () => {
      await storedCall(stored);
      const found = await findCallAndReplay(scratch.database.db, SID, "key-1");
      expect(found.startedAt).toBe(stored);
      const step = {
        callSid: SID,
        at: new Date("2026-11-25T02:00:05Z"),
        type: "intent",
        detail: { speech: "我想订房" },
        response: "<Response/>",
        effects: [noteEffect("first")],
        callStartedAt: given === "no start time" ? undefined : found.startedAt,
      };
      expect(await recordStep(scratch.database.db, { ...step, requestKey: "key-1" })).toBe(
        "<Response/>",
      );
      expect(await eventTimes()).toEqual([stored]);
      expect(await notes()).toBe(1);

      // The same webhook again: its effects are not applied twice, and it gets the first answer.
      const again = { ...step, requestKey: "key-1", response: "<Response><Hangup/></Response>" };
      expect(await recordStep(scratch.database.db, again)).toBe("<Response/>");
      expect(await notes()).toBe(1);
      expect((await findCallAndReplay(scratch.database.db, SID, "key-1")).replay).toBe(
        "<Response/>",
      );

      // Another webhook of the same call: recorded, its effects applied.
      expect(await recordStep(scratch.database.db, { ...step, requestKey: "key-2" })).toBe(
        "<Response/>",
      );
      expect(await eventTimes()).toEqual([stored, stored]);
      expect(await notes()).toBe(2);
    });
  }

  it("finds no call, and no start time, for a CallSid never seen", async () => {
    expect(await findCallAndReplay(scratch.database.db, SID, "key-1")).toEqual({
      call: null,
      replay: null,
      startedAt: null,
    });
  });
});
