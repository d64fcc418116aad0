// `npm run bench`: load the real Switchboard over loopback with signed Twilio webhooks,
// and compare it with a bare Hono route that parses the same body.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { inboundCallParams, newSid, signTwilio } from "./lib/phone.ts";

const HELP = `Benchmark Switchboard's webhooks against a bare Hono baseline.

Usage: npm run bench [-- --duration 10 --connections 50]

  --duration SECONDS     how long each scenario is measured (default 10, after a 2 s warm-up)
  --connections N        concurrent connections (default 50)
  --entry FILE           the server to start (default src/entry/node.ts)
  -h, --help             show this help

Starts the baseline and the real server (production mode, fresh SQLite database in a
temporary folder), drives each scenario with autocannon, and prints req/s, p50 and p99.
Targets: throughput >= 0.5 x baseline and p99 <= 2 x baseline p99.
Exit codes: 0 all good; 1 a request failed (non-2xx, error, timeout) or a process died;
2 bad options; 3 everything answered but a target was missed.`;

const THROUGHPUT_TARGET = 0.5;
const P99_TARGET = 2;
const WARMUP_SECONDS = 2;
const ROOT = fileURLToPath(new URL("..", import.meta.url));

// autocannon ships no types; this is the part of its API the bench uses.
interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface BenchResult {
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

type Target = "baseline" | "switchboard";

interface Scenario {
  name: string;
  target: Target;
  path: string;
  /** Form fields for one request; always a fresh CallSid, or the idempotency cache would answer. */
  fields: () => Record<string, string>;
  /** Held to the targets against the baseline. */
  judged: boolean;
}

const ACCOUNT_SID = newSid("AC");
const HOTEL_NUMBER = "+862155550000";

// A different guest each time, like real traffic (and no per-caller limit skews the numbers).
function ringingCall(status: "ringing" | "in-progress"): Record<string, string> {
  return inboundCallParams({
    callSid: newSid("CA"),
    accountSid: ACCOUNT_SID,
    from: `+86138${String(randomInt(0, 100_000_000)).padStart(8, "0")}`,
    to: HOTEL_NUMBER,
    status,
  });
}

// Add scenarios here; the first one is the baseline the others are judged against.
const SCENARIOS: Scenario[] = [
  {
    name: "baseline (bare Hono)",
    target: "baseline",
    path: "/voice/incoming",
    fields: () => ringingCall("ringing"),
    judged: false,
  },
  {
    name: "greeting",
    target: "switchboard",
    path: "/voice/incoming",
    fields: () => ringingCall("ringing"),
    judged: true,
  },
  {
    name: "routing turn",
    target: "switchboard",
    path: "/voice/intent?n=1",
    fields: () => ({ ...ringingCall("in-progress"), SpeechResult: "我想订房", Confidence: "0.92" }),
    judged: true,
  },
];

interface Running {
  name: string;
  child: ChildProcess;
  output: string[];
  exited: boolean;
}

const children: Running[] = [];
let tempDir: string | undefined;

function start(name: string, script: string, env: Record<string, string>): Running {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
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

function died(running: Running): Error {
  const tail = running.output.map((l) => `    ${l}`).join("\n");
  return new Error(`${running.name} exited early. Its last output:\n${tail || "    (nothing)"}`);
}

async function stopAll(): Promise<void> {
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
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

// Last resort if we die some other way: never leave servers or databases behind.
process.on("exit", () => {
  for (const r of children) if (!r.exited) r.child.kill("SIGKILL");
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers…`);
    void stopAll().finally(() => process.exit(130));
  });
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once("error", rej);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

async function waitFor(
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

const accepts = (port: number) =>
  new Promise<boolean>((res) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      res(true);
    });
    socket.once("error", () => res(false));
  });

interface Signed {
  body: string;
  headers: Record<string, string>;
}

function signedRequest(scenario: Scenario, publicBase: string, authToken: string): Signed {
  const fields = scenario.fields();
  return {
    body: new URLSearchParams(fields).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signTwilio(authToken, publicBase + scenario.path, fields),
    },
  };
}

/** One request by hand first, so a broken setup fails in a second with a readable reason. */
async function probe(scenario: Scenario, base: string, authToken: string): Promise<void> {
  const { body, headers } = signedRequest(scenario, base, authToken);
  const res = await fetch(base + scenario.path, { method: "POST", headers, body });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  if (!res.ok || !type.startsWith("text/xml") || !text.includes("<Response")) {
    throw new Error(
      `${scenario.name}: POST ${scenario.path} answered HTTP ${res.status} (${type}):\n    ${text.slice(0, 300)}`,
    );
  }
}

function load(
  scenario: Scenario,
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
          const { body, headers } = signedRequest(scenario, base, authToken);
          return {
            ...req,
            method: "POST",
            path: scenario.path,
            headers: { ...req.headers, ...headers },
            body,
          };
        },
      },
    ],
  });
}

function readOptions(): { duration: number; connections: number; entry: string } | "help" {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      entry: { type: "string", default: "src/entry/node.ts" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
    throw new Error("--duration takes seconds > 0 and --connections a whole number >= 1");
  }
  return { duration, connections, entry: values.entry };
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (n: number, digits = 0) => n.toFixed(digits).padStart(9);

async function main(): Promise<number> {
  let options: ReturnType<typeof readOptions>;
  try {
    options = readOptions();
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (options === "help") {
    console.log(HELP);
    return 0;
  }
  const { duration, connections, entry } = options;

  tempDir = mkdtempSync(join(tmpdir(), "switchboard-bench-"));
  const authToken = randomBytes(24).toString("hex");
  const [basePort, appPort] = [await freePort(), await freePort()];
  const bases: Record<Target, string> = {
    baseline: `http://127.0.0.1:${basePort}`,
    switchboard: `http://127.0.0.1:${appPort}`,
  };

  console.log("starting the baseline and Switchboard…");
  const baseline = start("baseline", "scripts/bench-baseline.ts", { PORT: String(basePort) });
  const app = start("Switchboard", entry, {
    PORT: String(appPort),
    DATABASE_URL: `file:${join(tempDir, "bench.db")}`,
    TWILIO_AUTH_TOKEN: authToken,
    ADMIN_TOKEN: randomBytes(24).toString("hex"),
    PUBLIC_BASE_URL: bases.switchboard,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
  });
  await waitFor(baseline, () => accepts(basePort));
  await waitFor(app, async () => (await fetch(`${bases.switchboard}/healthz`)).status === 200);

  for (const scenario of SCENARIOS) await probe(scenario, bases[scenario.target], authToken);

  console.log(
    `each scenario: ${WARMUP_SECONDS}s warm-up, then ${duration}s at ${connections} connections\n`,
  );
  const results: { scenario: Scenario; result: BenchResult }[] = [];
  for (const scenario of SCENARIOS) {
    const running = scenario.target === "baseline" ? baseline : app;
    process.stdout.write(`  ${scenario.name}… `);
    const base = bases[scenario.target];
    const warmup = await load(scenario, base, authToken, connections, WARMUP_SECONDS);
    const result = await load(scenario, base, authToken, connections, duration);
    // A failure during the warm-up is still a failure.
    result.non2xx += warmup.non2xx;
    result.errors += warmup.errors;
    result.timeouts += warmup.timeouts;
    for (const [code, stat] of Object.entries(warmup.statusCodeStats)) {
      const total = result.statusCodeStats[code] ?? { count: 0 };
      total.count = Number(total.count) + Number(stat.count);
      result.statusCodeStats[code] = total;
    }
    if (running.exited) throw died(running);
    console.log(`${Math.round(result.requests.average)} req/s`);
    results.push({ scenario, result });
  }

  const reference = results[0]?.result;
  if (!reference) throw new Error("no scenarios to run");
  console.log(
    `\n${pad("scenario", 22)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"req/s ×".padStart(10)}${"p99 ×".padStart(9)}  target`,
  );
  let failed = false;
  let missed = false;
  for (const { scenario, result } of results) {
    const throughput = result.requests.average / reference.requests.average;
    const tail = result.latency.p99 / Math.max(reference.latency.p99, 1);
    const broken = result.non2xx + result.errors + result.timeouts > 0;
    let verdict = broken ? "✗ FAILED (see below)" : "(reference)";
    if (scenario.judged && !broken) {
      const fast = throughput >= THROUGHPUT_TARGET;
      const steady = tail <= P99_TARGET;
      verdict =
        fast && steady
          ? "✓ met"
          : `✗ MISSED (${[fast ? "" : "throughput", steady ? "" : "p99"].filter(Boolean).join(", ")})`;
      missed ||= !(fast && steady);
    }
    console.log(
      `${pad(scenario.name, 22)}${num(result.requests.average)}${num(result.latency.p50, 1)}` +
        `${num(result.latency.p99, 1)}${num(throughput, 2).padStart(10)}${num(tail, 2)}  ${verdict}`,
    );
  }
  console.log(
    `\ntargets: req/s ≥ ${THROUGHPUT_TARGET}× baseline, p99 ≤ ${P99_TARGET}× baseline p99 (p99 ratio uses ≥1 ms for the baseline)`,
  );

  for (const { scenario, result } of results) {
    if (result.non2xx === 0 && result.errors === 0 && result.timeouts === 0) continue;
    failed = true;
    const codes = Object.entries(result.statusCodeStats)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, s]) => `${code}×${s.count}`)
      .join(", ");
    console.error(
      `\n❌ ${scenario.name}: ${result.non2xx} non-2xx answers${codes ? ` (${codes})` : ""}, ` +
        `${result.errors} connection errors, ${result.timeouts} timeouts`,
    );
  }
  for (const r of [baseline, app]) {
    if (r.exited) {
      failed = true;
      console.error(`\n❌ ${died(r).message}`);
    }
  }
  if (failed) {
    console.error("\n❌ the benchmark saw failures; the numbers above do not count");
    const tail = app.output
      .slice(-15)
      .map((l) => `    ${l}`)
      .join("\n");
    if (tail) console.error(`Switchboard's last output:\n${tail}`);
    return 1;
  }
  return missed ? 3 : 0;
}

main()
  .catch((e: unknown) => {
    console.error(`\n❌ ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  })
  .then(async (code) => {
    await stopAll();
    process.exit(code);
  });
