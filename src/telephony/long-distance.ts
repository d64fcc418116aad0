import {
  classifyNumber,
  decideRequest,
  formatNumber,
  homeOf,
  TOLL_CLASS_NAMES,
  type TollClass,
} from "../rules/toll.ts";
import { render, type Speech } from "../voice/twiml.ts";
import {
  asCallbackError,
  assertE164Numbers,
  type CallbackPolicy,
  type TwilioRestDeps,
  twilioRestApi,
} from "./callback.ts";

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
  deps: TwilioRestDeps,
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
    const created = await twilioRestApi(deps)
      .v2010.accounts(deps.accountSid)
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
  deps: TwilioRestDeps,
  callSid: string,
): Promise<{ price: string | null; priceUnit: string | null }> {
  try {
    const call = await twilioRestApi(deps).v2010.accounts(deps.accountSid).calls(callSid).fetch();
    return { price: call.price ?? null, priceUnit: call.priceUnit ?? null };
  } catch (error) {
    throw asCallbackError(error);
  }
}

/**
 * The staff callback policy: a number whose class needs approval is refused with how to ask
 * for it; premium, emergency and invalid numbers are refused outright.
 */
export function longDistancePolicy(
  org: { country: string; mainNumber: string },
  needsApproval: readonly TollClass[],
): CallbackPolicy {
  const home = homeOf(org);
  return (call) => {
    const decision = decideRequest(classifyNumber(call.callerNumber, home), needsApproval);
    const { classification } = decision;
    const name = TOLL_CLASS_NAMES[classification.class];
    switch (decision.kind) {
      case "no_approval_needed":
        return { allowed: true };
      case "needs_approval":
        return {
          allowed: false,
          reason: `${formatNumber(decision.e164)} 是${name.zh}，需先申请审批：\`/switchboard call ${decision.e164} <事由>\`。 This is a ${name.en} call and needs approval: request it with \`/switchboard call ${decision.e164} <reason>\`.`,
        };
      case "refused":
        return {
          allowed: false,
          reason: `${name.zh}，不能拨打。 ${name.en}: never called (${classification.reason}).`,
        };
    }
  };
}
