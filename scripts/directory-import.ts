// npm run directory:import -- FILE: validates a directory file and replaces the directory in the
// database in one transaction; a bad file changes nothing and names the field at fault. Then it
// lists each department's kind, given or read from its name and description.
import { resolve } from "node:path";
import { fail, importDirectoryFile, loadConfig, openDatabase } from "../src/entry/node.ts";
import { createLogger } from "../src/log.ts";
import { kindsReport } from "../src/rules/understand/kinds-of.ts";

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
  // Which built-in words reach each department: the one who wrote the file can check them.
  console.log("Department kinds (docs/directory.md#department-kinds):");
  const width = Math.max(...directory.departments.map((d) => d.key.length));
  for (const { department, given, shown } of kindsReport(directory)) {
    const kinds = [...given.map((k) => `${k} (given)`), ...shown];
    const none = directory.departments.find((d) => d.key === department)?.kind === "none";
    const said =
      kinds.length > 0
        ? kinds.join(", ")
        : none
          ? "none (given)"
          : "none: callers reach it by its own name, description and keywords only; give it a kind: if one fits";
    console.log(`  ${department.padEnd(width)}  ${said}`);
  }
} catch (error) {
  fail(error);
}
