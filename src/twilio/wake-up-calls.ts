import { asCallbackError, assertE164Numbers, type TwilioAccount, twilioRestApi } from "./rest.ts";

/**
 * One ring of a wake-up call: Twilio calls the PBX from the hotel's main number and keys in
 * the room; when the guest picks up, Twilio asks `/voice/wakeup/answer` what to say, and tells
 * `/voice/wakeup/status` how the call ended. Both URLs carry the wake-up and the ring's number,
 * so a report about an earlier ring is told apart.
 */
export interface WakeUpRingCall {
  wakeUpId: string;
  ring: number;
  /** The organisation's PBX in front of the rooms. */
  pbx: string;
  room: string;
  /** The hotel's main number, shown to the room. */
  callerId: string;
  ringSeconds: number;
  /** Where Twilio's webhooks go: the URL its signatures are checked against. */
  publicBaseUrl: string;
}

/** Longest a wake-up call lasts once picked up: the greeting twice and a key. */
const TIME_LIMIT_SECONDS = 120;

/** The voice path for a ring: `answer` (what the guest hears) or `status` (how it ended). */
export function wakeUpRingUrl(
  publicBaseUrl: string,
  step: "answer" | "status",
  wakeUpId: string,
  ring: number,
): string {
  const query = new URLSearchParams({ w: wakeUpId, r: String(ring) });
  return `${publicBaseUrl.replace(/\/+$/, "")}/voice/wakeup/${step}?${query}`;
}

export async function placeWakeUpRing(
  account: TwilioAccount,
  call: WakeUpRingCall,
): Promise<{ callSid: string }> {
  assertE164Numbers([
    ["PBX number", call.pbx],
    ["caller ID", call.callerId],
  ]);
  try {
    const created = await twilioRestApi(account)
      .v2010.accounts(account.accountSid)
      .calls.create({
        to: call.pbx,
        from: call.callerId,
        // A pause for the PBX to answer, then the room's extension.
        sendDigits: `ww${call.room}`,
        url: wakeUpRingUrl(call.publicBaseUrl, "answer", call.wakeUpId, call.ring),
        method: "POST",
        timeout: call.ringSeconds,
        timeLimit: TIME_LIMIT_SECONDS,
        statusCallback: wakeUpRingUrl(call.publicBaseUrl, "status", call.wakeUpId, call.ring),
        statusCallbackMethod: "POST",
        statusCallbackEvent: ["completed"],
      });
    return { callSid: created.sid };
  } catch (error) {
    throw asCallbackError(error);
  }
}
