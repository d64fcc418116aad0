import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createAdaptorServer } from "@hono/node-server";
import { createApp, createJobs } from "../app.ts";
import type { Rasterise } from "../charts/render.ts";
import { resvgRasteriser } from "../charts/resvg.ts";
import { type Config, ConfigError, type DevSecrets, parseConfig, SECRETS } from "../config.ts";
import { DirectoryFileError, parseDirectoryFile } from "../directory-file.ts";
import { backupJob, backupSettings } from "../jobs/backup.ts";
import { JOB_TICK_MS } from "../jobs/index.ts";
import { type Job, runJobs } from "../jobs/runner.ts";
import { createLogger, type Logger } from "../log.ts";
import type { Db } from "../store/db.ts";
import { importDirectory, loadDirectory } from "../store/directory.ts";
import {
  type NodeDatabase,
  type NodeDatabaseOptions,
  openNodeDatabase,
  openSqlite,
} from "../store/runtime/sqlite.ts";

/** Where development secrets live, so the phone simulator can find them by itself. */
export const DEV_SECRETS_FILE = "data/dev-secrets.json";

/** Local development values for missing secrets, made once and kept under ./data. */
export function devSecrets(file = DEV_SECRETS_FILE): DevSecrets {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<DevSecrets>;
    if (stored.TWILIO_AUTH_TOKEN && stored.ADMIN_TOKEN) {
      return { TWILIO_AUTH_TOKEN: stored.TWILIO_AUTH_TOKEN, ADMIN_TOKEN: stored.ADMIN_TOKEN };
    }
  }
  const secrets: DevSecrets = {
    TWILIO_AUTH_TOKEN: randomBytes(16).toString("hex"),
    ADMIN_TOKEN: randomBytes(24).toString("hex"),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const needsDevSecrets =
    env.NODE_ENV !== "production" && SECRETS.some((name) => !env[name]?.trim());
  return parseConfig(env, needsDevSecrets ? devSecrets() : undefined);
}

/** Opens the SQLite file, applying migrations the way wrangler applies them to D1. */
export function openDatabase(
  config: Config,
  log: Logger,
  options: NodeDatabaseOptions = {},
): NodeDatabase {
  const { path, db, applied } = openSqlite(config.databaseUrl);
  db.close();
  if (applied.length > 0) log.info("migrations applied", { database: path, applied });
  return openNodeDatabase(config.databaseUrl, options);
}

/** Imports a directory file, all or nothing. */
export async function importDirectoryFile({ db }: NodeDatabase, file: string, now = new Date()) {
  const directory = parseDirectoryFile(readFileSync(file, "utf8"), file);
  await importDirectory(db, directory, now);
  return directory;
}

/** The configuration and the backup's settings, every bad variable of both named in one error. */
function startSettings(env: NodeJS.ProcessEnv) {
  const problems: string[] = [];
  const read = <T>(settings: () => T): T | undefined => {
    try {
      return settings();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };
  const config = read(() => loadConfig(env));
  const backup = read(() => backupSettings(env));
  if (!config || !backup) throw new ConfigError(problems);
  return { config, backup };
}

/** The database, open and holding a directory, and the app on it. */
async function openSwitchboard(config: Config, log: Logger) {
  // The server checkpoints on a worker thread: no caller waits while the log is synced.
  const database = openDatabase(config, log, {
    checkpointInBackground: {
      onError: (error) =>
        log.warn("background checkpoints failed; checkpointing inline", { error }),
    },
  });
  try {
    if (!(await loadDirectory(database.db))) {
      const directory = await importDirectoryFile(database, resolve(config.directoryFile));
      log.info("directory loaded on first start", {
        file: config.directoryFile,
        departments: directory.departments.length,
        staff: directory.staff.length,
        guests: directory.guests.length,
      });
    }
    // Charts are drawn by resvg's native binding, which only the Node runtime has.
    const rasterise = resvgRasteriser();
    const app = createApp({ config, db: database.db, log, rasterise });
    return { database, rasterise, app };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function start(env: NodeJS.ProcessEnv = process.env) {
  const { config, backup } = startSettings(env);
  const log = createLogger(config.logLevel, { service: "switchboard" });
  // The port first: started where another server (another Switchboard) already listens, it
  // says so at once and touches no database. A request that comes meanwhile waits for the app.
  const server = createAdaptorServer({
    fetch: async (request, bindings) => (await opening).app.fetch(request, bindings),
  });
  const listening = new Promise<void>((listened, refused) => {
    server.once("listening", listened);
    server.once("error", (error) => refused(listenError(error, config.port)));
    server.listen(config.port);
  });
  const opening = listening.then(() => openSwitchboard(config, log));
  let opened: Awaited<typeof opening>;
  try {
    opened = await opening;
  } catch (error) {
    await new Promise((closed) => server.close(closed));
    throw error;
  }
  const { database, rasterise, app } = opened;
  const { db } = database;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  log.info("switchboard listening", { port, publicBaseUrl: config.publicBaseUrl });
  if (config.devSecretsUsed.length > 0) {
    const secrets = Object.fromEntries(
      config.devSecretsUsed.map((name) => [
        name,
        name === "TWILIO_AUTH_TOKEN" ? config.twilioAuthToken : config.adminToken,
      ]),
    );
    console.log(
      [
        "",
        `  Switchboard is answering on ${config.publicBaseUrl} (development values, kept in ${DEV_SECRETS_FILE}):`,
        ...Object.entries(secrets).map(([name, value]) => `    ${name}=${value}`),
        `  Try a call:   ${callCommand(config.publicBaseUrl, port)}`,
        `  Admin API:    curl -H "Authorization: Bearer ${config.adminToken}" ${config.publicBaseUrl}/api/calls`,
        "",
      ].join("\n"),
    );
  }
  const jobs = nodeJobs(config, db, { ...backup, databaseUrl: config.databaseUrl }, rasterise);
  const timer = jobTimer(jobs, { db, log });
  const stop = async () => {
    await timer.stop();
    await new Promise<void>((done) => server.close(() => done()));
    await database.close();
  };
  return { config, app, db, port, stop };
}

/** Why Switchboard could not start, in words the person starting it can act on. */
export class StartError extends Error {
  override name = "StartError";
}

function listenError(error: unknown, port: number): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE") {
    return new StartError(
      `Port ${port} is already in use: stop what is listening there, or start Switchboard on another port with PORT=…`,
    );
  }
  if (code === "EACCES") {
    return new StartError(
      `Port ${port} needs privileges this user does not have: choose a port above 1023 with PORT=…`,
    );
  }
  return error;
}

/** The jobs the Node entry runs: the shared ones, plus the nightly backup of the SQLite file. */
export function nodeJobs(
  config: Config,
  db: Db,
  backup: Parameters<typeof backupJob>[0],
  rasterise: Rasterise | null = null,
): Job[] {
  return [
    ...createJobs({ db, config, publicBaseUrl: config.publicBaseUrl, rasterise }),
    backupJob(backup),
  ];
}

/** Runs the jobs every tick; a tick that comes while a run is still going is skipped. */
function jobTimer(jobs: Job[], deps: { db: Db; log: Logger }) {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runJobs(jobs, { ...deps, clock: () => new Date() })
      .catch((error) => deps.log.error("jobs failed", { error }))
      .finally(() => {
        running = null;
      });
  };
  const interval = setInterval(tick, JOB_TICK_MS);
  tick();
  return {
    async stop() {
      clearInterval(interval);
      await running;
    },
  };
}

function fail(error: unknown): never {
  if (
    error instanceof ConfigError ||
    error instanceof DirectoryFileError ||
    error instanceof StartError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  start()
    .then(({ stop }) => {
      const shutdown = () => {
        stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once("SIGINT", shutdown);
      process.once("SIGTERM", shutdown);
    })
    .catch(fail);
}

export { fail };

/** How to ring this server with the phone simulator, which by itself tries localhost:3000. */
export function callCommand(publicBaseUrl: string, port: number): string {
  const local = `http://localhost:${port}`;
  if (publicBaseUrl === "http://localhost:3000" && port === 3000) return "npm run call";
  if (publicBaseUrl === local) return `npm run call -- --url ${local}`;
  return `npm run call -- --url ${local} --public-url ${publicBaseUrl}`;
}
