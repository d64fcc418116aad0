import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  admin,
  callParams,
  createHarness,
  type Harness,
  newCallSid,
  post,
} from "../support/harness.ts";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

async function seedCall(at: Date, data: { department?: string; outcome?: string } = {}) {
  const callSid = newCallSid();
  await h.prisma.call.create({
    data: {
      callSid,
      from: "+8613800138000",
      to: "+862155550000",
      language: "zh",
      status: "completed",
      startedAt: at,
      department: data.department ?? null,
      outcome: data.outcome ?? null,
    },
  });
  return callSid;
}

describe("admin API authorisation", () => {
  it.each(["/api/calls", "/api/calls/CA123", "/api/messages"])(
    "answers %s without the admin token with 401",
    async (path) => {
      expect((await h.app.request(`https://switchboard.example.com${path}`)).status).toBe(401);
      expect((await admin(h, path, "wrong-token-wrong-token")).status).toBe(401);
      expect((await admin(h, path, `${ADMIN_TOKEN}x`)).status).toBe(401);
    },
  );

  it("answers a wrong token with 401 and a malformed Authorization header with 400", async () => {
    const url = "https://switchboard.example.com/api/calls";
    const wrong = await admin(h, "/api/calls", "wrong-token-wrong-token");
    expect(await wrong.json()).toEqual({ error: "unauthorized" });
    expect(wrong.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const basic = await h.app.request(url, { headers: { authorization: `Basic ${ADMIN_TOKEN}` } });
    expect(basic.status).toBe(400);
    expect(await basic.json()).toEqual({ error: expect.stringMatching(/Bearer/) });
    const right = await h.app.request(url, { headers: { authorization: `bearer ${ADMIN_TOKEN}` } });
    expect(right.status).toBe(200);
  });
});

describe("GET /api/calls", () => {
  it("filters by time range, department and outcome, newest first, paginated", async () => {
    const a = await seedCall(new Date("2026-11-01T01:00:00Z"), {
      department: "finance",
      outcome: "message",
    });
    const b = await seedCall(new Date("2026-11-02T01:00:00Z"), {
      department: "sales",
      outcome: "transferred",
    });
    const c = await seedCall(new Date("2026-11-03T01:00:00Z"), {
      department: "finance",
      outcome: "transferred",
    });
    const all = (await (await admin(h, "/api/calls")).json()) as {
      items: { callSid: string }[];
      total: number;
    };
    expect(all.items.map((i) => i.callSid)).toEqual([c, b, a]);
    expect(all.total).toBe(3);

    const finance = (await (await admin(h, "/api/calls?department=finance")).json()) as {
      items: { callSid: string }[];
    };
    expect(finance.items.map((i) => i.callSid)).toEqual([c, a]);

    const transferred = (await (
      await admin(h, "/api/calls?outcome=transferred&department=finance")
    ).json()) as {
      items: { callSid: string }[];
    };
    expect(transferred.items.map((i) => i.callSid)).toEqual([c]);

    const range = (await (
      await admin(h, "/api/calls?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z")
    ).json()) as {
      items: { callSid: string }[];
    };
    expect(range.items.map((i) => i.callSid)).toEqual([b]);

    const page2 = (await (await admin(h, "/api/calls?pageSize=2&page=2")).json()) as {
      items: { callSid: string }[];
      page: number;
      total: number;
    };
    expect(page2).toMatchObject({ page: 2, total: 3 });
    expect(page2.items.map((i) => i.callSid)).toEqual([a]);
  });

  it("reads a date alone as the organisation's local day", async () => {
    // 07:00 on 25 November in Shanghai is still 24 November in UTC.
    const early = await seedCall(new Date("2026-11-24T23:00:00Z"));
    const late = await seedCall(new Date("2026-11-25T15:59:00Z"));
    await seedCall(new Date("2026-11-25T16:00:00Z"));
    await seedCall(new Date("2026-11-24T15:59:00Z"));
    const day = (await (await admin(h, "/api/calls?from=2026-11-25&to=2026-11-26")).json()) as {
      items: { callSid: string }[];
    };
    expect(day.items.map((i) => i.callSid)).toEqual([late, early]);
  });

  it("answers a bad filter with 400 naming it", async () => {
    const res = await admin(h, "/api/calls?outcome=lost");
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain("outcome");
  });

  it("shows a call with the fields supervisors rely on", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const body = (await (await admin(h, "/api/calls")).json()) as {
      items: Record<string, unknown>[];
    };
    expect(Object.keys(body.items[0] ?? {})).toEqual(
      expect.arrayContaining([
        "callSid",
        "from",
        "callerName",
        "organisation",
        "language",
        "intent",
        "department",
        "target",
        "outcome",
        "handledBy",
        "startedAt",
        "answeredAt",
        "endedAt",
      ]),
    );
  });
});

describe("GET /api/calls/:callSid", () => {
  it("returns the call with its events, and 404 for an unknown call", async () => {
    const sid = newCallSid();
    await post(h, "/voice/incoming", callParams(sid));
    const res = await admin(h, `/api/calls/${sid}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      callSid: string;
      events: { type: string }[];
      message: unknown;
    };
    expect(body.callSid).toBe(sid);
    expect(body.events.map((e) => e.type)).toEqual(["incoming"]);
    expect(body.message).toBeNull();
    expect((await admin(h, `/api/calls/${newCallSid()}`)).status).toBe(404);
  });
});

describe("PUT /api/directory", () => {
  it("replaces the directory from a file in the body, and refuses a bad one naming the field", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync("directory/lakeside-hotel.yaml", "utf8");
    const put = (body: string, token = ADMIN_TOKEN) =>
      h.app.request("https://switchboard.example.com/api/directory", {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/yaml" },
        body,
      });
    expect((await put(text, "not-the-admin-token-at-all")).status).toBe(401);
    const bad = await put(text.replace("timezone: Asia/Shanghai", "timezone: Nowhere/Else"));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain("organisation.timezone");
    expect((await h.prisma.organisation.findFirstOrThrow()).nameEn).toBe("Lakeside Hotel");
    const ok = await put(text.replace("en: Lakeside Hotel", "en: Hillside Hotel"));
    expect(await ok.json()).toEqual({
      organisation: "lakeside",
      departments: 12,
      staff: 5,
      guests: 3,
    });
    expect((await h.prisma.organisation.findFirstOrThrow()).nameEn).toBe("Hillside Hotel");
  });
});
