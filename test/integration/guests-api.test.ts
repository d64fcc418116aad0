// The guest list kept by the hotel's own system through the admin API, and what callers then reach.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CallResult, CallScript } from "../../scripts/lib/phone.ts";
import { callThrough } from "../support/calls.ts";
import { expectNothingUnsafe } from "../support/demo.ts";
import {
  ADMIN_TOKEN,
  admin,
  createHarness,
  type Harness,
  PUBLIC_BASE_URL,
} from "../support/harness.ts";

let h: Harness;
let clock = new Date("2026-11-25T02:00:00Z");
beforeEach(async () => {
  clock = new Date("2026-11-25T02:00:00Z");
  h = await createHarness({ now: clock });
});
afterEach(async () => {
  await h.close();
});

function send(method: string, path: string, body?: unknown, token = ADMIN_TOKEN) {
  return h.app.request(`${PUBLIC_BASE_URL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

async function guestKeys(): Promise<string[]> {
  const res = await admin(h, "/api/guests");
  expect(res.status).toBe(200);
  return ((await res.json()) as { guests: { key: string }[] }).guests.map((g) => g.key);
}

/** A call a little later, as callers come: the switchboard rereads the directory within a second. */
async function callLater(script: CallScript): Promise<CallResult> {
  clock = new Date(clock.getTime() + 2000);
  h.setNow(clock);
  const result = await callThrough(h, script);
  expect(result.problems).toEqual([]);
  expectNothingUnsafe(result);
  return result;
}

describe("the guest list through the admin API", () => {
  it.each([
    ["GET", "/api/guests"],
    ["PUT", "/api/guests"],
    ["PUT", "/api/guests/wang_lei"],
    ["DELETE", "/api/guests/liu_yang"],
  ])("answers %s %s without the admin token with 401 and changes nothing", async (method, path) => {
    const body = method === "GET" ? undefined : { name: "王磊", room: "0901" };
    const res = await send(method, path, body, "wrong-token-wrong-token");
    expect(res.status).toBe(401);
    expect(await guestKeys()).toEqual(["liu_yang", "emily_carter", "zhao_min"]);
  });

  it("checks a guest in, moves them, and checks them out, and callers reach them meanwhile", async () => {
    const checkIn = await send("PUT", "/api/guests/wang_lei", { name: "王磊", room: "0901" });
    expect(checkIn.status).toBe(201);
    expect(await checkIn.json()).toEqual({
      guest: { key: "wang_lei", name: "王磊", room: "0901", incognito: false },
    });
    const first = await callLater({ says: ["请帮我转王磊的房间"], staff: ["answer"] });
    expect(first.dialled[0]).toMatchObject({ number: "+862155550001", sendDigits: "ww0901" });

    expect((await send("PUT", "/api/guests/wang_lei", { name: "王磊", room: "1106" })).status).toBe(
      200,
    );
    const moved = await callLater({ says: ["请帮我转王磊的房间"], staff: ["answer"] });
    expect(moved.dialled[0]).toMatchObject({ sendDigits: "ww1106" });

    expect((await send("DELETE", "/api/guests/wang_lei")).status).toBe(204);
    expect((await send("DELETE", "/api/guests/wang_lei")).status).toBe(404);
    const gone = await callLater({ says: ["请帮我转王磊的房间"] });
    const nobody = await callLater({ says: ["请帮我转孙悟空的房间"] });
    expect(gone.dialled).toEqual([]);
    expect(gone.heard.slice(1)).toEqual(nobody.heard.slice(1));
    expect(await guestKeys()).toEqual(["liu_yang", "emily_carter", "zhao_min"]);
  });

  it("hides a guest who asks for it from then on", async () => {
    await send("PUT", "/api/guests/liu_yang", { name: "刘洋", room: "1208", incognito: true });
    const r = await callLater({ says: ["请帮我转刘洋的房间"] });
    expect(r.dialled).toEqual([]);
    expect(r.heard.join("")).toContain("不能确认住客信息");
  });

  it("replaces the whole list from the hotel's system", async () => {
    const res = await send("PUT", "/api/guests", {
      guests: [
        { key: "wang_lei", name: "王磊", room: "0901" },
        { key: "emily_carter", name: "Emily Carter", room: "0816" },
      ],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ guests: 2 });
    expect(await guestKeys()).toEqual(["wang_lei", "emily_carter"]);
    const left = await callLater({ says: ["请帮我转刘洋的房间"] });
    expect(left.dialled).toEqual([]);
  });

  it.each([
    [
      "a room that is not digits",
      "/api/guests/wang_lei",
      { name: "王磊", room: "9th floor" },
      /room/,
    ],
    ["no name", "/api/guests/wang_lei", { room: "0901" }, /name/],
    [
      "a field it does not know",
      "/api/guests/wang_lei",
      { name: "王磊", room: "1", vip: true },
      /vip|Unrecognized/,
    ],
    [
      "a staff member's key",
      "/api/guests/zhang_wei",
      { name: "张伟", room: "0901" },
      /duplicate key "zhang_wei"/,
    ],
    ["a key that is not a key", "/api/guests/Wang%20Lei", { name: "王磊", room: "0901" }, /key/],
    [
      "a list naming one guest twice",
      "/api/guests",
      {
        guests: [
          { key: "a", name: "A", room: "1" },
          { key: "a", name: "B", room: "2" },
        ],
      },
      /duplicate key "a"/,
    ],
    ["malformed JSON", "/api/guests", "{ guests: [", /body/],
  ])("refuses %s with 400 and changes nothing", async (_, path, body, issue) => {
    const res = await send("PUT", path, body);
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: string; issues: string[] };
    expect(answer.error).toBe("invalid guests");
    expect(answer.issues.join("\n")).toMatch(issue);
    expect(await guestKeys()).toEqual(["liu_yang", "emily_carter", "zhao_min"]);
  });

  it("keeps both of two check-ins that arrive together", async () => {
    const [a, b] = await Promise.all([
      send("PUT", "/api/guests/wang_lei", { name: "王磊", room: "0901" }),
      send("PUT", "/api/guests/li_mei", { name: "李梅", room: "0902" }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect((await guestKeys()).sort()).toEqual(
      ["emily_carter", "li_mei", "liu_yang", "wang_lei", "zhao_min"].sort(),
    );
  });
});
