// Runs one webhook as a step: read, decide, commit. The call is read first (with the answer an
// identical earlier delivery was given, which is then given again); the step decides what the
// caller hears and what to change; `recordStep` commits those changes with the step's record
// as one unit. A failure still answers TwiML, so a caller never hears silence.

import type { Context } from "hono";
import type { Assistant } from "../ai/assistant.ts";
import {
  CALL_WAITS_DEFAULTS,
  type CallWaits,
  LONG_DISTANCE_DEFAULTS,
  type LongDistanceSettings,
} from "../config.ts";
import type { Logger } from "../log.ts";
import { type Directory, findDepartment, type Language } from "../rules/directory.ts";
import { callerLanguage } from "../rules/language.ts";
import { findCallAndReplay, recordStep } from "../store/call-steps.ts";
import { callHistory, insertCall, newCall } from "../store/calls.ts";
import type { Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import type { SqlStatement } from "../store/sql.ts";
import { render, type Verb } from "../twilio/twiml.ts";
import { answerToKeep, keptAnswer } from "./kept-answers.ts";
import { say } from "./prompts.ts";
import { type Step, speak, type Turn, url } from "./step.ts";

/** What the IVR works with: the database, the directory, the clock, the model. */
export interface VoiceDeps {
  db: Db;
  directory?: DirectorySource;
  authToken: string;
  publicBaseUrl: string;
  clock: () => Date;
  log: Logger;
  longDistance?: LongDistanceSettings;
  waits?: CallWaits;
  /** The language model, when configured; without it the rules work alone. */
  assistant?: Assistant;
}

/** What a step decided: the TwiML to answer, its record's detail, and the writes to commit. */
export interface Decision {
  twiml: string;
  detail: Record<string, unknown>;
  effects: SqlStatement[];
}

/**
 * Runs a step on a turn and renders what it decided. It needs neither HTTP nor a database: a
 * turn built by hand (with the history a test gives it) is decided the same way.
 */
export async function decide(
  run: Step,
  turn: Turn,
  leg: "caller" | "staff" = "caller",
): Promise<Decision> {
  const result = await run(turn);
  // Field by field, not a small object spread per optional field: this runs on every webhook.
  const detail: Record<string, unknown> = {};
  if (turn.speech) detail.speech = turn.speech;
  if (turn.digits) detail.digits = turn.digits;
  if (leg === "staff") {
    detail.leg = leg;
    detail.staffCallSid = turn.params.CallSid;
  }
  if (turn.informed.length > 0) detail.info = turn.informed;
  Object.assign(detail, result.detail);
  return { twiml: render(result.verbs), detail, effects: turn.effects };
}

export async function respond(
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
      name === "incoming" && dir ? null : await findCallAndReplay(deps.db, callSid, requestKey);
    if (found?.replay) return twiml(keptAnswer(found.replay, dir));
    if (!dir) throw new Error("no directory has been imported");
    let call = found?.call ?? null;
    // A call seen for the first time (its greeting, or a later step whose greeting was lost)
    // is created in the same unit as the step's record.
    let created: SqlStatement | undefined;
    if (!call && leg === "caller") {
      call = newCall({
        callSid,
        from: params.From ?? "",
        to: params.To ?? "",
        language: callerLanguage(params.From, dir.organisation),
        startedAt: now,
      });
      created = insertCall(call);
    }
    if (!call) throw new Error(`unknown call ${callSid}`);
    const turn: Turn = {
      effects: [],
      history: callHistory(deps.db, call),
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
      waits: deps.waits ?? CALL_WAITS_DEFAULTS,
      assistant: deps.assistant,
      informed: [],
    };
    const decision = await decide(run, turn, leg);
    const kept = answerToKeep(decision.twiml, dir);
    const sent = await recordStep(deps.db, {
      callSid,
      at: now,
      type: name,
      detail: decision.detail,
      requestKey,
      response: kept,
      effects: decision.effects,
      callStartedAt: found?.startedAt ?? null,
      ...(created ? { newCall: created } : {}),
    });
    // The step's time and the model's share of it: what is left is Switchboard's own.
    const model = (decision.detail as { model?: { ms?: unknown } }).model;
    const step = `step;dur=${(performance.now() - started).toFixed(1)}`;
    // Ours, or the answer an identical delivery was given first.
    return twiml(
      sent === kept ? decision.twiml : keptAnswer(sent, dir),
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
export function twiml(body: string, timing?: string): Response {
  const headers: Record<string, string> = { "content-type": "text/xml; charset=utf-8" };
  if (timing) headers["server-timing"] = timing;
  return new Response(body, { status: 200, headers });
}

/** What a caller hears when a step fails: an apology and the operator, if we can reach them. */
export function apology(
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
