// npm run backup [-- --dir backups --keep 14]: a consistent snapshot of the SQLite database,
// safe while the server is running, keeping the newest --keep backups.
import { parseArgs } from "node:util";
import { fail, loadConfig } from "../src/entry/node.ts";
import { backupSettings } from "../src/jobs/backup.ts";
import { BackupError, backupDatabase } from "../src/store/runtime/backup.ts";

const HELP = `Back up the Switchboard database (safe while the server runs).

Usage: npm run backup [-- --dir DIR] [--keep N]
  --dir DIR   where backups go (default $BACKUP_DIR, else backups)
  --keep N    how many of the newest backups to keep (default $BACKUP_KEEP, else 14)`;

try {
  const { values } = parseArgs({
    options: {
      dir: { type: "string" },
      keep: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const settings = backupSettings({
    ...process.env,
    ...(values.dir !== undefined && { BACKUP_DIR: values.dir }),
    ...(values.keep !== undefined && { BACKUP_KEEP: values.keep }),
  });
  const config = loadConfig();
  const result = await backupDatabase(config.databaseUrl, settings);
  console.log(`Backed up to ${result.file} (${result.bytes.toLocaleString("en")} bytes).`);
  for (const file of result.removed) console.log(`Removed the older backup ${file}.`);
} catch (error) {
  if (error instanceof BackupError) {
    console.error(error.message);
    process.exit(1);
  }
  fail(error);
}
