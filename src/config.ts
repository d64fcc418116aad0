import { z } from "zod";
import type { ExchangeRates } from "./rules/money.ts";
import { PLACEABLE_CLASSES, type PlaceableClass, type Tariff } from "./rules/toll.ts";

/** Secrets that must be set in production; elsewhere they get local development values. */
export const SECRETS = ["TWILIO_AUTH_TOKEN", "ADMIN_TOKEN"] as const;
export type Secret = (typeof SECRETS)[number];
export type DevSecrets = Record<Secret, string>;

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const baseUrl = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }))
    .transform((v) => v.replace(/\/+$/, ""));

// ---------------------------------------------------------------- long-distance calls

/** How long-distance calls are approved, placed and charged. */
export interface LongDistanceSettings {
  /** Classes whose calls need an approver; the other placeable classes need none. */
  approvalClasses: PlaceableClass[];
  /** Recorded at the approval of a private call; the amount as decimal text. */
  deposit: { amount: string; currency: string };
  /** A request not decided within this many minutes expires. */
  requestMinutes: number;
  /** The longest an approved call may last (Twilio's timeLimit), in minutes. */
  timeLimitMinutes: number;
  /** Prices a call Twilio reports no price for; null when there is no tariff. */
  tariff: Tariff | null;
  /** How much of the deposit's currency one unit of each other currency is worth. */
  fx: ExchangeRates;
  /** The day `fx`'s rates are from (YYYY-MM-DD), recorded with each conversion; null if not given. */
  fxDate: string | null;
}

const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as CNY");

/** A variable that holds JSON, parsed; `example` shows what it should look like. */
function json(example: string) {
  return z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.issues.push({ code: "custom", message: `must be JSON such as ${example}`, input: text });
      return z.NEVER;
    }
  });
}

const tariffJson = json('{"currency":"CNY","perMinute":{"US":1.2}}').pipe(
  z
    .object({
      currency: currencyCode,
      perMinute: z.record(
        z
          .string()
          .regex(
            /^([A-Z]{2}|local|domestic_long_distance|mobile|international)$/,
            "keys must be a toll class or an ISO region such as US",
          ),
        z.number().nonnegative(),
      ),
    })
    .strict(),
);

/** Exchange rates into the deposit's currency, as JSON: `{"USD":7.1}`. */
const fxJson = json('{"USD":7.1}').pipe(
  z.record(
    currencyCode,
    z
      .number({ error: 'each rate must be a number such as {"USD":7.1}' })
      .positive("each rate must be more than 0")
      .finite(),
    {
      error: (issue) =>
        issue.code === "invalid_key"
          ? "each key must be an ISO 4217 currency code such as USD"
          : 'must be a JSON object of rates such as {"USD":7.1}',
    },
  ),
);

const longDistanceSchema = z.object({
  LONG_DISTANCE_APPROVAL_CLASSES: optionalText
    .transform((v) => (v ?? "domestic_long_distance,mobile,international").split(","))
    .transform((items) => items.map((c) => c.trim()).filter((c) => c && c !== "none"))
    .pipe(
      z.array(
        z.enum(PLACEABLE_CLASSES, {
          error: `each must be one of ${PLACEABLE_CLASSES.join(", ")} (or none)`,
        }),
      ),
    ),
  LONG_DISTANCE_DEPOSIT: optionalText.pipe(
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, "must be an amount such as 200 or 150.50")
      .default("200"),
  ),
  LONG_DISTANCE_CURRENCY: optionalText.pipe(currencyCode.default("CNY")),
  LONG_DISTANCE_REQUEST_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  LONG_DISTANCE_TIME_LIMIT_MINUTES: z.coerce.number().int().min(1).max(240).default(60),
  LONG_DISTANCE_TARIFF: optionalText.pipe(tariffJson.optional()),
  LONG_DISTANCE_FX: optionalText.pipe(fxJson.optional()),
  LONG_DISTANCE_FX_DATE: optionalText.pipe(
    z.iso.date({ error: "must be the date the rates are from, such as 2026-11-30" }).optional(),
  ),
});

function longDistanceSettings(env: z.output<typeof longDistanceSchema>): LongDistanceSettings {
  return {
    approvalClasses: [...new Set(env.LONG_DISTANCE_APPROVAL_CLASSES)],
    deposit: { amount: env.LONG_DISTANCE_DEPOSIT, currency: env.LONG_DISTANCE_CURRENCY },
    requestMinutes: env.LONG_DISTANCE_REQUEST_MINUTES,
    timeLimitMinutes: env.LONG_DISTANCE_TIME_LIMIT_MINUTES,
    tariff: env.LONG_DISTANCE_TARIFF ?? null,
    fx: env.LONG_DISTANCE_FX ?? {},
    fxDate: env.LONG_DISTANCE_FX_DATE ?? null,
  };
}

/** The settings with nothing configured. */
export const LONG_DISTANCE_DEFAULTS: LongDistanceSettings = longDistanceSettings(
  longDistanceSchema.parse({}),
);

// ---------------------------------------------------------------- what a call leaves behind

/** How long the switchboard waits on what a call leaves behind, in milliseconds. */
export interface CallWaits {
  /** A missed call's post waits this long for its call to end; the call's end releases it sooner. */
  missedCallHoldMs: number;
  /** Twilio's transcription of a message is waited for this long before Switchboard makes its own. */
  transcriptionGraceMs: number;
  /** A message the same caller leaves for the same department and person within this long of a
   * missed call answers it (they called back). */
  callBackWindowMs: number;
}

/** A whole number of `unit` from `min` to `max`; `fallback` when unset or empty. */
function wholeNumber(unit: string, min: number, max: number, fallback: number) {
  const error = `must be a whole number of ${unit} from ${min} to ${max}`;
  return optionalText.pipe(
    z.coerce
      .number<string>({ error })
      .int({ error })
      .min(min, { error })
      .max(max, { error })
      .default(fallback),
  );
}

const callWaitsSchema = z.object({
  MISSED_CALL_HOLD_MINUTES: wholeNumber("minutes", 1, 120, 10),
  TRANSCRIPTION_GRACE_SECONDS: wholeNumber("seconds", 30, 3600, 180),
  CALL_BACK_WINDOW_HOURS: wholeNumber("hours", 1, 7 * 24, 12),
});

function callWaits(env: z.output<typeof callWaitsSchema>): CallWaits {
  return {
    missedCallHoldMs: env.MISSED_CALL_HOLD_MINUTES * 60_000,
    transcriptionGraceMs: env.TRANSCRIPTION_GRACE_SECONDS * 1000,
    callBackWindowMs: env.CALL_BACK_WINDOW_HOURS * 60 * 60_000,
  };
}

/** The waits with nothing configured: 10 minutes, 3 minutes and 12 hours. */
export const CALL_WAITS_DEFAULTS: CallWaits = callWaits(callWaitsSchema.parse({}));

// ---------------------------------------------------------------- the environment

function servedAtRoot(value: string): boolean {
  // Not a URL at all is the check before this one's to report.
  if (!URL.canParse(value)) return true;
  const url = new URL(value);
  return /^\/*$/.test(url.pathname) && url.search === "" && url.hash === "";
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be the public http(s) URL Twilio calls" })
      // The TwiML's links are paths from the host's root (/voice/…): under a path prefix
      // Twilio would follow them out of it.
      .refine(servedAtRoot, {
        error:
          "must be the address Switchboard is served at, with no path, query or fragment (e.g. https://switchboard.example.com)",
      })
      .optional(),
  ),
  DATABASE_URL: z.string().trim().min(1).default("file:./data/switchboard.db"),
  DIRECTORY_FILE: z.string().trim().min(1).default("directory/lakeside-hotel.yaml"),
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_ACCOUNT_SID: optionalText.pipe(
    z
      .string()
      .regex(/^AC[0-9a-fA-F]{32}$/, "must be an Account SID (AC…)")
      .optional(),
  ),
  ADMIN_TOKEN: optionalText.pipe(
    z
      .string()
      .min(16, "must be at least 16 characters")
      // What a bearer token may hold (RFC 6750), so it can be sent in an Authorization header.
      .regex(/^[A-Za-z0-9._~+/-]+=*$/, "may hold only letters, digits and . _ ~ + / - (then =)")
      .optional(),
  ),
  TWILIO_API_URL: baseUrl("https://api.twilio.com"),
  SLACK_API_URL: baseUrl("https://slack.com/api"),
  OPENAI_BASE_URL: baseUrl("https://api.openai.com/v1"),
  OPENAI_API_KEY: optionalText,
  OPENAI_MODEL: optionalText.pipe(z.string().default("gpt-4.1-mini")),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(1500),
  OPENAI_TRANSCRIBE_MODEL: optionalText.pipe(z.string().default("gpt-4o-mini-transcribe")),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)").optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_EMERGENCY_CHANNEL: optionalText,
  SLACK_SUPERVISORS_CHANNEL: optionalText,
  SLACK_APPROVERS_CHANNEL: optionalText,
  ...longDistanceSchema.shape,
  ...callWaitsSchema.shape,
});

export interface Config {
  nodeEnv: "development" | "production" | "test";
  port: number;
  publicBaseUrl: string;
  databaseUrl: string;
  directoryFile: string;
  twilioAuthToken: string;
  /** Needed only to place calls (staff callbacks); answering calls needs just the auth token. */
  twilioAccountSid: string | undefined;
  adminToken: string;
  twilioApiUrl: string;
  slackApiUrl: string;
  openaiBaseUrl: string;
  /** The language model, when OPENAI_API_KEY is set; without it the rules work alone. */
  openai: {
    apiKey: string;
    baseUrl: string;
    model: string;
    timeoutMs: number;
    /** The speech-to-text model for messages Twilio did not transcribe. */
    transcribeModel: string;
  } | null;
  logLevel: "debug" | "info" | "warn" | "error";
  /** Slack, when configured; without it notifications wait in the outbox. */
  slack: {
    botToken: string;
    signingSecret: string;
    emergencyChannel: string | undefined;
    supervisorsChannel: string | undefined;
    /** Where long-distance requests are posted for approval; the supervisors' channel if unset. */
    approversChannel?: string | undefined;
  } | null;
  longDistance: LongDistanceSettings;
  waits: CallWaits;
  /** The secrets that were not set and got development values. */
  devSecretsUsed: Secret[];
}

export class ConfigError extends Error {
  readonly code = "CONFIG_INVALID";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads configuration from an environment object. Outside production a missing secret takes
 * its development value from `devSecrets`; in production it is an error naming the variable.
 */
export function parseConfig(
  raw: Record<string, string | undefined>,
  devSecrets?: DevSecrets,
): Config {
  const parsed = schema.safeParse(raw);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
      );
  // A bad variable is read again as if unset, so the checks below still look at all the others.
  const bad = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]));
  const env = parsed.success
    ? parsed.data
    : schema.parse(Object.fromEntries(Object.entries(raw).filter(([name]) => !bad.has(name))));
  /** Set, or set to something already reported as wrong. */
  const given = (name: keyof typeof env) => Boolean(env[name]) || bad.has(name);
  const production = env.NODE_ENV === "production";
  const devSecretsUsed: Secret[] = [];
  const secret = (name: Secret): string => {
    const value = env[name];
    if (value) return value;
    if (bad.has(name)) return "";
    if (production || !devSecrets) {
      problems.push(
        `${name}: is required${production ? " when NODE_ENV=production" : ""} (set it in the environment)`,
      );
      return "";
    }
    devSecretsUsed.push(name);
    return devSecrets[name];
  };
  const twilioAuthToken = secret("TWILIO_AUTH_TOKEN");
  const adminToken = secret("ADMIN_TOKEN");
  const slackToken = given("SLACK_BOT_TOKEN");
  if (slackToken !== given("SLACK_SIGNING_SECRET")) {
    problems.push(
      `${slackToken ? "SLACK_SIGNING_SECRET" : "SLACK_BOT_TOKEN"}: is required with ${slackToken ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET"} (Slack needs both)`,
    );
  }
  if (production && !given("PUBLIC_BASE_URL")) {
    problems.push("PUBLIC_BASE_URL: is required when NODE_ENV=production (Twilio signs this URL)");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
    databaseUrl: env.DATABASE_URL,
    directoryFile: env.DIRECTORY_FILE,
    twilioAuthToken,
    twilioAccountSid: env.TWILIO_ACCOUNT_SID,
    adminToken,
    twilioApiUrl: env.TWILIO_API_URL,
    slackApiUrl: env.SLACK_API_URL,
    openaiBaseUrl: env.OPENAI_BASE_URL,
    openai: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseUrl: env.OPENAI_BASE_URL,
          model: env.OPENAI_MODEL,
          timeoutMs: env.OPENAI_TIMEOUT_MS,
          transcribeModel: env.OPENAI_TRANSCRIBE_MODEL,
        }
      : null,
    logLevel: env.LOG_LEVEL,
    slack:
      env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
        ? {
            botToken: env.SLACK_BOT_TOKEN,
            signingSecret: env.SLACK_SIGNING_SECRET,
            emergencyChannel: env.SLACK_EMERGENCY_CHANNEL,
            supervisorsChannel: env.SLACK_SUPERVISORS_CHANNEL,
            approversChannel: env.SLACK_APPROVERS_CHANNEL,
          }
        : null,
    longDistance: longDistanceSettings(env),
    waits: callWaits(env),
    devSecretsUsed,
  };
}
