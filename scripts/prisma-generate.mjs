// Generates the Prisma clients. `prisma generate` only checks that a schema engine
// binary exists; it never runs it. Offline it would try to download one, so unless the
// caller chose an engine we point it at this file, which works offline and online alike.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";
env.CHECKPOINT_DISABLE ??= "1";

const result = spawnSync("npx", ["--no-install", "prisma", "generate"], {
  env,
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
