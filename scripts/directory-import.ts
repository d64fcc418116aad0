// npm run directory:import -- FILE: validates a directory file and replaces the directory in the
// database in one transaction; a bad file changes nothing and names the field at fault.
import { resolve } from "node:path";
import { fail, importDirectoryFile, loadConfig, openDatabase } from "../src/entry/node.ts";
import { createLogger } from "../src/log.ts";

const file = process.argv[2];
if (!file || file === "--help") {
  console.error("usage: npm run directory:import -- FILE   (YAML or JSON, see docs/directory.md)");
  process.exit(file ? 0 : 2);
}

try {
  const config = loadConfig();
  const database = openDatabase(config, createLogger(config.logLevel));
  const directory = await importDirectoryFile(database, resolve(file));
  await database.close();
  console.log(
    `Imported ${file}: ${directory.organisation.name.en}, ${directory.departments.length} departments, ${directory.staff.length} staff, ${directory.guests.length} guests.`,
  );
} catch (error) {
  fail(error);
}
