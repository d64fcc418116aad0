import { messageJson } from "../../store/json.ts";
import type { EmergencyAlert, Message, MissedCall, Survey } from "../../store/records.ts";
import type { EmergencyPayload } from "./emergency.ts";
import type { MessagePayload } from "./message.ts";
import type { MissedCallPayload } from "./missed-call.ts";
import type { SurveyFollowUpPayload } from "./survey.ts";

/** The posts' payloads read from the records as they are now, with what staff have done. */

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function messageFromRow(
  m: Message,
  from = m.callbackNumber ?? "",
  missed: readonly MissedCall[] = [],
): MessagePayload {
  return {
    ...messageJson(m),
    messageId: m.id,
    from,
    at: m.createdAt.toISOString(),
    missed: missed.map((x) => ({
      reason: x.reason,
      at: x.createdAt.toISOString(),
      earlier: x.callSid !== m.callSid,
    })),
  };
}

export function missedCallFromRow(
  m: MissedCall,
  from: string,
  message: { createdAt: Date } | null = null,
): MissedCallPayload {
  return {
    messageAt: iso(message?.createdAt ?? null),
    key: m.key,
    callSid: m.callSid,
    from,
    department: m.department,
    target: m.target,
    reason: m.reason,
    at: m.createdAt.toISOString(),
    calledBackBy: m.calledBackBy,
    calledBackAt: iso(m.calledBackAt),
    doneBy: m.doneBy,
    doneAt: iso(m.doneAt),
  };
}

export function emergencyFromRow(a: EmergencyAlert): EmergencyPayload {
  return {
    callSid: a.callSid,
    from: a.from,
    utterance: a.utterance,
    category: a.category,
    department: a.department,
    at: a.createdAt.toISOString(),
    acknowledgedBy: a.acknowledgedBy,
    acknowledgedAt: iso(a.acknowledgedAt),
  };
}

/** A scored survey's follow-up task; `score` is set on every survey that has one. */
export function surveyFollowUpFromRow(s: Survey): SurveyFollowUpPayload {
  return {
    callSid: s.callSid,
    from: s.from,
    department: s.department,
    staff: s.staff,
    after: s.after,
    score: s.score ?? 0,
    comment: s.comment,
    at: (s.answeredAt ?? s.askedAt).toISOString(),
    calledBackBy: s.calledBackBy,
    calledBackAt: iso(s.calledBackAt),
    doneBy: s.doneBy,
    doneAt: iso(s.doneAt),
  };
}
