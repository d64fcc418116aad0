import { commit, type Db, newId } from "./db.ts";
import type { Condition } from "./outbox.ts";
import { type SqlStatement, sqlValue } from "./sql.ts";

export interface AuditEntry {
  at: Date;
  /** A Slack user ID, "system", "twilio" or "admin-api". */
  actor: string;
  action: string;
  subject: string;
  detail?: object;
}

/**
 * One entry in the audit log (who did what to which record, and when), written in the unit of
 * the change it records; with `onlyIf`, only when that change was made.
 */
export function audit(entry: AuditEntry, options: { onlyIf?: Condition } = {}): SqlStatement {
  const guard = options.onlyIf;
  return {
    sql: `INSERT INTO "AuditLog" ("id", "at", "actor", "action", "subject", "detail")
      SELECT ?, ?, ?, ?, ?, ? WHERE ${guard ? guard.sql : "1"}`,
    params: [
      newId(),
      sqlValue(entry.at),
      entry.actor,
      entry.action,
      entry.subject,
      JSON.stringify(entry.detail ?? {}),
      ...(guard ? guard.params : []),
    ],
  };
}

/** One row: its table and the column and value that name it. */
export interface RowRef {
  table: string;
  column: string;
  key: string;
}

/** A condition on a row's columns, with its parameters. */
export interface Still {
  sql: string;
  params?: unknown[];
}

/**
 * A change of one row by someone (`set`, an `UPDATE … SET …` without its `WHERE`, made only while
 * `still` holds) with its audit entry, as one unit: the entry first, on the same condition, so
 * it is written exactly when the change is made. The entry's detail is `detail`, or the row's
 * own `columns` as they were. True when the change was made.
 */
export async function auditedChange(
  db: Db,
  row: RowRef,
  set: SqlStatement,
  still: Still,
  entry: Omit<AuditEntry, "subject"> & { subject?: string; columns?: readonly string[] },
): Promise<boolean> {
  const where = `"${row.column}" = ? AND ${still.sql}`;
  const params = [row.key, ...(still.params ?? []).map(sqlValue)];
  const detail = entry.columns
    ? `json_object(${entry.columns.map((c) => `'${c}', "${c}"`).join(", ")})`
    : "?";
  const [, changed] = await commit(db, [
    {
      sql: `INSERT INTO "AuditLog" ("id", "at", "actor", "action", "subject", "detail")
        SELECT ?, ?, ?, ?, ?, ${detail} FROM "${row.table}" WHERE ${where}`,
      params: [
        newId(),
        sqlValue(entry.at),
        entry.actor,
        entry.action,
        entry.subject ?? row.key,
        ...(entry.columns ? [] : [JSON.stringify(entry.detail ?? {})]),
        ...params,
      ],
    },
    { sql: `${set.sql} WHERE ${where}`, params: [...set.params, ...params] },
  ]);
  return changed === 1;
}
