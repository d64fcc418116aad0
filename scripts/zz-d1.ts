import { readFileSync } from "node:fs";
import { Miniflare } from "miniflare";
import { PrismaD1 } from "@prisma/adapter-d1";
import { PrismaClient } from "../src/generated/prisma/client.ts";
import { parseDirectoryFile } from "../src/directory-file.ts";
import { importDirectory, loadDirectory } from "../src/store/directory.ts";
import { tallyCalls } from "../src/jobs/call-tally.ts";
import { computeStats } from "../src/stats/compute.ts";
import { parsePeriod } from "../src/stats/period.ts";
import { generatedCalls } from "../test/stats/generated-calls.ts";
const mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response('') } }", d1Databases: { DB: "00000000-0000-0000-0000-000000000000" }, d1Persist: "/tmp/statsx/d1/v3/d1" });
const d1 = await mf.getD1Database("DB");
const db = new PrismaClient({ adapter: new PrismaD1(d1 as never) }) as any;
await db.$executeRaw`DELETE FROM "Call"`; await db.$executeRaw`DELETE FROM "CallTallyChange"`; await db.$executeRaw`DELETE FROM "CallTallyState"`;
const file = "directory/lakeside-hotel.yaml";
const now = new Date("2026-11-26T04:00:00Z");
await importDirectory(db, parseDirectoryFile(readFileSync(file, "utf8"), file), now);
const dir = (await loadDirectory(db))!;
const calls = generatedCalls();
for (let i = 0; i < calls.length; i += 50) {
  await db.call.createMany({ data: calls.slice(i, i + 50).map((c, j) => ({ callSid: `CA${i + j}`, from: "+86", to: "+86", language: "zh", department: c.department, outcome: c.outcome, status: "completed", startedAt: c.startedAt, answeredAt: c.answerSeconds === undefined ? null : new Date(c.startedAt.getTime() + c.answerSeconds * 1000) })) });
}
let t0 = performance.now(); let r; do { r = await tallyCalls(db, now, { maxDays: 400 }); console.log(r); } while (r.behind);
console.log("tally ms", (performance.now() - t0).toFixed(0), await db.callTallyDay.count());
await db.call.updateMany({ where: { startedAt: { gte: new Date("2026-03-15T00:00:00Z"), lt: new Date("2026-03-15T12:00:00Z") } }, data: { outcome: "info" } });
console.log("changes", await db.callTallyChange.count());
let same = true;
for (const text of ["2026-03-15", "2026-11", "2026-Q4", "2026", "week", "today", "yesterday"]) {
  const p = parsePeriod(text, now, "Asia/Shanghai")!;
  t0 = performance.now();
  const a = await computeStats(db, p, dir); const ta = performance.now() - t0;
  const b = await computeStats(db, p, dir, { tallies: false });
  const eq = JSON.stringify(a) === JSON.stringify(b); same &&= eq;
  console.log(text, a.totals.calls, eq, `${ta.toFixed(0)} ms`);
}
r = await tallyCalls(db, now); console.log(r, "changes", await db.callTallyChange.count());
const y = await computeStats(db, parsePeriod("2026", now, "Asia/Shanghai")!, dir); console.log("2026 calls", y.totals.calls, y.totals.info);
console.log("ALL SAME", same);
await db.$disconnect(); await mf.dispose();
