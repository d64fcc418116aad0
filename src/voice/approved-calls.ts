import { Hono } from "hono";
import type { Logger } from "../log.ts";
import type { Db } from "../store/db.ts";
import { type LegReport, recordLeg } from "../store/long-distance.ts";
import { render } from "../twilio/twiml.ts";
import { endOfCall } from "./outbound-calls.ts";

// The calls placed once a long-distance request is approved (twilio/approved-call.ts) report how
// each leg ended here: what they cost and how long they lasted goes in the register.

const LEGS = new Set(["desk", "destination"]);

/**
 * `POST /long-distance/status?request=…&leg=desk|destination`: a leg of an approved call has
 * ended. Mounted inside the voice app, behind its Twilio signature check; a retried callback
 * changes nothing twice. Answers empty TwiML.
 */
export function createApprovedCallsApp(deps: { db: Db; clock: () => Date; log: Logger }) {
  const app = new Hono();
  app.post("/status", async (c) => {
    const { params } = c.get("twilio");
    const id = c.req.query("request") ?? "";
    const leg = c.req.query("leg") ?? "";
    const empty = () => c.body(render([]), 200, { "content-type": "text/xml; charset=utf-8" });
    if (!id || !LEGS.has(leg)) return empty();
    const report: LegReport = {
      id,
      leg: leg as LegReport["leg"],
      callSid: params.CallSid ?? "",
      parentCallSid: params.ParentCallSid || null,
      ...endOfCall(params),
      at: deps.clock(),
    };
    try {
      await recordLeg(deps.db, report);
    } catch (error) {
      // Nobody is on the line any more: log it and answer as always.
      deps.log.error("long-distance status callback failed", { error, request: id, leg });
    }
    return empty();
  });
  return app;
}
