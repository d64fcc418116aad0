import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.ts";

const dev = { TWILIO_AUTH_TOKEN: "dev-twilio-token", ADMIN_TOKEN: "dev-admin-token-0123456789" };

function problems(raw: Record<string, string | undefined>, devSecrets = dev): string[] {
  try {
    parseConfig(raw, devSecrets);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseConfig", () => {
  it("runs with no configuration at all outside production, on development secrets", () => {
    const config = parseConfig({}, dev);
    expect(config).toMatchObject({
      port: 3000,
      publicBaseUrl: "http://localhost:3000",
      databaseUrl: "file:./data/switchboard.db",
      directoryFile: "directory/lakeside-hotel.yaml",
      twilioAuthToken: "dev-twilio-token",
      adminToken: "dev-admin-token-0123456789",
      twilioApiUrl: "https://api.twilio.com",
      slackApiUrl: "https://slack.com/api",
      openaiBaseUrl: "https://api.openai.com/v1",
    });
    expect(config.devSecretsUsed).toEqual(["TWILIO_AUTH_TOKEN", "ADMIN_TOKEN"]);
  });

  it("takes every variable from the environment", () => {
    const config = parseConfig(
      {
        PORT: "8080",
        PUBLIC_BASE_URL: "https://sb.example.com/",
        DATABASE_URL: "file:/var/lib/switchboard.db",
        DIRECTORY_FILE: "my.yaml",
        TWILIO_AUTH_TOKEN: "real-token",
        ADMIN_TOKEN: "a-real-admin-token-123",
        TWILIO_API_URL: "http://127.0.0.1:9001/",
        SLACK_API_URL: "http://127.0.0.1:9002/api/",
        OPENAI_BASE_URL: "http://127.0.0.1:9003/v1",
      },
      dev,
    );
    expect(config).toMatchObject({
      port: 8080,
      publicBaseUrl: "https://sb.example.com",
      databaseUrl: "file:/var/lib/switchboard.db",
      directoryFile: "my.yaml",
      twilioAuthToken: "real-token",
      twilioApiUrl: "http://127.0.0.1:9001",
      slackApiUrl: "http://127.0.0.1:9002/api",
      devSecretsUsed: [],
    });
  });

  it("names the variable at fault", () => {
    expect(problems({ PORT: "eighty" })).toEqual([expect.stringMatching(/^PORT: /)]);
    expect(problems({ PUBLIC_BASE_URL: "not a url" })).toEqual([
      expect.stringMatching(/^PUBLIC_BASE_URL: /),
    ]);
    expect(problems({ TWILIO_API_URL: "ftp://x" })).toEqual([
      expect.stringMatching(/^TWILIO_API_URL: /),
    ]);
    expect(problems({ ADMIN_TOKEN: "short" })).toEqual([
      expect.stringMatching(/^ADMIN_TOKEN: .*16/),
    ]);
  });

  it("reads the waits on a call's loose ends, today's values by default, within bounds", () => {
    expect(parseConfig({}, dev).waits).toEqual({
      missedCallHoldMs: 10 * 60_000,
      transcriptionGraceMs: 3 * 60_000,
      callBackWindowMs: 12 * 60 * 60_000,
    });
    const set = {
      MISSED_CALL_HOLD_MINUTES: "2",
      TRANSCRIPTION_GRACE_SECONDS: " 90 ",
      CALL_BACK_WINDOW_HOURS: "48",
    };
    expect(parseConfig(set, dev).waits).toEqual({
      missedCallHoldMs: 2 * 60_000,
      transcriptionGraceMs: 90_000,
      callBackWindowMs: 48 * 60 * 60_000,
    });
    // Empty, as a blank var or .env line leaves it: the default.
    expect(parseConfig({ MISSED_CALL_HOLD_MINUTES: "" }, dev).waits.missedCallHoldMs).toBe(600_000);
    // The bounds themselves are allowed.
    expect(
      problems({ MISSED_CALL_HOLD_MINUTES: "120", TRANSCRIPTION_GRACE_SECONDS: "30" }),
    ).toEqual([]);
    expect(problems({ CALL_BACK_WINDOW_HOURS: "168" })).toEqual([]);
  });

  it.each([
    ["MISSED_CALL_HOLD_MINUTES", "0", "minutes from 1 to 120"],
    ["MISSED_CALL_HOLD_MINUTES", "121", "minutes from 1 to 120"],
    ["MISSED_CALL_HOLD_MINUTES", "ten", "minutes from 1 to 120"],
    ["TRANSCRIPTION_GRACE_SECONDS", "29", "seconds from 30 to 3600"],
    ["TRANSCRIPTION_GRACE_SECONDS", "1.5", "seconds from 30 to 3600"],
    ["CALL_BACK_WINDOW_HOURS", "169", "hours from 1 to 168"],
    ["CALL_BACK_WINDOW_HOURS", "-1", "hours from 1 to 168"],
  ])("refuses %s=%s, naming it and its bounds", (name, value, bounds) => {
    expect(problems({ [name]: value })).toEqual([`${name}: must be a whole number of ${bounds}`]);
  });

  it("refuses an admin token no Authorization header can carry as a bearer token", () => {
    expect(problems({ ADMIN_TOKEN: "a token with spaces in it" })).toEqual([
      expect.stringMatching(/^ADMIN_TOKEN: may hold only/),
    ]);
    expect(problems({ ADMIN_TOKEN: "QmVhcmVyLXRva2VuLXZhbHVl+/_~.-==" })).toEqual([]);
  });

  it("refuses a public URL under a path, whose TwiML links Twilio would follow out of it", () => {
    for (const url of [
      "https://example.com/switchboard",
      "https://example.com/switchboard/",
      "https://sb.example.com/?via=proxy",
      "https://sb.example.com/#top",
    ]) {
      expect(problems({ PUBLIC_BASE_URL: url })).toEqual([
        expect.stringMatching(/^PUBLIC_BASE_URL: must be the address .* with no path, query/),
      ]);
    }
    expect(problems({ PUBLIC_BASE_URL: "https://sb.example.com:8443//" })).toEqual([]);
  });

  it("stops production start-up when a secret is missing, with a clear message", () => {
    const found = problems({
      NODE_ENV: "production",
      PUBLIC_BASE_URL: "https://sb.example.com",
      ADMIN_TOKEN: "a-real-admin-token-123",
    });
    expect(found).toEqual([
      "TWILIO_AUTH_TOKEN: is required when NODE_ENV=production (set it in the environment)",
    ]);
    expect(() => parseConfig({ NODE_ENV: "production" }, dev)).toThrow(
      /TWILIO_AUTH_TOKEN[\s\S]*ADMIN_TOKEN[\s\S]*PUBLIC_BASE_URL/,
    );
  });

  it("names every bad variable at once, each with its own reason", () => {
    expect(
      problems({
        NODE_ENV: "production",
        PUBLIC_BASE_URL: "https://sb.example.com",
        ADMIN_TOKEN: "a-real-admin-token-123",
        PORT: "eighty",
      }),
    ).toEqual([
      expect.stringMatching(/^PORT: /),
      "TWILIO_AUTH_TOKEN: is required when NODE_ENV=production (set it in the environment)",
    ]);
    expect(
      problems({ SLACK_BOT_TOKEN: "xoxp-user-token", MISSED_CALL_HOLD_MINUTES: "0" }, dev),
    ).toEqual([
      "SLACK_BOT_TOKEN: must be a bot token (xoxb-…)",
      "MISSED_CALL_HOLD_MINUTES: must be a whole number of minutes from 1 to 120",
      "SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN (Slack needs both)",
    ]);
    // A value that is wrong is said to be wrong, not also to be missing.
    expect(
      problems({ NODE_ENV: "production", ADMIN_TOKEN: "short", PUBLIC_BASE_URL: "ftp://x" }),
    ).toEqual([
      expect.stringMatching(/^PUBLIC_BASE_URL: must be the public http\(s\) URL/),
      expect.stringMatching(/^ADMIN_TOKEN: must be at least 16 characters/),
      "TWILIO_AUTH_TOKEN: is required when NODE_ENV=production (set it in the environment)",
    ]);
  });

  it("never falls back to development secrets in production", () => {
    const config = parseConfig(
      {
        NODE_ENV: "production",
        PUBLIC_BASE_URL: "https://sb.example.com",
        TWILIO_AUTH_TOKEN: "t",
        ADMIN_TOKEN: "a-real-admin-token-123",
      },
      dev,
    );
    expect(config.devSecretsUsed).toEqual([]);
    expect(config.twilioAuthToken).toBe("t");
  });
});
