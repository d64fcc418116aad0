import { type Context, Hono } from "hono";
import type { Logger } from "../log.ts";
import type { Language } from "../rules/directory.ts";
import { localTimeOf } from "../rules/wake-up/local-time.ts";
import { ringOutcome } from "../rules/wake-up/schedule.ts";
import { type WakeUpSettings, wakeUpSettings } from "../rules/wake-up/settings.ts";
import { commit, type Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import { completeOutboundCall } from "../store/outbound-calls.ts";
import type { WakeUpCall } from "../store/records.ts";
import {
  findWakeUp,
  onlyWhile,
  recordRingAnswered,
  ringEnded,
  ringKey,
  wakeUpEvent,
} from "../store/wake-ups.ts";
import { render, type Verb } from "../twilio/twiml.ts";
import { endOfCall } from "./outbound-calls.ts";
import { twiml } from "./respond.ts";
import { url } from "./step.ts";
import { sayWakeUp } from "./wake-up-prompts.ts";

// The rings of wake-up calls (jobs/wake-ups.ts places them): what the guest hears when they
// pick up, their key, and how each ring ended. Mounted inside the voice app, behind its Twilio
// signature check. Every URL names the wake-up (`w`) and the ring (`r`): a key or a report about
// a ring that is no longer the current one changes nothing.

/** How long the guest has to press a key after each greeting. */
const KEY_SECONDS = 6;

export function createWakeUpCallsApp(deps: {
  db: Db;
  directory: DirectorySource;
  clock: () => Date;
  log: Logger;
}) {
  const app = new Hono();

  /** The wake-up and ring a webhook is about, with the settings it is rung under. */
  async function about(c: Context) {
    const id = c.req.query("w") ?? "";
    const ring = Number(c.req.query("r") ?? "");
    const now = deps.clock();
    const dir = await deps.directory.get(now);
    const wakeUp = id && Number.isInteger(ring) ? await findWakeUp(deps.db, id) : null;
    if (!dir || !wakeUp) return null;
    return {
      wakeUp,
      ring,
      now,
      settings: wakeUpSettings(dir.organisation),
      timezone: dir.organisation.timezone,
    };
  }

  const hangUp = () => twiml(render([{ verb: "hangup" }]));

  // The guest picked up: the greeting, with the time it is now.
  app.post("/answer", async (c) => {
    try {
      const found = await about(c);
      if (!found) return hangUp();
      const { wakeUp, ring, now } = found;
      await recordRingAnswered(deps.db, wakeUp.id, ring, c.get("twilio").params.CallSid ?? "", now);
      // Cancelled, or already over: whoever is in the room now is not disturbed further.
      if (wakeUp.state !== "ringing" || wakeUp.rings !== ring) return hangUp();
      return twiml(render(greeting(wakeUp, ring, 1, found)));
    } catch (error) {
      deps.log.error("wake-up answer failed", { error });
      return hangUp();
    }
  });

  // A key (or none) after the greeting: 1 awake, 2 snooze, anything else the greeting again.
  app.post("/key", async (c) => {
    const found = await about(c).catch((error: unknown) => {
      deps.log.error("wake-up key failed", { error });
      return null;
    });
    if (!found) return hangUp();
    const { wakeUp, ring, now, settings } = found;
    const lang = wakeUp.language as Language;
    const said = (text: string): Verb[] => [
      { verb: "say", speech: { text, language: lang } },
      { verb: "hangup" },
    ];
    const key = (c.get("twilio").params.Digits ?? "").trim().slice(0, 1);
    const time = Number(c.req.query("t") ?? "1");
    if (key !== "1" && key !== "2") {
      // No key after the second greeting: the ring has failed, which its status will say.
      if (!key && time >= 2) return twiml(render(said(sayWakeUp.noKey[lang]())));
      if (wakeUp.state !== "ringing" || wakeUp.rings !== ring) return hangUp();
      return twiml(render(greeting(wakeUp, ring, key ? time : time + 1, found)));
    }
    try {
      const result = await wakeUpEvent(
        deps.db,
        wakeUp.id,
        { kind: "key", ring, key },
        now,
        settings,
        (still) => [onlyWhile(ringKey(wakeUp.id, ring, key), still)],
      );
      const state = result?.applied ? result.step.progress.state : null;
      if (state === "snoozed") {
        return twiml(render(said(sayWakeUp.snoozed[lang](settings.snoozeMinutes))));
      }
      if (state === null && result?.row.state === "cancelled") return hangUp();
      return twiml(render(said(sayWakeUp.awake[lang]())));
    } catch (error) {
      deps.log.error("wake-up key failed", { error, wakeUp: wakeUp.id });
      // The guest is awake to hear this; the ring's end decides what follows.
      return twiml(render(said(sayWakeUp.awake[lang]())));
    }
  });

  // How a ring ended: no answer, busy, failed, or answered with no key is a failed ring.
  app.post("/status", async (c) => {
    try {
      const found = await about(c);
      const { params } = c.get("twilio");
      const end = endOfCall(params);
      const outcome = ringOutcome(end.status);
      if (!found || !outcome) return twiml(render([]));
      const { wakeUp, ring, now, settings } = found;
      const ended = ringEnded(wakeUp.id, ring, end.status, now);
      // The ring's own record as an outbound call: its outcome, length and cost.
      const asCall = params.CallSid
        ? completeOutboundCall({ callSid: params.CallSid, leg: "call", ...end, at: now })
        : [];
      const result = await wakeUpEvent(
        deps.db,
        wakeUp.id,
        { kind: "ring_ended", ring, outcome },
        now,
        settings,
        (still) => [onlyWhile(ended, still), ...asCall],
      );
      // Already answered (or a report repeated): the ring's end is kept all the same.
      if (!result?.applied) await commit(deps.db, [ended, ...asCall]);
    } catch (error) {
      deps.log.error("wake-up status callback failed", { error });
    }
    return twiml(render([]));
  });

  return app;
}

/** The greeting, said `time` (1 or 2) of two times, and the wait for a key. */
function greeting(
  wakeUp: WakeUpCall,
  ring: number,
  time: number,
  at: { now: Date; timezone: string; settings: WakeUpSettings },
): Verb[] {
  const lang = wakeUp.language as Language;
  const snoozesLeft = wakeUp.snoozes < at.settings.snoozes;
  const text = sayWakeUp.greeting[lang](
    localTimeOf(at.now, at.timezone).time,
    snoozesLeft ? at.settings.snoozeMinutes : null,
  );
  return [
    {
      verb: "gather",
      action: url("/voice/wakeup/key", { w: wakeUp.id, r: ring, t: time }),
      prompt: [{ text, language: lang }],
      input: "dtmf",
      language: lang,
      numDigits: 1,
      timeout: KEY_SECONDS,
    },
  ];
}
