import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseDirectoryFile } from "../../src/directory-file.ts";
import { backupJob, backupNight, backupSettings } from "../../src/jobs/backup.ts";
import { runJobs } from "../../src/jobs/runner.ts";
import { createLogger } from "../../src/log.ts";
import { prismaOf } from "../../src/store/db.ts";
import { importDirectory } from "../../src/store/directory.ts";
import {
  BackupError,
  backupDatabase,
  inspectBackup,
  restoreDatabase,
} from "../../src/store/runtime/backup.ts";
import {
  applyMigrations,
  defaultMigrationsDir,
  migrationNames,
  openNodeDatabase,
  openSqlite,
  sqlitePath,
} from "../../src/store/runtime/sqlite.ts";

let scratch: string;
const closers: (() => unknown)[] = [];

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "switchboard-backup-"));
});

afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A migrated, empty database in the scratch folder. */
function freshDatabase(name: string): string {
  const url = `file:${join(scratch, name)}`;
  openSqlite(url).db.close();
  return url;
}

/** The app's database on `url`, and Prisma on it to look at rows directly. */
function database(url: string) {
  const opened = openNodeDatabase(url);
  closers.push(() => opened.close());
  return { db: opened.db, prisma: prismaOf(opened.db) };
}

function prisma(url: string) {
  return database(url).prisma;
}

function sqlite(path: string, options?: Database.Options) {
  const db = new Database(path, options);
  closers.push(() => db.close());
  return db;
}

/** Prisma's stored form of a DateTime (the adapter's iso8601 format). */
const stored = (at: Date) => at.toISOString().replace("Z", "+00:00");

/** Every field of the writer's i-th call is set and derived from i, so a torn row shows. */
function writtenCall(writer: string, i: number) {
  const startedAt = new Date(Date.UTC(2026, 10, 25, 2, 0, 0) + i * 1000);
  return {
    callSid: `CA-${writer}-${String(i).padStart(6, "0")}`,
    from: `+86138${String(i).padStart(8, "0")}`,
    to: "+862155550000",
    callerName: `张伟 ${writer} ${i}`,
    organisation: `Acme, "Lakeside" ${i}`,
    callbackNumber: `+86139${String(i).padStart(8, "0")}`,
    language: i % 2 === 0 ? "zh" : "en",
    intent: "department",
    department: "engineering",
    target: "engineering",
    outcome: "message",
    handledBy: "switchboard",
    status: "completed",
    startedAt: stored(startedAt),
    answeredAt: stored(new Date(startedAt.getTime() + 2000)),
    endedAt: stored(new Date(startedAt.getTime() + 62_000)),
    durationSeconds: 60 + (i % 7),
    direction: i % 2 === 0 ? "inbound" : "outbound",
    placedBy: `staff-${i}`,
    purpose: "message",
    purposeId: `M-${writer}-${i}`,
    cost: `0.${String(i).padStart(4, "0")}`,
    costCurrency: "USD",
  };
}

type StoredCall = ReturnType<typeof writtenCall>;

const COLUMNS = Object.keys(writtenCall("x", 0)) as (keyof StoredCall)[];

/** The columns the calls out brought (migration 0012), which the first migration's Call lacks. */
const CALL_OUT_COLUMNS = ["direction", "placedBy", "purpose", "purposeId", "cost", "costCurrency"];

/** A call written before there were calls out, as it reads once the newer migrations are applied. */
function olderCall(writer: string, i: number): StoredCall {
  return {
    ...writtenCall(writer, i),
    direction: "inbound",
    placedBy: null,
    purpose: null,
    purposeId: null,
    cost: null,
    costCurrency: null,
  } as unknown as StoredCall;
}

/** Writes calls straight to the file, in one transaction; `older` leaves out the newer columns. */
function insertCalls(path: string, calls: StoredCall[], older = false) {
  const db = new Database(path);
  try {
    const written = older ? COLUMNS.filter((c) => !CALL_OUT_COLUMNS.includes(c)) : COLUMNS;
    const columns = written.map((c) => `"${c}"`).join(", ");
    const values = written.map((c) => `@${c}`).join(", ");
    const insert = db.prepare<[StoredCall]>(`INSERT INTO "Call" (${columns}) VALUES (${values})`);
    db.transaction(() => {
      for (const call of calls) insert.run(call);
    })();
  } finally {
    db.close();
  }
}

/** The same call through the app's Prisma client. */
function asPrismaCall(call: StoredCall) {
  return {
    ...call,
    startedAt: new Date(call.startedAt),
    answeredAt: new Date(call.answeredAt),
    endedAt: new Date(call.endedAt),
  };
}

function callRows(path: string): StoredCall[] {
  const db = sqlite(path, { readonly: true, fileMustExist: true });
  return db.prepare<[], StoredCall>('SELECT * FROM "Call" ORDER BY "callSid"').all();
}

/** Rows are each exactly as written, and each writer's rows are a prefix of what it wrote. */
function expectConsistent(rows: StoredCall[], writers: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const writer of writers) {
    const mine = rows.filter((row) => row.callSid.startsWith(`CA-${writer}-`));
    expect(mine).toEqual(mine.map((_, i) => writtenCall(writer, i)));
    counts[writer] = mine.length;
  }
  expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
  return counts;
}

// Another thread with its own connection, so it really writes while the backup copies pages.
const THREAD_WRITER = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 5000");
const columns = workerData.columns;
const insert = db.prepare(
  'INSERT INTO "Call" (' + columns.map((c) => '"' + c + '"').join(", ") + ") VALUES (" +
    columns.map((c) => "@" + c).join(", ") + ")",
);
const call = new Function("i", "stored", "return (" + workerData.writtenCall + ")('thread', i)");
const stored = (at) => at.toISOString().replace("Z", "+00:00");
const state = new Int32Array(workerData.state);
let i = 0;
while (Atomics.load(state, 0) === 0) {
  insert.run(call(i, stored));
  i++;
  Atomics.store(state, 1, i);
  // A breath between writes, as real traffic has; a tight loop would starve the other writer's lock.
  Atomics.wait(state, 2, 0, 1);
}
db.close();
parentPort.postMessage(i);
`;

function startThreadWriter(path: string) {
  const state = new Int32Array(new SharedArrayBuffer(12));
  const worker = new Worker(THREAD_WRITER, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve("better-sqlite3"),
      path,
      columns: COLUMNS,
      writtenCall: `function (writer, i) { ${writtenCallSource()} }`,
      state: state.buffer,
    },
  });
  let failure: unknown;
  const finished = new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => {
      failure = error;
      reject(error);
    });
  });
  return {
    committed() {
      if (failure) throw failure;
      return Atomics.load(state, 1);
    },
    async stop() {
      Atomics.store(state, 0, 1);
      return finished;
    },
  };
}

/** writtenCall's body, so the thread writes exactly what the test expects. */
function writtenCallSource(): string {
  const source = writtenCall.toString();
  return source.slice(source.indexOf("{") + 1, source.lastIndexOf("}"));
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function until(condition: () => boolean) {
  while (!condition()) await nextTurn();
}

describe("backupDatabase while calls are being written", () => {
  it("writes a consistent snapshot, and restoring it into a new file gives back exactly its rows", async () => {
    const url = freshDatabase("live.db");
    const db = prisma(url);
    // Enough rows that the file spans many pages.
    insertCalls(
      sqlitePath(url),
      Array.from({ length: 2000 }, (_, i) => writtenCall("seed", i)),
    );

    const thread = startThreadWriter(sqlitePath(url));
    let prismaCommitted = 0;
    let prismaFailure: unknown;
    let writing = true;
    const prismaWriter = (async () => {
      while (writing) {
        await db.call.create({ data: asPrismaCall(writtenCall("prisma", prismaCommitted)) });
        prismaCommitted++;
        // Each write is its own event, as webhooks are; a bare await chain would never yield to the backup.
        await nextTurn();
      }
    })().catch((error: unknown) => {
      prismaFailure = error;
    });
    await until(() => {
      if (prismaFailure) throw prismaFailure;
      return thread.committed() >= 50 && prismaCommitted >= 20;
    });
    const before = { thread: thread.committed(), prisma: prismaCommitted };

    const backup = await backupDatabase(url, { dir: join(scratch, "backups") });

    writing = false;
    await prismaWriter;
    const threadTotal = await thread.stop();
    expect(prismaFailure).toBeUndefined();

    const check = sqlite(backup.file, { readonly: true })
      .prepare<[], string>("PRAGMA integrity_check")
      .pluck()
      .all();
    expect(check).toEqual(["ok"]);
    expect(backup.bytes).toBe(statSync(backup.file).size);

    const rows = callRows(backup.file);
    const counts = expectConsistent(rows, ["seed", "thread", "prisma"]);
    expect(counts.seed).toBe(2000);
    expect(counts.thread).toBeGreaterThanOrEqual(before.thread);
    expect(counts.thread).toBeLessThanOrEqual(threadTotal);
    expect(counts.prisma).toBeGreaterThanOrEqual(before.prisma);
    expect(counts.prisma).toBeLessThanOrEqual(prismaCommitted);

    const restoredUrl = `file:${join(scratch, "restored", "switchboard.db")}`;
    const restored = await restoreDatabase(backup.file, restoredUrl, {
      dir: join(scratch, "backups"),
    });
    expect(restored).toEqual({
      database: sqlitePath(restoredUrl),
      previous: null,
      applied: [],
    });
    expect(callRows(sqlitePath(restoredUrl))).toEqual(rows);
    // And the app's own client reads the restored rows.
    expect(await prisma(restoredUrl).call.count()).toBe(rows.length);
  });
});

describe("backupDatabase", () => {
  it("names the file by UTC time, writes one self-contained file, and keeps only the newest of its own backups", async () => {
    const url = freshDatabase("live.db");
    const dir = join(scratch, "backups");
    mkdirSync(dir);
    const others = [
      "notes.txt",
      "other-20260101T000000Z.db",
      "switchboard-20260101T000000Z-before-restore.db",
      "switchboard-20260101T000000Z.db.0b1c.partial",
    ];
    const older = [
      "switchboard-20261123T031500Z.db",
      "switchboard-20261124T031500Z.db",
      "switchboard-20261125T031500Z.db",
    ];
    for (const name of [...others, ...older]) writeFileSync(join(dir, name), "kept?");

    const result = await backupDatabase(url, {
      dir,
      keep: 2,
      now: new Date("2026-11-26T03:15:00.250Z"),
    });

    expect(result.file).toBe(join(dir, "switchboard-20261126T031500Z.db"));
    expect(result.removed.sort()).toEqual([join(dir, older[0] ?? ""), join(dir, older[1] ?? "")]);
    expect(readdirSync(dir).sort()).toEqual(
      [...others, older[2], "switchboard-20261126T031500Z.db"].sort(),
    );
    // Bytes 18-19 of the header are 1 in rollback-journal mode, 2 in WAL mode.
    expect([...readFileSync(result.file).subarray(18, 20)]).toEqual([1, 1]);
    expect(inspectBackup(result.file).migrations).toEqual(migrationNames());
  });

  it("refuses a database that does not exist rather than backing up an empty one", async () => {
    const url = `file:${join(scratch, "missing.db")}`;
    await expect(backupDatabase(url, { dir: join(scratch, "backups") })).rejects.toMatchObject({
      code: "DATABASE_MISSING",
    });
    expect(existsSync(sqlitePath(url))).toBe(false);
  });

  it("reads BACKUP_DIR and BACKUP_KEEP, with defaults, and names a bad one", () => {
    expect(backupSettings({})).toEqual({ dir: "backups", keep: 14 });
    expect(backupSettings({ BACKUP_DIR: "/srv/backups", BACKUP_KEEP: "30" })).toEqual({
      dir: "/srv/backups",
      keep: 30,
    });
    expect(() => backupSettings({ BACKUP_KEEP: "0" })).toThrow(/BACKUP_KEEP/);
  });
});

describe("restoreDatabase", () => {
  /** A Switchboard database as an older version left it: only the first migration, one call. */
  function olderBackup(): string {
    const migrations = join(scratch, "old-migrations");
    mkdirSync(migrations);
    const first = migrationNames()[0] ?? "";
    copyFileSync(join(defaultMigrationsDir, first), join(migrations, first));
    const path = join(scratch, "older.db");
    const db = new Database(path);
    applyMigrations(db, migrations);
    db.close();
    insertCalls(path, [writtenCall("older", 0)], true);
    return path;
  }

  it("keeps the current database as a before-restore copy, restores, and applies newer migrations", async () => {
    const file = olderBackup();
    const url = freshDatabase("live.db");
    const current = writtenCall("current", 0);
    insertCalls(sqlitePath(url), [current]);
    const dir = join(scratch, "backups");

    const result = await restoreDatabase(file, url, {
      dir,
      now: new Date("2026-11-26T09:00:00Z"),
    });

    expect(result.applied).toEqual(migrationNames().slice(1));
    expect(result.previous).toBe(join(dir, "switchboard-20261126T090000Z-before-restore.db"));
    expect(callRows(result.previous ?? "")).toEqual([current]);
    expect(callRows(sqlitePath(url))).toEqual([olderCall("older", 0)]);
    expect(inspectBackup(sqlitePath(url)).migrations).toEqual(migrationNames());
    // A second restore in the same second keeps its own copy beside the first.
    const again = await restoreDatabase(file, url, { dir, now: new Date("2026-11-26T09:00:00Z") });
    expect(again.previous).toBe(join(dir, "switchboard-20261126T090000Z-before-restore-2.db"));
    expect(callRows(result.previous ?? "")).toEqual([current]);
    // A later backup's pruning never takes a before-restore copy.
    await backupDatabase(url, { dir, keep: 1, now: new Date("2026-11-27T03:00:00Z") });
    await backupDatabase(url, { dir, keep: 1, now: new Date("2026-11-28T03:00:00Z") });
    expect(readdirSync(dir).sort()).toEqual([
      "switchboard-20261126T090000Z-before-restore-2.db",
      "switchboard-20261126T090000Z-before-restore.db",
      "switchboard-20261128T030000Z.db",
    ]);
  });

  it.each([
    [
      "a text file",
      (path: string) => writeFileSync(path, "not a database\n".repeat(100)),
      /not a database/,
    ],
    [
      "a SQLite file without d1_migrations",
      (path: string) => {
        const db = new Database(path);
        db.exec("CREATE TABLE guests (name TEXT)");
        db.close();
      },
      /d1_migrations/,
    ],
    [
      "a database from a newer Switchboard",
      (path: string) => {
        const db = new Database(path);
        applyMigrations(db);
        db.prepare("INSERT INTO d1_migrations (name) VALUES (?)").run("9999_future.sql");
        db.close();
      },
      /newer Switchboard.*9999_future\.sql/,
    ],
    ["a missing file", () => {}, /no such file/],
  ])("refuses %s and leaves the database as it was", async (_, make, why) => {
    const file = join(scratch, "candidate.db");
    make(file);
    const url = freshDatabase("live.db");
    const current = writtenCall("current", 0);
    insertCalls(sqlitePath(url), [current]);
    const dir = join(scratch, "backups");

    const refused = restoreDatabase(file, url, { dir });

    await expect(refused).rejects.toBeInstanceOf(BackupError);
    await expect(refused).rejects.toMatchObject({
      code: "NOT_A_SWITCHBOARD_DATABASE",
      message: expect.stringMatching(why),
    });
    expect(callRows(sqlitePath(url))).toEqual([current]);
    expect(existsSync(dir)).toBe(false);
  });
});

describe("the nightly backup job", () => {
  const SHANGHAI = "Asia/Shanghai";
  const at = (iso: string) => new Date(iso);

  it("is due once per local night from 03:00, and catches up a missed night", () => {
    const job = backupJob({ databaseUrl: "file:unused.db", timezone: SHANGHAI });
    const noDatabase = undefined as unknown as Parameters<NonNullable<typeof job.due>>[2];
    const due = (now: string, last: string | null) =>
      job.due?.(at(now), last === null ? null : at(last), noDatabase);
    // 03:00 in Shanghai is 19:00 UTC the day before.
    expect(due("2026-11-25T19:00:00Z", null)).toBe(true);
    expect(due("2026-11-25T18:59:59Z", "2026-11-24T19:05:00Z")).toBe(false);
    expect(due("2026-11-25T19:00:00Z", "2026-11-24T19:05:00Z")).toBe(true);
    expect(due("2026-11-26T15:59:00Z", "2026-11-25T19:05:00Z")).toBe(false);
    // The server was down at 03:00 on the 26th: the backup runs when it is back, before the next 03:00.
    expect(due("2026-11-26T17:00:00Z", "2026-11-24T19:05:00Z")).toBe(true);
    expect(backupNight(at("2026-11-25T18:59:59Z"), SHANGHAI, 3)).toBe("2026-11-25");
    expect(backupNight(at("2026-11-25T19:00:00Z"), SHANGHAI, 3)).toBe("2026-11-26");
    expect(backupNight(at("2026-11-25T19:00:00Z"), "Europe/London", 3)).toBe("2026-11-25");
  });

  it("follows the organisation's time zone as the directory has it now", async () => {
    const { db, prisma: rows } = database(freshDatabase("zone.db"));
    const file = "directory/lakeside-hotel.yaml";
    await importDirectory(db, parseDirectoryFile(readFileSync(file, "utf8"), file), new Date());
    const job = backupJob({ databaseUrl: "file:unused.db" });
    const due = (now: string) => job.due?.(at(now), at("2026-11-24T19:05:00Z"), db);
    // 20:00 UTC on the 25th is 04:00 on the 26th in Shanghai: that night's backup is due.
    expect(await due("2026-11-25T20:00:00Z")).toBe(true);
    // The hotel moves to London time: its night now starts at 03:00 UTC, not 19:00 UTC.
    await rows.organisation.updateMany({ data: { timezone: "Europe/London" } });
    expect(await due("2026-11-25T02:59:00Z")).toBe(false);
    expect(await due("2026-11-25T03:00:00Z")).toBe(true);
  });

  it("runs under the job runner: once a night, logging the file it wrote, pruning to keep", async () => {
    const url = freshDatabase("live.db");
    const { db } = database(url);
    const dir = join(scratch, "backups");
    const lines: string[] = [];
    const log = createLogger("info", {}, (line) => lines.push(line));
    const jobs = [backupJob({ databaseUrl: url, timezone: SHANGHAI, dir, keep: 1 })];
    const run = (now: string) => runJobs(jobs, { db, clock: () => at(now), log });

    const first = await run("2026-11-25T19:30:00Z");
    expect(first).toMatchObject([{ name: "backup", ran: true }]);
    expect(first[0]?.error).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["switchboard-20261125T193000Z.db"]);

    expect(await run("2026-11-25T22:00:00Z")).toMatchObject([{ ran: false, skipped: "not-due" }]);

    const next = await run("2026-11-26T19:10:00Z");
    expect(next).toMatchObject([
      {
        ran: true,
        result: {
          file: join(dir, "switchboard-20261126T191000Z.db"),
          removed: [join(dir, "switchboard-20261125T193000Z.db")],
        },
      },
    ]);
    expect(readdirSync(dir)).toEqual(["switchboard-20261126T191000Z.db"]);
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((l) => l.msg === "job ran" && l.job === "backup")).toHaveLength(2);
    expect(logged.at(-1)).toMatchObject({ file: join(dir, "switchboard-20261126T191000Z.db") });
  });
});
