// Calls and messages for a time range as NDJSON or CSV files, streamed a page at a time.
import { type Context, Hono } from "hono";
import Papa from "papaparse";
import { z } from "zod";
import type { Db } from "../store/db.ts";
import type { DirectorySource } from "../store/directory.ts";
import { type CallRecord, callPages, type MessageRecord, messagePages } from "../store/exports.ts";
import { instant, instantIn, organisationTimezone } from "./instant.ts";

type Cell = string | number | null;

/** Lists every key of T in order; it does not compile if the admin JSON gains a field missing here. */
function everyKeyOf<T>() {
  return <const K extends readonly (keyof T)[]>(
    keys: K & (Exclude<keyof T, K[number]> extends never ? unknown : never),
  ): K => keys;
}

/** CSV columns, in the admin API's field order. */
export const CALL_COLUMNS = everyKeyOf<CallRecord>()([
  "callSid",
  "from",
  "to",
  "callerName",
  "organisation",
  "callbackNumber",
  "language",
  "intent",
  "department",
  "target",
  "outcome",
  "handledBy",
  "status",
  "startedAt",
  "answeredAt",
  "endedAt",
  "durationSeconds",
  "direction",
  "placedBy",
  "purpose",
  "purposeId",
  "cost",
  "costCurrency",
  "survey",
]);

export const MESSAGE_COLUMNS = everyKeyOf<MessageRecord>()([
  "id",
  "callSid",
  "department",
  "target",
  "callerName",
  "organisation",
  "callbackNumber",
  "language",
  "transcript",
  "recordingUrl",
  "recordingDuration",
  "transcription",
  "summary",
  "machineSummary",
  "urgency",
  "status",
  "createdAt",
  "updatedAt",
  "claimedBy",
  "claimedAt",
  "calledBackBy",
  "calledBackAt",
  "doneBy",
  "doneAt",
]);

export const exportQuery = z
  .object({
    what: z.enum(["calls", "messages"]),
    format: z.enum(["ndjson", "csv"]).default("ndjson"),
    from: instant,
    to: instant,
  })
  .refine((q) => new Date(q.from) < new Date(q.to), { path: ["to"], error: "must be after from" });

export type ExportQuery = z.output<typeof exportQuery>;

/** Rows per database query: a large range is never loaded at once. */
export const EXPORT_PAGE_SIZE = 500;

/** One JSON object per line, LF-terminated. */
export function ndjsonLine(record: object): string {
  return `${JSON.stringify(record)}\n`;
}

/**
 * Text a spreadsheet would run as a formula (callers' words must not become one), but not a plain
 * number such as a phone number: it gets a leading apostrophe.
 */
const FORMULA = /^(?![+-]?\d+(\.\d+)?$)[=+\-@\t\r]/;

/** RFC 4180 records, CRLF-terminated, written by papaparse. */
export function csvRecords(rows: readonly (readonly Cell[])[]): string {
  if (rows.length === 0) return "";
  return `${Papa.unparse(rows as Cell[][], { newline: "\r\n", escapeFormulae: FORMULA })}\r\n`;
}

/** One RFC 4180 record, CRLF-terminated. */
export function csvRecord(cells: readonly Cell[]): string {
  return csvRecords([cells]);
}

/** A field as one CSV cell: a nested one (a call's survey) as its JSON. */
function csvCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  return typeof value === "object" ? JSON.stringify(value) : (value as Cell);
}

// Excel reads a CSV as the local code page (GBK on Chinese Windows) unless it starts with a BOM.
export const UTF8_BOM = "\uFEFF";

/** The export as text chunks: a BOM and header first for CSV, then one chunk per page. */
export async function* exportText(
  db: Db,
  query: ExportQuery,
  timezone: string,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<string> {
  const range = { from: instantIn(query.from, timezone), to: instantIn(query.to, timezone) };
  const columns: readonly string[] = query.what === "calls" ? CALL_COLUMNS : MESSAGE_COLUMNS;
  const pages: AsyncGenerator<Record<string, unknown>[]> =
    query.what === "calls" ? callPages(db, range, pageSize) : messagePages(db, range, pageSize);
  if (query.format === "csv") yield UTF8_BOM + csvRecord(columns);
  for await (const page of pages) {
    yield query.format === "csv"
      ? csvRecords(page.map((record) => columns.map((column) => csvCell(record[column]))))
      : page.map(ndjsonLine).join("");
  }
}

/** The content type of each export format; CSV says it has a header row. */
export const EXPORT_CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson; charset=utf-8",
} as const;

/** The file's name and content type, e.g. switchboard-calls-2026-11-01-2026-12-01.csv. */
export function exportFile(query: ExportQuery): { filename: string; contentType: string } {
  // Colons are not allowed in Windows file names.
  const stamp = (at: string) => at.replaceAll(":", "");
  return {
    filename: `switchboard-${query.what}-${stamp(query.from)}-${stamp(query.to)}.${query.format}`,
    contentType: EXPORT_CONTENT_TYPES[query.format],
  };
}

/**
 * Answers with `chunks` as a downloaded file, one chunk at a time. The first chunk is read before
 * answering, so a failing database is a 500 and not a cut-off file.
 */
export async function attachmentResponse(
  c: Context,
  chunks: AsyncGenerator<string>,
  file: { filename: string; contentType: string },
): Promise<Response> {
  const first = await chunks.next();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return c.body(body, 200, {
    "content-type": file.contentType,
    "content-disposition": `attachment; filename="${file.filename}"`,
    "cache-control": "no-store",
  });
}

/** `GET /export?what=calls|messages&format=ndjson|csv&from=…&to=…`; mount behind the admin token. */
export function createExportApi(deps: {
  db: Db;
  directory: DirectorySource;
  clock: () => Date;
}): Hono {
  const api = new Hono();
  api.get("/export", async (c) => {
    const q = exportQuery.safeParse(c.req.query());
    if (!q.success) {
      return c.json(
        {
          error: "invalid query",
          issues: q.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
        },
        400,
      );
    }
    const timezone = await organisationTimezone(deps.directory, deps.clock());
    return attachmentResponse(c, exportText(deps.db, q.data, timezone), exportFile(q.data));
  });
  return api;
}
