import { describe, expect, it } from "vitest";
import type { CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { admin, WEEKDAY_MORNING } from "../support/harness.ts";
import { slackPost, slashCommand, useSlackHarness } from "../support/slack.ts";

// One generated day of mixed calls, counted three ways: the shift handover's form,
// GET /api/stats and /switchboard stats give the same counts, and the right ones.

const t = useSlackHarness([
  ["li_na", "U_LINA"],
  ["chen_jing", "U_CHEN", "operator"],
]);

const MESSAGE = ["我姓王", "华为", "#1"];

/** The day: each call, and what it is to count as. */
const DAY: [CallScript, string][] = [
  [{ says: ["我找李娜", ...MESSAGE], staff: ["decline"] }, "declined, then a message"],
  [{ says: ["我要开发票", ...MESSAGE], staff: ["no-answer"] }, "unanswered, then a message"],
  [{ says: ["我找李娜", "/hangup"], staff: ["no-answer"] }, "unanswered, hung up: missed"],
  [{ says: ["我找李娜", "不用了，谢谢", ""], staff: ["decline"] }, "declined, no message: missed"],
  [{ says: ["我想订房"], staff: ["answer"] }, "answered: transferred"],
  [{ says: ["我要开发票"], staff: ["answer"] }, "answered: transferred"],
  [{ says: ["我想订房"], staff: ["hangup"] }, "hung up while it rang: abandoned"],
  [{ says: ["嗯"] }, "hung up in the phone menu: abandoned"],
  [{ says: ["着火了"], staff: ["answer"] }, "an emergency"],
];

const EXPECTED = {
  calls: 9,
  answered: 3,
  transferred: 2,
  messages: 2,
  missed: 2,
  abandoned: 2,
  emergencies: 1,
};

type Blocks = { text?: { text: string }; fields?: { text: string }[] }[];

/** Each field of a post's sections as label → text. */
function fields(blocks: Blocks): Map<string, string> {
  const all = blocks.flatMap((b) => b.fields ?? []).map((f) => f.text);
  return new Map(all.map((f) => [f.slice(1, f.indexOf("*\n")), f.slice(f.indexOf("*\n") + 2)]));
}

/** The first whole number after `label` in `text`. */
function count(text: string | undefined, label = ""): number {
  const after = text?.slice(text.indexOf(label) + label.length) ?? "";
  return Number(/\d+/.exec(after)?.[0]);
}

describe("one day's counts", () => {
  it("are the same in the handover, GET /api/stats and /switchboard stats", async () => {
    for (const [i, [script]] of DAY.entries()) {
      t.h.setNow(new Date(WEEKDAY_MORNING.getTime() + i * 5 * 60_000));
      const r = await callThrough(t.h, script);
      expect(r.problems).toEqual([]);
    }
    await t.h.settle();
    const now = new Date(WEEKDAY_MORNING.getTime() + 60 * 60_000);
    t.h.setNow(now);

    const api = (await (await admin(t.h, "/api/stats?period=today")).json()) as {
      totals: typeof EXPECTED;
    };

    await slackPost(t.h, slashCommand("stats today", "U_CHEN", t.slack.responseUrl()), { now });
    await t.h.settle();
    const stats = fields(t.slack.responses()[0]?.args.blocks as Blocks);

    // The day shift (07:00–15:00) holds the whole day's calls.
    await slackPost(t.h, slashCommand("handover today day", "U_CHEN", t.slack.responseUrl()), {
      now,
    });
    await t.h.settle();
    const view = t.slack.posts("views.open")[0]?.args.view as { blocks: Blocks };
    const handover = fields(view.blocks);

    const counted = {
      api: {
        calls: api.totals.calls,
        answered: api.totals.answered,
        transferred: api.totals.transferred,
        messages: api.totals.messages,
        missed: api.totals.missed,
        abandoned: api.totals.abandoned,
        emergencies: api.totals.emergencies,
      },
      stats: {
        calls: count(stats.get("来电 Calls")),
        answered: count(stats.get("接听 Answered")),
        transferred: count(stats.get("转接 Transferred")),
        messages: count(stats.get("留言 Messages")),
        missed: count(stats.get("未接 Missed")),
        abandoned: count(stats.get("放弃 Abandoned")),
        emergencies: count(stats.get("紧急 Emergencies")),
      },
      handover: {
        calls: count(handover.get("来电 Calls")),
        answered: count(handover.get("来电 Calls"), "answered"),
        transferred: count(handover.get("来电 Calls"), "transferred"),
        messages: count(handover.get("留言 Messages"), "taken"),
        missed: count(handover.get("未接来电 Missed calls")),
        abandoned: count(handover.get("未接来电 Missed calls"), "abandoned"),
        emergencies: count(handover.get("紧急情况 Emergencies")),
      },
    };
    expect(counted).toEqual({ api: EXPECTED, stats: EXPECTED, handover: EXPECTED });
    // Posts to call back: the two missed calls and the two abandoned ones; the messages answered
    // their own transfers.
    expect(count(handover.get("未接来电 Missed calls"), "not called back")).toBe(4);
  });
});
