import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prismaOf } from "../../src/store/db.ts";
import {
  applyMigrations,
  defaultMigrationsDir,
  migrationNames,
  openNodeDatabase,
  openSqlite,
  type SqliteDatabase,
  sqlitePath,
} from "../../src/store/runtime/sqlite.ts";

let scratch: string;
const opened: SqliteDatabase[] = [];

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "switchboard-sqlite-"));
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  rmSync(scratch, { recursive: true, force: true });
});

function freshDb(name = "switchboard.db"): SqliteDatabase {
  const db = new Database(join(scratch, name));
  opened.push(db);
  return db;
}

function recorded(db: SqliteDatabase): string[] {
  return db.prepare<[], string>("SELECT name FROM d1_migrations ORDER BY id").pluck().all();
}

function tables(db: SqliteDatabase): string[] {
  return db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .pluck()
    .all();
}

function migrationsDir(files: Record<string, string>): string {
  const dir = join(scratch, "migrations");
  mkdirSync(dir, { recursive: true });
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

describe("applyMigrations with the project's migrations", () => {
  it("applies 0001_init.sql to a fresh file and records it in d1_migrations", () => {
    const db = freshDb();
    const applied = applyMigrations(db);
    expect(applied[0]).toBe("0001_init.sql");
    expect(applied).toEqual(migrationNames());
    expect(recorded(db)).toEqual(applied);
    expect(tables(db)).toContain("Call");
    const appliedAt = db
      .prepare<[], string>("SELECT applied_at FROM d1_migrations WHERE name = '0001_init.sql'")
      .pluck()
      .get();
    expect(appliedAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it("applies nothing the second time", () => {
    const db = freshDb();
    const first = applyMigrations(db);
    expect(applyMigrations(db)).toEqual([]);
    expect(recorded(db)).toEqual(first);
  });

  it("creates d1_migrations exactly as wrangler does", () => {
    const db = freshDb();
    applyMigrations(db);
    const columns = db.pragma("table_info(d1_migrations)") as {
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }[];
    expect(columns.map(({ name, type, notnull, pk }) => ({ name, type, notnull, pk }))).toEqual([
      { name: "id", type: "INTEGER", notnull: 0, pk: 1 },
      { name: "name", type: "TEXT", notnull: 0, pk: 0 },
      { name: "applied_at", type: "TIMESTAMP", notnull: 1, pk: 0 },
    ]);
  });
});

describe("0009_call_event_order on a database in use", () => {
  it("keeps every event, each under its call's start time, and still refuses a repeated step", () => {
    const db = freshDb();
    const upTo = (last: string) =>
      migrationsDir(
        Object.fromEntries(
          migrationNames()
            .filter((name) => name <= last)
            .map((name) => [name, readFileSync(join(defaultMigrationsDir, name), "utf8")]),
        ),
      );
    applyMigrations(db, upTo("0008_call_event_keys.sql"));
    db.exec(`
      INSERT INTO "Call" ("callSid", "from", "to", "language", "status", "startedAt")
      VALUES ('CA1', '+8613800000000', '+862155550000', 'zh', 'completed', '2026-11-25T02:00:00.000+00:00');
      INSERT INTO "CallEvent" ("callSid", "at", "type", "detail", "requestKey", "response") VALUES
        ('CA1', '2026-11-25T02:00:00.000+00:00', 'incoming', '{}', 'key-1', '<Response/>'),
        ('CA1', '2026-11-25T02:00:09.000+00:00', 'info', '{"what":"closed"}', NULL, NULL);`);
    expect(applyMigrations(db)).toContain("0009_call_event_order.sql");
    expect(
      db.prepare(`SELECT "id", "callStartedAt", "at", "type", "requestKey" FROM "CallEvent"`).all(),
    ).toEqual([
      {
        id: 1,
        callStartedAt: "2026-11-25T02:00:00.000+00:00",
        at: "2026-11-25T02:00:00.000+00:00",
        type: "incoming",
        requestKey: "key-1",
      },
      {
        id: 2,
        callStartedAt: "2026-11-25T02:00:00.000+00:00",
        at: "2026-11-25T02:00:09.000+00:00",
        type: "info",
        requestKey: null,
      },
    ]);
    const repeat = db.prepare(
      `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail", "requestKey")
       VALUES ('CA1', '2026-11-25T02:00:00.000+00:00', '2026-11-25T02:01:00.000+00:00', 'incoming', '{}', 'key-1')`,
    );
    expect(() => repeat.run()).toThrow(/UNIQUE/);
    // New events carry on numbering after the old ones.
    db.exec(`INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail")
             VALUES ('CA1', '2026-11-25T02:00:00.000+00:00', '2026-11-25T02:02:00.000+00:00', 'status', '{}')`);
    expect(db.prepare(`SELECT MAX("id") AS "id" FROM "CallEvent"`).get()).toEqual({ id: 3 });
  });
});

describe("applyMigrations with a migrations folder of its own", () => {
  it("applies a new migration once, in file-name order, ignoring other files", () => {
    const dir = migrationsDir({
      "0001_rooms.sql": `CREATE TABLE "Room" ("number" TEXT NOT NULL PRIMARY KEY);`,
      "README.md": "not a migration",
      "0003 spaced.sql": "this is not SQL",
      "3_short.sql": "this is not SQL",
      "0004_backup.sql.bak": "this is not SQL",
    });
    const db = freshDb();
    expect(applyMigrations(db, dir)).toEqual(["0001_rooms.sql"]);

    // Written out of order: 0010 needs the table 0002 creates.
    writeFileSync(
      join(dir, "0010_room_floor.sql"),
      `ALTER TABLE "Wing" ADD COLUMN "floor" INTEGER;`,
    );
    writeFileSync(join(dir, "0002_wings.sql"), `CREATE TABLE "Wing" ("name" TEXT NOT NULL);`);
    expect(applyMigrations(db, dir)).toEqual(["0002_wings.sql", "0010_room_floor.sql"]);
    expect(applyMigrations(db, dir)).toEqual([]);
    expect(recorded(db)).toEqual(["0001_rooms.sql", "0002_wings.sql", "0010_room_floor.sql"]);
    expect(tables(db)).toEqual(["Room", "Wing", "d1_migrations"]);
  });

  it("skips migrations a database already lists, as one wrangler migrated", () => {
    const dir = migrationsDir({
      "0001_rooms.sql": `CREATE TABLE "Room" ("number" TEXT NOT NULL PRIMARY KEY);`,
      "0002_wings.sql": `CREATE TABLE "Wing" ("name" TEXT NOT NULL);`,
    });
    const db = freshDb();
    db.exec(`CREATE TABLE d1_migrations(
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      name TEXT UNIQUE,
      applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
    );
    CREATE TABLE "Room" ("number" TEXT NOT NULL PRIMARY KEY);
    INSERT INTO d1_migrations (name) VALUES ('0001_rooms.sql');`);
    expect(applyMigrations(db, dir)).toEqual(["0002_wings.sql"]);
  });

  it("rolls a failing migration back entirely and names it", () => {
    const dir = migrationsDir({
      "0001_rooms.sql": `CREATE TABLE "Room" ("number" TEXT NOT NULL PRIMARY KEY);`,
      "0002_broken.sql": `CREATE TABLE "Wing" ("name" TEXT NOT NULL);
        CREATE INDEX "Wing_name_idx" ON "Wing"("name");
        INSERT INTO "Nowhere" VALUES (1);`,
      "0003_after.sql": `CREATE TABLE "Later" ("id" TEXT NOT NULL);`,
    });
    const db = freshDb();
    expect(() => applyMigrations(db, dir)).toThrow(/0002_broken\.sql.*no such table: Nowhere/);
    expect(recorded(db)).toEqual(["0001_rooms.sql"]);
    expect(tables(db)).toEqual(["Room", "d1_migrations"]);
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'Wing_name_idx'").get(),
    ).toBeUndefined();

    writeFileSync(
      join(dir, "0002_broken.sql"),
      `CREATE TABLE "Wing" ("name" TEXT NOT NULL);
       CREATE INDEX "Wing_name_idx" ON "Wing"("name");`,
    );
    expect(applyMigrations(db, dir)).toEqual(["0002_broken.sql", "0003_after.sql"]);
  });
});

describe("openSqlite", () => {
  it("creates the folder, sets the connection up and migrates", () => {
    const url = `file:${join(scratch, "nested", "deeper", "switchboard.db")}`;
    const { path, db, applied } = openSqlite(url);
    opened.push(db);
    expect(path).toBe(join(scratch, "nested", "deeper", "switchboard.db"));
    expect(existsSync(path)).toBe(true);
    expect(applied).toEqual(migrationNames());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("synchronous", { simple: true })).toBe(1);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(5000);
  });

  it("applies nothing when reopened", () => {
    const url = `file:${join(scratch, "switchboard.db")}`;
    const first = openSqlite(url);
    first.db.close();
    const again = openSqlite(url);
    opened.push(again.db);
    expect(again.applied).toEqual([]);
    expect(recorded(again.db)).toEqual(first.applied);
  });

  it("leaves the file unmigrated when asked to", () => {
    const { db, applied } = openSqlite(join(scratch, "plain.db"), { migrate: false });
    opened.push(db);
    expect(applied).toEqual([]);
    expect(tables(db)).toEqual([]);
  });
});

describe("sqlitePath", () => {
  it.each([
    ["file:./data/switchboard.db", resolve("data/switchboard.db")],
    ["file:data/switchboard.db", resolve("data/switchboard.db")],
    ["file:/srv/switchboard/calls.db", resolve("/srv/switchboard/calls.db")],
    ["file:///srv/switchboard/front%20desk.db", resolve("/srv/switchboard/front desk.db")],
    ["./data/switchboard.db", resolve("data/switchboard.db")],
    ["/srv/switchboard/calls.db", resolve("/srv/switchboard/calls.db")],
    ["  file:./data/switchboard.db\n", resolve("data/switchboard.db")],
  ])("reads %j as a file path", (url, expected) => {
    expect(sqlitePath(url)).toBe(expected);
  });

  it.each([
    ["postgres://operator:secret@db.example/switchboard", /DATABASE_URL.*"postgres:"/],
    ["libsql://switchboard.turso.io", /DATABASE_URL.*"libsql:"/],
    ["mysql:host=db", /DATABASE_URL.*"mysql:"/],
    ["", /DATABASE_URL is empty/],
    ["file:", /DATABASE_URL names no file/],
    ["file:./data/switchboard.db?connection_limit=1", /DATABASE_URL must not carry query/],
    [":memory:", /DATABASE_URL must name a file/],
    ["file::memory:", /DATABASE_URL must name a file/],
  ])("rejects %j", (url, message) => {
    expect(() => sqlitePath(url)).toThrow(message);
  });

  it("does not repeat a URL's credentials in its error", () => {
    let message = "";
    try {
      sqlitePath("postgres://operator:secret@db.example/switchboard");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("DATABASE_URL");
    expect(message).not.toContain("secret");
  });
});

describe("openNodeDatabase", () => {
  it("writes and reads a Call whose DateTimes round-trip and sort as text", async () => {
    const url = `file:${join(scratch, "switchboard.db")}`;
    const { db } = openSqlite(url);
    opened.push(db);
    const database = openNodeDatabase(url);
    const prisma = prismaOf(database.db);
    try {
      const startedAt = new Date("2025-02-03T04:05:06.789Z");
      const answeredAt = new Date("2025-02-03T04:05:16.001Z");
      await prisma.call.create({
        data: {
          callSid: "CA-later",
          from: "+8613800000000",
          to: "+862100000000",
          language: "zh",
          status: "completed",
          startedAt,
          answeredAt,
        },
      });
      await prisma.call.create({
        data: {
          callSid: "CA-earlier",
          from: "+8613800000001",
          to: "+862100000000",
          language: "en",
          status: "completed",
          startedAt: new Date("2025-02-03T04:05:06.700Z"),
        },
      });

      const call = await prisma.call.findUniqueOrThrow({ where: { callSid: "CA-later" } });
      expect(call.startedAt).toEqual(startedAt);
      expect(call.answeredAt).toEqual(answeredAt);
      expect(call.endedAt).toBeNull();

      const stored = db
        .prepare<[], { startedAt: unknown }>(
          `SELECT "startedAt" FROM "Call" WHERE "callSid" = 'CA-later'`,
        )
        .get();
      expect(stored?.startedAt).toBe("2025-02-03T04:05:06.789+00:00");

      const byText = db
        .prepare<[], string>(`SELECT "callSid" FROM "Call" ORDER BY "startedAt"`)
        .pluck()
        .all();
      expect(byText).toEqual(["CA-earlier", "CA-later"]);

      const since = await prisma.call.findMany({
        where: { startedAt: { gte: new Date("2025-02-03T04:05:06.750Z") } },
      });
      expect(since.map((c) => c.callSid)).toEqual(["CA-later"]);
    } finally {
      await database.close();
    }
  });

  it("runs the app's own connection with the same settings as openSqlite's", async () => {
    const url = `file:${join(scratch, "switchboard.db")}`;
    opened.push(openSqlite(url).db);
    const database = openNodeDatabase(url);
    const prisma = prismaOf(database.db);
    try {
      const setting = async (name: string) => {
        const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
        return Number(Object.values(rows[0] ?? {})[0]);
      };
      // Per-connection settings: a commit must not wait for fsync, and a writer waits for a busy file.
      expect(await setting("synchronous")).toBe(1);
      expect(await setting("busy_timeout")).toBe(5000);
    } finally {
      await database.close();
    }
  });
});
