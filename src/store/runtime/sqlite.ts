// The Node database: SQLite migrated from the same files, recorded in the same d1_migrations table, as D1.
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { PrismaClient } from "../../generated/prisma/client.ts";
import { type Db, database } from "../db.ts";
import type { SqlRow, SqlStatement } from "../sql.ts";
import { type GroupableSql, groupCommit } from "./group-commit.ts";

export type SqliteDatabase = Database.Database;

/** The project's migrations folder, found from this module so the working directory does not matter. */
export const defaultMigrationsDir = fileURLToPath(new URL("../../../migrations/", import.meta.url));

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

type Connection = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;

/** Prisma's adapter, keeping hold of the connection it opens so plain SQL can share it. */
class SharedConnection extends PrismaBetterSqlite3 {
  connection: Promise<Connection> | undefined;

  override connect(): Promise<Connection> {
    this.connection = super.connect();
    return this.connection;
  }
}

/** The app's database on Node: the Prisma client and plain SQL on the very same connection. */
export interface NodeDatabase {
  db: Db;
  /** Stops the background checkpoints, if any, and closes the connection. */
  close(): Promise<void>;
}

export interface NodeDatabaseOptions {
  /**
   * Checkpoint the write-ahead log on a worker thread instead of in the commit that fills it,
   * so no webhook waits while pages are copied back and synced. Without it SQLite checkpoints
   * as usual.
   */
  checkpointInBackground?: {
    intervalMs?: number;
    /** Past this many pages in the log, writers are held back once while it is emptied. */
    maxLogPages?: number;
    onError?: (error: Error) => void;
  };
}

/** Background checkpoints hold writers back once the log passes this many pages (256 MiB). */
const DEFAULT_MAX_LOG_PAGES = 65536;

/** How large the write-ahead log may stay once checkpointed (it is reused, not regrown). */
const WAL_SIZE_LIMIT = 64 * 1024 * 1024;

/** Distinct statements kept prepared; the app has a few dozen, all fixed text. */
const MAX_PREPARED = 256;

/**
 * The Prisma client on the SQLite file a DATABASE_URL names (migrate it first with openSqlite),
 * and plain SQL on the same better-sqlite3 connection, with its statements prepared once. One
 * connection means one writer: a plain write never waits on a lock Prisma holds, and the
 * writes of webhooks that arrive together share one commit.
 */
export function openNodeDatabase(
  databaseUrl: string,
  options: NodeDatabaseOptions = {},
): NodeDatabase {
  const path = sqlitePath(databaseUrl);
  const adapter = new SharedConnection({ url: path, timeout: 5000 }, { timestampFormat });
  const prisma = new PrismaClient({ adapter });
  const prepared = new Map<string, Prepared>();
  let opened: SqliteDatabase | undefined;
  const checkpoints = options.checkpointInBackground
    ? backgroundCheckpoints(path, options.checkpointInBackground, () => {
        // The thread is gone: this connection checkpoints again, as SQLite does by default.
        if (opened) opened.pragma("wal_autocheckpoint = 1000");
      })
    : undefined;

  async function connection(): Promise<SqliteDatabase> {
    if (!adapter.connection) await prisma.$connect();
    // The adapter keeps the better-sqlite3 handle it opened as `client`; checked, not assumed.
    const client = ((await adapter.connection) as { client?: unknown } | undefined)?.client;
    if (!(client instanceof Database)) {
      throw new Error("Prisma's SQLite adapter no longer exposes its better-sqlite3 connection");
    }
    if (opened !== client) {
      opened = client;
      client.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT}`);
      if (checkpoints?.running()) client.pragma("wal_autocheckpoint = 0");
    }
    return client;
  }

  function prepare(client: SqliteDatabase, text: string): Prepared {
    let ready = prepared.get(text);
    if (!ready) {
      // Prisma's adapter turns on safe integers for this connection; plain SQL wants numbers.
      const statement = client.prepare(text).safeIntegers(false);
      ready = { statement, columns: statement.reader ? columnNames(statement.raw(true)) : [] };
      if (prepared.size < MAX_PREPARED) prepared.set(text, ready);
    }
    return ready;
  }

  function run(client: SqliteDatabase, s: SqlStatement): number {
    return prepare(client, s.sql).statement.run(...s.params).changes;
  }

  /** Runs `work` on the connection at a moment when no transaction of Prisma's is open on it. */
  async function outsideTransactions<T>(work: (client: SqliteDatabase) => T): Promise<T> {
    const client = await connection();
    // Never inside a transaction Prisma has open: its rollback would take our writes with it.
    while (client.inTransaction) await new Promise((next) => setImmediate(next));
    // The last check and the BEGIN in `work` run together, with nothing in between that
    // could start one.
    return work(client);
  }

  const sql: GroupableSql = {
    async read(s) {
      const client = await connection();
      return rows(prepare(client, s.sql), s.params);
    },
    readEach(statements) {
      return outsideTransactions((client) => {
        const one = (s: SqlStatement): PromiseSettledResult<SqlRow[]> => {
          try {
            return { status: "fulfilled", value: rows(prepare(client, s.sql), s.params) };
          } catch (reason) {
            return { status: "rejected", reason };
          }
        };
        // One read transaction for all of them: the snapshot is taken once, not once per read.
        return client.transaction(() => statements.map(one))();
      });
    },
    write(statements) {
      // IMMEDIATE takes the write lock first, so another process can't make it fail halfway.
      return outsideTransactions((client) =>
        client.transaction(() => statements.map((s) => run(client, s))).immediate(),
      );
    },
  };
  // Open now, so the connection's settings are in place before Prisma's first query; a failure
  // to open is reported by whatever uses the database first.
  connection().catch(() => undefined);
  return {
    // Writes wait for the requests already received; those of webhooks a shared read has
    // just answered are committed once their callbacks have run (process.nextTick).
    db: database(prisma, groupCommit(sql, setImmediate, process.nextTick)),
    async close() {
      await checkpoints?.stop();
      await prisma.$disconnect();
    },
  };
}

/** A statement prepared once, with the names of the columns it returns (none if it returns no rows). */
interface Prepared {
  statement: Database.Statement;
  columns: string[];
}

function columnNames(statement: Database.Statement): string[] {
  return statement.columns().map((column) => column.name);
}

/**
 * The rows a statement returns, as objects named by its columns. Its rows come as arrays of
 * values and are named here with the names read once when it was prepared: better-sqlite3 would
 * look up every column's name again for every row, which costs a webhook's read of its call
 * (eighteen columns) about a microsecond.
 */
function rows(ready: Prepared, params: unknown[]): SqlRow[] {
  const { statement } = ready;
  if (!statement.reader) return statement.all(...params) as SqlRow[];
  return (statement.all(...params) as unknown[][]).map((values) => {
    // Prepared again by SQLite after a change of schema, a `*` may now return more or fewer.
    if (values.length !== ready.columns.length) ready.columns = columnNames(statement);
    const { columns } = ready;
    const row: SqlRow = {};
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = values[i];
    return row;
  });
}

/** A worker thread that checkpoints the file's write-ahead log: at once while behind, else every `intervalMs`. */
function backgroundCheckpoints(
  path: string,
  options: NonNullable<NodeDatabaseOptions["checkpointInBackground"]>,
  onStopped: () => void,
) {
  const worker = new Worker(new URL("./sqlite-checkpoint.worker.mjs", import.meta.url), {
    workerData: {
      path,
      intervalMs: options.intervalMs ?? 200,
      maxLogPages: options.maxLogPages ?? DEFAULT_MAX_LOG_PAGES,
    },
  });
  // It never keeps the process alive on its own.
  worker.unref();
  let running = true;
  const stopped = (error?: Error) => {
    if (!running) return;
    running = false;
    onStopped();
    if (error) options.onError?.(error);
  };
  worker.on("message", (message: { error?: string }) => {
    if (message.error) options.onError?.(new Error(`background checkpoint: ${message.error}`));
  });
  worker.on("error", (error) => stopped(error));
  worker.on("exit", (code) =>
    stopped(code === 0 ? undefined : new Error(`background checkpoints stopped (exit ${code})`)),
  );
  return {
    running: () => running,
    async stop() {
      if (!running) return;
      running = false;
      const exited = new Promise((done) => worker.once("exit", done));
      // Whoever waits for the stop is kept waiting, not let go by a process that ends meanwhile.
      worker.ref();
      worker.postMessage("stop");
      await exited;
    },
  };
}
