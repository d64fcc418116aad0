import {
  classifyNumber,
  decideRequest,
  formatNumber,
  homeOf,
  TOLL_CLASS_NAMES,
  type TollClass,
} from "../rules/toll.ts";
import { outboundStatusUrl } from "./outbound-status.ts";
import {
  asCallbackError,
  assertE164Numbers,
  CallbackError,
  type TwilioAccount,
  twilioRestApi,
} from "./rest.ts";
import { render } from "./twiml.ts";

/** A staff callback: ring the staff member's desk, tell them who they are calling, then bridge. */

export interface CallbackDeps extends TwilioAccount {
  /** Decides whether this callback may be placed at all; every callback is allowed without one. */
  policy?: CallbackPolicy;
}

export interface CallbackRequest {
  /** The staff member's desk, from the directory. */
  staffNumber: string;
  /** The number the caller left or called from, in E.164. */
  callerNumber: string;
  /** The organisation's main number, shown to the caller. */
  callerId: string;
  /** What the staff member hears when they pick up, before the caller's phone rings. */
  announce: { text: string; language: "zh" | "en" };
  /** Where Twilio reports how each leg ended, so the call's record is completed. */
  publicBaseUrl: string;
}

export type CallbackDecision = { allowed: true } | { allowed: false; reason: string };

/** The place long-distance approval plugs in: asked after the numbers are checked, before dialling. */
export type CallbackPolicy = (
  call: CallbackRequest,
) => CallbackDecision | Promise<CallbackDecision>;

/** How long the caller's phone rings once the staff member is on the line. */
const CALLER_RING_SECONDS = 30;

/**
 * Places the callback with Twilio's REST API (Calls.json) through the official client: Twilio
 * rings `staffNumber` from the main number and, once answered, runs inline TwiML that says the
 * announcement and dials the caller with the main number as caller ID.
 */
export async function placeCallback(
  deps: CallbackDeps,
  call: CallbackRequest,
): Promise<{ callSid: string }> {
  assertE164Numbers([
    ["caller number", call.callerNumber],
    ["staff number", call.staffNumber],
    ["caller ID", call.callerId],
  ]);
  const decision = deps.policy ? await deps.policy(call) : { allowed: true as const };
  if (!decision.allowed) throw new CallbackError("CALLBACK_NOT_ALLOWED", decision.reason);

  const api = twilioRestApi(deps);
  const twiml = render([
    { verb: "say", speech: call.announce },
    {
      verb: "dial",
      callerId: call.callerId,
      timeout: CALLER_RING_SECONDS,
      numbers: [
        {
          number: call.callerNumber,
          statusCallback: outboundStatusUrl(call.publicBaseUrl, "dialled"),
        },
      ],
    },
  ]);
  try {
    const created = await api.v2010.accounts(deps.accountSid).calls.create({
      to: call.staffNumber,
      from: call.callerId,
      twiml,
      statusCallback: outboundStatusUrl(call.publicBaseUrl, "desk"),
      statusCallbackMethod: "POST",
      statusCallbackEvent: ["completed"],
    });
    return { callSid: created.sid };
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
