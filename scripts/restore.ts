// npm run restore -- FILE [--yes]: replaces the SQLite database with a backup, after showing what
// will be replaced and asking; the current database is backed up first, so a restore can be undone.
import { existsSync, statSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { fail, loadConfig } from "../src/entry/node.ts";
import { backupSettings } from "../src/jobs/backup.ts";
import { BackupError, inspectBackup, restoreDatabase } from "../src/store/runtime/backup.ts";
import { sqlitePath } from "../src/store/runtime/sqlite.ts";

const HELP = `Restore the Switchboard database from a backup.

Usage: npm run restore -- FILE [--yes]
  --yes   do not ask for confirmation

Stop the server first: it keeps the database open, and calls it records during the
restore would be lost or mixed into the restored records.`;

try {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { yes: { type: "boolean", short: "y" }, help: { type: "boolean", short: "h" } },
  });
  const file = positionals[0];
  if (values.help || !file || positionals.length > 1) {
    console.error(HELP);
    process.exit(values.help ? 0 : 2);
  }
  const config = loadConfig();
  const { dir } = backupSettings(process.env);
  const database = sqlitePath(config.databaseUrl);
  const backup = inspectBackup(file);
  const current = existsSync(database)
    ? `${statSync(database).size.toLocaleString("en")} bytes, last changed ${statSync(database).mtime.toISOString()}`
    : "does not exist yet";
  console.log(
    [
      `Database to replace: ${database} (${current})`,
      `Backup to restore:   ${backup.file} (${backup.bytes.toLocaleString("en")} bytes, ${backup.calls} calls, newest call ${backup.newestCallAt ?? "none"})`,
      existsSync(database)
        ? `The current database is first backed up to ${dir}/, so this can be undone.`
        : "",
      "Stop the server first: it keeps the database open, and calls recorded during the restore",
      "would be lost or mixed into the restored records.",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  if (!values.yes) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    // End of input (e.g. </dev/null) is a no, not a hang.
    const answer = await new Promise<string>((resolve) => {
      prompt.once("close", () => resolve(""));
      prompt.question("Restore? [y/N] ").then(resolve, () => resolve(""));
    });
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      console.log("Not restored; nothing was changed.");
      process.exit(1);
    }
  }
  const result = await restoreDatabase(file, config.databaseUrl, { dir });
  console.log(`Restored ${file} into ${result.database}.`);
  if (result.previous) console.log(`The database as it was is kept in ${result.previous}.`);
  if (result.applied.length > 0) console.log(`Migrations applied: ${result.applied.join(", ")}.`);
} catch (error) {
  if (error instanceof BackupError) {
    console.error(`${error.message}\nNothing was changed.`);
    process.exit(1);
  }
  fail(error);
}
