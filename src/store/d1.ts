// The Workers database: Prisma over a D1 binding, the same models as the Node client.
import type { D1Database } from "@cloudflare/workers-types";
import { PrismaD1 } from "@prisma/adapter-d1";
import { PrismaClient } from "../generated/prisma-worker/client.ts";
import type { Db } from "./db.ts";
import type { RunAtomically } from "./directory.ts";

/** A Prisma client on a D1 database; D1 is migrated by wrangler, so there is nothing to open. */
export function createD1Prisma(database: D1Database): Db {
  const client = new PrismaClient({ adapter: new PrismaD1(database) });
  // Both clients are generated from one schema; only their runtime differs, so the Node type fits.
  return client as unknown as Db;
}

/** D1's batch runs its statements as one transaction, which Prisma cannot do on D1. */
export function d1Atomically(database: D1Database): RunAtomically {
  return async (statements) => {
    await database.batch(statements.map((s) => database.prepare(s.sql).bind(...s.params)));
  };
}
