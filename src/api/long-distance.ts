// The long-distance register through the admin API: a filtered list, and a CSV (or NDJSON) export.
import { Hono } from "hono";
import { z } from "zod";
import { PLACEABLE_CLASSES } from "../rules/toll.ts";
import type { Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import {
  type LongDistanceRecord,
  listRequests,
  type RegisterFilter,
  requestJson,
  requestPages,
} from "../store/long-distance-reports.ts";

import {
  attachmentResponse,
  csvRecord,
  csvRecords,
  EXPORT_CONTENT_TYPES,
  ndjsonLine,
  UTF8_BOM,
} from "./export.ts";
import { instant, instantIn, organisationTimezone } from "./instant.ts";

const STATUSES = [
  "pending",
  "approved",
  "calling",
  "completed",
  "unanswered",
  "failed",
  "denied",
  "expired",
] as const;

const filters = {
  from: instant.optional(),
  to: instant.optional(),
  status: z.enum(STATUSES).optional(),
  class: z.enum(PLACEABLE_CLASSES).optional(),
  private: z.enum(["true", "false"]).optional(),
  /** Private calls that ended and are (not) yet settled with finance. */
  settlement: z.enum(["awaiting", "settled"]).optional(),
  requester: z.string().min(1).optional(),
};

const listQuery = z.object({
  ...filters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const exportQuery = z.object({ ...filters, format: z.enum(["csv", "ndjson"]).default("csv") });

type Filters = z.output<z.ZodObject<typeof filters>>;

/** CSV columns: every field of the register, in the admin API's order. */
export const LONG_DISTANCE_COLUMNS = [
  "id",
  "source",
  "requester",
  "requesterName",
  "requesterSlackId",
  "department",
  "destination",
  "region",
  "class",
  "reason",
  "private",
  "status",
  "createdAt",
  "expiresAt",
  "decidedBy",
  "decidedByName",
  "decidedAt",
  "denyReason",
  "deposit",
  "depositCurrency",
  "callSid",
  "destinationCallSid",
  "callStatus",
  "callStartedAt",
  "callEndedAt",
  "durationSeconds",
  "callFailure",
  "cost",
  "costCurrency",
  "costSource",
  "settledBy",
  "settledByName",
  "settledAt",
  "deskCost",
  "deskCostCurrency",
  "destinationCost",
  "destinationCostCurrency",
] as const satisfies readonly (keyof LongDistanceRecord)[];

function where(f: Filters, timezone: string): RegisterFilter {
  return {
    ...(f.from ? { createdFrom: instantIn(f.from, timezone) } : {}),
    ...(f.to ? { createdBefore: instantIn(f.to, timezone) } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.class ? { tollClass: f.class } : {}),
    ...(f.private ? { private: f.private === "true" } : {}),
    ...(f.requester ? { requester: f.requester } : {}),
    ...(f.settlement ? { settlement: f.settlement } : {}),
  };
}

/** What reads dates in a query needs: the organisation's time zone, from its directory. */
interface TimedDeps {
  db: Db;
  directory: DirectorySource;
  clock: () => Date;
}

function invalid(issues: z.core.$ZodIssue[]) {
  return { error: "invalid query", issues: issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}

/** `GET /long-distance`: the register, newest first. Mount behind the admin token. */
export function createLongDistanceApi(deps: TimedDeps): Hono {
  const api = new Hono();
  api.get("/long-distance", async (c) => {
    const q = listQuery.safeParse(c.req.query());
    if (!q.success) return c.json(invalid(q.error.issues), 400);
    const { page, pageSize } = q.data;
    const filter = where(q.data, await organisationTimezone(deps.directory, deps.clock()));
    const { items, total } = await listRequests(deps.db, filter, { page, pageSize });
    return c.json({ items: items.map(requestJson), page, pageSize, total });
  });
  return api;
}

const PAGE = 500;

/**
 * `GET /long-distance/export?from=…&to=…&format=csv|ndjson` (and the list's filters): the
 * register oldest first, CSV by default, streamed 500 rows per query. Mount behind the admin token.
 */
export function createLongDistanceExportApi(deps: TimedDeps): Hono {
  const api = new Hono();
  api.get("/long-distance/export", async (c) => {
    const q = exportQuery.safeParse(c.req.query());
    if (!q.success) return c.json(invalid(q.error.issues), 400);
    const csv = q.data.format === "csv";
    const filter = where(q.data, await organisationTimezone(deps.directory, deps.clock()));
    const db = deps.db;
    async function* chunks(): AsyncGenerator<string> {
      if (csv) yield UTF8_BOM + csvRecord(LONG_DISTANCE_COLUMNS);
      for await (const page of requestPages(db, filter, PAGE)) {
        const records = page.map(requestJson);
        yield csv
          ? csvRecords(
              records.map((r) =>
                LONG_DISTANCE_COLUMNS.map((k) => {
                  const v = r[k];
                  return typeof v === "boolean" ? String(v) : v;
                }),
              ),
            )
          : records.map(ndjsonLine).join("");
      }
    }
    return attachmentResponse(c, chunks(), {
      filename: `switchboard-long-distance.${q.data.format}`,
      contentType: EXPORT_CONTENT_TYPES[q.data.format],
    });
  });
  return api;
}
