// Backups of the Node database: consistent snapshots taken with SQLite's online backup API.
import { randomUUID } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { migrationNames, openSqlite, type SqliteDatabase, sqlitePath } from "./sqlite.ts";

export const DEFAULT_BACKUP_DIR = "backups";
export const DEFAULT_BACKUP_KEEP = 14;

/** The nightly backups' names; only files matching it are ever pruned. */
export const backupFilePattern = /^switchboard-\d{8}T\d{6}Z\.db$/;

// One step for the whole file: a single read transaction, so writers elsewhere cannot make it restart forever.
const ALL_PAGES = 0x7fffffff;

export type BackupErrorCode = "DATABASE_MISSING" | "NOT_A_SWITCHBOARD_DATABASE" | "SAME_FILE";

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "BackupError";
  }
}

export interface BackupOptions {
  dir?: string;
  keep?: number;
  now?: Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** Older backups deleted to keep the newest `keep`. */
  removed: string[];
}

/** `switchboard-20261126T031500Z.db`: UTC, so names sort in time order. */
export function backupFileName(at: Date, suffix = ""): string {
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return `switchboard-${stamp}${suffix}.db`;
}

/**
 * Writes a consistent snapshot of the database to `dir`, then deletes all but the newest `keep`
 * backups of its own naming. Safe while the server is writing calls.
 */
export async function backupDatabase(
  databaseUrl: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const dir = options.dir ?? DEFAULT_BACKUP_DIR;
  const keep = options.keep ?? DEFAULT_BACKUP_KEEP;
  if (!Number.isInteger(keep) || keep < 1)
    throw new RangeError("keep must be a whole number of at least 1");
  const file = join(dir, backupFileName(options.now ?? new Date()));
  const bytes = await snapshot(sqlitePath(databaseUrl), file);
  return { file, bytes, removed: pruneBackups(dir, keep) };
}

/** Copies the database at `source` to `file` through a temporary name, so a half-written copy is never taken for a backup. */
async function snapshot(source: string, file: string, verify = true): Promise<number> {
  if (!existsSync(source)) {
    throw new BackupError("DATABASE_MISSING", `There is no database at ${source} to back up.`);
  }
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    await db.backup(partial, { progress: () => ALL_PAGES });
  } finally {
    db.close();
  }
  try {
    const copy = new Database(partial, { fileMustExist: true });
    try {
      // The copy inherits WAL mode; a self-contained single file is what a backup should be.
      copy.pragma("journal_mode = DELETE");
      const check = verify ? integrityCheck(copy) : "ok";
      if (check !== "ok") throw new Error(`The new backup failed its integrity check: ${check}`);
    } finally {
      copy.close();
    }
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return statSync(file).size;
}

/** Deletes all but the newest `keep` files named like a backup; returns their paths. */
export function pruneBackups(dir: string, keep: number): string[] {
  const names = readdirSync(dir)
    .filter((name) => backupFilePattern.test(name))
    .sort()
    .reverse();
  const removed = names.slice(keep).map((name) => join(dir, name));
  for (const path of removed) rmSync(path);
  return removed;
}

export interface BackupInfo {
  file: string;
  bytes: number;
  migrations: string[];
  calls: number;
  /** The newest call's start, as stored (ISO-8601), or null with no calls. */
  newestCallAt: string | null;
}

/** What a backup holds; throws BackupError unless it is a sound Switchboard database. */
export function inspectBackup(file: string): BackupInfo {
  const notOurs = (why: string) =>
    new BackupError("NOT_A_SWITCHBOARD_DATABASE", `${file} is not a Switchboard database: ${why}.`);
  if (!existsSync(file) || !statSync(file).isFile()) throw notOurs("no such file");
  let db: SqliteDatabase;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw notOurs((error as Error).message);
  }
  try {
    let check: string;
    try {
      check = integrityCheck(db);
    } catch (error) {
      throw notOurs((error as Error).message);
    }
    if (check !== "ok") throw notOurs(`the integrity check failed (${check})`);
    const hasTable = db.prepare<[string], 1>(
      "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
    );
    if (hasTable.get("d1_migrations") === undefined) throw notOurs("it has no d1_migrations table");
    const migrations = db
      .prepare<[], string>("SELECT name FROM d1_migrations ORDER BY id")
      .pluck()
      .all();
    const known = new Set(migrationNames());
    const unknown = migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw notOurs(`it was made by a newer Switchboard (migrations ${unknown.join(", ")})`);
    }
    const hasCalls = hasTable.get("Call") !== undefined;
    const calls = hasCalls
      ? db
          .prepare<[], { n: number; newest: string | null }>(
            'SELECT count(*) AS n, max("startedAt") AS newest FROM "Call"',
          )
          .get()
      : undefined;
    return {
      file,
      bytes: statSync(file).size,
      migrations,
      calls: calls?.n ?? 0,
      newestCallAt: calls?.newest ?? null,
    };
  } finally {
    db.close();
  }
}

export interface RestoreResult {
  database: string;
  /** The database as it was before, kept so the restore can be undone; null if there was none. */
  previous: string | null;
  /** Migrations newer than the backup, applied after restoring it. */
  applied: string[];
}

/**
 * Replaces the database with a backup: checks the backup, backs up the current database to
 * `dir` (named `…-before-restore.db`, never pruned), copies the backup in with the online backup
 * API and applies newer migrations. Stop the server first.
 */
export async function restoreDatabase(
  file: string,
  databaseUrl: string,
  options: { dir?: string; now?: Date } = {},
): Promise<RestoreResult> {
  inspectBackup(file);
  const database = sqlitePath(databaseUrl);
  if (existsSync(database) && realpathSync(database) === realpathSync(file)) {
    throw new BackupError("SAME_FILE", `${file} is the database itself; nothing to restore.`);
  }
  let previous: string | null = null;
  if (existsSync(database) && statSync(database).size > 0) {
    const dir = options.dir ?? DEFAULT_BACKUP_DIR;
    const now = options.now ?? new Date();
    previous = join(dir, backupFileName(now, "-before-restore"));
    // Two restores in one second must not overwrite the first one's copy.
    for (let n = 2; existsSync(previous); n++) {
      previous = join(dir, backupFileName(now, `-before-restore-${n}`));
    }
    // Kept even if damaged: a restore is often how one recovers from exactly that.
    await snapshot(database, previous, false);
  }
  mkdirSync(dirname(database), { recursive: true });
  const source = new Database(resolve(file), { readonly: true, fileMustExist: true });
  try {
    await source.backup(database, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  const opened = openSqlite(databaseUrl);
  opened.db.close();
  return { database, previous, applied: opened.applied };
}

function integrityCheck(db: SqliteDatabase): string {
  const rows = db.prepare<[], string>("PRAGMA integrity_check").pluck().all();
  return rows.join("; ");
}
