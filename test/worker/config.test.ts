// A worker deployed without its secrets: no dev-secrets file exists on Workers, so every
// request gets a clear error naming what to set, and nothing runs without them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalWorker, startLocalWorker } from "../../scripts/lib/local-worker.ts";

let worker: LocalWorker;

beforeAll(async () => {
  // And one setting out of range: it is named along with the missing secrets.
  worker = await startLocalWorker({ vars: { LOG_LEVEL: "warn", MISSED_CALL_HOLD_MINUTES: "0" } });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
});

it("answers 500 naming the missing secrets and the bad setting, on every route", async () => {
  for (const [path, init] of [
    ["/voice/incoming", { method: "POST", body: "CallSid=CA0" }],
    ["/api/calls", { headers: { authorization: "Bearer anything-at-all-here" } }],
  ] as const) {
    const res = await fetch(`${worker.url}${path}`, init);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { problems: string[] };
    expect(body.problems.join("\n")).toMatch(/^TWILIO_AUTH_TOKEN: is required/m);
    expect(body.problems.join("\n")).toMatch(/^ADMIN_TOKEN: is required/m);
    expect(body.problems.join("\n")).toMatch(/^MISSED_CALL_HOLD_MINUTES: must be a whole number/m);
  }
  // The worker's log reaches us through wrangler's output, which may come after the response.
  await expect
    .poll(() => worker.output.join("\n"), { timeout: 10_000 })
    .toContain("configuration invalid");
});

it("fails the cron run instead of running jobs without a configuration", async () => {
  const res = await fetch(`${worker.url}/cdn-cgi/handler/scheduled`);
  expect(res.status).toBe(500);
});

describe("a worker whose D1 database is bound under another name", () => {
  let misbound: LocalWorker;
  beforeAll(async () => {
    misbound = await startLocalWorker({
      vars: { TWILIO_AUTH_TOKEN: "t".repeat(32), ADMIN_TOKEN: "a".repeat(32), LOG_LEVEL: "warn" },
      databaseBinding: "DATABASE",
    });
  }, 120_000);
  afterAll(async () => {
    await misbound?.stop();
  });

  it("answers every call at once with the apology, and says once which binding it expects", async () => {
    for (const from of ["+8613800138000", "+12125550100"]) {
      const res = await fetch(`${misbound.url}/voice/incoming`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ CallSid: "CA0", From: from }).toString(),
      });
      expect(res.status).toBe(200);
      const twiml = await res.text();
      expect(twiml).toContain(from.startsWith("+86") ? "抱歉" : "I'm sorry");
      expect(twiml).toContain("<Hangup/>");
    }
    const api = await fetch(`${misbound.url}/api/calls`, {
      headers: { authorization: `Bearer ${"a".repeat(32)}` },
    });
    expect(api.status).toBe(500);
    expect(await api.json()).toMatchObject({ fix: expect.stringContaining('binding = "DB"') });
    await expect
      .poll(() => misbound.output.join("\n"), { timeout: 10_000 })
      .toContain("database binding missing");
    expect(misbound.output.join("\n").split("database binding missing")).toHaveLength(2);
  });
});

describe("a worker whose wrangler var is out of range", () => {
  let outOfRange: LocalWorker;
  beforeAll(async () => {
    outOfRange = await startLocalWorker({
      vars: {
        TWILIO_AUTH_TOKEN: "t".repeat(32),
        ADMIN_TOKEN: "a".repeat(32),
        LOG_LEVEL: "warn",
        MISSED_CALL_HOLD_MINUTES: "0",
      },
    });
  }, 120_000);
  afterAll(async () => {
    await outOfRange?.stop();
  });

  it("answers 500 naming the variable and its bounds: vars are read as Node reads the environment", async () => {
    const res = await fetch(`${outOfRange.url}/api/calls`, {
      headers: { authorization: `Bearer ${"a".repeat(32)}` },
    });
    expect(res.status).toBe(500);
    expect(((await res.json()) as { problems: string[] }).problems).toEqual([
      "MISSED_CALL_HOLD_MINUTES: must be a whole number of minutes from 1 to 120",
    ]);
  });
});
