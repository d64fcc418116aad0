import { describe, expect, it } from "vitest";
import { ConfigError, LONG_DISTANCE_DEFAULTS, parseConfig } from "../../src/config.ts";

const dev = { TWILIO_AUTH_TOKEN: "dev-twilio-token", ADMIN_TOKEN: "dev-admin-token-0123456789" };

function problems(raw: Record<string, string>): string[] {
  try {
    parseConfig(raw, dev);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("long-distance configuration", () => {
  it("needs approval for everything but local calls, by default", () => {
    expect(parseConfig({}, dev).longDistance).toEqual(LONG_DISTANCE_DEFAULTS);
    expect(LONG_DISTANCE_DEFAULTS).toEqual({
      approvalClasses: ["domestic_long_distance", "mobile", "international"],
      deposit: { amount: "200", currency: "CNY" },
      requestMinutes: 30,
      timeLimitMinutes: 60,
      tariff: null,
      fx: {},
      fxDate: null,
    });
    expect(parseConfig({}, dev).slack).toBeNull();
  });

  it("reads every variable", () => {
    const config = parseConfig(
      {
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_SIGNING_SECRET: "s",
        SLACK_APPROVERS_CHANNEL: "C_APPROVERS",
        LONG_DISTANCE_APPROVAL_CLASSES: "international, mobile",
        LONG_DISTANCE_DEPOSIT: "150.50",
        LONG_DISTANCE_CURRENCY: "HKD",
        LONG_DISTANCE_REQUEST_MINUTES: "45",
        LONG_DISTANCE_TIME_LIMIT_MINUTES: "20",
        LONG_DISTANCE_TARIFF: '{"currency":"HKD","perMinute":{"US":1.2,"international":8}}',
        LONG_DISTANCE_FX: '{"USD":7.8, "EUR": 8.45}',
        LONG_DISTANCE_FX_DATE: "2026-11-30",
      },
      dev,
    );
    expect(config.slack?.approversChannel).toBe("C_APPROVERS");
    expect(config.longDistance).toEqual({
      approvalClasses: ["international", "mobile"],
      deposit: { amount: "150.50", currency: "HKD" },
      requestMinutes: 45,
      timeLimitMinutes: 20,
      tariff: { currency: "HKD", perMinute: { US: 1.2, international: 8 } },
      fx: { USD: 7.8, EUR: 8.45 },
      fxDate: "2026-11-30",
    });
    expect(
      parseConfig({ LONG_DISTANCE_APPROVAL_CLASSES: "none" }, dev).longDistance.approvalClasses,
    ).toEqual([]);
  });

  it.each([
    ["LONG_DISTANCE_APPROVAL_CLASSES", "premium_or_special"],
    ["LONG_DISTANCE_DEPOSIT", "two hundred"],
    ["LONG_DISTANCE_CURRENCY", "rmb"],
    ["LONG_DISTANCE_REQUEST_MINUTES", "0"],
    ["LONG_DISTANCE_TIME_LIMIT_MINUTES", "500"],
    ["LONG_DISTANCE_TARIFF", "{not json"],
    ["LONG_DISTANCE_TARIFF", '{"currency":"CNY","perMinute":{"US":-1}}'],
    ["LONG_DISTANCE_FX", "USD=7.1"],
    ["LONG_DISTANCE_FX", '{"USD":0}'],
    ["LONG_DISTANCE_FX", '{"USD":"7.1"}'],
    ["LONG_DISTANCE_FX_DATE", "30/11/2026"],
    ["LONG_DISTANCE_FX_DATE", "2026-02-30"],
    ["LONG_DISTANCE_FX", '{"usd":7.1}'],
    ["LONG_DISTANCE_FX", "[7.1]"],
  ])("names %s when it is %j", (name, value) => {
    const found = problems({ [name]: value });
    expect(found).toHaveLength(1);
    expect(found[0]?.startsWith(name)).toBe(true);
  });
});
