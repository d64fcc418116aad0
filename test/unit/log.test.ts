import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.ts";

function capture(level: "debug" | "info" | "warn" | "error" = "info") {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(level, { service: "switchboard" }, (line) =>
    lines.push(JSON.parse(line) as Record<string, unknown>),
  );
  return { log, lines };
}

describe("the logger", () => {
  it("writes each line with its parents' fields, the nearest winning", () => {
    const { log, lines } = capture();
    const call = log.child({ step: "intent", callSid: "CA1" });
    const leg = call.child({ step: "screen", leg: "staff" });
    leg.child({ attempt: 2 }).warn("no answer", { step: "dialed" });
    call.info("understood");
    expect(lines).toMatchObject([
      {
        level: "warn",
        msg: "no answer",
        service: "switchboard",
        callSid: "CA1",
        leg: "staff",
        attempt: 2,
        step: "dialed",
      },
      { level: "info", msg: "understood", service: "switchboard", step: "intent", callSid: "CA1" },
    ]);
    expect(lines[1]).not.toHaveProperty("leg");
  });

  it("leaves out lines below its level, in children too", () => {
    const { log, lines } = capture("warn");
    const child = log.child({ step: "status" });
    child.info("quiet");
    child.debug("quieter");
    child.error("loud", { error: new Error("boom") });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: "loud", step: "status", error: { message: "boom" } });
  });
});
