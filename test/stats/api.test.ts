import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, createHarness, type Harness, PUBLIC_BASE_URL } from "../support/harness.ts";
import { generatedCalls, storeCalls } from "./generated-calls.ts";

let h: Harness;

beforeAll(async () => {
  // The harness clock: Wednesday 25 November 2026, 10:00 in Shanghai.
  h = await createHarness();
  await storeCalls(h.db, generatedCalls());
});

afterAll(async () => {
  await h.close();
});

describe("GET /api/stats", () => {
  it("needs the admin token", async () => {
    expect((await h.app.request(`${PUBLIC_BASE_URL}/api/stats`)).status).toBe(401);
    expect((await admin(h, "/api/stats?period=month", "wrong-token-wrong-token")).status).toBe(401);
  });

  it("answers 400 naming period when it is not one", async () => {
    for (const bad of ["2026-13", "tomorrow", "2026-Q5"]) {
      const response = await admin(h, `/api/stats?period=${bad}`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string; issues: string[] };
      expect(body.error).toBe("invalid query");
      expect(body.issues[0]).toMatch(/^period: /);
      expect(body.issues[0]).toContain(bad);
    }
  });

  it("gives a month's figures in the organisation's time zone", async () => {
    const response = await admin(h, "/api/stats?period=2026-11");
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body.period).toEqual({
      label: "2026-11",
      unit: "month",
      from: "2026-10-31T16:00:00.000Z",
      to: "2026-11-30T16:00:00.000Z",
    });
    expect(body.timezone).toBe("Asia/Shanghai");
    expect(body.totals).toMatchObject({
      calls: 123,
      answered: 30,
      answerRate: 30 / 123,
      transferred: 30,
      messages: 30,
      missed: 30,
      abandoned: 30,
      averageSecondsToAnswer: 15,
    });
    const departments = body.departments as { key: string | null; calls: number }[];
    expect(departments[0]).toMatchObject({ key: "front_desk", calls: 31 });
    expect(departments.at(-1)).toMatchObject({ key: null, calls: 31 });
    expect((body.hourly as number[])[9]).toBe(30);
    expect(body.byDay).toHaveLength(30);
    // The same long-distance figures /switchboard stats shows: none were requested here.
    expect(body.longDistance).toMatchObject({ requests: 0, approved: 0, connected: 0, cost: [] });
  });

  it("gives today when no period is asked for", async () => {
    const body = (await (await admin(h, "/api/stats")).json()) as {
      period: { label: string };
      totals: { calls: number };
    };
    expect(body.period.label).toBe("2026-11-25");
    expect(body.totals.calls).toBe(6);
  });
});
