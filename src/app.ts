import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createAssistant } from "./ai/assistant.ts";
import { createAdminApi } from "./api/admin.ts";
import { createSlackApp } from "./bot/app.ts";
import type { WaitUntil } from "./bot/receiver.ts";
import { type Config, LONG_DISTANCE_DEFAULTS } from "./config.ts";
import type { Logger } from "./log.ts";
import type { Db } from "./store/db.ts";
import { directorySource } from "./store/directory.ts";
import { prismaSql, type Sql } from "./store/sql.ts";
import { createVoiceApp } from "./voice/ivr.ts";

export interface AppDeps {
  config: Pick<
    Config,
    | "twilioAuthToken"
    | "adminToken"
    | "publicBaseUrl"
    | "slack"
    | "slackApiUrl"
    | "twilioAccountSid"
    | "twilioApiUrl"
  > &
    Partial<Pick<Config, "longDistance" | "openai">>;
  db: Db;
  log: Logger;
  clock?: () => Date;
  /** For calls to Slack and Twilio; the platform's fetch by default. */
  fetch?: typeof fetch;
  /** Keeps work going after a response; by default Workers' waitUntil, or nothing on Node. */
  waitUntil?: WaitUntil;
  /**
   * Plain SQL on the same database, for the statements every webhook makes and for directory
   * imports as one transaction; Prisma's raw queries unless the runtime has better.
   */
  sql?: Sql;
}

/** The whole HTTP surface, the same on Node and on Workers. Wiring only. */
export function createApp(deps: AppDeps): Hono {
  const clock = deps.clock ?? (() => new Date());
  const sql = deps.sql ?? prismaSql(deps.db);
  const directory = directorySource(deps.db);
  const longDistance = deps.config.longDistance ?? LONG_DISTANCE_DEFAULTS;
  // Without OPENAI_API_KEY there is no assistant, and the rules work alone.
  const openai = deps.config.openai;
  const assistant = openai
    ? createAssistant({ ...openai, clock, ...(deps.fetch ? { fetch: deps.fetch } : {}) })
    : undefined;
  const app = new Hono();

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route(
    "/voice",
    createVoiceApp({
      db: deps.db,
      sql,
      authToken: deps.config.twilioAuthToken,
      publicBaseUrl: deps.config.publicBaseUrl,
      clock,
      log: deps.log,
      directory,
      longDistance,
      assistant,
    }),
  );
  app.route(
    "/api",
    createAdminApi({
      db: deps.db,
      adminToken: deps.config.adminToken,
      clock,
      directory,
      sql,
    }),
  );

  if (deps.config.slack) {
    const slack = createSlackApp({
      db: deps.db,
      config: { ...deps.config, longDistance },
      clock,
      log: deps.log,
      directory,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      sql,
    });
    app.post("/slack/events", (c) =>
      slack.handle(c.req.raw, deps.waitUntil ?? platformWaitUntil(c)),
    );
  } else {
    app.post("/slack/events", (c) =>
      c.json({ error: "Slack is not configured on this switchboard" }, 404),
    );
  }

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    // A middleware's own answer (the admin token's 401), not a failure.
    if (error instanceof HTTPException) return error.getResponse();
    deps.log.error("request failed", { error, path: c.req.path });
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

function platformWaitUntil(c: Context): WaitUntil {
  return (work) => {
    try {
      c.executionCtx.waitUntil(work);
    } catch {
      // No execution context outside Workers: on Node the promise simply runs on.
    }
  };
}
