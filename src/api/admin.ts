import { Hono } from "hono";
import { bearerAuth } from "hono/bearer-auth";
import { z } from "zod";
import { DirectoryFileError, parseDirectoryFile } from "../directory-file.ts";
import { callRecord, listCalls } from "../store/calls.ts";
import type { Db } from "../store/db.ts";
import { type DirectorySource, importDirectory } from "../store/directory.ts";
import { callJson, eventJson, messageJson } from "../store/json.ts";
import { listMessages } from "../store/messages.ts";
import { CALL_DIRECTIONS, OUTBOUND_OUTCOMES } from "../store/outbound-calls.ts";
import { listNotifications } from "../store/outbox.ts";
import { createExportApi } from "./export.ts";
import { createGuestsApi } from "./guests.ts";
import { instant, instantIn, organisationTimezone } from "./instant.ts";
import { createLongDistanceApi, createLongDistanceExportApi } from "./long-distance.ts";
import { createStatsApi } from "./stats.ts";
import { createWakeUpsApi } from "./wakeups.ts";

// A call's outcome: what became of a call in, or how a call out ended.
const OUTCOMES = [
  "transferred",
  "message",
  "missed",
  "abandoned",
  "emergency",
  "info",
  ...OUTBOUND_OUTCOMES,
] as const;

const page = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

const callFilters = z.object({
  from: instant.optional(),
  to: instant.optional(),
  department: z.string().min(1).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  direction: z.enum(CALL_DIRECTIONS).optional(),
  ...page,
});

const notificationFilters = z.object({
  status: z.enum(["pending", "sending", "sent"]).optional(),
  kind: z.string().min(1).optional(),
  ...page,
});

const messageFilters = z.object({
  status: z.string().min(1).optional(),
  department: z.string().min(1).optional(),
  ...page,
});

/** The admin API: the call record to read, the directory and its guests to keep. Every route needs the admin token. */
export function createAdminApi(deps: {
  db: Db;
  adminToken: string;
  clock: () => Date;
  /** The directory, for the organisation's time zone: a date in a query is its local day. */
  directory: DirectorySource;
}): Hono {
  const { db } = deps;
  const api = new Hono();
  const unauthorized = { message: { error: "unauthorized" } };
  api.use(
    "*",
    bearerAuth({
      token: deps.adminToken,
      realm: "switchboard",
      noAuthenticationHeader: unauthorized,
      invalidToken: unauthorized,
      invalidAuthenticationHeader: {
        message: { error: "malformed Authorization header: expected Bearer and the admin token" },
      },
    }),
  );
  api.route("/", createExportApi(deps));
  api.route("/", createStatsApi({ db, clock: deps.clock }));
  api.route("/", createLongDistanceApi(deps));
  api.route("/", createLongDistanceExportApi(deps));
  api.route("/", createGuestsApi(deps));
  api.route("/", createWakeUpsApi(deps));

  api.get("/calls", async (c) => {
    const q = callFilters.safeParse(c.req.query());
    if (!q.success)
      return c.json({ error: "invalid query", issues: q.error.issues.map(issueText) }, 400);
    const { page, pageSize, department, outcome, direction } = q.data;
    const timezone = await organisationTimezone(deps.directory, deps.clock());
    const { items, total } = await listCalls(
      db,
      {
        ...(department ? { department } : {}),
        ...(outcome ? { outcome } : {}),
        ...(direction ? { direction } : {}),
        ...(q.data.from ? { startedFrom: instantIn(q.data.from, timezone) } : {}),
        ...(q.data.to ? { startedBefore: instantIn(q.data.to, timezone) } : {}),
      },
      { page, pageSize },
    );
    return c.json({ items: items.map(callJson), page, pageSize, total });
  });

  api.get("/calls/:callSid", async (c) => {
    const found = await callRecord(db, c.req.param("callSid"));
    if (!found) return c.json({ error: "call not found" }, 404);
    const { call, events, message } = found;
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
    const { items, total } = await listMessages(
      db,
      { ...(status ? { status } : {}), ...(department ? { department } : {}) },
      { page, pageSize },
    );
    return c.json({ items: items.map(messageJson), page, pageSize, total });
  });

  // The outbox: what has been, or is still to be, delivered to staff.
  api.get("/notifications", async (c) => {
    const q = notificationFilters.safeParse(c.req.query());
    if (!q.success)
      return c.json({ error: "invalid query", issues: q.error.issues.map(issueText) }, 400);
    const { page, pageSize, status, kind } = q.data;
    const { items, total } = await listNotifications(
      db,
      { ...(status ? { status } : {}), ...(kind ? { kind } : {}) },
      { page, pageSize },
    );
    return c.json({
      items: items.map((n) => ({
        id: n.id,
        kind: n.kind,
        subject: n.subject,
        department: n.department,
        status: n.status,
        attempts: n.attempts,
        nextAttemptAt: n.nextAttemptAt.toISOString(),
        lastError: n.lastError,
        slackChannel: n.slackChannel,
        slackTs: n.slackTs,
        createdAt: n.createdAt.toISOString(),
        sentAt: n.sentAt?.toISOString() ?? null,
        payload: JSON.parse(n.payload) as unknown,
      })),
      page,
      pageSize,
      total,
    });
  });

  // Replaces the directory with the YAML or JSON file in the body, all or nothing.
  api.put("/directory", async (c) => {
    try {
      const directory = parseDirectoryFile(await c.req.text(), "request body");
      await importDirectory(db, directory, deps.clock());
      return c.json({
        organisation: directory.organisation.key,
        departments: directory.departments.length,
        staff: directory.staff.length,
        guests: directory.guests.length,
      });
    } catch (error) {
      if (error instanceof DirectoryFileError) {
        return c.json({ error: "invalid directory", issues: error.problems }, 400);
      }
      throw error;
    }
  });

  return api;
}

function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.join(".")}: ${issue.message}`;
}
