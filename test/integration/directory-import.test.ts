import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DirectoryFileError, parseDirectoryFile } from "../../src/directory-file.ts";
import { importDirectory, loadDirectory } from "../../src/store/directory.ts";
import { openNodeDatabase, openSqlite } from "../../src/store/runtime/sqlite.ts";
import { createHarness, DEMO_DIRECTORY, type Harness } from "../support/harness.ts";

const run = promisify(execFile);
const demoText = readFileSync(DEMO_DIRECTORY, "utf8");

function problemsOf(text: string): string[] {
  try {
    parseDirectoryFile(text, "test.yaml");
  } catch (error) {
    if (error instanceof DirectoryFileError) return error.problems;
    throw error;
  }
  return [];
}

describe("the directory file", () => {
  it("accepts the demo directory", () => {
    expect(problemsOf(demoText)).toEqual([]);
  });

  it("names the field at fault", () => {
    expect(
      problemsOf(demoText.replace('numbers: ["+862155550101"]', 'numbers: ["021-5555-0101"]')),
    ).toEqual([expect.stringMatching(/^departments\[2\]\.numbers\[0\]: must be an E\.164 number/)]);
    expect(problemsOf(demoText.replace("department: finance", "department: fianance"))).toEqual([
      expect.stringMatching(/^staff\[1\]\.department: unknown department "fianance"/),
    ]);
    expect(problemsOf(demoText.replace("timezone: Asia/Shanghai", "timezone: Lake/Side"))).toEqual([
      expect.stringMatching(/^organisation\.timezone: /),
    ]);
  });

  it("refuses a value a comma cut short, and says how to write it", () => {
    const cut = demoText.replace(
      'en: "Is there parking, and what does it cost?"',
      "en: Is there parking, and what does it cost?",
    );
    expect(cut).not.toBe(demoText);
    expect(problemsOf(cut)).toEqual([
      expect.stringMatching(
        /^knowledge\[\d+\]\.question: .*"and what does it cost\?".*must be quoted: en: "Is there parking, and what does it cost\?"/,
      ),
    ]);
    // A language the keywords don't have is refused, not dropped unread.
    expect(
      problemsOf(demoText.replace("    keywords:\n", "    keywords:\n      fr: [réception]\n")),
    ).toEqual([expect.stringMatching(/^departments\[\d+\]\.keywords: Unrecognized key: "fr"/)]);
  });

  it("reads JSON as well as YAML, and refuses what is neither", () => {
    const json = JSON.stringify(parseDirectoryFile(demoText, "demo.yaml"));
    expect(parseDirectoryFile(json, "demo.json").organisation.key).toBe("lakeside");
    expect(problemsOf("organisation: [unclosed")).toEqual([
      expect.stringMatching(/not valid YAML or JSON/),
    ]);
  });
});

describe("importing", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("replaces the directory all or nothing", async () => {
    const before = await loadDirectory(h.db);
    const changed = parseDirectoryFile(
      demoText.replace("Lakeside Hotel", "Hillside Hotel"),
      "x.yaml",
    );
    // Make the last statement of the import fail, after the others have run.
    await h.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_guests BEFORE INSERT ON "Guest" BEGIN SELECT RAISE(ABORT, 'refused'); END`,
    );
    await expect(importDirectory(h.db, changed, new Date())).rejects.toThrow();
    expect(await loadDirectory(h.db)).toEqual(before);
    await h.prisma.$executeRawUnsafe("DROP TRIGGER refuse_guests");
    await importDirectory(h.db, changed, new Date());
    expect((await loadDirectory(h.db))?.organisation.name.en).toBe("Hillside Hotel");
  });

  it("round-trips the whole demo directory through the database", async () => {
    expect(await loadDirectory(h.db)).toEqual(parseDirectoryFile(demoText, DEMO_DIRECTORY));
  });
});

describe("npm run directory:import", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "switchboard-import-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const cli = (file: string) =>
    run(process.execPath, ["--import", "tsx", "scripts/directory-import.ts", file], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${join(dir, "db.sqlite")}`,
        TWILIO_AUTH_TOKEN: "t",
        ADMIN_TOKEN: "admin-token-0123456789",
        LOG_LEVEL: "error",
      },
    });

  it("imports a good file and refuses a bad one, naming the field and changing nothing", async () => {
    const ok = await cli(DEMO_DIRECTORY);
    expect(ok.stdout).toContain(
      "Imported directory/lakeside-hotel.yaml: Lakeside Hotel, 12 departments, 5 staff, 3 guests.",
    );
    // Each department's kind, so whoever wrote the file sees which built-in words reach it.
    expect(ok.stdout).toMatch(/^ {2}concierge +concierge$/m);
    expect(ok.stdout).toMatch(/^ {2}housekeeping +housekeeping$/m);

    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      demoText.replace("Lakeside Hotel", "Hillside Hotel").replace('room: "1208"', "room: twelve"),
    );
    const failed = await cli(bad).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/guests\[0\]\.room: must be the room's extension digits/);

    const database = openNodeDatabase(`file:${join(dir, "db.sqlite")}`);
    try {
      expect((await loadDirectory(database.db))?.organisation.name.en).toBe("Lakeside Hotel");
    } finally {
      await database.close();
    }
    openSqlite(`file:${join(dir, "db.sqlite")}`).db.close();
  }, 60_000);

  it("says which department no kind reaches, and which kind the file gave", async () => {
    // The concierge renamed "Team B", its description replaced by `instead`.
    const teamB = async (instead: string) => {
      const file = join(dir, "team-b.yaml");
      writeFileSync(
        file,
        demoText
          .replace("name: { zh: 礼宾部, en: Concierge }", "name: { zh: 二组, en: Team B }")
          .replace(
            'description: { zh: 出租车、行李、票务、旅游, en: "taxis, luggage, tickets, tours" }',
            instead,
          ),
      );
      return (await cli(file)).stdout;
    };
    expect(await teamB("kind: concierge")).toMatch(/^ {2}concierge +concierge \(given\)$/m);
    expect(await teamB("")).toMatch(/^ {2}concierge +none: callers reach it by its own name/m);
  }, 60_000);
});
