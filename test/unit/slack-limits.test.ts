import { describe, expect, it } from "vitest";
import { clip, withinSlackLimits } from "../../src/bot/blocks/slack-post.ts";

describe("clip", () => {
  it("leaves a text that fits as it is", () => {
    expect(clip("短", 3)).toBe("短");
    expect(clip("abc", 3)).toBe("abc");
  });

  it("cuts to the limit with an ellipsis", () => {
    const cut = clip("x".repeat(50), 10);
    expect(cut).toBe(`${"x".repeat(9)}…`);
    expect(cut.length).toBe(10);
  });

  it("never cuts inside an escape, a link or a surrogate pair", () => {
    expect(clip("aaaaaa&amp;bbbb", 10)).toBe("aaaaaa…");
    expect(clip("see <https://example.com/r|the recording> now", 20)).toBe("see …");
    expect(clip(`${"a".repeat(8)}😀bbb`, 10)).toBe(`${"a".repeat(8)}…`);
  });
});

describe("withinSlackLimits", () => {
  it("shortens each text to its block's limit and keeps at most 50 blocks", () => {
    const post = withinSlackLimits({
      text: "t",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "h".repeat(200) } },
        { type: "section", text: { type: "mrkdwn", text: "s".repeat(4000) } },
        {
          type: "section",
          fields: Array.from({ length: 12 }, () => ({ type: "mrkdwn", text: "f".repeat(2500) })),
        },
        { type: "context", elements: [{ type: "mrkdwn", text: "c".repeat(3500) }] },
        ...Array.from({ length: 60 }, () => ({ type: "divider" })),
      ],
    });
    const [header, section, fields, context] = post.blocks as {
      text?: { text: string };
      fields?: { text: string }[];
      elements?: { text: string }[];
    }[];
    expect(header?.text?.text.length).toBe(150);
    expect(section?.text?.text.length).toBe(3000);
    expect(fields?.fields).toHaveLength(10);
    expect(fields?.fields?.every((f) => f.text.length === 2000)).toBe(true);
    expect(context?.elements?.[0]?.text.length).toBe(3000);
    expect(post.blocks).toHaveLength(50);
  });
});
