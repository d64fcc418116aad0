import type { App } from "@slack/bolt";
import { isWithheld } from "../../rules/phone.ts";
import { markCallingBack, recordCallBack } from "../../store/call-backs.ts";
import { acknowledgeEmergency, findEmergency } from "../../store/emergencies.ts";
import { claimMessage, findMessage, finishMessage, messageToPost } from "../../store/messages.ts";
import { findMissedCall, finishMissedCall } from "../../store/missed-calls.ts";
import type { OutboundCall } from "../../store/outbound-calls.ts";
import { postOf } from "../../store/outbox.ts";
import { findSurvey, finishFollowUp, followUpKeys } from "../../store/surveys.ts";
import { longDistancePolicy, placeCallback } from "../../twilio/callback.ts";
import { messageBlocks } from "../blocks/message.ts";
import { missedCallBlocks } from "../blocks/missed-call.ts";
import { messageFromRow, missedCallFromRow, surveyFollowUpFromRow } from "../blocks/payloads.ts";
import { type SlackPost, slackMessage } from "../blocks/slack-post.ts";
import { surveyFollowUpBlocks } from "../blocks/survey.ts";
import { type BotDeps, mayActFor } from "../context.ts";
import { type Click, onClick } from "./click.ts";

/** A second "Call back" within this time is the same click, not a new call. */
const CALLBACK_DEBOUNCE_MS = 60_000;

/**
 * The buttons on messages, missed calls, low survey scores and emergencies. Each acks first,
 * then acts.
 */
export function registerActions(app: App, deps: BotDeps): void {
  const on = (actionId: string, handler: (click: Click) => Promise<void>) =>
    onClick(app, deps, actionId, handler);
  on("message_claim", claimClicked);
  on("message_done", doneClicked);
  on("message_call_back", callBackMessage);
  on("missed_call_back", callBackMissed);
  on("missed_done", finishMissed);
  on("survey_call_back", callBackSurveyed);
  on("survey_done", finishSurveyFollowUp);
  on("emergency_ack", acknowledgeClicked);
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

async function claimClicked(click: Click): Promise<void> {
  const message = await findMessage(click.deps.db, click.value);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  if (!(await claimMessage(click.deps.db, message.id, click.userId, click.now))) {
    const current = await findMessage(click.deps.db, message.id);
    const by = current?.claimedBy ?? current?.doneBy;
    return refuse(click, `已由 <@${by}> 处理。 Already taken by <@${by}>.`);
  }
  await showMessage(click, message.id);
}

async function doneClicked(click: Click): Promise<void> {
  const message = await findMessage(click.deps.db, click.value);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  if (!(await finishMessage(click.deps.db, message.id, click.userId, click.now))) return;
  await showMessage(click, message.id);
}

async function showMessage(click: Click, id: string): Promise<void> {
  const found = await messageToPost(click.deps.db, id);
  if (found)
    await repost(
      click,
      messageBlocks(messageFromRow(found.message, found.from, found.missed), click.dir),
    );
}

async function callBackMessage(click: Click): Promise<void> {
  const { db } = click.deps;
  const message = await findMessage(db, click.value);
  if (!message) return;
  if (!mayActFor(click.actor, message.department)) return refuse(click, NOT_YOURS);
  const by = { by: click.userId, at: click.now };
  const what = { message: message.id };
  if (!(await markCallingBack(db, what, click.userId, click.now, CALLBACK_DEBOUNCE_MS))) return;
  const placed = await ringBack(
    click,
    message.callbackNumber,
    message.language === "en" ? "en" : "zh",
    message.callerName,
  );
  // The call never went out: the click is forgotten, so it can be tried again.
  await recordCallBack(db, what, message, by, placed);
  if (placed.ok) await showMessage(click, message.id);
}

async function callBackMissed(click: Click): Promise<void> {
  const { db } = click.deps;
  const found = await findMissedCall(db, { key: click.value });
  if (!found) return;
  const { missed, call } = found;
  if (!mayActFor(click.actor, missed.department)) return refuse(click, NOT_YOURS);
  const what = { missedCall: missed.key };
  if (!(await markCallingBack(db, what, click.userId, click.now, CALLBACK_DEBOUNCE_MS))) return;
  const placed = await ringBack(
    click,
    call?.from ?? null,
    call?.language === "en" ? "en" : "zh",
    call?.callerName ?? null,
  );
  await recordCallBack(db, what, missed, { by: click.userId, at: click.now }, placed);
  if (placed.ok) await showMissed(click, missed.key);
}

async function finishMissed(click: Click): Promise<void> {
  const found = await findMissedCall(click.deps.db, { key: click.value });
  if (!found) return;
  if (!mayActFor(click.actor, found.missed.department)) return refuse(click, NOT_YOURS);
  if (!(await finishMissedCall(click.deps.db, found.missed.key, click.userId, click.now))) return;
  await showMissed(click, found.missed.key);
}

async function showMissed(click: Click, key: string): Promise<void> {
  const fresh = await findMissedCall(click.deps.db, { key });
  if (fresh) {
    await repost(
      click,
      missedCallBlocks(
        missedCallFromRow(fresh.missed, fresh.call?.from ?? "", fresh.message),
        click.dir,
      ),
    );
  }
}

async function callBackSurveyed(click: Click): Promise<void> {
  const { db } = click.deps;
  const found = await findSurvey(db, click.value);
  if (!found?.survey.followUp) return;
  const { survey } = found;
  if (!mayActFor(click.actor, survey.department)) return refuse(click, NOT_YOURS);
  const what = { survey: survey.callSid };
  if (!(await markCallingBack(db, what, click.userId, click.now, CALLBACK_DEBOUNCE_MS))) return;
  const placed = await ringBack(
    click,
    survey.from,
    survey.language === "en" ? "en" : "zh",
    found.call?.callerName ?? null,
  );
  await recordCallBack(db, what, survey, { by: click.userId, at: click.now }, placed);
  if (placed.ok) await showSurvey(click, survey.callSid);
}

async function finishSurveyFollowUp(click: Click): Promise<void> {
  const found = await findSurvey(click.deps.db, click.value);
  if (!found?.survey.followUp) return;
  if (!mayActFor(click.actor, found.survey.department)) return refuse(click, NOT_YOURS);
  if (!(await finishFollowUp(click.deps.db, found.survey.callSid, click.userId, click.now))) return;
  await showSurvey(click, found.survey.callSid);
}

/** Shows the task as it is now on the post clicked, and on its other post (department or supervisors). */
async function showSurvey(click: Click, callSid: string): Promise<void> {
  const found = await findSurvey(click.deps.db, callSid);
  if (!found) return;
  const post = surveyFollowUpBlocks(surveyFollowUpFromRow(found.survey), click.dir);
  await repost(click, post);
  const keys = followUpKeys(callSid);
  for (const key of [keys.department, keys.supervisors]) {
    const other = await postOf(click.deps.db, key);
    if (!other || (other.channel === click.channel && other.ts === click.ts)) continue;
    await click.client.chat.update({ ...other, ...slackMessage(post) });
  }
}

async function acknowledgeClicked(click: Click): Promise<void> {
  const { db } = click.deps;
  const alert = await findEmergency(db, { callSid: click.value });
  if (!alert) return;
  if (!click.actor) {
    return refuse(
      click,
      "抱歉，您不在总机名录中。 Sorry, you are not in the switchboard's directory.",
    );
  }
  // The first alert and every repeat are shown acknowledged through the outbox, at once.
  await acknowledgeEmergency(db, alert.callSid, click.userId, click.now);
}

/**
 * Rings the clicking staff member's desk, then bridges to the caller's number: a call out by
 * them, counted for their department.
 */
async function ringBack(
  click: Click,
  number: string | null,
  language: "zh" | "en",
  callerName: string | null,
): Promise<{ ok: true; call: Omit<OutboundCall, "purpose"> } | { ok: false; error: string }> {
  const { config } = click.deps;
  const fail = async (error: string) => {
    await refuse(click, error);
    return { ok: false as const, error };
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
        publicBaseUrl: config.publicBaseUrl,
      },
    );
    return {
      ok: true,
      call: {
        callSid,
        from: org.mainNumber,
        to: number,
        language,
        placedBy: click.actor.key,
        department: click.actor.department,
        startedAt: click.now,
      },
    };
  } catch (error) {
    click.deps.log.warn("call back failed", { error });
    return fail(
      `回电失败 Call back failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
