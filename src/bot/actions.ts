import type { App } from "@slack/bolt";
import { isWithheld } from "../rules/phone.ts";
import { longDistancePolicy, placeCallback } from "../twilio/callback.ts";
import { audit } from "./audit.ts";
import {
  emergencyBlocks,
  messageBlocks,
  missedCallBlocks,
  type SlackPost,
  slackMessage,
} from "./blocks.ts";
import { type Click, onClick } from "./click.ts";
import { type BotDeps, mayActFor } from "./context.ts";
import { emergencyFromRow, messageFromRow, missedCallFromRow } from "./message-post.ts";

/** A second "Call back" within this time is the same click, not a new call. */
const CALLBACK_DEBOUNCE_MS = 60_000;

/** The buttons on messages, missed calls and emergencies. Each acks first, then acts. */
export function registerActions(app: App, deps: BotDeps): void {
  const on = (actionId: string, handler: (click: Click) => Promise<void>) =>
    onClick(app, deps, actionId, handler);
  on("message_claim", claimMessage);
  on("message_done", finishMessage);
  on("message_call_back", callBackMessage);
  on("missed_call_back", callBackMissed);
  on("missed_done", finishMissed);
  on("emergency_ack", acknowledgeEmergency);
}

async function refuse(click: Click, text: string): Promise<void> {
  if (!click.channel) return;
  await click.client.chat.postEphemeral({ channel: click.channel, user: click.userId, text });
}

const NOT_YOURS =
  "抱歉，只有该部门的员工、主管和总机可以处理。 Sorry, only this department's staff, supervisors and operators can act on this.";

/** Shows the record as it is now on the post that was clicked. */
async function repost(click: Click, post: SlackPost): Promise<void> {
  if (!click.channel || !click.ts) return;
  await click.client.chat.update({
    channel: click.channel,
    ts: click.ts,
    ...slackMessage(post),
  });
}

async function loadMessage(click: Click) {
  return click.deps.db.message.findUnique({ where: { id: click.value } });
}

async function claimMessage(click: Click): Promise<void> {
  const { db } = click.deps;
  const message = await loadMessage(click);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  const { count } = await db.message.updateMany({
    where: { id: message.id, claimedBy: null, doneAt: null },
    data: {
      claimedBy: click.userId,
      claimedAt: click.now,
      status: "claimed",
      updatedAt: click.now,
    },
  });
  if (count === 0) {
    const current = await loadMessage(click);
    return refuse(
      click,
      `已由 <@${current?.claimedBy ?? current?.doneBy}> 处理。 Already taken by <@${current?.claimedBy ?? current?.doneBy}>.`,
    );
  }
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "message.claim",
    subject: message.id,
  });
  const fresh = await loadMessage(click);
  if (fresh) await repost(click, messageBlocks(messageFromRow(fresh), click.dir));
}

async function finishMessage(click: Click): Promise<void> {
  const { db } = click.deps;
  const message = await loadMessage(click);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  const { count } = await db.message.updateMany({
    where: { id: message.id, doneAt: null },
    data: { doneBy: click.userId, doneAt: click.now, status: "done", updatedAt: click.now },
  });
  if (count === 0) return;
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "message.done",
    subject: message.id,
  });
  const fresh = await loadMessage(click);
  if (fresh) await repost(click, messageBlocks(messageFromRow(fresh), click.dir));
}

async function callBackMessage(click: Click): Promise<void> {
  const { db } = click.deps;
  const message = await loadMessage(click);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  const number = message.callbackNumber;
  const claimed = await db.message.updateMany({
    where: {
      id: message.id,
      OR: [
        { calledBackAt: null },
        { calledBackAt: { lt: new Date(click.now.getTime() - CALLBACK_DEBOUNCE_MS) } },
      ],
    },
    data: { calledBackBy: click.userId, calledBackAt: click.now, updatedAt: click.now },
  });
  if (claimed.count === 0) return;
  const placed = await ringBack(
    click,
    number,
    message.language === "en" ? "en" : "zh",
    message.callerName,
  );
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "message.call_back",
    subject: message.id,
    detail: placed,
  });
  if (!placed.ok) {
    // The call never went out: forget the click so it can be tried again.
    await db.message.updateMany({
      where: { id: message.id, calledBackBy: click.userId, calledBackAt: click.now },
      data: { calledBackBy: message.calledBackBy, calledBackAt: message.calledBackAt },
    });
    return;
  }
  const fresh = await loadMessage(click);
  if (fresh) await repost(click, messageBlocks(messageFromRow(fresh), click.dir));
}

async function loadMissed(click: Click) {
  const missed = await click.deps.db.missedCall.findUnique({ where: { key: click.value } });
  if (!missed) return null;
  const call = await click.deps.db.call.findUnique({ where: { callSid: missed.callSid } });
  return { missed, call };
}

async function callBackMissed(click: Click): Promise<void> {
  const { db } = click.deps;
  const found = await loadMissed(click);
  if (!found) return;
  const { missed, call } = found;
  if (!mayActFor(click.actor, missed.department)) return refuse(click, NOT_YOURS);
  const claimed = await db.missedCall.updateMany({
    where: {
      key: missed.key,
      OR: [
        { calledBackAt: null },
        { calledBackAt: { lt: new Date(click.now.getTime() - CALLBACK_DEBOUNCE_MS) } },
      ],
    },
    data: { calledBackBy: click.userId, calledBackAt: click.now },
  });
  if (claimed.count === 0) return;
  const placed = await ringBack(
    click,
    call?.from ?? null,
    call?.language === "en" ? "en" : "zh",
    call?.callerName ?? null,
  );
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "missed.call_back",
    subject: missed.key,
    detail: placed,
  });
  if (!placed.ok) {
    await db.missedCall.updateMany({
      where: { key: missed.key, calledBackBy: click.userId, calledBackAt: click.now },
      data: { calledBackBy: missed.calledBackBy, calledBackAt: missed.calledBackAt },
    });
    return;
  }
  const fresh = await loadMissed(click);
  if (fresh)
    await repost(
      click,
      missedCallBlocks(missedCallFromRow(fresh.missed, fresh.call?.from ?? ""), click.dir),
    );
}

async function finishMissed(click: Click): Promise<void> {
  const { db } = click.deps;
  const found = await loadMissed(click);
  if (!found) return;
  if (!mayActFor(click.actor, found.missed.department)) return refuse(click, NOT_YOURS);
  const { count } = await db.missedCall.updateMany({
    where: { key: found.missed.key, doneAt: null },
    data: { doneBy: click.userId, doneAt: click.now, status: "done" },
  });
  if (count === 0) return;
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "missed.done",
    subject: found.missed.key,
  });
  const fresh = await loadMissed(click);
  if (fresh)
    await repost(
      click,
      missedCallBlocks(missedCallFromRow(fresh.missed, fresh.call?.from ?? ""), click.dir),
    );
}

async function acknowledgeEmergency(click: Click): Promise<void> {
  const { db } = click.deps;
  const alert = await db.emergencyAlert.findUnique({ where: { callSid: click.value } });
  if (!alert) return;
  if (!click.actor) {
    return refuse(
      click,
      "抱歉，您不在总机名录中。 Sorry, you are not in the switchboard's directory.",
    );
  }
  const { count } = await db.emergencyAlert.updateMany({
    where: { callSid: alert.callSid, acknowledgedAt: null },
    data: { acknowledgedBy: click.userId, acknowledgedAt: click.now },
  });
  if (count === 0) return;
  await audit(db, {
    at: click.now,
    actor: click.userId,
    action: "emergency.acknowledge",
    subject: alert.callSid,
  });
  const fresh = await db.emergencyAlert.findUnique({ where: { callSid: alert.callSid } });
  if (fresh) await repost(click, emergencyBlocks(emergencyFromRow(fresh), click.dir));
}

/** Rings the clicking staff member's desk, then bridges to the caller's number. */
async function ringBack(
  click: Click,
  number: string | null,
  language: "zh" | "en",
  callerName: string | null,
): Promise<{ ok: boolean; callSid?: string; error?: string }> {
  const { config } = click.deps;
  const fail = async (error: string) => {
    await refuse(click, error);
    return { ok: false, error };
  };
  if (!click.actor) return fail(NOT_YOURS);
  if (!number || isWithheld(number)) {
    return fail("这条记录没有可回拨的号码。 There is no number to call back (it was withheld).");
  }
  if (!config.twilioAccountSid) {
    return fail(
      "回电需要配置 TWILIO_ACCOUNT_SID。 Call back needs TWILIO_ACCOUNT_SID to be configured.",
    );
  }
  const org = click.dir?.organisation;
  if (!org) return fail("no directory");
  const who = callerName ?? number.slice(-4);
  try {
    const { callSid } = await placeCallback(
      {
        accountSid: config.twilioAccountSid,
        authToken: config.twilioAuthToken,
        apiUrl: config.twilioApiUrl,
        ...(click.deps.fetch ? { fetch: click.deps.fetch } : {}),
        // Long-distance callbacks need an approved request (`/switchboard call`).
        policy: longDistancePolicy(org, config.longDistance.approvalClasses),
      },
      {
        staffNumber: click.actor.desk,
        callerNumber: number,
        callerId: org.mainNumber,
        announce:
          language === "en"
            ? { text: `Calling back ${who} for ${org.name.en}. Please hold.`, language: "en" }
            : { text: `正在为您回电给${who}，请稍候。`, language: "zh" },
      },
    );
    return { ok: true, callSid };
  } catch (error) {
    click.deps.log.warn("call back failed", { error });
    return fail(
      `回电失败 Call back failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
