import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { benchServerEnv, SERVER_NODE_FLAGS } from "../../scripts/lib/bench.ts";
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
