// Runs Switchboard's worker locally the way a deployment runs: wrangler applies the migrations
// to a fresh local D1, then `wrangler dev` serves the real bundle on workerd. Offline and quiet.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const wranglerPackage = createRequire(import.meta.url).resolve("wrangler/package.json");

/** The wrangler CLI this project pins, run with the current Node. */
export const wranglerBin = join(
  dirname(wranglerPackage),
  (JSON.parse(readFileSync(wranglerPackage, "utf8")) as { bin: { wrangler: string } }).bin.wrangler,
);

/** What keeps wrangler local, offline and silent: no metrics, no banner, no prompts. */
export function quietWranglerEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: "false",
    WRANGLER_SEND_ERROR_REPORTS: "false",
    WRANGLER_HIDE_BANNER: "true",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
    CI: "true",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    // Wrangler's own settings stay inside the project's ignored state, not in the user's home.
    XDG_CONFIG_HOME: join(ROOT, ".wrangler", "config"),
  };
}

export interface WranglerRun {
  code: number | null;
  output: string;
}

/**
 * Runs one wrangler command to its end and returns what it printed. With `timeoutMs`, a run
 * that takes longer is killed with everything it started, and fails saying so.
 */
export function wrangler(
  args: string[],
  env = quietWranglerEnv(),
  options: { timeoutMs?: number } = {},
): Promise<WranglerRun> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [wranglerBin, ...args], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
      // Timed, in its own process group, so a run that hangs is killed with what it started.
      detached: options.timeoutMs !== undefined,
    });
    const pid = options.timeoutMs === undefined ? undefined : child.pid;
    if (pid !== undefined) running.add(pid);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const { timeoutMs } = options;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            if (pid !== undefined) signalGroup(pid, "SIGKILL");
            failed(
              new Error(
                `wrangler ${args.slice(0, 3).join(" ")} did not finish within ${timeoutMs / 1000} s and was killed:\n${output}`,
              ),
            );
          }, timeoutMs);
    const finished = () => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
    };
    child.once("error", (error) => {
      finished();
      failed(error);
    });
    child.once("exit", (code) => {
      finished();
      done({ code, output });
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((done, failed) => {
    const server = createServer();
    server.once("error", failed);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.end();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Process groups still running and their local D1s; if this process ends first, so do they.
const running = new Set<number>();
const states = new Set<string>();
process.once("exit", () => {
  for (const pid of running) signalGroup(pid, "SIGKILL");
  for (const state of states) rmSync(state, { recursive: true, force: true });
});

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export interface LocalWorker {
  /** Where the worker listens, e.g. http://127.0.0.1:8787; also the URL Twilio "called". */
  readonly url: string;
  /** The last lines wrangler and the worker printed, for a failure's explanation. */
  output: string[];
  /** Starts a new workerd on the same local D1: the next request is a cold start on existing data. */
  restart(): Promise<void>;
  /** Runs SQL on the local D1 with `wrangler d1 execute`, beside the running worker. */
  execute(sql: string): Promise<void>;
  /** Stops workerd and removes the local D1. */
  stop(): Promise<void>;
}

/** A local `wrangler d1` command takes seconds; one that takes this long has hung. */
const D1_COMMAND_SECONDS = 120;

export interface LocalWorkerOptions {
  /**
   * Vars and secrets, passed in an env file so they never show on a command line; a function
   * of the worker's URL for those that name it (PUBLIC_BASE_URL).
   */
  vars: Record<string, string> | ((url: string) => Record<string, string>);
  /** Seconds to wait for wrangler to start serving. */
  startSeconds?: number;
  /** The name the D1 database is bound as, to try a misconfigured deployment; DB by default. */
  databaseBinding?: string;
  /** Seconds a `wrangler d1` command (migrations, execute) may take before it is killed; 120. */
  executeSeconds?: number;
}

/**
 * Applies the migrations with `wrangler d1 migrations apply DB --local` to a fresh local D1 in
 * a temporary folder, then serves the worker on it with `wrangler dev`. Resolves once wrangler
 * is ready; the first request is still the worker's cold start.
 */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  const state = mkdtempSync(join(tmpdir(), "switchboard-worker-"));
  states.add(state);
  const env = quietWranglerEnv();
  const envFile = join(state, "worker.env");
  const output: string[] = [];
  let child: ChildProcess | undefined;
  let url = "";

  // wrangler.toml as it is, but for the database's binding: written beside it (paths in it are
  // relative to it), removed when the worker stops.
  const binding = options.databaseBinding ?? "DB";
  const config = binding === "DB" ? null : join(ROOT, `.wrangler-${basename(state)}.toml`);
  if (config) {
    const shipped = readFileSync(join(ROOT, "wrangler.toml"), "utf8");
    writeFileSync(
      config,
      shipped.replace('binding = "DB"', `binding = ${JSON.stringify(binding)}`),
    );
  }

  const serve = async () => {
    const port = await freePort();
    const vars =
      typeof options.vars === "function" ? options.vars(`http://127.0.0.1:${port}`) : options.vars;
    writeFileSync(
      envFile,
      Object.entries(vars)
        .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
        .join("\n"),
      { mode: 0o600 },
    );
    child = spawn(
      process.execPath,
      [
        wranglerBin,
        "dev",
        "--local",
        "--persist-to",
        state,
        ...(config ? ["--config", config] : []),
        "--env-file",
        envFile,
        "--ip",
        "127.0.0.1",
        "--port",
        String(port),
        "--inspector-port",
        String(await freePort()),
        "--show-interactive-dev-session=false",
        // The worker's console, without wrangler's line per request.
        "--log-level",
        "log",
      ],
      // Its own process group, so stopping it also stops the workerd processes it started.
      { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    if (child.pid) running.add(child.pid);
    // The port opens before workerd has loaded the worker; wrangler says "Ready" once it has.
    const readyLine = `Ready on http://127.0.0.1:${port}`;
    let recent = "";
    let ready = false;
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      ready ||= (recent + text).includes(readyLine);
      recent = text.slice(-readyLine.length);
      output.push(...text.split("\n").filter(Boolean));
      output.splice(0, Math.max(0, output.length - 60));
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    const deadline = Date.now() + (options.startSeconds ?? 60) * 1000;
    while (!ready || !(await accepts(port))) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`wrangler dev exited early:\n${output.join("\n")}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`wrangler dev was not serving in time:\n${output.join("\n")}`);
      }
      await pause(100);
    }
    url = `http://127.0.0.1:${port}`;
  };
  const stop = async () => {
    await stopProcessGroup(child);
    if (config) rmSync(config, { force: true });
    rmSync(state, { recursive: true, force: true });
    states.delete(state);
  };

  try {
    const migrated = await wrangler(
      [
        "d1",
        "migrations",
        "apply",
        binding,
        "--local",
        "--persist-to",
        state,
        ...(config ? ["--config", config] : []),
      ],
      env,
      { timeoutMs: (options.executeSeconds ?? D1_COMMAND_SECONDS) * 1000 },
    );
    if (migrated.code !== 0) {
      throw new Error(`wrangler d1 migrations apply failed:\n${migrated.output}`);
    }
    await serve();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    get url() {
      return url;
    },
    output,
    async restart() {
      await stopProcessGroup(child);
      await serve();
    },
    async execute(sql) {
      const run = await wrangler(
        [
          "d1",
          "execute",
          binding,
          "--local",
          "--persist-to",
          state,
          ...(config ? ["--config", config] : []),
          "--command",
          sql,
        ],
        env,
        { timeoutMs: (options.executeSeconds ?? D1_COMMAND_SECONDS) * 1000 },
      );
      if (run.code !== 0) throw new Error(`wrangler d1 execute failed:\n${run.output}`);
    },
    stop,
  };
}

/** Ends a process we started, with everything it started, and waits until it is gone. */
async function stopProcessGroup(child: ChildProcess | undefined): Promise<void> {
  const pid = child?.pid;
  // Only a group still ours: once gone, its number may belong to someone else.
  if (!child || pid === undefined || !running.has(pid)) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once("exit", () => done()));
    signalGroup(pid, "SIGTERM");
    const force = setTimeout(() => signalGroup(pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(force);
  }
  // workerd may outlive wrangler by a moment, or wrangler may have died without it.
  signalGroup(pid, "SIGKILL");
  running.delete(pid);
}
