import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach } from "vitest";
import { type NodeDatabase, openNodeDatabase, openSqlite } from "../../src/store/sqlite.ts";

/**
 * For each test, a folder of its own and the app's database (Prisma and plain SQL on one
 * connection) on a fresh, migrated SQLite file in it; closed and removed afterwards.
 */
export function scratchDatabase(prefix: string): {
  readonly folder: string;
  readonly database: NodeDatabase;
} {
  let folder: string | undefined;
  let database: NodeDatabase | undefined;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), prefix));
    const url = `file:${join(folder, "switchboard.db")}`;
    openSqlite(url).db.close();
    database = openNodeDatabase(url);
  });
  afterEach(async () => {
    await database?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
    database = undefined;
    folder = undefined;
  });
  return {
    get folder() {
      if (!folder) throw new Error("the scratch folder exists only during a test");
      return folder;
    },
    get database() {
      if (!database) throw new Error("the scratch database is open only during a test");
      return database;
    },
  };
}
