// The Cloudflare Workers entry: the same app as the Node entry, on D1, with the jobs on a cron trigger.
import type { D1Database, ExecutionContext, ScheduledController } from "@cloudflare/workers-types";
import type { Hono } from "hono";
import demoDirectoryText from "../../directory/lakeside-hotel.yaml";
import { createApp, createJobs, createOutbox } from "../app.ts";
import { type Config, ConfigError, parseConfig } from "../config.ts";
import { parseDirectoryFile } from "../directory-file.ts";
import type { OutboxDispatcher } from "../jobs/outbox.ts";
import { type Job, runJobs } from "../jobs/runner.ts";
import { createLogger, type Logger } from "../log.ts";
import type { Db } from "../store/db.ts";
import { directoryVersion, importDirectory } from "../store/directory.ts";
import { d1Database } from "../store/runtime/d1.ts";
import { render } from "../twilio/twiml.ts";
import { apology, twiml } from "../voice/respond.ts";

/** The worker's bindings: the D1 database, and the vars and secrets `parseConfig` reads. */
export interface WorkerEnv {
  DB: D1Database;
  [variable: string]: unknown;
}

/** Where the bundled demo directory comes from, for messages. */
const DEMO_DIRECTORY = "directory/lakeside-hotel.yaml";

/** Most request origins one isolate keeps an app for when PUBLIC_BASE_URL is not set. */
const MAX_ORIGINS = 8;

/** Everything built from one env object: parsed once, reused by every request the isolate serves. */
interface Switchboard {
  config: Config;
  /** PUBLIC_BASE_URL when set; otherwise each request's own origin is the URL Twilio signed. */
  publicBaseUrl: string | undefined;
  db: Db;
  log: Logger;
  jobs: Job[];
  /** Delivers notices as they are committed: one for the isolate, shared by its apps. */
  outbox: OutboxDispatcher | null;
  apps: Map<string, Hono>;
  /** Set once this isolate has seen a directory in the database. */
  hasDirectory: boolean;
}

/** The D1 binding wrangler.toml declares; a worker deployed without it has no database. */
const DB_BINDING = "DB";

/** The environment has no usable D1 database under DB_BINDING. */
class MissingDatabase extends Error {
  override name = "MissingDatabase";
}

const switchboards = new WeakMap<object, Switchboard | ConfigError | MissingDatabase>();

/** Whether a binding is a D1 database (a misnamed one is simply absent, or something else). */
function isD1(binding: unknown): binding is D1Database {
  return (
    typeof binding === "object" &&
    binding !== null &&
    typeof (binding as { prepare?: unknown }).prepare === "function" &&
    typeof (binding as { batch?: unknown }).batch === "function"
  );
}

/** The string-valued bindings: vars and secrets, which is what the config is made of. */
function variables(env: WorkerEnv): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (typeof value === "string") vars[name] = value;
  return vars;
}

function switchboardFor(env: WorkerEnv): Switchboard | ConfigError | MissingDatabase {
  const known = switchboards.get(env);
  if (known) return known;
  let built: Switchboard | ConfigError | MissingDatabase;
  if (!isD1(env[DB_BINDING])) {
    // Said once per isolate: every request after this is answered at once, without a database.
    built = new MissingDatabase(
      `no D1 database bound as "${DB_BINDING}": add [[d1_databases]] with binding = "${DB_BINDING}" to wrangler.toml`,
    );
    createLogger("error", { service: "switchboard", runtime: "workers" }).error(
      "database binding missing",
      {
        expected: DB_BINDING,
        bindings: Object.keys(env).filter((k) => typeof env[k] !== "string"),
      },
    );
    switchboards.set(env, built);
    return built;
  }
  try {
    const vars = variables(env);
    // No dev-secrets file on Workers: a missing secret is always an error naming it.
    const config = parseConfig(vars);
    const db = d1Database(env.DB);
    const log = createLogger(config.logLevel, { service: "switchboard", runtime: "workers" });
    const publicBaseUrl = vars.PUBLIC_BASE_URL?.trim() ? config.publicBaseUrl : undefined;
    built = {
      config,
      publicBaseUrl,
      db,
      log,
      // Calls the cron places (wake-ups) need PUBLIC_BASE_URL: no request tells it the origin.
      jobs: createJobs({ db, config, publicBaseUrl: publicBaseUrl ?? null }),
      outbox: createOutbox({ db, config, log }),
      apps: new Map(),
      hasDirectory: false,
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    built = error;
  }
  switchboards.set(env, built);
  return built;
}

function appFor(switchboard: Switchboard, origin: string): Hono {
  const publicBaseUrl = switchboard.publicBaseUrl ?? origin;
  let app = switchboard.apps.get(publicBaseUrl);
  if (!app) {
    // Only a handful of hostnames route to one worker; the bound keeps a stray Host header cheap.
    if (switchboard.apps.size >= MAX_ORIGINS) switchboard.apps.clear();
    const { config, db, log, outbox } = switchboard;
    app = createApp({ config: { ...config, publicBaseUrl }, db, log, outbox });
    switchboard.apps.set(publicBaseUrl, app);
  }
  return app;
}

/**
 * Loads the bundled demo directory into a database that has none, as the Node entry does on
 * first start, so a fresh D1 answers calls at once; admins replace it with PUT /api/directory.
 */
async function ensureDirectory(switchboard: Switchboard): Promise<void> {
  if (switchboard.hasDirectory) return;
  const { db, log } = switchboard;
  if ((await directoryVersion(db)) === null) {
    const directory = parseDirectoryFile(demoDirectoryText, DEMO_DIRECTORY);
    await importDirectory(db, directory, new Date());
    log.info("directory loaded into an empty database", {
      file: DEMO_DIRECTORY,
      departments: directory.departments.length,
      staff: directory.staff.length,
      guests: directory.guests.length,
    });
  }
  switchboard.hasDirectory = true;
}

function misconfigured(error: ConfigError): Response {
  createLogger("error", { service: "switchboard", runtime: "workers" }).error(
    "configuration invalid",
    { problems: error.problems },
  );
  return Response.json(
    {
      error: "switchboard is not configured",
      problems: error.problems,
      fix: "set the variables with `wrangler secret put NAME` (or in .dev.vars for wrangler dev)",
    },
    { status: 500 },
  );
}

/**
 * Without a database: a call hears the apology at once (never a webhook that hangs until
 * Twilio gives up); anything else gets 500 naming the binding.
 */
async function withoutDatabase(request: Request, error: MissingDatabase): Promise<Response> {
  if (new URL(request.url).pathname.startsWith("/voice/")) {
    const form = await request.formData().catch(() => null);
    const from = form?.get("From");
    return twiml(render(apology(null, { From: typeof from === "string" ? from : "" }, {})));
  }
  return Response.json(
    { error: "switchboard has no database", fix: error.message },
    { status: 500 },
  );
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const switchboard = switchboardFor(env);
    if (switchboard instanceof ConfigError) return misconfigured(switchboard);
    if (switchboard instanceof MissingDatabase) return withoutDatabase(request, switchboard);
    try {
      await ensureDirectory(switchboard);
    } catch (error) {
      // The app still answers: a call gets its apology TwiML, the admin API its error.
      switchboard.log.error("directory check failed (are the D1 migrations applied?)", { error });
    }
    return appFor(switchboard, new URL(request.url).origin).fetch(request, env, ctx);
  },

  async scheduled(controller: ScheduledController, env: WorkerEnv, ctx: ExecutionContext) {
    const switchboard = switchboardFor(env);
    // Thrown, so the cron run shows as failed in the dashboard and the logs.
    if (switchboard instanceof ConfigError || switchboard instanceof MissingDatabase) {
      throw switchboard;
    }
    const { db, log, jobs, outbox } = switchboard;
    const ran = runJobs(jobs, { db, log, clock: () => new Date() }).then(
      (reports) => log.debug("scheduled jobs done", { cron: controller.cron, reports }),
      (error) => log.error("scheduled jobs failed", { cron: controller.cron, error }),
    );
    // What the jobs queued (an emergency's repeat) is delivered as it commits, as after a
    // request: the isolate is kept until that is done, or it waits for the next minute's run.
    ctx.waitUntil(outbox ? ran.then(() => outbox.idle()) : ran);
  },
};
