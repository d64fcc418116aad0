// npm run export -- --what calls|messages --from 2026-11-01 --to 2026-12-01 [--format ndjson|csv] [--out FILE]:
// the same files GET /api/export serves, written to stdout or a file.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { exportQuery, exportText } from "../src/api/export.ts";
import { organisationTimezone } from "../src/api/instant.ts";
import { fail, loadConfig, openDatabase } from "../src/entry/node.ts";
import { createLogger } from "../src/log.ts";
import { directorySource } from "../src/store/directory.ts";

const HELP = `Export calls or messages for a time range as NDJSON or CSV.

Usage: npm run export -- --what calls|messages --from DATE --to DATE [--format ndjson|csv] [--out FILE]
  --from, --to   2026-11-01 (midnight where the organisation is) or 2026-11-01T00:00Z;
                 from inclusive, to exclusive
  --format       ndjson (default) or csv (UTF-8 with a BOM, for Excel)
  --out FILE     write to FILE instead of stdout`;

try {
  const { values } = parseArgs({
    options: {
      what: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const query = exportQuery.safeParse({
    what: values.what,
    from: values.from,
    to: values.to,
    format: values.format,
  });
  if (!query.success) {
    for (const issue of query.error.issues)
      console.error(`--${issue.path.join(".")}: ${issue.message}`);
    console.error(`\n${HELP}`);
    process.exit(2);
  }
  const config = loadConfig();
  // Logs go to stderr so stdout carries nothing but the export.
  const log = createLogger(config.logLevel, {}, (line) => console.error(line));
  const database = openDatabase(config, log);
  const { db } = database;
  try {
    const out = values.out ? createWriteStream(values.out) : process.stdout;
    // A date alone is midnight where the organisation is, read as the admin API reads it.
    const timezone = await organisationTimezone(directorySource(db), new Date());
    await pipeline(Readable.from(exportText(db, query.data, timezone)), out);
  } finally {
    await database.close();
  }
  if (values.out) console.error(`Wrote ${values.out}.`);
} catch (error) {
  fail(error);
}
