import { asCallbackError, assertE164Numbers, type TwilioAccount, twilioRestApi } from "./rest.ts";
import { render, type Speech } from "./twiml.ts";

/**
 * An approved long-distance call: Twilio rings the requester's desk from the organisation's
 * main number; when they answer they hear what is being dialled, then the destination is
 * dialled with the main number as caller ID and a time limit. Each leg reports its end to
 * `/voice/long-distance/status`, which records the duration and price.
 */

export interface ApprovedCall {
  requestId: string;
  /** The requester's desk, from the directory: rung first. */
  desk: string;
  /** E.164, as classified and approved. */
  destination: string;
  /** The organisation's main number, shown to the destination. */
  callerId: string;
  timeLimitMinutes: number;
  /** What the requester hears when they pick up. */
  announce: Speech;
  /** Where Twilio sends the status callbacks: the URL its signatures are checked against. */
  publicBaseUrl: string;
}

/** How long the desk, and then the destination, may ring. */
const RING_SECONDS = 30;

/** The voice path each leg reports its end to. */
export function statusCallbackUrl(
  publicBaseUrl: string,
  requestId: string,
  leg: "desk" | "destination",
): string {
  const query = new URLSearchParams({ request: requestId, leg });
  return `${publicBaseUrl.replace(/\/+$/, "")}/voice/long-distance/status?${query}`;
}

export async function placeApprovedCall(
  account: TwilioAccount,
  call: ApprovedCall,
): Promise<{ callSid: string }> {
  assertE164Numbers([
    ["destination", call.destination],
    ["desk", call.desk],
    ["caller ID", call.callerId],
  ]);
  const twiml = render([
    { verb: "say", speech: call.announce },
    {
      verb: "dial",
      callerId: call.callerId,
      timeout: RING_SECONDS,
      timeLimit: call.timeLimitMinutes * 60,
      numbers: [
        {
          number: call.destination,
          statusCallback: statusCallbackUrl(call.publicBaseUrl, call.requestId, "destination"),
        },
      ],
    },
  ]);
  try {
    const created = await twilioRestApi(account)
      .v2010.accounts(account.accountSid)
      .calls.create({
        to: call.desk,
        from: call.callerId,
        twiml,
        timeout: RING_SECONDS,
        // The desk leg outlives the bridged call by the ringing and the announcement at most.
        timeLimit: call.timeLimitMinutes * 60 + 120,
        statusCallback: statusCallbackUrl(call.publicBaseUrl, call.requestId, "desk"),
        statusCallbackMethod: "POST",
        statusCallbackEvent: ["completed"],
      });
    return { callSid: created.sid };
  } catch (error) {
    throw asCallbackError(error);
  }
}

/** What Twilio's Call resource says a call cost, once it has rated it (price is null until then). */
export async function fetchCallPrice(
  account: TwilioAccount,
  callSid: string,
): Promise<{ price: string | null; priceUnit: string | null }> {
  try {
    const call = await twilioRestApi(account)
      .v2010.accounts(account.accountSid)
      .calls(callSid)
      .fetch();
    return { price: call.price ?? null, priceUnit: call.priceUnit ?? null };
  } catch (error) {
    throw asCallbackError(error);
  }
}
