import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { prismaOf, sqlOf } from "../../src/store/db.ts";
import type { GroupableSql } from "../../src/store/runtime/group-commit.ts";
import { type NodeDatabase, openNodeDatabase, openSqlite } from "../../src/store/runtime/sqlite.ts";

export interface ScratchDatabase {
  /** The folder of its own the database file is in. */
  folder: string;
  /** The app's database: Prisma and plain SQL on one connection, with group commit. */
  database: NodeDatabase;
  /** Closes the database and removes the folder. */
  dispose(): Promise<void>;
}

/** The app's database on a fresh, migrated SQLite file in a new folder of its own. */
export function openScratchDatabase(prefix: string): ScratchDatabase {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const url = `file:${join(folder, "switchboard.db")}`;
  openSqlite(url).db.close();
  const database = openNodeDatabase(url);
  return {
    folder,
    database,
    async dispose() {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A scratch database for each test, opened before it and disposed of after it. */
export function scratchDatabase(prefix: string): {
  readonly folder: string;
  readonly database: NodeDatabase;
  /** Its plain SQL (with group commit), for a test to look at it directly. */
  readonly sql: GroupableSql;
  /** Prisma on it, for a test to look at rows directly. */
  readonly prisma: PrismaClient;
} {
  let scratch: ScratchDatabase | undefined;
  beforeEach(() => {
    scratch = openScratchDatabase(prefix);
  });
  afterEach(async () => {
    await scratch?.dispose();
    scratch = undefined;
  });
  const current = (): ScratchDatabase => {
    if (!scratch) throw new Error("the scratch database is there only during a test");
    return scratch;
  };
  return {
    get folder() {
      return current().folder;
    },
    get database() {
      return current().database;
    },
    get sql() {
      return sqlOf(current().database.db) as GroupableSql;
    },
    get prisma() {
      return prismaOf(current().database.db);
    },
  };
}
