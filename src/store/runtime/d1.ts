// The Workers database: Prisma over a D1 binding, the same models as the Node client.
import type { D1Database } from "@cloudflare/workers-types";
import { PrismaD1 } from "@prisma/adapter-d1";
import type { PrismaClient as NodePrismaClient } from "../../generated/prisma/client.ts";
import { PrismaClient } from "../../generated/prisma-worker/client.ts";
import { type Db, database } from "../db.ts";
import type { Sql } from "../sql.ts";

/** The app's database on a D1 binding; D1 is migrated by wrangler, so there is nothing to open. */
export function d1Database(binding: D1Database): Db {
  const client = new PrismaClient({ adapter: new PrismaD1(binding) });
  // Both clients are generated from one schema; only their runtime differs, so the Node type fits.
  return database(client as unknown as NodePrismaClient, d1Sql(binding));
}

/**
 * Plain SQL on D1. A batch is D1's transaction (Prisma cannot open one on D1), and one round
 * trip for all its statements.
 */
function d1Sql(database: D1Database): Sql {
  return {
    async read(s) {
      const { results } = await database
        .prepare(s.sql)
        .bind(...s.params)
        .all<Record<string, unknown>>();
      return results;
    },
    async write(statements) {
      const results = await database.batch(
        statements.map((s) => database.prepare(s.sql).bind(...s.params)),
      );
      return results.map((r) => r.meta.changes ?? 0);
    },
  };
}
