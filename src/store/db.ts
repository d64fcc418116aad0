import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Sql, SqlStatement } from "./sql.ts";

declare const opaque: unique symbol;

/**
 * The switchboard's database, as the rest of the code holds it: a handle it passes to the
 * store's functions, with nothing on it to query. Each runtime opens one (runtime/sqlite.ts on
 * Node, runtime/d1.ts on Workers).
 */
export interface Db {
  readonly [opaque]: "the switchboard's database";
}

/** What a handle holds: Prisma for reads, and plain SQL for reads on the hot path and every write. */
interface Parts {
  prisma: PrismaClient;
  sql: Sql;
  /** Told of every unit once it has committed (the outbox starts delivery from here). */
  committed?: (statements: readonly SqlStatement[]) => void;
}

/** The handle for a database a runtime opened. */
export function database(prisma: PrismaClient, sql: Sql): Db {
  const parts: Parts = { prisma, sql };
  return parts as unknown as Db;
}

/** The Prisma client behind a handle: for the store's reads only. */
export function prismaOf(db: Db): PrismaClient {
  return (db as unknown as Parts).prisma;
}

/** Plain SQL behind a handle. */
export function sqlOf(db: Db): Sql {
  return (db as unknown as Parts).sql;
}

/**
 * Applies the statements as one atomic unit, all or nothing: one SQLite transaction on Node,
 * one D1 batch on Workers. Returns the rows each statement changed.
 */
export async function commit(db: Db, statements: readonly SqlStatement[]): Promise<number[]> {
  if (statements.length === 0) return [];
  const changed = await sqlOf(db).write(statements);
  (db as unknown as Parts).committed?.(statements);
  return changed;
}

/** Has `listener` told of every unit committed from now on, in place of any earlier one. */
export function afterCommit(
  db: Db,
  listener: ((statements: readonly SqlStatement[]) => void) | undefined,
): void {
  (db as unknown as Parts).committed = listener;
}

export function newId(): string {
  return crypto.randomUUID();
}
