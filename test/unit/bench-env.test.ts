import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { benchServerEnv, mainThreadCpuMicros, SERVER_NODE_FLAGS } from "../../scripts/lib/bench.ts";
import { start } from "../../src/entry/node.ts";

let tempDir: string;
beforeEach(() => {
  tempDir = mkdtempSync(join(tmpdir(), "switchboard-bench-env-"));
});
afterEach(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

it("keeps everything a benchmarked server writes in the bench's own folder", async () => {
  const hadBackups = existsSync("backups");
  const server = await start(
    benchServerEnv({
      tempDir,
      port: 0,
      authToken: "bench-twilio-token",
      adminToken: "bench-admin-token-0123456789",
      publicBaseUrl: "http://127.0.0.1:1",
    }),
  );
  await server.stop();
  // The backup the server takes at its first start lands beside its database.
  expect(readdirSync(join(tempDir, "backups")).some((f) => f.endsWith(".db"))).toBe(true);
  expect(readdirSync(tempDir).sort()).toEqual(expect.arrayContaining(["backups", "bench.db"]));
  if (!hadBackups) expect(existsSync("backups")).toBe(false);
}, 60_000);

it("measures the server as `npm start` runs it, with the same Node flags", () => {
  const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as {
    scripts: Record<string, string>;
  };
  const run = scripts.start?.split("&&").at(-1)?.trim();
  expect(run).toBe(`node ${SERVER_NODE_FLAGS.join(" ")} --import tsx src/entry/node.ts`);
});

it.runIf(existsSync("/proc/self/stat"))(
  "reads a server's event-loop CPU time from /proc, and nothing for a process that is gone",
  () => {
    const before = mainThreadCpuMicros(process.pid);
    expect(before).toBeGreaterThanOrEqual(0);
    // Busy for 100 ms of CPU time, nearly all of it this thread's: the reading moves by about that.
    const cpu = () => {
      const { user, system } = process.cpuUsage();
      return user + system;
    };
    const until = cpu() + 100_000;
    while (cpu() < until) for (let i = 0; i < 100_000; i++) Math.sqrt(i);
    const spent = (mainThreadCpuMicros(process.pid) ?? 0) - (before ?? 0);
    expect(spent).toBeGreaterThanOrEqual(50_000);
    expect(spent).toBeLessThan(500_000);
    expect(mainThreadCpuMicros(2 ** 22 + 1)).toBeUndefined();
    expect(mainThreadCpuMicros(undefined)).toBeUndefined();
  },
);
