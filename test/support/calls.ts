import {
  type CallResult,
  type CallScript,
  PhoneSimulator,
  scriptedCaller,
} from "../../scripts/lib/phone.ts";
import {
  AUTH_TOKEN,
  callParams,
  type Harness,
  newCallSid,
  PUBLIC_BASE_URL,
  post,
} from "./harness.ts";

/** A whole scripted call through the harness's HTTP app, signed as Twilio would sign it. */
export function callThrough(h: Harness, script: CallScript, from?: string): Promise<CallResult> {
  const phone = new PhoneSimulator({
    baseUrl: PUBLIC_BASE_URL,
    authToken: AUTH_TOKEN,
    from,
    fetch: async (url, init) => h.app.request(url, init),
  });
  return phone.call(scriptedCaller(script));
}

/**
 * A call that asks for someone by `speech` and is put through, step by step: its sid, and the
 * Dial's outcome, to be reported as Twilio would (`DialCallStatus`).
 */
export async function ringing(h: Harness, speech: string, from: string) {
  const sid = newCallSid();
  await post(h, "/voice/incoming", callParams(sid, from));
  const said = callParams(sid, from, {
    CallStatus: "in-progress",
    SpeechResult: speech,
    Confidence: "0.9",
  });
  const twiml = await (await post(h, "/voice/intent?n=1", said)).text();
  const action = /<Dial [^>]*action="([^"]+)"/.exec(twiml)?.[1]?.replaceAll("&amp;", "&");
  if (!action) throw new Error(`no Dial in ${twiml}`);
  return {
    sid,
    dialed: (DialCallStatus: string) =>
      post(h, action, { ...said, DialCallStatus, DialCallDuration: "0" }),
  };
}
