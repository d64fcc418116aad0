// The local worker's wrangler commands end: one that hangs is killed with what it started, and
// fails saying which command and how long it was given, rather than holding a test forever.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { quietWranglerEnv, wrangler } from "../../scripts/lib/local-worker.ts";

const state = mkdtempSync(join(tmpdir(), "switchboard-hung-d1-"));
afterAll(() => rmSync(state, { recursive: true, force: true }));

/** Processes whose command line names `text`, from /proc. */
function processesNaming(text: string): string[] {
  return readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(text);
      } catch {
        return false;
      }
    });
}

it("kills a wrangler d1 command that runs past its time, and fails naming it", async () => {
  const run = wrangler(
    ["d1", "execute", "DB", "--local", "--persist-to", state, "--command", "SELECT 1"],
    quietWranglerEnv(),
    { timeoutMs: 300 },
  );
  await expect(run).rejects.toThrow(
    /^wrangler d1 execute DB did not finish within 0\.3 s and was killed/,
  );
  await expect.poll(() => processesNaming(state), { timeout: 5000 }).toEqual([]);
});
