// What both benchmarks share: the signed webhook turns, autocannon, and the servers they start.

import { type ChildProcess, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { accepts, freePort, ROOT } from "./local-worker.ts";
import { inboundCallParams, newSid, signTwilio } from "./phone.ts";

export { accepts, freePort, ROOT };

export const WARMUP_SECONDS = 2;

// autocannon ships no types; this is the part of its API the benchmarks use.
export interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
export interface BenchResult {
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
interface BenchOptions {
  url: string;
  connections: number;
  duration: number;
  requests: { setupRequest: (req: RawRequest) => RawRequest }[];
}
type Autocannon = (opts: BenchOptions) => Promise<BenchResult> & { stop(): void };
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** One kind of webhook request the benchmarks send over and over. */
export interface Turn {
  name: string;
  path: string;
  /**
   * Form fields for one request to the server at `base`; never the same twice, or the
   * idempotency cache would answer.
   */
  fields: (base: string) => Record<string, string>;
}

const ACCOUNT_SID = newSid("AC");
const HOTEL_NUMBER = "+862155550000";

// A different guest each time, like real traffic (and no per-caller limit skews the numbers).
export function ringingCall(status: "ringing" | "in-progress"): Record<string, string> {
  return inboundCallParams({
    callSid: newSid("CA"),
    accountSid: ACCOUNT_SID,
    from: `+86138${String(randomInt(0, 100_000_000)).padStart(8, "0")}`,
    to: HOTEL_NUMBER,
    status,
  });
}

/**
 * The calls the greeting answered on each server, in order, for the routing turns to continue:
 * as on a real line, a caller says what they want in a call that was greeted, never in one
 * Twilio never announced.
 */
const greeted = new Map<string, { calls: Record<string, string>[]; next: number }>();
/** Enough for minutes of greetings at any rate this machine reaches. */
const MAX_GREETED = 2_000_000;

function greetedOn(base: string) {
  let server = greeted.get(base);
  if (!server) {
    server = { calls: [], next: 0 };
    greeted.set(base, server);
  }
  return server;
}

/** A call comes in: the greeting, with the call's first writes. */
export const GREETING: Turn = {
  name: "greeting",
  path: "/voice/incoming",
  fields: (base) => {
    const call = ringingCall("ringing");
    const { calls } = greetedOn(base);
    if (calls.length < MAX_GREETED) calls.push(call);
    return call;
  },
};

/**
 * The caller says what they want: understanding and routing, with its writes. Each turn is in
 * the next call the greeting answered on that server; once every one has had its turn, the
 * calls come round again with the caller saying it once more (a new request, as Twilio sends
 * for a new utterance). Before any greeting, as in the first probe, it is a call's first webhook.
 */
export const ROUTING_TURN: Turn = {
  name: "routing turn",
  path: "/voice/intent?n=1",
  fields: (base) => {
    const said = { SpeechResult: "我想订房", Confidence: "0.92" };
    const server = greetedOn(base);
    if (server.calls.length === 0) return { ...ringingCall("in-progress"), ...said };
    const round = Math.floor(server.next / server.calls.length);
    const call = server.calls[server.next++ % server.calls.length];
    if (round > 0) said.SpeechResult += "，订房".repeat(round);
    return { ...call, CallStatus: "in-progress", ...said };
  },
};

interface Signed {
  body: string;
  headers: Record<string, string>;
}

function signedRequest(turn: Turn, publicBase: string, authToken: string): Signed {
  const fields = turn.fields(publicBase);
  return {
    body: new URLSearchParams(fields).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signTwilio(authToken, publicBase + turn.path, fields),
    },
  };
}

/** One request by hand, so a broken setup fails in a second with a readable reason. */
export async function probe(turn: Turn, base: string, authToken: string): Promise<void> {
  const { body, headers } = signedRequest(turn, base, authToken);
  const res = await fetch(base + turn.path, { method: "POST", headers, body });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  if (!res.ok || !type.startsWith("text/xml") || !text.includes("<Response")) {
    throw new Error(
      `${turn.name}: POST ${turn.path} answered HTTP ${res.status} (${type}):\n    ${text.slice(0, 300)}`,
    );
  }
}

function load(
  turn: Turn,
  base: string,
  authToken: string,
  connections: number,
  duration: number,
): Promise<BenchResult> {
  return autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        setupRequest: (req) => {
          const { body, headers } = signedRequest(turn, base, authToken);
          return {
            ...req,
            method: "POST",
            path: turn.path,
            headers: { ...req.headers, ...headers },
            body,
          };
        },
      },
    ],
  });
}

/** How many requests a measurement sent and had answered, its warm-up included. */
export function answered(result: BenchResult): number {
  let total = 0;
  for (const stat of Object.values(result.statusCodeStats)) total += Number(stat.count);
  return total;
}

/** Linux reports thread times in ticks of 1/100 s (USER_HZ) on every architecture Node runs on. */
const MICROS_PER_TICK = 10_000;

/**
 * The CPU time (user and system, µs) the main thread of process `pid` has used so far, from
 * Linux's /proc; undefined where that is not there. The event loop's thread is what limits a
 * Node server, and its time per request moves far less from run to run than req/s does.
 */
export function mainThreadCpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The fields after the thread's name, which is in parentheses and may hold anything.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? ticks * MICROS_PER_TICK : undefined;
}

/** A warm-up, then the measured run; a failure during the warm-up still counts as a failure. */
export async function measure(
  turn: Turn,
  base: string,
  authToken: string,
  connections: number,
  duration: number,
): Promise<BenchResult> {
  const warmup = await load(turn, base, authToken, connections, WARMUP_SECONDS);
  const result = await load(turn, base, authToken, connections, duration);
  result.non2xx += warmup.non2xx;
  result.errors += warmup.errors;
  result.timeouts += warmup.timeouts;
  for (const [code, stat] of Object.entries(warmup.statusCodeStats)) {
    const total = result.statusCodeStats[code] ?? { count: 0 };
    total.count = Number(total.count) + Number(stat.count);
    result.statusCodeStats[code] = total;
  }
  return result;
}

export function failed(result: BenchResult): boolean {
  return result.non2xx + result.errors + result.timeouts > 0;
}

/** What went wrong in a run, in one line. */
export function failures(result: BenchResult): string {
  const codes = Object.entries(result.statusCodeStats)
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, s]) => `${code}×${s.count}`)
    .join(", ");
  return (
    `${result.non2xx} non-2xx answers${codes ? ` (${codes})` : ""}, ` +
    `${result.errors} connection errors, ${result.timeouts} timeouts`
  );
}

/** A server the benchmark started, with the tail of what it printed. */
export interface Running {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: boolean;
}

const children: Running[] = [];

/**
 * The environment of a Switchboard server under benchmark: production mode, quiet logs, and
 * everything it writes (the database, the backup taken at start) inside `tempDir`, which the
 * bench removes, never in the working tree.
 */
export function benchServerEnv(options: {
  tempDir: string;
  port: number;
  authToken: string;
  adminToken: string;
  publicBaseUrl: string;
}): Record<string, string> {
  return {
    PORT: String(options.port),
    DATABASE_URL: `file:${join(options.tempDir, "bench.db")}`,
    BACKUP_DIR: join(options.tempDir, "backups"),
    TWILIO_AUTH_TOKEN: options.authToken,
    ADMIN_TOKEN: options.adminToken,
    PUBLIC_BASE_URL: options.publicBaseUrl,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  };
}

/**
 * Node's flags for a server, as `npm start` gives them: a young generation of up to 32 MiB a
 * half instead of 16, so the short-lived objects of thousands of webhooks a second are
 * collected half as often (about 3% of a routing turn's time on the event loop). The baseline
 * runs with them too, so the two are compared on the same runtime.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/** Starts a TypeScript entry under tsx, as `npm start` would. */
export function startServer(name: string, script: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const running: Running = { name, child, output: [], exited: false };
  const keep = (chunk: Buffer) => {
    running.output.push(...chunk.toString().split("\n").filter(Boolean));
    running.output.splice(0, Math.max(0, running.output.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => {
    running.exited = true;
  });
  children.push(running);
  return running;
}

export function died(running: Running): Error {
  const tail = running.output.map((l) => `    ${l}`).join("\n");
  return new Error(`${running.name} exited early. Its last output:\n${tail || "    (nothing)"}`);
}

/** Stops every server startServer started, waiting for each to exit. */
export async function stopServers(): Promise<void> {
  await Promise.all(
    children.map(
      (r) =>
        new Promise<void>((res) => {
          if (r.exited || r.child.exitCode !== null) return res();
          const force = setTimeout(() => r.child.kill("SIGKILL"), 3000);
          r.child.once("exit", () => {
            clearTimeout(force);
            res();
          });
          r.child.kill("SIGTERM");
        }),
    ),
  );
}

/** Last resort if the benchmark dies some other way: never leave servers behind. */
export function killServers(): void {
  for (const r of children) if (!r.exited) r.child.kill("SIGKILL");
}

const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

export async function waitFor(
  running: Running,
  ready: () => Promise<boolean>,
  seconds = 60,
): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (running.exited) throw died(running);
    if (await ready().catch(() => false)) return;
    await pause(150);
  }
  throw new Error(`${running.name} was not ready after ${seconds}s`);
}

export const pad = (s: string, n: number) => s.padEnd(n);
export const num = (n: number, digits = 0) => n.toFixed(digits).padStart(9);
