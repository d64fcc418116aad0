import { type Db, newId } from "./db.ts";

/** Writes one entry in the audit log: who did what to which record, and when. */
export async function audit(
  db: Db,
  entry: { at: Date; actor: string; action: string; subject: string; detail?: object },
): Promise<void> {
  await db.auditLog.create({
    data: {
      id: newId(),
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      detail: JSON.stringify(entry.detail ?? {}),
    },
  });
}
