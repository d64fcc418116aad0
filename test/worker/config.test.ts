// A worker deployed without its secrets: no dev-secrets file exists on Workers, so every
// request gets a clear error naming what to set, and nothing runs without them.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type LocalWorker, startLocalWorker } from "../../scripts/lib/local-worker.ts";

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker({ vars: { LOG_LEVEL: "warn" } });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
});

it("answers 500 naming the missing secrets, on every route", async () => {
  for (const [path, init] of [
    ["/voice/incoming", { method: "POST", body: "CallSid=CA0" }],
    ["/api/calls", { headers: { authorization: "Bearer anything-at-all-here" } }],
  ] as const) {
    const res = await fetch(`${worker.url}${path}`, init);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { problems: string[] };
    expect(body.problems.join("\n")).toMatch(/^TWILIO_AUTH_TOKEN: is required/m);
    expect(body.problems.join("\n")).toMatch(/^ADMIN_TOKEN: is required/m);
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
