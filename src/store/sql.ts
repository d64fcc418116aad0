// Every write is plain SQL on the same database the Prisma models read: a list of statements
// applied as one atomic unit, the same on both runtimes. On Node they run through the very
// connection Prisma holds, several units to one commit (runtime/group-commit.ts); on Workers as
// one D1 batch, D1's only transaction. Prisma's own $transaction is never used for a write:
// the D1 adapter ignores it and runs each query on its own.

/** One SQL statement with its parameters, the same for SQLite and D1. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

export type SqlRow = Record<string, unknown>;

export interface Sql {
  /** The rows one query returns, as they are stored: times are ISO-8601 text. */
  read(statement: SqlStatement): Promise<SqlRow[]>;
  /** Runs the statements as one transaction: all or nothing. Returns the rows each one changed. */
  write(statements: readonly SqlStatement[]): Promise<number[]>;
}

/** Values as Prisma stores them: ISO-8601 UTC text for times, 0/1 for booleans. */
export function sqlValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

/** A statement whose parameters are converted the way Prisma stores them. */
export function statement(sql: string, ...params: unknown[]): SqlStatement {
  return { sql, params: params.map(sqlValue) };
}

/** A stored time back as a Date; null stays null. */
export function sqlTime(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value : new Date(value as string | number);
}
