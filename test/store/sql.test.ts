import { statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sqlOf } from "../../src/store/db.ts";
import { type GroupableSql, groupCommit } from "../../src/store/runtime/group-commit.ts";
import { openNodeDatabase, openSqlite, sqlitePath } from "../../src/store/runtime/sqlite.ts";
import { type SqlStatement, statement } from "../../src/store/sql.ts";
import { scratchDatabase } from "../support/scratch-database.ts";

const scratch = scratchDatabase("switchboard-sql-");

const insertCall = (callSid: string) =>
  statement(
    `INSERT INTO "Call" ("callSid", "from", "to", "language", "status", "startedAt")
     VALUES (?, '+8613800000000', '+862155550000', 'zh', 'in-progress', ?)
     ON CONFLICT ("callSid") DO NOTHING`,
    callSid,
    new Date("2026-11-25T02:00:00Z"),
  );

/** Counts the transactions that reach the database under a group commit. */
function counted(sql: GroupableSql) {
  const transactions: (readonly SqlStatement[])[] = [];
  const snapshots: SqlStatement[][] = [];
  const inner: GroupableSql = {
    read: (s) => sql.read(s),
    write(statements) {
      transactions.push(statements);
      return sql.write(statements);
    },
    ...(sql.readEach
      ? {
          readEach: (statements: SqlStatement[]) => {
            snapshots.push(statements);
            return sql.readEach?.(statements) ?? Promise.resolve([]);
          },
        }
      : {}),
  };
  return {
    transactions,
    snapshots,
    grouped: groupCommit(inner, (flush) => setImmediate(flush)),
  };
}

describe("plain SQL on the Node database", () => {
  it("reads what Prisma wrote, and Prisma reads what it wrote, on one connection", async () => {
    const { prisma: db, sql } = scratch;
    expect(await sql.write([insertCall("CA1"), insertCall("CA1")])).toEqual([1, 0]);
    const call = await db.call.findUniqueOrThrow({ where: { callSid: "CA1" } });
    expect(call.startedAt).toEqual(new Date("2026-11-25T02:00:00Z"));
    await db.call.update({ where: { callSid: "CA1" }, data: { department: "sales" } });
    const rows = await sql.read(
      statement(`SELECT "department", "startedAt" FROM "Call" WHERE "callSid" = ?`, "CA1"),
    );
    expect(rows).toEqual([{ department: "sales", startedAt: "2026-11-25T02:00:00.000+00:00" }]);
  });

  it("names each row's values by their columns, as SQLite names them, alone or grouped", async () => {
    const { sql } = scratch;
    await sql.write([insertCall("CA1"), insertCall("CA2")]);
    const query = statement(
      `SELECT "callSid", "department", 1 + 1 AS "two", 'x' AS "callSid" FROM "Call"
       WHERE "callSid" IN (?, ?) ORDER BY "callSid"`,
      "CA1",
      "CA2",
    );
    // A name given twice keeps the last value, as better-sqlite3's own objects do.
    const expected = [
      { callSid: "x", department: null, two: 2 },
      { callSid: "x", department: null, two: 2 },
    ];
    expect(await sql.read(query)).toEqual(expected);
    expect(await sql.read(query)).toEqual(expected);
    const [grouped] = (await sql.readEach?.([query])) ?? [];
    expect(grouped).toEqual({ status: "fulfilled", value: expected });
    expect(await sql.read(statement(`SELECT * FROM "Call" WHERE "callSid" = 'none'`))).toEqual([]);
  });

  it("reads a `*` with the columns a change of schema gave it", async () => {
    const { sql } = scratch;
    await sql.write([insertCall("CA1")]);
    const all = statement(`SELECT * FROM "Call"`);
    const [before] = await sql.read(all);
    expect(before).toMatchObject({ callSid: "CA1", department: null });
    expect(before).not.toHaveProperty("note");
    await sql.write([statement(`ALTER TABLE "Call" ADD COLUMN "note" TEXT DEFAULT 'added'`)]);
    const [after] = await sql.read(all);
    expect(after).toEqual({ ...before, note: "added" });
  });

  it("writes all or nothing", async () => {
    const { prisma: db, sql } = scratch;
    const broken = statement(`INSERT INTO "Call" ("callSid") VALUES (?)`, "CA2");
    await expect(sql.write([insertCall("CA1"), broken])).rejects.toThrow();
    expect(await db.call.count()).toBe(0);
    // The connection is usable afterwards: the failed transaction was rolled back, not left open.
    await sql.write([insertCall("CA3")]);
    expect(await db.call.count()).toBe(1);
  });
});

describe("plain SQL beside Prisma's transactions", () => {
  it("waits for a transaction Prisma has open instead of joining it", async () => {
    const { prisma: db, sql } = scratch;
    let plainWrite: Promise<number[]> | undefined;
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insertCall("CA1").sql, ...insertCall("CA1").params);
        // A webhook's write arrives while Prisma's transaction is open across a pause.
        plainWrite = sql.write([insertCall("CA2")]);
        await new Promise((next) => setTimeout(next, 50));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    expect(await rolledBack).toBe("roll back");
    expect(await plainWrite).toEqual([1]);
    const stored = await db.call.findMany();
    expect(stored.map((c) => c.callSid)).toEqual(["CA2"]);
  });

  it("reads after a transaction Prisma has open, never what it has not committed", async () => {
    const { prisma: db, sql } = scratch;
    let read: Promise<unknown> | undefined;
    const rolledBack = db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(insertCall("CA1").sql, ...insertCall("CA1").params);
        read = sql.read(statement(`SELECT "callSid" FROM "Call" WHERE "callSid" = ?`, "CA1"));
        await new Promise((next) => setTimeout(next, 50));
        throw new Error("roll back");
      })
      .catch((error: Error) => error.message);
    expect(await rolledBack).toBe("roll back");
    expect(await read).toEqual([]);
  });
});

describe("group commit", () => {
  it("commits the writes that arrive together as one transaction, each with its own result", async () => {
    const { transactions, grouped } = counted(scratch.sql);
    const results = await Promise.all([
      grouped.write([insertCall("CA1")]),
      grouped.write([insertCall("CA2"), insertCall("CA1")]),
      grouped.write([insertCall("CA3")]),
    ]);
    expect(results).toEqual([[1], [1, 0], [1]]);
    expect(transactions).toHaveLength(1);
    expect(await scratch.prisma.call.count()).toBe(3);
  });

  it("fails only the write that failed when a shared transaction fails", async () => {
    const { transactions, grouped } = counted(scratch.sql);
    const broken = statement(`INSERT INTO "Call" ("callSid") VALUES (?)`, "CA2");
    const [good, bad, alsoGood] = await Promise.allSettled([
      grouped.write([insertCall("CA1")]),
      grouped.write([insertCall("CA2"), broken]),
      grouped.write([insertCall("CA3")]),
    ]);
    expect(good).toEqual({ status: "fulfilled", value: [1] });
    expect(bad?.status).toBe("rejected");
    expect(alsoGood).toEqual({ status: "fulfilled", value: [1] });
    // The shared attempt, then each write on its own.
    expect(transactions).toHaveLength(4);
    const stored = await scratch.prisma.call.findMany({ orderBy: { callSid: "asc" } });
    expect(stored.map((c) => c.callSid)).toEqual(["CA1", "CA3"]);
  });

  it("reads what arrives together on one snapshot, each read with its own rows or error", async () => {
    const { snapshots, grouped } = counted(scratch.sql);
    await scratch.sql.write([insertCall("CA1"), insertCall("CA2")]);
    const find = (callSid: string) =>
      statement(`SELECT "callSid" FROM "Call" WHERE "callSid" = ?`, callSid);
    const [one, broken, two, none] = await Promise.allSettled([
      grouped.read(find("CA1")),
      grouped.read(statement(`SELECT "nothing" FROM "Call"`)),
      grouped.read(find("CA2")),
      grouped.read(find("CA9")),
    ]);
    expect(one).toEqual({ status: "fulfilled", value: [{ callSid: "CA1" }] });
    expect(broken?.status).toBe("rejected");
    expect(two).toEqual({ status: "fulfilled", value: [{ callSid: "CA2" }] });
    expect(none).toEqual({ status: "fulfilled", value: [] });
    expect(snapshots).toHaveLength(1);
    // The next read starts a snapshot of its own and sees what was written since.
    await scratch.sql.write([insertCall("CA9")]);
    expect(await grouped.read(find("CA9"))).toEqual([{ callSid: "CA9" }]);
    expect(snapshots).toHaveLength(2);
  });

  it("commits the writes of callers a shared read answered before letting new requests in", async () => {
    const transactions: (readonly SqlStatement[])[] = [];
    const inner: GroupableSql = {
      read: (s) => scratch.sql.read(s),
      readEach: (statements) => scratch.sql.readEach?.(statements) ?? Promise.resolve([]),
      write(statements) {
        transactions.push(statements);
        return scratch.sql.write(statements);
      },
    };
    // `schedule` is held, as the next requests would hold it; only `soon` runs by itself.
    const held: (() => void)[] = [];
    const grouped = groupCommit(inner, (flush) => held.push(flush), process.nextTick);
    const webhook = async (callSid: string) => {
      await grouped.read(statement(`SELECT 1 FROM "Call" WHERE "callSid" = ?`, callSid));
      // Deciding takes a few steps of its own before the write.
      await Promise.resolve();
      return grouped.write([insertCall(callSid)]);
    };
    const answered = Promise.all([webhook("CA1"), webhook("CA2")]);
    const reads = held.splice(0);
    expect(reads).toHaveLength(1);
    for (const flush of reads) flush();
    let results: number[][] | undefined;
    void answered.then((r) => {
      results = r;
    });
    for (let turn = 0; turn < 10 && !results; turn++) {
      await new Promise((next) => setImmediate(next));
    }
    expect(results).toEqual([[1], [1]]);
    expect(transactions).toHaveLength(1);
    // The flush `schedule` was asked for finds nothing left to commit.
    for (const flush of held.splice(0)) flush();
    await new Promise((next) => setImmediate(next));
    expect(transactions).toHaveLength(1);
  });

  it("starts a new transaction for writes that arrive after the last one was sent", async () => {
    const { transactions, grouped } = counted(scratch.sql);
    await grouped.write([insertCall("CA1")]);
    await grouped.write([insertCall("CA2")]);
    expect(transactions).toHaveLength(2);
  });
});

describe("background checkpoints", () => {
  const rows = (from: number) =>
    Array.from({ length: 400 }, (_, i) =>
      statement(
        `INSERT INTO "CallEvent" ("callSid", "callStartedAt", "at", "type", "detail")
         VALUES (?, ?, ?, 'step', ?)`,
        `CA${from + i}`,
        new Date(),
        new Date(),
        "x".repeat(3000),
      ),
    );

  async function fileSizeAfterWrites(checkpointInBackground: boolean): Promise<number> {
    const url = `file:${join(scratch.folder, `${checkpointInBackground}.db`)}`;
    openSqlite(url).db.close();
    const opened = openNodeDatabase(
      url,
      checkpointInBackground ? { checkpointInBackground: { intervalMs: 20 } } : {},
    );
    try {
      const [setting] = await sqlOf(opened.db).read(statement("PRAGMA wal_autocheckpoint"));
      expect(setting?.wal_autocheckpoint).toBe(checkpointInBackground ? 0 : 1000);
      const before = statSync(sqlitePath(url)).size;
      // About 300 pages: fewer than SQLite's own checkpoint threshold of 1,000.
      await sqlOf(opened.db).write(rows(0));
      const grown = () => statSync(sqlitePath(url)).size - before;
      // The copy lands page by page: wait for all of it (about 1.2 MB), or give up.
      const deadline = Date.now() + 5000;
      while (checkpointInBackground && grown() < 1_000_000 && Date.now() < deadline) {
        await new Promise((next) => setTimeout(next, 20));
      }
      return grown();
    } finally {
      await opened.close();
    }
  }

  it("copies the log back into the database on a worker thread, not in the commit", async () => {
    expect(await fileSizeAfterWrites(false)).toBe(0);
    expect(await fileSizeAfterWrites(true)).toBeGreaterThan(1_000_000);
  });
});
