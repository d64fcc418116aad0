import { Hono } from "hono";
import { createAdminApi } from "./api/admin.ts";
import type { Config } from "./config.ts";
import type { Logger } from "./log.ts";
import type { Db } from "./store/db.ts";
import { createVoiceApp } from "./voice/ivr.ts";

export interface AppDeps {
  config: Pick<Config, "twilioAuthToken" | "adminToken" | "publicBaseUrl">;
  db: Db;
  log: Logger;
  clock?: () => Date;
}

/** The whole HTTP surface, the same on Node and on Workers. Wiring only. */
export function createApp(deps: AppDeps): Hono {
  const clock = deps.clock ?? (() => new Date());
  const app = new Hono();

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route(
    "/voice",
    createVoiceApp({
      db: deps.db,
      authToken: deps.config.twilioAuthToken,
      publicBaseUrl: deps.config.publicBaseUrl,
      clock,
      log: deps.log,
    }),
  );
  app.route("/api", createAdminApi({ db: deps.db, adminToken: deps.config.adminToken, clock }));

  app.notFound((c) => c.json({ error: "not found" }, 404));
  app.onError((error, c) => {
    deps.log.error("request failed", { error, path: c.req.path });
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}
