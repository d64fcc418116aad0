// The records the store hands out: the rows as stored, one type per table the rest of the
// switchboard reads. Named here, so nothing outside store/ needs Prisma's generated types.
import type * as Rows from "../generated/prisma/client.ts";

export type Call = Rows.Call;
export type CallEvent = Rows.CallEvent;
export type Message = Rows.Message;
export type MissedCall = Rows.MissedCall;
export type EmergencyAlert = Rows.EmergencyAlert;
export type Notification = Rows.Notification;
export type LongDistanceRequest = Rows.LongDistanceRequest;
export type Handover = Rows.Handover;
export type RosterEntry = Rows.RosterEntry;
export type WakeUpCall = Rows.WakeUpCall;
export type WakeUpRing = Rows.WakeUpRing;
export type Survey = Rows.Survey;
