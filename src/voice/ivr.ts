// The IVR as a Hono sub-app: each webhook is a step (src/voice/steps/), run by `respond`, which
// replays a retried delivery's answer, records the step with its effects, and answers TwiML
// even when the step fails.

import { type Context, Hono } from "hono";
import type { Assistant } from "../ai/assistant.ts";
import { LONG_DISTANCE_DEFAULTS, type LongDistanceSettings } from "../config.ts";
import type { Logger } from "../log.ts";
import { type Directory, findDepartment, type Language } from "../rules/directory.ts";
import { callerLanguage } from "../rules/language.ts";
import { findCallAndReplay, insertCall, newCall, recordStep } from "../store/calls.ts";
import type { Db } from "../store/db.ts";
import { type DirectorySource, directorySource } from "../store/directory.ts";
import type { Sql, SqlStatement } from "../store/sql.ts";
import { render, type Verb } from "../twilio/twiml.ts";
import { twilioWebhook } from "../twilio/webhook.ts";
import { answerToKeep, keptAnswer } from "./kept-answers.ts";
import { createLongDistanceVoiceApp } from "./long-distance.ts";
import { say } from "./prompts.ts";
import { type Step, speak, type Turn, url } from "./step.ts";
import { onStatus } from "./steps/call-end.ts";
import {
  greet,
  onChoose,
  onConfirm,
  onEmergencyCheck,
  onIntent,
  onMenu,
  onOffer,
  onOutsideNumber,
} from "./steps/intent.ts";
import {
  onCallbackConfirm,
  onCallbackNumber,
  onMessageCallback,
  onMessageName,
  onMessageOrganisation,
  onRecorded,
  onRecordingStatus,
  onTranscription,
} from "./steps/message.ts";
import { onDialed, onScreen, onScreenAnswer } from "./steps/transfer.ts";

export interface VoiceDeps {
  db: Db;
  /** Plain SQL on the same database, for what every webhook reads and writes. */
  sql: Sql;
  directory?: DirectorySource;
  authToken: string;
  publicBaseUrl: string;
  clock: () => Date;
  log: Logger;
  longDistance?: LongDistanceSettings;
  /** The language model, when configured; without it the rules work alone. */
  assistant?: Assistant;
}

export function createVoiceApp(deps: VoiceDeps): Hono {
  const app = new Hono();
  app.use("*", twilioWebhook({ authToken: deps.authToken, publicBaseUrl: deps.publicBaseUrl }));
  const directory = deps.directory ?? directorySource(deps.db);

  const step = (name: string, run: Step, options: { leg?: "caller" | "staff" } = {}) => {
    return async (c: Context) => respond(c, deps, directory, name, run, options.leg ?? "caller");
  };

  app.post("/incoming", step("incoming", greet));
  app.post("/intent", step("intent", onIntent));
  app.post("/confirm", step("confirm", onConfirm));
  app.post("/choose", step("choose", onChoose));
  app.post("/emergency-check", step("emergency-check", onEmergencyCheck));
  app.post("/menu", step("menu", onMenu));
  app.post("/offer", step("offer", onOffer));
  app.post("/dialed", step("dialed", onDialed));
  app.post("/screen", step("screen", onScreen, { leg: "staff" }));
  app.post("/screen/answer", step("screen-answer", onScreenAnswer, { leg: "staff" }));
  app.post("/message/name", step("message-name", onMessageName));
  app.post("/message/organisation", step("message-organisation", onMessageOrganisation));
  app.post("/message/callback", step("message-callback", onMessageCallback));
  app.post("/message/callback-number", step("message-callback-number", onCallbackNumber));
  app.post("/message/callback-confirm", step("message-callback-confirm", onCallbackConfirm));
  app.post("/message/recorded", step("message-recorded", onRecorded));
  app.post("/message/recording", step("recording-status", onRecordingStatus));
  app.post("/message/transcription", step("transcription", onTranscription));
  app.post("/status", step("status", onStatus));
  app.post("/outside-number", step("outside-number", onOutsideNumber));
  app.route("/long-distance", createLongDistanceVoiceApp(deps));
  return app;
}

/**
 * Runs one webhook step: a retried delivery gets the stored answer; a failure still answers
 * TwiML (an apology and the operator), so a caller never hears silence.
 */
async function respond(
  c: Context,
  deps: VoiceDeps,
  directory: DirectorySource,
  name: string,
  run: Step,
  leg: "caller" | "staff",
): Promise<Response> {
  const started = performance.now();
  const { params, requestKey } = c.get("twilio");
  const log = deps.log.child({ step: name, callSid: params.CallSid });
  const callSid =
    leg === "staff"
      ? (c.req.query("parent") ?? params.ParentCallSid ?? "")
      : (params.CallSid ?? "");
  let dir: Directory | null = null;
  try {
    const now = deps.clock();
    dir = await directory.get(now);
    // A call's first webhook has nothing to replay: an identical retry is caught when its
    // record is written.
    const found =
      name === "incoming" && dir ? null : await findCallAndReplay(deps.sql, callSid, requestKey);
    if (found?.replay) return twiml(keptAnswer(found.replay, dir));
    if (!dir) throw new Error("no directory has been imported");
    const effects: SqlStatement[] = [];
    let call = found?.call ?? null;
    let storedStart = found?.startedAt ?? null;
    if (!call && leg === "caller") {
      call = newCall({
        callSid,
        from: params.From ?? "",
        to: params.To ?? "",
        language: callerLanguage(params.From, dir.organisation),
        startedAt: now,
      });
      if (name === "incoming") {
        // The greeting writes nothing else: its call is stored with its record.
        effects.push(insertCall(call));
      } else {
        // A call first seen later on (its greeting lost): the step may update it right away.
        const [created] = await deps.sql.write([insertCall(call)]);
        if (!created) {
          // Already there: a retried or concurrent delivery, which may have been answered.
          const again = await findCallAndReplay(deps.sql, callSid, requestKey);
          if (again.replay) return twiml(keptAnswer(again.replay, dir));
          call = again.call ?? call;
          storedStart = again.startedAt;
        }
      }
    }
    if (!call) throw new Error(`unknown call ${callSid}`);
    const turn: Turn = {
      db: deps.db,
      effects,
      dir,
      call,
      lang: call.language as Language,
      params,
      query: c.req.query(),
      now,
      log,
      speech: (params.SpeechResult ?? "").trim(),
      digits: (params.Digits ?? "").trim(),
      longDistance: deps.longDistance ?? LONG_DISTANCE_DEFAULTS,
      assistant: deps.assistant,
      informed: [],
    };
    const result = await run(turn);
    const body = render(result.verbs);
    // Field by field, not a small object spread per optional field: this runs on every webhook.
    const detail: Record<string, unknown> = {};
    if (turn.speech) detail.speech = turn.speech;
    if (turn.digits) detail.digits = turn.digits;
    if (leg === "staff") {
      detail.leg = leg;
      detail.staffCallSid = params.CallSid;
    }
    if (turn.informed.length > 0) detail.info = turn.informed;
    Object.assign(detail, result.detail);
    const kept = answerToKeep(body, dir);
    const sent = await recordStep(deps.sql, {
      callSid,
      at: now,
      type: name,
      detail,
      requestKey,
      response: kept,
      effects,
      callStartedAt: storedStart,
    });
    // The step's time and the model's share of it: what is left is Switchboard's own.
    const model = (result.detail as { model?: { ms?: unknown } } | undefined)?.model;
    const step = `step;dur=${(performance.now() - started).toFixed(1)}`;
    // Ours, or the answer an identical delivery was given first.
    return twiml(
      sent === kept ? body : keptAnswer(sent, dir),
      typeof model?.ms === "number" ? `${step}, model;dur=${model.ms}` : step,
    );
  } catch (error) {
    log.error("voice step failed", { error });
    return twiml(
      render(leg === "staff" ? [{ verb: "hangup" }] : apology(dir, params, c.req.query())),
    );
  }
}

/**
 * A TwiML answer, with its headers as a plain object: Node's server writes those as they are,
 * where a Headers object would be built, and then read back, for every webhook.
 */
function twiml(body: string, timing?: string): Response {
  const headers: Record<string, string> = { "content-type": "text/xml; charset=utf-8" };
  if (timing) headers["server-timing"] = timing;
  return new Response(body, { status: 200, headers });
}

/** What a caller hears when a step fails: an apology and the operator, if we can reach them. */
function apology(
  dir: Directory | null,
  params: Record<string, string>,
  query: Record<string, string>,
): Verb[] {
  const lang: Language = dir
    ? callerLanguage(params.From, dir.organisation)
    : params.From?.startsWith("+86") || !params.From
      ? "zh"
      : "en";
  const operator = dir ? findDepartment(dir, dir.organisation.operatorDepartment) : undefined;
  // Already on the way to the operator after a failure: don't loop, end politely.
  if (!operator || query.kind === "rescue") {
    return [speak(say.callBackLater[lang](), lang), { verb: "hangup" }];
  }
  return [
    speak(say.systemError[lang](), lang),
    {
      verb: "dial",
      action: url("/voice/dialed", { kind: "rescue", dept: operator.key, a: "rescue" }),
      timeout: dir?.organisation.ringTimeoutSeconds ?? 20,
      numbers: operator.numbers.map((number) => ({ number })),
    },
  ];
}
