// `npm run dev:worker`: the worker on local workerd, as ready to call as `npm start`: the same
// development secrets, the migrations applied to the local D1, then `wrangler dev`.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEV_SECRETS_FILE, devSecrets } from "../src/entry/node.ts";
import { ROOT, wrangler, wranglerBin } from "./lib/local-worker.ts";

const DEV_VARS = join(ROOT, ".dev.vars");

// Offline-friendly, but otherwise the developer's own wrangler settings.
const env: NodeJS.ProcessEnv = {
  WRANGLER_SEND_METRICS: "false",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  ...process.env,
};

async function main(): Promise<number> {
  if (!existsSync(DEV_VARS)) {
    // The Node server's development secrets, so `npm run call` works against either.
    const secrets = devSecrets(join(ROOT, DEV_SECRETS_FILE));
    writeFileSync(
      DEV_VARS,
      `# Local secrets for wrangler dev (never deployed; use wrangler secret put).\n${Object.entries(
        secrets,
      )
        .map(([name, value]) => `${name}=${value}`)
        .join("\n")}\n`,
      { mode: 0o600 },
    );
    console.log(`wrote .dev.vars with the development secrets from ${DEV_SECRETS_FILE}`);
  }
  const migrated = await wrangler(["d1", "migrations", "apply", "DB", "--local"], env);
  if (migrated.code !== 0) {
    console.error(migrated.output);
    return 1;
  }
  console.log(
    "local D1 migrated. Once it is ready, call it with: npm run call -- --url http://localhost:8787\n",
  );
  const dev = spawn(process.execPath, [wranglerBin, "dev", ...process.argv.slice(2)], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  return new Promise((done) => dev.once("exit", (code) => done(code ?? 1)));
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
