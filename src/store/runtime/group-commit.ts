import type { Sql, SqlRow, SqlStatement } from "../sql.ts";

/** A database that can also run several reads on one snapshot, each with its own outcome. */
export interface GroupableSql extends Sql {
  readEach?(statements: SqlStatement[]): Promise<PromiseSettledResult<SqlRow[]>[]>;
}

/**
 * Group commit: the writes that arrive before `schedule` fires go to the database as one
 * transaction, so concurrent webhooks share one commit instead of paying for one each. Each
 * caller still gets its own all-or-nothing result: if the shared transaction fails, every
 * write is tried again on its own, so one bad write fails only its own caller. Where the
 * database offers `readEach`, the reads that arrive together share one snapshot the same way.
 *
 * The callers a shared read answers go on at once and queue their writes; `soon` (which runs
 * once the promise callbacks now pending have run) commits those straight away rather than
 * after `schedule` has let the next requests in, so their answers go out first.
 */
export function groupCommit(
  sql: GroupableSql,
  schedule: (flush: () => void) => void,
  soon: (flush: () => void) => void = schedule,
): GroupableSql {
  interface Pending {
    statements: readonly SqlStatement[];
    done(changes: number[]): void;
    failed(error: unknown): void;
  }
  interface PendingRead {
    statement: SqlStatement;
    done(rows: SqlRow[]): void;
    failed(error: unknown): void;
  }
  let queue: Pending[] = [];
  let reads: PendingRead[] = [];

  async function flushReads(readEach: NonNullable<GroupableSql["readEach"]>) {
    const batch = reads;
    reads = [];
    let outcomes: PromiseSettledResult<SqlRow[]>[];
    try {
      outcomes = await readEach(batch.map((r) => r.statement));
    } catch (error) {
      for (const r of batch) r.failed(error);
      return;
    }
    batch.forEach((r, i) => {
      const outcome = outcomes[i];
      if (outcome?.status === "fulfilled") r.done(outcome.value);
      else r.failed(outcome ? outcome.reason : new Error("no outcome for a grouped read"));
    });
    soon(() => void flush());
  }

  async function alone(p: Pending) {
    try {
      p.done(await sql.write(p.statements));
    } catch (error) {
      p.failed(error);
    }
  }

  async function flush() {
    const batch = queue;
    // Already committed by an earlier flush: `soon` and `schedule` may both fire for a batch.
    if (batch.length === 0) return;
    queue = [];
    const [only] = batch;
    if (batch.length === 1 && only) return alone(only);
    let changes: number[];
    try {
      changes = await sql.write(batch.flatMap((p) => p.statements));
    } catch {
      for (const p of batch) await alone(p);
      return;
    }
    let at = 0;
    for (const p of batch) {
      p.done(changes.slice(at, at + p.statements.length));
      at += p.statements.length;
    }
  }

  const readEach = sql.readEach?.bind(sql);
  return {
    // Passed on, so what is grouped here can be grouped again.
    ...(readEach ? { readEach } : {}),
    read(statement) {
      if (!readEach) return sql.read(statement);
      return new Promise((done, failed) => {
        if (reads.length === 0) schedule(() => void flushReads(readEach));
        reads.push({ statement, done, failed });
      });
    },
    write(statements) {
      return new Promise((done, failed) => {
        if (queue.length === 0) schedule(() => void flush());
        queue.push({ statements, done, failed });
      });
    },
  };
}
