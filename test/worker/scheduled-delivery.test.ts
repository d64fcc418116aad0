// The worker's cron handler keeps the isolate alive (waitUntil) until what its jobs queued is
// delivered, not only until the jobs are done: on Cloudflare an isolate may go once the promises
// it was given settle, and an emergency's repeat would then wait for the next minute's run. The
// worker's own entry runs here in Node, with a fake ExecutionContext that records what it is
// given, on a real local D1 (migrated by wrangler, served by workerd through getPlatformProxy).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExecutionContext, ScheduledController } from "@cloudflare/workers-types";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getPlatformProxy, type PlatformProxy } from "wrangler";
import { ROOT, wrangler } from "../../scripts/lib/local-worker.ts";
import { PhoneSimulator, scriptedCaller } from "../../scripts/lib/phone.ts";
import worker, { type WorkerEnv } from "../../src/entry/worker.ts";
import { FakeSlack } from "../support/fake-slack.ts";

const AUTH_TOKEN = "worker-twilio-auth-token-0123456789";
const ADMIN_TOKEN = "worker-admin-token-0123456789abcdef";
const BASE_URL = "https://switchboard.example";

let state: string;
let proxy: PlatformProxy<{ DB: WorkerEnv["DB"] }>;
let slack: FakeSlack;
let env: WorkerEnv;
const logged: string[] = [];
/** Lets the fake Slack answer what it holds. */
let answer = () => {};

/** An ExecutionContext that keeps every promise it is asked to wait for. */
function executionContext(): ExecutionContext & { promises: Promise<unknown>[] } {
  const promises: Promise<unknown>[] = [];
  return {
    promises,
    waitUntil: (promise: Promise<unknown>) => void promises.push(promise),
    passThroughOnException: () => {},
    props: {},
  } as ExecutionContext & { promises: Promise<unknown>[] };
}

/** A request to the worker's fetch handler, as Cloudflare would make it; waits for its waitUntils. */
async function request(url: string, init?: RequestInit): Promise<Response> {
  const ctx = executionContext();
  const response = await worker.fetch(new Request(url, init), env, ctx);
  await Promise.all(ctx.promises);
  return response;
}

beforeAll(async () => {
  state = mkdtempSync(join(tmpdir(), "switchboard-scheduled-"));
  const migrated = await wrangler(
    ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state],
    undefined,
    {
      timeoutMs: 120_000,
    },
  );
  expect(migrated.code, migrated.output).toBe(0);
  proxy = await getPlatformProxy({
    configPath: join(ROOT, "wrangler.toml"),
    persist: { path: join(state, "v3") },
  });
  slack = await new FakeSlack().start();
  env = {
    DB: proxy.env.DB,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    ADMIN_TOKEN,
    PUBLIC_BASE_URL: BASE_URL,
    SLACK_BOT_TOKEN: "xoxb-worker-test",
    SLACK_SIGNING_SECRET: "worker-signing-secret",
    SLACK_API_URL: slack.url,
    SLACK_EMERGENCY_CHANNEL: "C_EMERGENCY",
    SLACK_SUPERVISORS_CHANNEL: "C_SUPERVISORS",
    LOG_LEVEL: "debug",
  };
  // The worker's log (JSON lines on the console), to know when its jobs are done.
  vi.spyOn(console, "log").mockImplementation((line: unknown) => void logged.push(String(line)));
}, 120_000);

afterAll(async () => {
  answer();
  vi.restoreAllMocks();
  await proxy?.dispose();
  await slack?.stop();
  if (state) rmSync(state, { recursive: true, force: true });
});

const alerts = () => slack.messages.filter((m) => m.channel === "C_EMERGENCY");

describe("the worker's cron run", () => {
  it("keeps the isolate until an emergency's repeat it queued has been delivered", async () => {
    const phone = new PhoneSimulator({
      baseUrl: BASE_URL,
      authToken: AUTH_TOKEN,
      fetch: (url, init) => request(url, init),
    });
    const call = await phone.call(scriptedCaller({ says: ["着火了，快来人！"] }));
    expect(call.problems).toEqual([]);
    expect(alerts()).toHaveLength(1);

    // Four minutes pass for the alert, and the jobs' last runs are forgotten: the repeat is due.
    await env.DB.batch([
      env.DB.prepare(
        `UPDATE "EmergencyAlert" SET
           "createdAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', "createdAt", '-4 minutes'),
           "lastAlertAt" = strftime('%Y-%m-%dT%H:%M:%f+00:00', "lastAlertAt", '-4 minutes')`,
      ),
      env.DB.prepare(`UPDATE "JobLease" SET "lastRunAt" = NULL`),
    ]);

    // Slack takes the repeat but answers only when the test says: its delivery is still going.
    slack.held = new Promise<void>((done) => {
      answer = done;
    });
    const ctx = executionContext();
    const controller = { cron: "* * * * *", scheduledTime: Date.now(), noRetry() {} };
    await worker.scheduled(controller as ScheduledController, env, ctx);
    await vi.waitUntil(
      () => alerts().length === 2 && logged.some((line) => line.includes('"scheduled jobs done"')),
      { timeout: 60_000, interval: 50 },
    );

    // The jobs are done and the repeat is with Slack: what the isolate waits for is not settled.
    let settled = false;
    void Promise.all(ctx.promises).then(() => {
      settled = true;
    });
    await new Promise((done) => setImmediate(done));
    expect(settled).toBe(false);

    slack.held = null;
    answer();
    await Promise.all(ctx.promises);
    const [first, repeat] = alerts();
    expect(repeat?.thread_ts).toBe(first?.ts);
    const notices = await request(`${BASE_URL}/api/notifications?kind=emergency`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    const { items } = (await notices.json()) as { items: { status: string }[] };
    expect(items.map((n) => n.status)).toEqual(["sent", "sent"]);
  }, 120_000);
});
