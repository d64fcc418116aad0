// The IVR as a Hono sub-app: each webhook is a step (src/voice/steps/), run by `respond`
// (respond.ts): read, decide, commit.

import { type Context, Hono } from "hono";
import { directorySource } from "../store/directory.ts";
import { twilioWebhook } from "../twilio/webhook.ts";
import { createApprovedCallsApp } from "./approved-calls.ts";
import { createOutboundCallsApp } from "./outbound-calls.ts";

import { respond, type VoiceDeps } from "./respond.ts";
import type { Step } from "./step.ts";
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
import { onSurvey, onSurveyComment } from "./steps/survey.ts";
import { onDialed, onScreen, onScreenAnswer } from "./steps/transfer.ts";
import { onWakeUpConfirm, onWakeUpName, onWakeUpRoom, onWakeUpTime } from "./steps/wake-up.ts";
import { createWakeUpCallsApp } from "./wake-up-calls.ts";

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
  app.post("/survey", step("survey", onSurvey));
  app.post("/survey/comment", step("survey-comment", onSurveyComment));
  app.post("/status", step("status", onStatus));
  app.post("/outside-number", step("outside-number", onOutsideNumber));
  app.post("/wakeup/time", step("wakeup-time", onWakeUpTime));
  app.post("/wakeup/confirm", step("wakeup-confirm", onWakeUpConfirm));
  app.post("/wakeup/name", step("wakeup-name", onWakeUpName));
  app.post("/wakeup/room", step("wakeup-room", onWakeUpRoom));
  app.route("/long-distance", createApprovedCallsApp(deps));
  app.route("/wakeup", createWakeUpCallsApp({ ...deps, directory }));
  app.route("/outbound", createOutboundCallsApp(deps));
  return app;
}
