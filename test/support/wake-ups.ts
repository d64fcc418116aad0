import { afterEach, beforeEach, expect } from "vitest";
import { createJobs } from "../../src/app.ts";
import { type JobReport, runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import type { Directory } from "../../src/rules/directory.ts";
import { importDirectory } from "../../src/store/directory.ts";
import { demoDirectory } from "./demo.ts";
import { FakeSlack } from "./fake-slack.ts";
import { FakeTwilio, type PlacedCall } from "./fake-twilio.ts";
import {
  AUTH_TOKEN,
  callParams,
  createHarness,
  type Harness,
  PUBLIC_BASE_URL,
  post,
  TWILIO_ACCOUNT_SID,
} from "./harness.ts";

/** The front desk's Slack channel, where unanswered wake-ups go. */
export const FRONT_DESK_CHANNEL = "C_FRONT_DESK";
/** Slack users: a front-desk clerk, a sales rep (not allowed), an operator. */
export const CLERK = "U_CLERK";
export const SALES = "U_SALES";
export const OPERATOR = "U_OPERATOR";

export const PBX = "+862155550001";
export const MAIN_NUMBER = "+862155550000";
/** Room phones show as +86215555 and the room digits (docs/directory.md's first pattern). */
export const ROOM_CALLER_ID = (room: string) => `+86215555${room}`;

/** Friday 4 December 2026, 22:00 in Shanghai: the evening before the wake-ups. */
export const EVENING = new Date("2026-12-04T14:00:00Z");

/**
 * The demo directory with what a hotel using wake-ups has: front-desk staff on Slack, the front
 * desk's channel, room caller IDs, and a guest sharing room 1208.
 */
export function wakeUpDirectory(): Directory {
  const dir = structuredClone(demoDirectory);
  dir.organisation.roomCallerId = { patterns: ["+86215555{room}"], numbers: {} };
  dir.departments = dir.departments.map((d) =>
    d.key === "front_desk" ? { ...d, slackChannel: FRONT_DESK_CHANNEL } : d,
  );
  dir.staff.push(
    {
      key: "sun_li",
      name: { zh: "孙丽", en: "Sun Li" },
      department: "front_desk",
      desk: "+862155550150",
      aliases: [],
      role: "staff",
      slackUserId: CLERK,
    },
    {
      key: "zhou_qing",
      name: { zh: "周青", en: "Zhou Qing" },
      department: "operator",
      desk: "+862155550151",
      aliases: [],
      role: "operator",
      slackUserId: OPERATOR,
    },
  );
  dir.staff = dir.staff.map((s) => (s.key === "zhang_wei" ? { ...s, slackUserId: SALES } : s));
  dir.guests.push({ key: "wang_lei", name: "王磊", room: "0901", incognito: false });
  return dir;
}

export interface WakeUpRig {
  h: Harness;
  twilio: FakeTwilio;
  slack: FakeSlack;
  /** The switchboard's clock, which the test moves. */
  now(): Date;
  setNow(at: Date): void;
  /** Runs the scheduled jobs once, as one tick of the timer or one cron run. */
  tick(): Promise<JobReport[]>;
}

/** For each test: the app on a fresh database with the wake-up directory, fake Twilio and Slack. */
export function useWakeUpRig(start = EVENING): WakeUpRig {
  let current: { h: Harness; twilio: FakeTwilio; slack: FakeSlack; now: Date } | undefined;
  beforeEach(async () => {
    const twilio = await new FakeTwilio(TWILIO_ACCOUNT_SID, AUTH_TOKEN).start();
    const slack = await new FakeSlack().start();
    const h = await createHarness({ now: start, slackApiUrl: slack.url, twilioApiUrl: twilio.url });
    await importDirectory(h.db, wakeUpDirectory(), start);
    current = { h, twilio, slack, now: start };
  });
  afterEach(async () => {
    await current?.h.close();
    await current?.twilio.stop();
    await current?.slack.stop();
    current = undefined;
  });
  const running = () => {
    if (!current) throw new Error("the wake-up rig runs only inside a test");
    return current;
  };
  return {
    get h() {
      return running().h;
    },
    get twilio() {
      return running().twilio;
    },
    get slack() {
      return running().slack;
    },
    now: () => running().now,
    setNow(at) {
      const rig = running();
      rig.now = at;
      rig.h.setNow(at);
    },
    tick() {
      const rig = running();
      const jobs = createJobs({
        db: rig.h.db,
        config: {
          slack: {
            botToken: "xoxb-test",
            signingSecret: "test",
            emergencyChannel: "C_EMERGENCY",
            supervisorsChannel: "C_SUPERVISORS",
          },
          slackApiUrl: rig.slack.url,
          twilioAccountSid: TWILIO_ACCOUNT_SID,
          twilioAuthToken: AUTH_TOKEN,
          twilioApiUrl: rig.twilio.url,
        },
        publicBaseUrl: PUBLIC_BASE_URL,
      });
      return runJobs(jobs, { db: rig.h.db, clock: () => rig.now, log: createLogger("error") });
    },
  };
}

/** The path and query of a URL the switchboard gave Twilio. */
export function pathOf(url: string | undefined): string {
  expect(url?.startsWith(PUBLIC_BASE_URL), url).toBe(true);
  return (url ?? "").slice(PUBLIC_BASE_URL.length);
}

const outbound = (call: PlacedCall, extra: Record<string, string>) =>
  callParams(call.sid, MAIN_NUMBER, {
    To: PBX,
    Direction: "outbound-api",
    CallStatus: "in-progress",
    ...extra,
  });

/** The guest picks up: what they hear, and where their key goes. */
export async function pickUp(
  h: Harness,
  call: PlacedCall,
): Promise<{ twiml: string; keyPath: string }> {
  const res = await post(h, pathOf(call.url), outbound(call, {}));
  expect(res.status).toBe(200);
  const twiml = await res.text();
  const action = /<Gather action="([^"]+)"/.exec(twiml)?.[1]?.replaceAll("&amp;", "&") ?? "";
  return { twiml, keyPath: action };
}

/** The guest presses `key` (or none: the gather's timeout) after the greeting at `keyPath`. */
export async function press(
  h: Harness,
  call: PlacedCall,
  keyPath: string,
  key: string,
): Promise<string> {
  const res = await post(h, keyPath, outbound(call, { Digits: key }));
  expect(res.status).toBe(200);
  return res.text();
}

/** Twilio reports how the ring ended. */
export async function ended(h: Harness, call: PlacedCall, status: string): Promise<void> {
  const res = await post(
    h,
    pathOf(call.statusCallback),
    outbound(call, { CallStatus: status, CallDuration: status === "completed" ? "20" : "0" }),
  );
  expect(res.status).toBe(200);
}
