// `npm run bench:worker`: the same signed greeting and routing turns as `npm run bench`, against
// the Node server and the worker on local workerd with D1, side by side, in one run.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  accepts,
  type BenchResult,
  benchServerEnv,
  died,
  failed,
  failures,
  freePort,
  GREETING,
  killServers,
  measure,
  num,
  pad,
  probe,
  ROUTING_TURN,
  startServer,
  stopServers,
  type Turn,
  WARMUP_SECONDS,
  waitFor,
} from "./lib/bench.ts";
import { type LocalWorker, startLocalWorker } from "./lib/local-worker.ts";
import { buildWorkerBundle, FREE_PLAN_GZIP_BYTES, mib } from "./worker-bundle.ts";

const HELP = `Benchmark Switchboard on Node and on the Workers runtime, side by side.

Usage: npm run bench:worker [-- --duration 10 --connections 50]

  --duration SECONDS     how long each turn is measured (default 10, after a 2 s warm-up)
  --connections N        concurrent connections (default 50)
  -h, --help             show this help

Builds the worker bundle as \`wrangler deploy\` would and prints its size; starts the Node
server (fresh SQLite file) and the worker under \`wrangler dev --local\` (fresh local D1,
migrated by wrangler); times each one's first request once it is up (the cold start);
then drives the greeting and the routing turn against each with autocannon and prints req/s,
p50 and p99. Local workerd is not Cloudflare's edge: compare the two, not the absolute numbers.
Exit codes: 0 all good; 1 a request failed or a server died; 2 bad options.`;

const TURNS: Turn[] = [GREETING, ROUTING_TURN];

let tempDir: string | undefined;
let worker: LocalWorker | undefined;

async function stopAll(): Promise<void> {
  await Promise.all([stopServers(), worker?.stop()]);
  worker = undefined;
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

function readOptions(): { duration: number; connections: number } | "help" {
  const { values } = parseArgs({
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!(duration > 0) || !Number.isInteger(connections) || connections < 1) {
    throw new Error("--duration takes seconds > 0 and --connections a whole number >= 1");
  }
  return { duration, connections };
}

/** How long the first signed greeting takes once the server is up: warm-up, first queries. */
async function firstRequestMs(base: string, authToken: string): Promise<number> {
  const started = performance.now();
  await probe(GREETING, base, authToken);
  return performance.now() - started;
}

type Runtime = "node" | "worker";

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
  const { duration, connections } = options;

  console.log("building the worker bundle…");
  const bundle = await buildWorkerBundle();
  for (const problem of bundle.problems) console.error(`❌ ${problem}`);

  tempDir = mkdtempSync(join(tmpdir(), "switchboard-bench-"));
  const authToken = randomBytes(24).toString("hex");
  const adminToken = randomBytes(24).toString("hex");
  const nodePort = await freePort();
  const nodeBase = `http://127.0.0.1:${nodePort}`;

  console.log("starting Switchboard on Node and on local workerd…");
  const node = startServer(
    "Switchboard on Node",
    "src/entry/node.ts",
    benchServerEnv({ tempDir, port: nodePort, authToken, adminToken, publicBaseUrl: nodeBase }),
  );
  // No PUBLIC_BASE_URL: the worker checks signatures against the URL it is called on.
  worker = await startLocalWorker({
    vars: { TWILIO_AUTH_TOKEN: authToken, ADMIN_TOKEN: adminToken, LOG_LEVEL: "warn" },
  });
  await waitFor(node, () => accepts(nodePort));
  const nodeFirst = await firstRequestMs(nodeBase, authToken);
  // On a fresh D1 the first request also loads the demo directory; a restart shows a plain
  // cold start: a new isolate on a database that has everything.
  const workerFresh = await firstRequestMs(worker.url, authToken);
  await worker.restart();
  const workerCold = await firstRequestMs(worker.url, authToken);
  const bases: Record<Runtime, string> = { node: nodeBase, worker: worker.url };
  for (const turn of TURNS) {
    await probe(turn, bases.node, authToken);
    await probe(turn, bases.worker, authToken);
  }

  console.log(
    `each turn: ${WARMUP_SECONDS}s warm-up, then ${duration}s at ${connections} connections\n`,
  );
  const results: { turn: Turn; runtime: Runtime; result: BenchResult }[] = [];
  for (const turn of TURNS) {
    for (const runtime of ["node", "worker"] as const) {
      process.stdout.write(`  ${turn.name} on ${runtime}… `);
      const result = await measure(turn, bases[runtime], authToken, connections, duration);
      if (node.exited) throw died(node);
      console.log(`${Math.round(result.requests.average)} req/s`);
      results.push({ turn, runtime, result });
    }
  }

  const cell = (r: BenchResult) =>
    `${num(r.requests.average)}${num(r.latency.p50, 1)}${num(r.latency.p99, 1)}`;
  const columns = `${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}`;
  console.log(
    `\n${pad("", 16)}${pad("Node (SQLite)", 27).padStart(27)}   ${pad("Workers (local workerd, D1)", 27)}`,
  );
  console.log(`${pad("turn", 16)}${columns}   ${columns}${"req/s ×".padStart(10)}`);
  for (const turn of TURNS) {
    const on = (runtime: Runtime) =>
      results.find((r) => r.turn === turn && r.runtime === runtime)?.result;
    const n = on("node");
    const w = on("worker");
    if (!n || !w) continue;
    const ratio = w.requests.average / Math.max(n.requests.average, 1);
    console.log(`${pad(turn.name, 16)}${cell(n)}   ${cell(w)}${num(ratio, 2).padStart(10)}`);
  }
  console.log(
    `\nfirst greeting once up: Node ${Math.round(nodeFirst)} ms; ` +
      `worker ${Math.round(workerCold)} ms (cold start), ` +
      `${Math.round(workerFresh)} ms on a fresh D1 (loads the demo directory)`,
  );
  console.log(
    `worker bundle: ${mib(bundle.gzipBytes)} gzip of ${mib(FREE_PLAN_GZIP_BYTES)} allowed ` +
      `(${mib(bundle.rawBytes)} raw)`,
  );

  let broke = bundle.problems.length > 0;
  for (const { turn, runtime, result } of results) {
    if (!failed(result)) continue;
    broke = true;
    console.error(`\n❌ ${turn.name} on ${runtime}: ${failures(result)}`);
  }
  if (node.exited) {
    broke = true;
    console.error(`\n❌ ${died(node).message}`);
  }
  if (broke) {
    console.error("\n❌ the benchmark saw failures; the numbers above do not count");
    const tails = [
      ["Node", node.output],
      ["the worker", worker.output],
    ] as const;
    for (const [name, output] of tails) {
      const tail = output
        .slice(-15)
        .map((l) => `    ${l}`)
        .join("\n");
      if (tail) console.error(`${name}'s last output:\n${tail}`);
    }
    return 1;
  }
  return 0;
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
