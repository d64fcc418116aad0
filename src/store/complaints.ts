import { enqueueNotice } from "./outbox.ts";
import type { SqlStatement } from "./sql.ts";

/** A caller's complaint, for the duty manager: once per call, with what the caller said. */
export function recordComplaint(
  complaint: { callSid: string; utterance: string; department: string },
  now: Date,
): SqlStatement {
  return enqueueNotice({
    kind: "complaint",
    dedupeKey: `complaint:${complaint.callSid}`,
    subject: complaint.callSid,
    department: complaint.department,
    detail: { utterance: complaint.utterance },
    at: now,
  });
}
