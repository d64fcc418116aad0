// The Node database: SQLite migrated from the same files, recorded in the same d1_migrations table, as D1.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.ts";

export type SqliteDatabase = Database.Database;

/** The project's migrations folder, found from this module so the working directory does not matter. */
export const defaultMigrationsDir = fileURLToPath(new URL("../../migrations/", import.meta.url));

/** File names wrangler and the Node entry both treat as migrations. */
export const migrationFilePattern = /^\d{4}_[\w-]+\.sql$/;

/** How Prisma writes DateTimes: ISO-8601 text with an explicit +00:00, as the D1 adapter does. */
export const timestampFormat = "iso8601" as const;

// Exactly wrangler's own statement, so either side can pick up a database the other made.
const createMigrationsTable = `CREATE TABLE IF NOT EXISTS d1_migrations(
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT UNIQUE,
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);`;

/** The SQLite file a DATABASE_URL points at, as an absolute path. */
export function sqlitePath(databaseUrl: string): string {
  const url = databaseUrl.trim();
  if (url === "") {
    throw new Error(
      "DATABASE_URL is empty; expected a SQLite file such as file:./data/switchboard.db",
    );
  }
  let path: string;
  if (url.startsWith("file://")) {
    try {
      path = fileURLToPath(url);
    } catch (error) {
      throw new Error(`DATABASE_URL is not a usable file URL: ${(error as Error).message}`);
    }
  } else if (url.startsWith("file:")) {
    path = url.slice("file:".length);
    // Prisma-style options (?connection_limit=…) mean nothing to better-sqlite3; refuse rather than ignore.
    if (path.includes("?")) {
      throw new Error(
        "DATABASE_URL must not carry query parameters; give just the SQLite file path",
      );
    }
  } else {
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1];
    // One letter before a colon is a Windows drive (C:\…), not a URL scheme.
    if (scheme !== undefined && scheme.length > 1) {
      throw new Error(
        `DATABASE_URL must be a SQLite file (file:./data/switchboard.db or a plain path); "${scheme}:" URLs are not supported`,
      );
    }
    path = url;
  }
  if (path === "") {
    throw new Error(
      "DATABASE_URL names no file; expected a SQLite file such as file:./data/switchboard.db",
    );
  }
  if (path === ":memory:") {
    // Prisma opens its own connection, which would see a different, empty database.
    throw new Error(
      "DATABASE_URL must name a file; an in-memory database is not shared between connections",
    );
  }
  return resolve(path);
}

/** The migration files in a folder, in the order wrangler applies them. */
export function migrationNames(dir: string = defaultMigrationsDir): string[] {
  // Plain code-unit order, as wrangler sorts, not locale order.
  return readdirSync(dir)
    .filter((name) => migrationFilePattern.test(name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Applies every migration not yet recorded in d1_migrations; returns the names it applied. */
export function applyMigrations(db: SqliteDatabase, dir: string = defaultMigrationsDir): string[] {
  db.exec(createMigrationsTable);
  const isRecorded = db.prepare<[string], 1>("SELECT 1 FROM d1_migrations WHERE name = ?").pluck();
  const record = db.prepare<[string]>("INSERT INTO d1_migrations (name) VALUES (?)");
  const applied: string[] = [];
  for (const name of migrationNames(dir)) {
    if (isRecorded.get(name) !== undefined) continue;
    const sql = readFileSync(join(dir, name), "utf8");
    const apply = db.transaction(() => {
      // Checked again under the write lock: another process may have applied it meanwhile.
      if (isRecorded.get(name) !== undefined) return false;
      db.exec(sql);
      record.run(name);
      return true;
    });
    try {
      if (apply.immediate()) applied.push(name);
    } catch (error) {
      throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
    }
  }
  return applied;
}

export interface OpenedSqlite {
  path: string;
  db: SqliteDatabase;
  applied: string[];
}

/** Opens (creating if need be) the SQLite file a DATABASE_URL names and brings it up to date. */
export function openSqlite(databaseUrl: string, opts: { migrate?: boolean } = {}): OpenedSqlite {
  const path = sqlitePath(databaseUrl);
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    const applied = opts.migrate === false ? [] : applyMigrations(db);
    return { path, db, applied };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A Prisma client on the SQLite file a DATABASE_URL names; migrate it first with openSqlite. */
export function createNodePrisma(databaseUrl: string): PrismaClient {
  const adapter = new PrismaBetterSqlite3(
    { url: sqlitePath(databaseUrl), timeout: 5000 },
    { timestampFormat },
  );
  return new PrismaClient({ adapter });
}
