import { readFileSync } from "node:fs";
import webhooks from "twilio/lib/webhooks/webhooks.js";
import { createApp, createOutbox } from "../../src/app.ts";
import { resvgRasteriser } from "../../src/charts/resvg.ts";
import {
  CALL_WAITS_DEFAULTS,
  type CallWaits,
  LONG_DISTANCE_DEFAULTS,
  type LongDistanceSettings,
} from "../../src/config.ts";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createLogger } from "../../src/log.ts";
import { type Db, prismaOf } from "../../src/store/db.ts";
import { importDirectory } from "../../src/store/directory.ts";
import { openScratchDatabase } from "./scratch-database.ts";

export const PUBLIC_BASE_URL = "https://switchboard.example.com";
export const AUTH_TOKEN = "test-twilio-auth-token-0123456789";
export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef";
export const DEMO_DIRECTORY = "directory/lakeside-hotel.yaml";

/** Wednesday 25 November 2026, 10:00 in Shanghai: every demo department is open. */
export const WEEKDAY_MORNING = new Date("2026-11-25T02:00:00Z");

export const SLACK_SIGNING_SECRET = "test-slack-signing-secret";
export const TWILIO_ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";

export interface Harness {
  app: ReturnType<typeof createApp>;
  /** Waits for the work Slack listeners do after they have answered, and for delivery. */
  settle(): Promise<void>;
  /** The app's database, for the store's functions. */
  db: Db;
  /** The same database through Prisma, for a test to look at or set up rows directly. */
  prisma: PrismaClient;
  dir: string;
  /** Moves the switchboard's clock. */
  setNow(at: Date): void;
  logs: string[];
  close(): Promise<void>;
}

/** The real app on a fresh SQLite file with the demo directory, and a clock the test sets. */
export async function createHarness(
  options: {
    now?: Date;
    directoryFile?: string;
    /** Local fake Slack and Twilio APIs; without Slack, /slack/events is not served. */
    slackApiUrl?: string;
    twilioApiUrl?: string;
    /** A local fake OpenAI-compatible API; without it the rules work alone. */
    openaiBaseUrl?: string;
    openaiApiKey?: string;
    /** Long-distance settings other than the defaults (LONG_DISTANCE_* variables). */
    longDistance?: Partial<LongDistanceSettings>;
    /** Waits other than the defaults (MISSED_CALL_HOLD_MINUTES, …). */
    waits?: Partial<CallWaits>;
  } = {},
): Promise<Harness> {
  // The Node entry's database: Prisma and plain SQL on one connection, with group commit.
  const scratch = openScratchDatabase("switchboard-test-");
  const { db } = scratch.database;
  const file = options.directoryFile ?? DEMO_DIRECTORY;
  let now = options.now ?? WEEKDAY_MORNING;
  await importDirectory(db, parseDirectoryFile(readFileSync(file, "utf8"), file), now);
  const logs: string[] = [];
  const pending: Promise<unknown>[] = [];
  const config = {
    twilioAuthToken: AUTH_TOKEN,
    adminToken: ADMIN_TOKEN,
    publicBaseUrl: PUBLIC_BASE_URL,
    twilioAccountSid: TWILIO_ACCOUNT_SID,
    twilioApiUrl: options.twilioApiUrl ?? "http://127.0.0.1:9",
    slackApiUrl: options.slackApiUrl ?? "http://127.0.0.1:9/api",
    longDistance: { ...LONG_DISTANCE_DEFAULTS, ...options.longDistance },
    waits: { ...CALL_WAITS_DEFAULTS, ...options.waits },
    slack: options.slackApiUrl
      ? {
          botToken: "xoxb-test",
          signingSecret: SLACK_SIGNING_SECRET,
          emergencyChannel: "C_EMERGENCY",
          supervisorsChannel: "C_SUPERVISORS",
          approversChannel: "C_APPROVERS",
        }
      : null,
    openai: options.openaiBaseUrl
      ? {
          apiKey: options.openaiApiKey ?? "sk-test-openai-key",
          baseUrl: options.openaiBaseUrl,
          model: "gpt-test",
          timeoutMs: 1500,
          transcribeModel: "transcribe-test",
        }
      : null,
  };
  const log = createLogger("debug", {}, (line) => logs.push(line));
  const clock = () => now;
  // Delivers what any unit queues (a webhook's, a listener's, a job's) as it commits.
  // Charts drawn as the Node entry draws them.
  const rasterise = resvgRasteriser();
  const outbox = createOutbox({ db, config, log, clock, rasterise });
  const app = createApp({
    config,
    db,
    log,
    clock,
    outbox,
    rasterise,
    waitUntil: (work) => {
      pending.push(work);
    },
  });
  return {
    app,
    async settle() {
      while (pending.length > 0 || outbox?.busy) {
        await Promise.all(pending.splice(0));
        await outbox?.idle();
      }
    },
    db,
    prisma: prismaOf(db),
    dir: scratch.folder,
    logs,
    setNow(at) {
      now = at;
    },
    close: () => scratch.dispose(),
  };
}

export function newCallSid(): string {
  return `CA${crypto.randomUUID().replace(/-/g, "")}`;
}

/** A webhook exactly as Twilio signs it. */
export function signedRequest(
  path: string,
  params: Record<string, string>,
  token = AUTH_TOKEN,
): RequestInit {
  const signature = webhooks.getExpectedTwilioSignature(token, `${PUBLIC_BASE_URL}${path}`, params);
  return {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-twilio-signature": signature,
    },
    body: new URLSearchParams(params).toString(),
  };
}

export function callParams(
  callSid: string,
  from = "+8613800138000",
  extra: Record<string, string> = {},
) {
  return {
    CallSid: callSid,
    AccountSid: "AC00000000000000000000000000000000",
    From: from,
    To: "+862155550000",
    CallStatus: "ringing",
    Direction: "inbound",
    ApiVersion: "2010-04-01",
    ...extra,
  };
}

export async function post(
  h: Harness,
  path: string,
  params: Record<string, string>,
  token?: string,
) {
  return h.app.request(`${PUBLIC_BASE_URL}${path}`, signedRequest(path, params, token));
}

export async function admin(h: Harness, path: string, token = ADMIN_TOKEN) {
  return h.app.request(`${PUBLIC_BASE_URL}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}
