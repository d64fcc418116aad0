import { Hono } from "hono";
import type { Logger } from "../log.ts";
import { commit, type Db } from "../store/db.ts";
import { completeOutboundCall, type OutboundLeg } from "../store/outbound-calls.ts";
import { render } from "../twilio/twiml.ts";

// The calls the switchboard places (call-backs, and any other call out) report how each leg
// ended here, and the call's record gets its outcome, length and cost.

const LEGS = new Set<string>(["call", "desk", "dialled"]);

/** What a status callback says of how a call ended: its status, length and price. */
export function endOfCall(params: Record<string, string | undefined>) {
  const duration = Number(params.CallDuration ?? "");
  return {
    status: params.CallStatus ?? "",
    durationSeconds: params.CallDuration && Number.isFinite(duration) ? duration : null,
    price: params.Price || null,
    priceUnit: params.PriceUnit || null,
  };
}

/**
 * `POST /outbound/status?leg=call|desk|dialled`: Twilio's status callback for a leg of an
 * outbound call. Mounted inside the voice app, behind its Twilio signature check; a retried
 * callback writes the same again. Answers empty TwiML.
 */
export function createOutboundCallsApp(deps: { db: Db; clock: () => Date; log: Logger }) {
  const app = new Hono();
  app.post("/status", async (c) => {
    const { params } = c.get("twilio");
    const leg = c.req.query("leg") ?? "";
    const empty = () => c.body(render([]), 200, { "content-type": "text/xml; charset=utf-8" });
    // The dialled leg is a child of the call placed, which is the one in the record.
    const callSid = leg === "dialled" ? params.ParentCallSid : params.CallSid;
    if (!LEGS.has(leg) || !callSid) return empty();
    try {
      await commit(
        deps.db,
        completeOutboundCall({
          callSid,
          leg: leg as OutboundLeg,
          ...endOfCall(params),
          at: deps.clock(),
        }),
      );
    } catch (error) {
      // Nobody is on the line any more: log it and answer as always.
      deps.log.error("outbound status callback failed", { error, leg, callSid });
    }
    return empty();
  });
  return app;
}
