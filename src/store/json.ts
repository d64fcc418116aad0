import type { Call, CallEvent, Message } from "./records.ts";
import type { SurveyAnswer } from "./surveys.ts";

/** The records as the admin API, exports and Slack show them. */

/** A call, with its survey answer when it was read with it (`withSurveys`). */
export function callJson(call: Call & { survey?: SurveyAnswer }) {
  return {
    callSid: call.callSid,
    from: call.from,
    to: call.to,
    callerName: call.callerName,
    organisation: call.organisation,
    callbackNumber: call.callbackNumber,
    language: call.language,
    intent: call.intent,
    department: call.department,
    target: call.target,
    outcome: call.outcome,
    handledBy: call.handledBy,
    status: call.status,
    startedAt: call.startedAt.toISOString(),
    answeredAt: call.answeredAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
    durationSeconds: call.durationSeconds,
    /** inbound, or outbound for a call the switchboard placed */
    direction: call.direction,
    placedBy: call.placedBy,
    purpose: call.purpose,
    purposeId: call.purposeId,
    cost: call.cost,
    costCurrency: call.costCurrency,
    survey: call.survey ?? null,
  };
}

export function eventJson(event: CallEvent) {
  return {
    at: event.at.toISOString(),
    type: event.type,
    detail: JSON.parse(event.detail) as unknown,
  };
}

export function messageJson(m: Message) {
  return {
    id: m.id,
    callSid: m.callSid,
    department: m.department,
    target: m.target,
    callerName: m.callerName,
    organisation: m.organisation,
    callbackNumber: m.callbackNumber,
    language: m.language,
    transcript: m.transcript,
    recordingUrl: m.recordingUrl,
    recordingDuration: m.recordingDuration,
    transcription: m.transcription,
    summary: m.summary,
    machineSummary: m.machineSummary,
    urgency: m.urgency,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    claimedBy: m.claimedBy,
    claimedAt: m.claimedAt?.toISOString() ?? null,
    calledBackBy: m.calledBackBy,
    calledBackAt: m.calledBackAt?.toISOString() ?? null,
    doneBy: m.doneBy,
    doneAt: m.doneAt?.toISOString() ?? null,
  };
}
