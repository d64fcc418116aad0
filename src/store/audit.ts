import { newId } from "./db.ts";
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
