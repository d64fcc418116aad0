import VoiceResponse from "twilio/lib/twiml/VoiceResponse.js";
import type { Language } from "../rules/directory.ts";

/** The one place TwiML is built. Each step describes what the caller hears; this renders it. */

type GatherAttributes = NonNullable<Parameters<VoiceResponse["gather"]>[0]>;
type SayAttributes = Extract<Parameters<VoiceResponse["say"]>[0], object>;

const VOICE: Record<Language, SayAttributes> = {
  zh: { voice: "Polly.Zhiyu-Neural", language: "cmn-CN" },
  en: { voice: "Polly.Joanna-Neural", language: "en-US" },
};

const RECOGNITION: Record<Language, GatherAttributes["language"]> = {
  zh: "cmn-Hans-CN",
  en: "en-US",
};

export interface Speech {
  text: string;
  language: Language;
}

export type Verb =
  | { verb: "say"; speech: Speech }
  | { verb: "pause"; seconds: number }
  | {
      verb: "gather";
      action: string;
      prompt: Speech[];
      input: "speech dtmf" | "dtmf";
      language: Language;
      hints?: string[];
      numDigits?: number;
      finishOnKey?: string;
      timeout?: number;
    }
  | {
      verb: "dial";
      /** Without one, Twilio goes on to the next verb once the dialled call ends. */
      action?: string;
      timeout: number;
      numbers: {
        number: string;
        whisperUrl?: string;
        sendDigits?: string;
        /** Told when this leg ends (its CallSid, CallStatus, CallDuration). */
        statusCallback?: string;
      }[];
      timeLimit?: number;
      callerId?: string;
    }
  | {
      verb: "record";
      action: string;
      recordingStatusCallback: string;
      transcribeCallback: string;
      maxLength: number;
    }
  | { verb: "redirect"; url: string }
  | { verb: "hangup" };

export function render(verbs: readonly Verb[]): string {
  const response = new VoiceResponse();
  for (const v of verbs) {
    switch (v.verb) {
      case "say":
        response.say(VOICE[v.speech.language], v.speech.text);
        break;
      case "pause":
        response.pause({ length: v.seconds });
        break;
      case "gather": {
        const gather = response.gather({
          action: v.action,
          method: "POST",
          input: v.input === "dtmf" ? ["dtmf"] : ["speech", "dtmf"],
          language: RECOGNITION[v.language],
          actionOnEmptyResult: true,
          timeout: v.timeout ?? 5,
          ...(v.input === "dtmf" ? {} : { speechTimeout: "auto" }),
          ...(v.hints && v.hints.length > 0 ? { hints: v.hints.join(", ") } : {}),
          ...(v.numDigits ? { numDigits: v.numDigits } : {}),
          ...(v.finishOnKey !== undefined ? { finishOnKey: v.finishOnKey } : {}),
        });
        for (const s of v.prompt) gather.say(VOICE[s.language], s.text);
        break;
      }
      case "dial": {
        const dial = response.dial({
          ...(v.action ? { action: v.action, method: "POST" } : {}),
          answerOnBridge: true,
          timeout: v.timeout,
          ...(v.timeLimit ? { timeLimit: v.timeLimit } : {}),
          ...(v.callerId ? { callerId: v.callerId } : {}),
        });
        for (const n of v.numbers) {
          dial.number(
            {
              ...(n.whisperUrl ? { url: n.whisperUrl, method: "POST" } : {}),
              ...(n.sendDigits ? { sendDigits: n.sendDigits } : {}),
              ...(n.statusCallback
                ? {
                    statusCallback: n.statusCallback,
                    statusCallbackMethod: "POST",
                    statusCallbackEvent: ["completed" as const],
                  }
                : {}),
            },
            n.number,
          );
        }
        break;
      }
      case "record":
        response.record({
          action: v.action,
          method: "POST",
          maxLength: v.maxLength,
          finishOnKey: "#",
          playBeep: true,
          timeout: 5,
          recordingStatusCallback: v.recordingStatusCallback,
          recordingStatusCallbackMethod: "POST",
          transcribe: true,
          transcribeCallback: v.transcribeCallback,
        });
        break;
      case "redirect":
        response.redirect({ method: "POST" }, v.url);
        break;
      case "hangup":
        response.hangup();
        break;
    }
  }
  return response.toString();
}
