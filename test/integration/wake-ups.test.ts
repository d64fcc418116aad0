// Wake-up calls from the hotel's own system to the room's phone: the API, the job ringing the
// room through a fake Twilio on a clock the test moves, the guest's keys, retries, the front
// desk's post in a fake Slack and its Checked button, check-out and the figures.
import { describe, expect, it } from "vitest";
import { wakeUpJob } from "../../src/jobs/wake-ups.ts";
import { createLogger } from "../../src/log.ts";
import {
  ADMIN_TOKEN,
  AUTH_TOKEN,
  PUBLIC_BASE_URL,
  TWILIO_ACCOUNT_SID,
} from "../support/harness.ts";
import { buttonClick, deliverOutbox, slackPost } from "../support/slack.ts";
import {
  CLERK,
  ended,
  FRONT_DESK_CHANNEL,
  MAIN_NUMBER,
  PBX,
  pickUp,
  press,
  SALES,
  useWakeUpRig,
} from "../support/wake-ups.ts";

const rig = useWakeUpRig();

/** 06:30 on Saturday 5 December 2026 in Shanghai, and minutes and seconds after it. */
const at = (minutes: number, seconds = 0) =>
  new Date(Date.UTC(2026, 11, 4, 22, 30) + minutes * 60_000 + seconds * 1000);

function api(path: string, init: RequestInit = {}, token: string | null = ADMIN_TOKEN) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (init.body) headers.set("content-type", "application/json");
  return rig.h.app.request(`${PUBLIC_BASE_URL}/api${path}`, { ...init, headers });
}

const setWakeUp = (body: unknown) =>
  api("/wakeups", { method: "POST", body: JSON.stringify(body) });

interface WakeUpJson {
  id: string;
  room: string;
  state: string;
  date: string;
  time: string;
  guests: { key: string; name: string }[];
  rings: { ring: number; callSid: string | null; key: string | null; status: string | null }[];
}

async function wakeUp(id: string): Promise<WakeUpJson> {
  const res = await api("/wakeups?date=2026-12-05");
  const { items } = (await res.json()) as { items: WakeUpJson[] };
  const found = items.find((w) => w.id === id);
  if (!found) throw new Error(`no wake-up ${id}`);
  return found;
}

async function sixThirty(room = "1208"): Promise<string> {
  const res = await setWakeUp({ room, time: "06:30" });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as WakeUpJson).id;
}

/** Moves the clock to `when` and runs the jobs once. */
async function tickAt(when: Date) {
  rig.setNow(when);
  return rig.tick();
}

describe("POST, GET and DELETE /api/wakeups", () => {
  it("sets a room's wake-up for the next 06:30, once however often it is sent", async () => {
    const first = await setWakeUp({ room: "1208", time: "06:30", language: "en" });
    expect(first.status).toBe(201);
    const made = (await first.json()) as WakeUpJson;
    expect(made).toMatchObject({
      room: "1208",
      date: "2026-12-05",
      time: "06:30",
      state: "scheduled",
      guests: [{ key: "liu_yang", name: "刘洋" }],
      rings: [],
    });
    const again = await setWakeUp({ room: "1208", time: "06:30", language: "en" });
    expect(again.status).toBe(200);
    expect(((await again.json()) as WakeUpJson).id).toBe(made.id);
    const list = (await (await api("/wakeups?date=2026-12-05")).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
  });

  it("sets a guest's wake-up by key, in the room they are in", async () => {
    const res = await setWakeUp({ guest: "emily_carter", time: "07:15", date: "2026-12-06" });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      room: "0816",
      date: "2026-12-06",
      guests: [{ key: "emily_carter" }],
    });
  });

  it.each([
    [{ room: "1208", time: "25:00" }, 'time: "25:00" is not a time of day'],
    [{ room: "1208" }, "time: is required"],
    [{ time: "06:30" }, "room: give room or guest"],
    [{ room: "1208", guest: "liu_yang", time: "06:30" }, "guest: give room or guest, not both"],
    [{ room: "1999", time: "06:30" }, "room: no guest is staying in 1999"],
    [{ guest: "nobody", time: "06:30" }, 'guest: no guest "nobody"'],
    [
      { room: "1208", time: "06:30", date: "2026-12-03" },
      "date: 2026-12-03 06:30 has already passed",
    ],
    [
      { room: "1208", time: "21:00", date: "2026-12-04" },
      "time: 2026-12-04 21:00 has already passed",
    ],
    [{ room: "1208", time: "06:30", date: "05/12/2026" }, "date: must be a date YYYY-MM-DD"],
    [{ room: "1208", time: "06:30", language: "fr" }, "language: must be zh or en"],
    [{ room: "1208", time: "06:30", when: "now" }, "when"],
    [{ room: "12-08", time: "06:30" }, "room: must be the room's extension digits"],
  ])("refuses %j with a 400 naming the field", async (body, issue) => {
    const res = await setWakeUp(body);
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: string; issues: string[] };
    expect(answer.error).toBe("invalid wake-up");
    expect(answer.issues.join("\n")).toContain(issue);
    expect(await rig.h.prisma.wakeUpCall.count()).toBe(0);
  });

  it("refuses a body that is no JSON, a bad date to list, and no admin token", async () => {
    const junk = await api("/wakeups", {
      method: "POST",
      body: "{room: 1208",
      headers: { "content-type": "application/json" },
    });
    expect(junk.status).toBe(400);
    expect(await junk.json()).toMatchObject({ issues: ["body: must be a JSON object"] });
    const badDate = await api("/wakeups?date=tomorrow");
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ issues: ["date: must be a date YYYY-MM-DD"] });
    expect((await api("/wakeups", {}, null)).status).toBe(401);
    expect(
      (
        await api(
          "/wakeups",
          { method: "POST", body: JSON.stringify({ room: "1208", time: "06:30" }) },
          "wrong-token-0123456789",
        )
      ).status,
    ).toBe(401);
    expect(await rig.h.prisma.wakeUpCall.count()).toBe(0);
  });

  it("cancels one still to ring, then says there is nothing left; 404 for none", async () => {
    const id = await sixThirty();
    const cancelled = await api(`/wakeups/${id}`, { method: "DELETE" });
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ id, state: "cancelled" });
    expect((await api(`/wakeups/${id}`, { method: "DELETE" })).status).toBe(409);
    expect((await api("/wakeups/no-such-id", { method: "DELETE" })).status).toBe(404);
    await tickAt(at(0, 5));
    expect(rig.twilio.placed).toHaveLength(0);
  });
});

describe("ringing the room", () => {
  it("rings the PBX with the room's digits from the main number within a minute, and 1 ends it", async () => {
    const id = await sixThirty();
    await tickAt(at(-1));
    await tickAt(at(0, -5));
    expect(rig.twilio.placed).toHaveLength(0);
    await tickAt(at(0, 15));
    expect(rig.twilio.placed).toHaveLength(1);
    const call = rig.twilio.placed[0];
    if (!call) throw new Error("no call");
    expect(call).toMatchObject({ to: PBX, from: MAIN_NUMBER, accountSid: TWILIO_ACCOUNT_SID });
    expect(call.form).toMatchObject({ SendDigits: "ww1208", Timeout: "45" });
    expect((await wakeUp(id)).state).toBe("ringing");

    const { twiml, keyPath } = await pickUp(rig.h, call);
    expect(twiml).toContain(
      "早上好，现在是6点30分，这是您的叫醒电话。确认请按1，十分钟后再叫请按2。",
    );
    expect(twiml).not.toContain("1208");
    expect(await press(rig.h, call, keyPath, "1")).toContain("好的，祝您愉快，再见。");
    await ended(rig.h, call, "completed");
    const done = await wakeUp(id);
    expect(done.state).toBe("answered");
    expect(done.rings).toMatchObject([
      { ring: 1, callSid: call.sid, key: "1", status: "completed" },
    ]);

    // Nothing more rings, and nobody is told.
    await tickAt(at(20));
    expect(rig.twilio.placed).toHaveLength(1);
    expect(await rig.h.prisma.notification.count()).toBe(0);
  });

  it("greets in English with the time it is now", async () => {
    await setWakeUp({ room: "0816", time: "06:30", language: "en" });
    await tickAt(at(0, 20));
    const call = rig.twilio.placed[0];
    if (!call) throw new Error("no call");
    const { twiml } = await pickUp(rig.h, call);
    expect(twiml).toContain(
      "Good morning. It's 6:30 a.m. This is your wake-up call. Press 1 to confirm, or press 2 to be called again in 10 minutes.",
    );
  });

  it("snoozes on 2 for ten minutes, at most twice; then only 1 is offered", async () => {
    const id = await sixThirty();
    await tickAt(at(0, 10));
    const first = rig.twilio.placed[0];
    if (!first) throw new Error("no call");
    const one = await pickUp(rig.h, first);
    expect(await press(rig.h, first, one.keyPath, "2")).toContain("好的，十分钟后再叫您。");
    await ended(rig.h, first, "completed");
    expect((await wakeUp(id)).state).toBe("snoozed");

    await tickAt(at(9, 50));
    expect(rig.twilio.placed).toHaveLength(1);
    await tickAt(at(10, 10));
    const second = rig.twilio.placed[1];
    if (!second) throw new Error("no second call");
    const two = await pickUp(rig.h, second);
    expect(two.twiml).toContain("现在是6点40分");
    await press(rig.h, second, two.keyPath, "2");
    await ended(rig.h, second, "completed");

    await tickAt(at(20, 10));
    const third = rig.twilio.placed[2];
    if (!third) throw new Error("no third call");
    const three = await pickUp(rig.h, third);
    expect(three.twiml).toContain("确认请按1。");
    expect(three.twiml).not.toContain("按2");
    expect(await press(rig.h, third, three.keyPath, "2")).toContain("祝您愉快");
    await ended(rig.h, third, "completed");
    expect((await wakeUp(id)).state).toBe("answered");
  });

  it("retries on no answer, busy and no key, 5 minutes apart, then tells the front desk; Checked is theirs", async () => {
    const id = await sixThirty();
    await tickAt(at(0, 5));
    const [first] = rig.twilio.placed;
    if (!first) throw new Error("no call");
    await ended(rig.h, first, "no-answer");
    expect((await wakeUp(id)).state).toBe("scheduled");
    await tickAt(at(4, 50));
    expect(rig.twilio.placed).toHaveLength(1);
    await tickAt(at(5, 5));
    const second = rig.twilio.placed[1];
    if (!second) throw new Error("no second call");
    // The same report twice, and a late one about the first ring, change nothing more.
    await ended(rig.h, second, "busy");
    await ended(rig.h, second, "busy");
    await ended(rig.h, first, "no-answer");
    await tickAt(at(10, 5));
    expect(rig.twilio.placed).toHaveLength(3);
    const third = rig.twilio.placed[2];
    if (!third) throw new Error("no third call");
    // Picked up, and no key after the greeting said twice.
    const heard = await pickUp(rig.h, third);
    const again = await press(rig.h, third, heard.keyPath, "");
    expect(again).toContain("这是您的叫醒电话");
    const secondPath = /<Gather action="([^"]+)"/.exec(again)?.[1]?.replaceAll("&amp;", "&") ?? "";
    expect(await press(rig.h, third, secondPath, "")).toContain("抱歉，没有收到您的按键。");
    await ended(rig.h, third, "completed");

    const unanswered = await wakeUp(id);
    expect(unanswered.state).toBe("unanswered");
    expect(unanswered.rings.map((r) => r.status)).toEqual(["no-answer", "busy", "completed"]);

    // Every ring is a call out in the record, for the front desk, with the PBX and not the room.
    const out = (await (await api("/calls?direction=outbound&from=2026-12-04")).json()) as {
      items: Record<string, unknown>[];
    };
    const rings = out.items.filter((call) => call.purpose === "wake_up");
    expect(rings.map((call) => [call.callSid, call.outcome]).sort()).toEqual(
      [
        [first.sid, "no-answer"],
        [second.sid, "busy"],
        [third.sid, "answered"],
      ].sort(),
    );
    for (const call of rings) {
      expect(call).toMatchObject({
        direction: "outbound",
        from: MAIN_NUMBER,
        to: PBX,
        placedBy: null,
        purposeId: id,
      });
      expect(JSON.stringify(call)).not.toContain("1208");
    }
    const figures = (await (await api("/stats?period=2026-12-05")).json()) as {
      outbound: { calls: number; answered: number; seconds: number };
    };
    expect(figures.outbound).toMatchObject({ calls: 3, answered: 1, seconds: 20 });
    await deliverOutbox(rig.h, rig.slack.url, at(10, 40));
    const posts = rig.slack.posts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.args.channel).toBe(FRONT_DESK_CHANNEL);
    expect(posts[0]?.args.text).toBe(
      "叫醒未应答 Wake-up not answered · 1208 · 刘洋 · 06:30, 06:35, 06:40",
    );
    expect(JSON.stringify(posts[0]?.args.blocks)).toContain("已查看 Checked on guest");
    // Nothing rings after that.
    await tickAt(at(30));
    expect(rig.twilio.placed).toHaveLength(3);

    const click = (userId: string) =>
      slackPost(
        rig.h,
        buttonClick({
          actionId: "wake_up_checked",
          value: id,
          userId,
          channel: FRONT_DESK_CHANNEL,
          messageTs: "1800000009.000001",
          responseUrl: rig.slack.responseUrl(),
        }),
        { now: at(22) },
      );
    rig.setNow(at(22));
    expect((await click(SALES)).status).toBe(200);
    await rig.h.settle();
    expect(rig.slack.posts("chat.postEphemeral").at(-1)?.args.text).toContain("前台");
    expect((await wakeUp(id)).state).toBe("unanswered");
    await click(CLERK);
    await rig.h.settle();
    expect((await wakeUp(id)).state).toBe("checked");
    const update = rig.slack.posts("chat.update").at(-1);
    expect(update?.args).toMatchObject({ channel: FRONT_DESK_CHANNEL, ts: "1800000009.000001" });
    expect(JSON.stringify(update?.args.blocks)).toContain(
      "已查看 Checked on guest · <@U_CLERK> · 06:52",
    );
    expect(JSON.stringify(update?.args.blocks)).not.toContain("wake_up_checked");
    expect(
      await rig.h.prisma.auditLog.count({ where: { action: "wake_up.checked", actor: CLERK } }),
    ).toBe(1);
  });

  it("counts a ring Twilio never reports as not answered, and one Twilio refuses as failed", async () => {
    const id = await sixThirty();
    await tickAt(at(0, 5));
    expect(rig.twilio.placed).toHaveLength(1);
    // 45 s of ringing and two minutes for the greeting and a key have gone by.
    await tickAt(at(2, 40));
    expect(rig.twilio.placed).toHaveLength(1);
    await tickAt(at(2, 55));
    expect((await wakeUp(id)).rings[0]).toMatchObject({ status: "no-report" });
    rig.twilio.faults.push({ status: 503 });
    await tickAt(at(5, 5));
    expect((await wakeUp(id)).rings[1]).toMatchObject({ status: "not-placed", callSid: null });
    expect((await wakeUp(id)).state).toBe("scheduled");
    await tickAt(at(10, 5));
    expect(rig.twilio.placed).toHaveLength(2);
  });

  it("rings a room once when two job runs overlap, with the lease and without it", async () => {
    await sixThirty();
    await setWakeUp({ room: "0816", time: "06:30" });
    rig.setNow(at(0, 5));
    await Promise.all([rig.tick(), rig.tick(), rig.tick()]);
    expect(rig.twilio.placed.map((c) => c.form.SendDigits).sort()).toEqual(["ww0816", "ww1208"]);

    // Two runs that each think they hold the job: the guarded claim alone still rings once.
    await setWakeUp({ room: "1502", time: "06:45" });
    const job = wakeUpJob({
      twilio: { accountSid: TWILIO_ACCOUNT_SID, authToken: AUTH_TOKEN, apiUrl: rig.twilio.url },
      publicBaseUrl: PUBLIC_BASE_URL,
    });
    const run = (holder: string) =>
      job.run({ db: rig.h.db, now: at(15, 5), log: createLogger("error"), holder });
    await Promise.all([run("a"), run("b"), run("c"), run("d")]);
    expect(rig.twilio.placed.filter((c) => c.form.SendDigits === "ww1502")).toHaveLength(1);
  });

  it("tells the front desk instead when the switchboard could not ring within 30 minutes", async () => {
    const id = await sixThirty();
    await tickAt(at(31));
    expect(rig.twilio.placed).toHaveLength(0);
    expect((await wakeUp(id)).state).toBe("unanswered");
    await deliverOutbox(rig.h, rig.slack.url, at(31));
    expect(rig.slack.posts()[0]?.args.text).toBe(
      "叫醒未按时拨出 Wake-up not rung on time · 1208 · 刘洋 · 06:30",
    );
  });

  it("posts an incognito guest's unanswered wake-up only to the front desk's own channel", async () => {
    await setWakeUp({ room: "1502", time: "06:30" });
    const channel = await rig.h.prisma.department.update({
      where: { key: "front_desk" },
      data: { slackChannel: null },
    });
    expect(channel.slackChannel).toBeNull();
    await tickAt(at(31));
    await deliverOutbox(rig.h, rig.slack.url, at(31));
    expect(rig.slack.posts()).toHaveLength(0);
    const notice = await rig.h.prisma.notification.findFirstOrThrow({ where: { kind: "wake_up" } });
    expect(notice.status).toBe("pending");
    expect(notice.lastError).toContain("no Slack channel for wake-ups");
  });
});

describe("check-out and figures", () => {
  it("cancels a guest's wake-ups when they check out through the guests API", async () => {
    const id = await sixThirty();
    const out = await api("/guests/liu_yang", { method: "DELETE" });
    expect(out.status).toBe(204);
    expect((await wakeUp(id)).state).toBe("cancelled");
    await tickAt(at(0, 30));
    expect(rig.twilio.placed).toHaveLength(0);
  });

  it("keeps a room's wake-up while someone it wakes is still in the room", async () => {
    await api("/guests/liu_na", {
      method: "PUT",
      body: JSON.stringify({ name: "刘娜", room: "1208" }),
    });
    const id = await sixThirty();
    expect((await wakeUp(id)).guests.map((g) => g.key)).toEqual(["liu_yang", "liu_na"]);
    await api("/guests/liu_yang", { method: "DELETE" });
    expect((await wakeUp(id)).state).toBe("scheduled");
    await api("/guests/liu_na", { method: "DELETE" });
    expect((await wakeUp(id)).state).toBe("cancelled");
  });

  it("counts wake-ups set, answered first time, after retries, unanswered and checked", async () => {
    const first = await sixThirty("1208");
    await sixThirty("0816");
    await sixThirty("0901");
    await tickAt(at(0, 5));
    const [a, b, c] = rig.twilio.placed;
    if (!a || !b || !c) throw new Error("three calls");
    const pressOne = async (call: typeof a) => {
      const { keyPath } = await pickUp(rig.h, call);
      await press(rig.h, call, keyPath, "1");
      await ended(rig.h, call, "completed");
    };
    await pressOne(a);
    await ended(rig.h, b, "no-answer");
    await ended(rig.h, c, "no-answer");
    await tickAt(at(5, 5));
    const [d, e] = rig.twilio.placed.slice(3);
    if (!d || !e) throw new Error("two more calls");
    await pressOne(d);
    await ended(rig.h, e, "busy");
    await tickAt(at(10, 5));
    const f = rig.twilio.placed[5];
    if (!f) throw new Error("a last call");
    await ended(rig.h, f, "no-answer");
    const stats = await api("/stats?period=2026-12-05");
    expect(stats.status).toBe(200);
    expect(((await stats.json()) as { wakeUps: unknown }).wakeUps).toEqual({
      set: 3,
      answeredFirstTime: 1,
      answeredAfterRetries: 1,
      unanswered: 1,
      checked: 0,
      cancelled: 0,
    });
    expect((await wakeUp(first)).state).toBe("answered");
  });
});
