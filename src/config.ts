import { z } from "zod";

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

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: "must be the public http(s) URL Twilio calls" })
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
  ADMIN_TOKEN: optionalText.pipe(z.string().min(16, "must be at least 16 characters").optional()),
  TWILIO_API_URL: baseUrl("https://api.twilio.com"),
  SLACK_API_URL: baseUrl("https://slack.com/api"),
  OPENAI_BASE_URL: baseUrl("https://api.openai.com/v1"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith("xoxb-", "must be a bot token (xoxb-…)").optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_EMERGENCY_CHANNEL: optionalText,
  SLACK_SUPERVISORS_CHANNEL: optionalText,
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
  logLevel: "debug" | "info" | "warn" | "error";
  /** Slack, when configured; without it notifications wait in the outbox. */
  slack: {
    botToken: string;
    signingSecret: string;
    emergencyChannel: string | undefined;
    supervisorsChannel: string | undefined;
  } | null;
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
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`,
      ),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  const problems: string[] = [];
  const devSecretsUsed: Secret[] = [];
  const secret = (name: Secret): string => {
    const value = env[name];
    if (value) return value;
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
  if (Boolean(env.SLACK_BOT_TOKEN) !== Boolean(env.SLACK_SIGNING_SECRET)) {
    problems.push(
      `${env.SLACK_BOT_TOKEN ? "SLACK_SIGNING_SECRET" : "SLACK_BOT_TOKEN"}: is required with ${env.SLACK_BOT_TOKEN ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET"} (Slack needs both)`,
    );
  }
  if (production && !env.PUBLIC_BASE_URL) {
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
    logLevel: env.LOG_LEVEL,
    slack:
      env.SLACK_BOT_TOKEN && env.SLACK_SIGNING_SECRET
        ? {
            botToken: env.SLACK_BOT_TOKEN,
            signingSecret: env.SLACK_SIGNING_SECRET,
            emergencyChannel: env.SLACK_EMERGENCY_CHANNEL,
            supervisorsChannel: env.SLACK_SUPERVISORS_CHANNEL,
          }
        : null,
    devSecretsUsed,
  };
}
