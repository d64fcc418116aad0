import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callThrough } from "../support/calls.ts";
import { createHarness, type Harness } from "../support/harness.ts";

// Through the real HTTP app, a property manager's callers (test/rules/fixtures/property.yaml):
// a time asked of what an entry is about is answered in its words; the caller's own case is put
// through to the department, not answered with an entry that shares its words.

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ directoryFile: "test/rules/fixtures/property.yaml" });
});
afterEach(async () => {
  await h.close();
});

describe("answered or put through", () => {
  it("answers the time asked of the parcel lockers from their entry, and dials no one", async () => {
    const r = await callThrough(h, { says: ["快递柜几点到几点能取", "没有了，谢谢"] });
    expect(r.problems).toEqual([]);
    expect(r.heard.join("\n")).toContain("快递柜全天都可以取件，凭取件码开柜。");
    expect(r.heard.join("\n")).not.toContain("客服中心每天早上8点");
    expect(r.dialled).toEqual([]);
  });

  it("puts a permit that has run out through to the car park office, unanswered", async () => {
    const r = await callThrough(h, { says: ["停车月卡到期了 怎么续"], staff: ["answer"] });
    expect(r.problems).toEqual([]);
    expect(r.heard.join("\n")).not.toContain("停车月卡每月300元");
    expect(r.dialled.map((d) => d.number)).toEqual(["+862160880040"]);
  });

  it("puts a question about a department's work straight through, a house rule asked after it", async () => {
    const r = await callThrough(h, {
      says: ["你们能修空调吗 孩子房间的空调也能修吗"],
      staff: ["answer"],
    });
    expect(r.problems).toEqual([]);
    expect(r.dialled.map((d) => d.number)).toEqual(["+862160880010"]);
  });

  it("does not answer with an entry whose answer alone speaks of what was asked", async () => {
    const r = await callThrough(h, { says: ["下周的业主活动怎么登记", ""] });
    expect(r.problems).toEqual([]);
    expect(r.heard.join("\n")).not.toContain("在业主APP上登记装修信息");
  });
});
