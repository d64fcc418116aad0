import { describe, expect, it } from "vitest";
import type { CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import type { SlackCall } from "../support/fake-slack.ts";
import { WEEKDAY_MORNING } from "../support/harness.ts";
import { slackPost, slashCommand, useSlackHarness } from "../support/slack.ts";

// The message field of a message's post holds what the caller said as their message, and only
// that; what they said to the phone menu before it is a line of context below.

const t = useSlackHarness([["li_na", "U_LINA"]]);

const MENU = ["我找李娜", "我姓王", "华为", "#1"];
const MESSAGE = "关于上个月的发票，请回电。";

type Blocks = { type: string; text?: { text: string }; elements?: { text?: string }[] }[];

/** The text of the post's message field, and of its context lines. */
function read(blocks: Blocks) {
  const field = blocks.find((b) => b.text?.text.startsWith("*留言 Message*"))?.text?.text ?? "";
  const context = blocks
    .filter((b) => b.type === "context")
    .flatMap((b) => b.elements?.map((e) => e.text ?? "") ?? []);
  const summary = blocks.find((b) => b.text?.text.startsWith("*摘要 Summary*"))?.text?.text;
  return { field, context, summary };
}

async function leaveMessage(script: Partial<CallScript>) {
  const r = await callThrough(t.h, { says: MENU, staff: ["decline"], message: MESSAGE, ...script });
  expect(r.problems).toEqual([]);
  await t.h.settle();
  const message = await t.h.prisma.message.findUniqueOrThrow({ where: { callSid: r.callSid } });
  const post = t.slack.posts().find((p) => String(p.args.text).includes("New message"));
  return { message, post: post as SlackCall };
}

/** The post as Slack shows it now: the last update of it, or the post itself. */
function latest(post: SlackCall): SlackCall {
  const ts = t.slack.messages.find((m) => m.text === post.args.text)?.ts;
  return (
    t.slack
      .posts("chat.update")
      .filter((u) => u.args.ts === ts)
      .at(-1) ?? post
  );
}

describe("the message field", () => {
  it("holds the caller's message, with the phone menu's words in a context line", async () => {
    const { post } = await leaveMessage({});
    const { field, context } = read(latest(post).args.blocks as Blocks);
    expect(field).toBe(`*留言 Message*\n${MESSAGE}`);
    expect(context).toContain("语音导航中所说 Said in the phone menu: 我找李娜 / 我姓王 / 华为");
  });

  it("says there is no transcription and offers the recording, never the menu's words", async () => {
    // Twilio does not transcribe it and there is no model to: it is never transcribed.
    const { message, post } = await leaveMessage({ untranscribed: true });
    expect(message.transcription).toBeNull();
    expect(message.recordingUrl).toMatch(/^https:\/\//);
    const { field, context, summary } = read(latest(post).args.blocks as Blocks);
    expect(field).toContain("无转写，请听录音 No transcription: listen to the recording");
    expect(field).toContain(`<${message.recordingUrl}|▶ 录音 Recording>`);
    expect(field).not.toContain("李娜");
    expect(context).toContain("语音导航中所说 Said in the phone menu: 我找李娜 / 我姓王 / 华为");
    // Nor is the menu's first turn made the message's summary, in the post or its notification.
    expect(message.summary).toBeNull();
    expect(summary ?? "").not.toContain("李娜");
    expect(String(post.args.text)).not.toContain("我找李娜");
  });

  it("is the same in /switchboard messages", async () => {
    const { message } = await leaveMessage({ untranscribed: true });
    await slackPost(t.h, slashCommand("messages", "U_LINA", t.slack.responseUrl()), {
      now: WEEKDAY_MORNING,
    });
    await t.h.settle();
    const { field, context } = read(t.slack.responses()[0]?.args.blocks as Blocks);
    expect(field).toContain("无转写，请听录音 No transcription");
    expect(field).toContain(`<${message.recordingUrl}|▶ 录音 Recording>`);
    expect(context).toContain("语音导航中所说 Said in the phone menu: 我找李娜 / 我姓王 / 华为");
  });
});
