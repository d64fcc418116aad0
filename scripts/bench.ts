// `npm run bench`: load the real Switchboard over loopback with signed Twilio webhooks,
// and compare it with a bare Hono route that parses the same body.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  accepts,
  answered,
  type BenchResult,
  benchServerEnv,
  died,
  failed,
  failures,
  freePort,
  GREETING,
  killServers,
  mainThreadCpuMicros,
  measure,
  num,
  pad,
  probe,
  ROUTING_TURN,
  ringingCall,
  startServer,
  stopServers,
  type Turn,
  WARMUP_SECONDS,
  waitFor,
} from "./lib/bench.ts";
import { MODEL_TURN, reportModelOverhead, startFakeModel } from "./lib/model-bench.ts";

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

type Target = "baseline" | "switchboard";

interface Scenario extends Turn {
  target: Target;
  /** Held to the targets against the baseline. */
  judged: boolean;
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
  { ...GREETING, target: "switchboard", judged: true },
  { ...ROUTING_TURN, target: "switchboard", judged: true },
  // Through the language model, which answers after 300 ms: judged on its own overhead below.
  { ...MODEL_TURN, target: "switchboard", judged: false },
];

let tempDir: string | undefined;

async function stopAll(): Promise<void> {
  await stopServers();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  tempDir = undefined;
}

// Last resort if we die some other way: never leave servers or databases behind.
process.on("exit", () => {
  killServers();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the servers…`);
    void stopAll().finally(() => process.exit(130));
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
  const baseline = startServer("baseline", "scripts/bench-baseline.ts", { PORT: String(basePort) });
  const modelEnv = await startFakeModel();
  const app = startServer("Switchboard", entry, {
    ...modelEnv,
    ...benchServerEnv({
      tempDir,
      port: appPort,
      authToken,
      adminToken: randomBytes(24).toString("hex"),
      publicBaseUrl: bases.switchboard,
    }),
  });
  await waitFor(baseline, () => accepts(basePort));
  await waitFor(app, async () => (await fetch(`${bases.switchboard}/healthz`)).status === 200);

  for (const scenario of SCENARIOS) await probe(scenario, bases[scenario.target], authToken);

  console.log(
    `each scenario: ${WARMUP_SECONDS}s warm-up, then ${duration}s at ${connections} connections\n`,
  );
  const results: { scenario: Scenario; result: BenchResult; cpu: number | undefined }[] = [];
  for (const scenario of SCENARIOS) {
    const running = scenario.target === "baseline" ? baseline : app;
    process.stdout.write(`  ${scenario.name}… `);
    const base = bases[scenario.target];
    const before = mainThreadCpuMicros(running.child.pid);
    const result = await measure(scenario, base, authToken, connections, duration);
    const after = mainThreadCpuMicros(running.child.pid);
    if (running.exited) throw died(running);
    console.log(`${Math.round(result.requests.average)} req/s`);
    // The server's event-loop time per request, warm-up included (Linux only); for the scenarios
    // held to the baseline, since a slow trickle of requests (the model turn's) is mostly idling.
    const cpu =
      before === undefined ||
      after === undefined ||
      !(scenario.judged || scenario.target === "baseline")
        ? undefined
        : (after - before) / Math.max(answered(result), 1);
    results.push({ scenario, result, cpu });
  }

  const reference = results[0]?.result;
  if (!reference) throw new Error("no scenarios to run");
  console.log(
    `\n${pad("scenario", 22)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}` +
      `${"req/s ×".padStart(10)}${"p99 ×".padStart(9)}${"cpu µs".padStart(9)}  target`,
  );
  let broke = false;
  let missed = false;
  for (const { scenario, result, cpu } of results) {
    const throughput = result.requests.average / reference.requests.average;
    const tail = result.latency.p99 / Math.max(reference.latency.p99, 1);
    const broken = failed(result);
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
        `${num(result.latency.p99, 1)}${num(throughput, 2).padStart(10)}${num(tail, 2)}` +
        `${cpu === undefined ? "—".padStart(9) : num(cpu, 1)}  ${verdict}`,
    );
  }
  console.log(
    `\ntargets: req/s ≥ ${THROUGHPUT_TARGET}× baseline, p99 ≤ ${P99_TARGET}× baseline p99 (p99 ratio uses ≥1 ms for the baseline)`,
  );
  if (results.some((r) => r.cpu !== undefined)) {
    console.log(
      "cpu µs: the server's event-loop thread's CPU time per request, warm-up included: it moves far less from run to run than req/s",
    );
  }
  const modelMet = await reportModelOverhead(
    results.find((r) => r.scenario.name === MODEL_TURN.name)?.result,
    bases.switchboard,
    authToken,
  );
  missed ||= !modelMet;

  for (const { scenario, result } of results) {
    if (!failed(result)) continue;
    broke = true;
    console.error(`\n❌ ${scenario.name}: ${failures(result)}`);
  }
  for (const r of [baseline, app]) {
    if (r.exited) {
      broke = true;
      console.error(`\n❌ ${died(r).message}`);
    }
  }
  if (broke) {
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
