import { Hono } from "hono";
import { z } from "zod";
import type { Call, CallEvent, Message } from "../generated/prisma/client.ts";
import type { Db } from "../store/db.ts";
import { bearerAuth } from "./auth.ts";

const OUTCOMES = ["transferred", "message", "missed", "abandoned", "emergency", "info"] as const;

const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

const callFilters = z.object({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  department: z.string().min(1).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  ...page,
});

const messageFilters = z.object({
  status: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  ...page,
});

/** The admin API: read access to the call record. Every route needs the admin token. */
export function createAdminApi(deps: { db: Db; adminToken: string }): Hono {
  const { db } = deps;
  const api = new Hono();
  api.use("*", bearerAuth(deps.adminToken));

  api.get("/calls", async (c) => {
    const q = callFilters.safeParse(c.req.query());
    if (!q.success)
      return c.json({ error: "invalid query", issues: q.error.issues.map(issueText) }, 400);
    const { page, pageSize, department, outcome } = q.data;
    const where = {
      ...(department ? { department } : {}),
      ...(outcome ? { outcome } : {}),
      ...(q.data.from || q.data.to
        ? {
            startedAt: {
              ...(q.data.from ? { gte: new Date(q.data.from) } : {}),
              ...(q.data.to ? { lt: new Date(q.data.to) } : {}),
            },
          }
        : {}),
    };
    const [items, total] = await Promise.all([
      db.call.findMany({
        where,
        orderBy: [{ startedAt: "desc" }, { callSid: "desc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      db.call.count({ where }),
    ]);
    return c.json({ items: items.map(callJson), page, pageSize, total });
  });

  api.get("/calls/:callSid", async (c) => {
    const callSid = c.req.param("callSid");
    const [call, events, message] = await Promise.all([
      db.call.findUnique({ where: { callSid } }),
      db.callEvent.findMany({ where: { callSid }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
      db.message.findUnique({ where: { callSid } }),
    ]);
    if (!call) return c.json({ error: "call not found" }, 404);
    return c.json({
      ...callJson(call),
      events: events.map(eventJson),
      message: message ? messageJson(message) : null,
    });
  });

  api.get("/messages", async (c) => {
    const q = messageFilters.safeParse(c.req.query());
    if (!q.success)
      return c.json({ error: "invalid query", issues: q.error.issues.map(issueText) }, 400);
    const { page, pageSize, status, department } = q.data;
    const where = { ...(status ? { status } : {}), ...(department ? { department } : {}) };
    const [items, total] = await Promise.all([
      db.message.findMany({
        where,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      db.message.count({ where }),
    ]);
    return c.json({ items: items.map(messageJson), page, pageSize, total });
  });

  return api;
}

function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.join(".")}: ${issue.message}`;
}

export function callJson(call: Call) {
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
  };
}

function eventJson(event: CallEvent) {
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
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
