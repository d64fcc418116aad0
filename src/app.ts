import { type Context, Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createAssistant } from "./ai/assistant.ts";
import { createTranscriber } from "./ai/transcribe.ts";
import { createAdminApi } from "./api/admin.ts";
import { slackDeliverer } from "./bot/delivery/slack-deliverer.ts";
import type { WaitUntil } from "./bot/receiver.ts";
import { createSlackApp } from "./bot/slack-app.ts";
import { createSlackClient } from "./bot/slack-client.ts";
import { type Config, LONG_DISTANCE_DEFAULTS } from "./config.ts";
import { coreJobs } from "./jobs/index.ts";
import type { Job } from "./jobs/runner.ts";
import type { Logger } from "./log.ts";
import type { Db } from "./store/db.ts";
import { directorySource, loadDirectory } from "./store/directory.ts";
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
    Partial<Pick<Config, "longDistance" | "openai">>;
  /** The database the runtime opened (store/runtime/). */
  db: Db;
  log: Logger;
  clock?: () => Date;
  /** For calls to Slack and Twilio; the platform's fetch by default. */
  fetch?: typeof fetch;
  /** Keeps work going after a response; by default Workers' waitUntil, or nothing on Node. */
  waitUntil?: WaitUntil;
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
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
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
  fetch?: typeof fetch;
}): Job[] {
  const { twilioAccountSid, twilioAuthToken, twilioApiUrl, slack, openai } = deps.config;
  const fetchOption = deps.fetch ? { fetch: deps.fetch } : {};
  const twilio: TwilioAccount | null =
    twilioAccountSid && twilioAuthToken && twilioApiUrl
      ? {
          accountSid: twilioAccountSid,
          authToken: twilioAuthToken,
          apiUrl: twilioApiUrl,
          ...fetchOption,
        }
      : null;
  const deliver = slack
    ? slackDeliverer({
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
      })
    : null;
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
  });
}
