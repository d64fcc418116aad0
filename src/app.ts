import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createAssistant } from "./ai/assistant.ts";
import { createTranscriber } from "./ai/transcribe.ts";
import { createAdminApi } from "./api/admin.ts";
import { slackDeliverer } from "./bot/delivery/slack-deliverer.ts";
import type { WaitUntil } from "./bot/receiver.ts";
import { createSlackApp } from "./bot/slack-app.ts";
import { createSlackClient } from "./bot/slack-client.ts";
import { createChartRenderer, type Rasterise } from "./charts/render.ts";
import { type Config, LONG_DISTANCE_DEFAULTS } from "./config.ts";
import { coreJobs } from "./jobs/index.ts";
import { type OutboxDispatcher, outboxDispatcher } from "./jobs/outbox.ts";
import type { Job } from "./jobs/runner.ts";
import type { Logger } from "./log.ts";
import type { Db } from "./store/db.ts";
import { directorySource, loadDirectory } from "./store/directory.ts";
import { type Deliver, onNoticesCommitted } from "./store/outbox.ts";
import { fetchRecordingAudio } from "./twilio/recordings.ts";
import type { TwilioAccount } from "./twilio/rest.ts";
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
    Partial<Pick<Config, "longDistance" | "openai" | "waits">>;
  /** The database the runtime opened (store/runtime/). */
  db: Db;
  log: Logger;
  clock?: () => Date;
  /** For calls to Slack and Twilio; the platform's fetch by default. */
  fetch?: typeof fetch;
  /** Keeps work going after a response; by default Workers' waitUntil, or nothing on Node. */
  waitUntil?: WaitUntil;
  /** Delivers notices as soon as they are committed; one per database, made here if not given. */
  outbox?: OutboxDispatcher | null;
  /** Turns charts into PNG (Node: resvg); without one, Slack gets the figures as text alone. */
  rasterise?: Rasterise | null;
}

/** The whole HTTP surface, the same on Node and on Workers. Wiring only. */
export function createApp(deps: AppDeps): Hono {
  const clock = deps.clock ?? (() => new Date());
  const directory = directorySource(deps.db);
  const longDistance = deps.config.longDistance ?? LONG_DISTANCE_DEFAULTS;
  // Without OPENAI_API_KEY there is no assistant, and the rules work alone.
  const openai = deps.config.openai;
  const assistant = openai
    ? createAssistant({ ...openai, clock, ...(deps.fetch ? { fetch: deps.fetch } : {}) })
    : undefined;
  const app = new Hono();
  const renderChart = deps.rasterise ? createChartRenderer(deps.rasterise) : null;
  const outbox =
    deps.outbox !== undefined
      ? deps.outbox
      : createOutbox({
          db: deps.db,
          config: deps.config,
          log: deps.log,
          clock,
          fetch: deps.fetch,
          rasterise: deps.rasterise ?? null,
        });
  const keepAlive = (c: Context) => deps.waitUntil ?? platformWaitUntil(c);
  if (outbox) {
    // What a request queued is delivered as it commits; the response does not wait for it, and
    // on Workers waitUntil keeps the isolate alive until it is done.
    app.use("*", async (c, next) => {
      await next();
      if (outbox.busy) keepAlive(c)(outbox.idle());
    });
  }

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.route(
    "/voice",
    createVoiceApp({
      db: deps.db,
      authToken: deps.config.twilioAuthToken,
      publicBaseUrl: deps.config.publicBaseUrl,
      clock,
      log: deps.log,
      directory,
      longDistance,
      ...(deps.config.waits ? { waits: deps.config.waits } : {}),
      assistant,
    }),
  );
  app.route(
    "/api",
    createAdminApi({ db: deps.db, adminToken: deps.config.adminToken, clock, directory }),
  );

  if (deps.config.slack) {
    const slack = createSlackApp({
      db: deps.db,
      config: { ...deps.config, longDistance },
      clock,
      log: deps.log,
      directory,
      renderChart,
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
    });
    app.post("/slack/events", (c) => {
      const waitUntil = keepAlive(c);
      // A listener's work runs on after the ack, and so does the delivery of what it queued.
      return slack.handle(c.req.raw, (work) =>
        waitUntil(outbox ? work.finally(() => outbox.idle()) : work),
      );
    });
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

/**
 * The scheduled jobs, the same on both runtimes, with what they call on: Slack delivery (the
 * bot's), the model API's transcriber, and the Twilio account. Wiring only.
 */
export function createJobs(deps: {
  db: Db;
  config: Pick<Config, "slack" | "slackApiUrl"> &
    Partial<
      Pick<
        Config,
        "longDistance" | "twilioAccountSid" | "twilioAuthToken" | "twilioApiUrl" | "openai"
      >
    >;
  /** Where Twilio's webhooks reach this switchboard, for the calls jobs place; null if unknown. */
  publicBaseUrl?: string | null;
  fetch?: typeof fetch;
  rasterise?: Rasterise | null;
}): Job[] {
  const { openai } = deps.config;
  const fetchOption = deps.fetch ? { fetch: deps.fetch } : {};
  const twilio = twilioAccount(deps.config, deps.fetch);
  const deliver = slackDelivery({
    db: deps.db,
    config: deps.config,
    twilio,
    fetch: deps.fetch,
    rasterise: deps.rasterise ?? null,
  });
  // Messages Twilio did not transcribe are transcribed through the model API, when there is one.
  const transcription =
    openai && twilio
      ? {
          transcribe: createTranscriber({
            apiKey: openai.apiKey,
            baseUrl: openai.baseUrl,
            model: openai.transcribeModel,
            // A recording takes longer than a turn's answer: up to two minutes of speech.
            timeoutMs: 60_000,
            ...fetchOption,
          }),
          twilio,
          assistant: createAssistant({ ...openai, clock: () => new Date(), ...fetchOption }),
        }
      : null;
  return coreJobs({
    deliver,
    longDistance: deps.config.longDistance ?? LONG_DISTANCE_DEFAULTS,
    twilio,
    transcription,
    publicBaseUrl: deps.publicBaseUrl ?? null,
  });
}

type DeliveryConfig = Pick<Config, "slack" | "slackApiUrl"> &
  Partial<Pick<Config, "twilioAccountSid" | "twilioAuthToken" | "twilioApiUrl">>;

/** The Twilio account REST calls use, when one is configured. */
function twilioAccount(
  config: DeliveryConfig,
  fetch?: typeof globalThis.fetch,
): TwilioAccount | null {
  const { twilioAccountSid, twilioAuthToken, twilioApiUrl } = config;
  return twilioAccountSid && twilioAuthToken && twilioApiUrl
    ? {
        accountSid: twilioAccountSid,
        authToken: twilioAuthToken,
        apiUrl: twilioApiUrl,
        ...(fetch ? { fetch } : {}),
      }
    : null;
}

/** Slack delivery of the outbox (the bot's), or null without Slack. */
function slackDelivery(deps: {
  db: Db;
  config: DeliveryConfig;
  twilio: TwilioAccount | null;
  fetch?: typeof fetch;
  rasterise: Rasterise | null;
}): Deliver | null {
  const { slack } = deps.config;
  if (!slack) return null;
  const twilio = deps.twilio;
  return slackDeliverer({
    client: createSlackClient({
      token: slack.botToken,
      apiUrl: deps.config.slackApiUrl,
      fetch: deps.fetch,
    }),
    db: deps.db,
    directory: () => loadDirectory(deps.db),
    channels: {
      emergency: slack.emergencyChannel,
      supervisors: slack.supervisorsChannel,
      approvers: slack.approversChannel,
    },
    recordingAudio: twilio ? (sid) => fetchRecordingAudio(twilio, sid) : null,
    renderChart: deps.rasterise ? createChartRenderer(deps.rasterise) : null,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
}

/**
 * Delivery at once of what each unit queues, for one database (a runtime makes one and gives
 * it to each app it builds); null without Slack, and notices wait in the outbox.
 */
export function createOutbox(deps: {
  db: Db;
  config: DeliveryConfig;
  log: Logger;
  clock?: () => Date;
  fetch?: typeof fetch;
  rasterise?: Rasterise | null;
}): OutboxDispatcher | null {
  const deliver = slackDelivery({
    db: deps.db,
    config: deps.config,
    twilio: twilioAccount(deps.config, deps.fetch),
    fetch: deps.fetch,
    rasterise: deps.rasterise ?? null,
  });
  if (!deliver) {
    onNoticesCommitted(deps.db, null);
    return null;
  }
  const outbox = outboxDispatcher({
    db: deps.db,
    deliver,
    log: deps.log.child({ job: "outbox" }),
    clock: deps.clock ?? (() => new Date()),
  });
  onNoticesCommitted(deps.db, (lanes) => outbox.start(lanes));
  // What is already due (a restart's backlog) goes at once too.
  outbox.start();
  return outbox;
}
