import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CALL_COLUMNS,
  csvRecord,
  EXPORT_PAGE_SIZE,
  MESSAGE_COLUMNS,
} from "../../src/api/export.ts";
import { callPages } from "../../src/store/exports.ts";
import { callJson, messageJson } from "../../src/store/json.ts";
import { ADMIN_TOKEN, admin, createHarness, type Harness, newCallSid } from "../support/harness.ts";

let h: Harness;

async function seedCall(startedAt: Date, data: { callerName?: string; callSid?: string } = {}) {
  return h.prisma.call.create({
    data: {
      callSid: data.callSid ?? newCallSid(),
      from: "+8613800138000",
      to: "+862155550000",
      language: "zh",
      status: "completed",
      startedAt,
      callerName: data.callerName ?? null,
      outcome: "message",
      durationSeconds: 42,
    },
  });
}

async function seedMessage(
  createdAt: Date,
  data: { callerName?: string; transcript?: string; organisation?: string } = {},
) {
  return h.prisma.message.create({
    data: {
      id: crypto.randomUUID(),
      callSid: newCallSid(),
      department: "front-desk",
      callerName: data.callerName ?? null,
      organisation: data.organisation ?? null,
      callbackNumber: "+8613900139000",
      language: "zh",
      transcript: data.transcript ?? null,
      status: "new",
      createdAt,
      updatedAt: createdAt,
    },
  });
}

/** An RFC 4180 reader, strict enough that a badly quoted field shows up as a wrong row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r" || ch === '"') {
      throw new Error(`bare ${JSON.stringify(ch)} outside quotes at ${i}`);
    } else field += ch;
  }
  if (quoted || field !== "" || row.length > 0) throw new Error("unterminated record");
  return rows;
}

const NOV = "from=2026-11-01&to=2026-12-01";

/** A CSV body, which must start with a UTF-8 BOM (Response.text() would silently drop it). */
async function csvText(res: Response): Promise<string> {
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(3));
}

describe("GET /api/export", () => {
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  it("answers without the admin token with 401", async () => {
    const path = `/api/export?what=calls&${NOV}`;
    expect((await h.app.request(`https://switchboard.example.com${path}`)).status).toBe(401);
    expect((await admin(h, path, `${ADMIN_TOKEN}x`)).status).toBe(401);
  });

  it.each([
    ["what=rooms", "what"],
    ["what=calls&format=xlsx", "format"],
    ["what=calls&from=yesterday&to=2026-12-01", "from"],
    ["what=calls&from=2026-11-01T08:00&to=2026-12-01", "from"],
    ["what=calls&from=2026-11-01", "to"],
    ["what=calls&from=2026-12-01&to=2026-11-01", "to"],
  ])("answers %s with 400 naming %s", async (query, parameter) => {
    const res = await admin(h, `/api/export?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: string[] };
    expect(body.issues.some((issue) => issue.startsWith(`${parameter}:`))).toBe(true);
  });

  it("exports calls as NDJSON: from inclusive, to exclusive, oldest first, the admin API's fields", async () => {
    // Dates are the hotel's own days: November starts at midnight in Shanghai (16:00 UTC).
    await seedCall(new Date("2026-10-31T15:59:59.999Z"));
    const first = await seedCall(new Date("2026-10-31T16:00:00.000Z"), { callerName: "王芳" });
    const second = await seedCall(new Date("2026-11-30T15:59:59.999Z"), { callerName: "Tom" });
    await seedCall(new Date("2026-11-30T16:00:00.000Z"));

    const res = await admin(h, `/api/export?what=calls&format=ndjson&${NOV}`);

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="switchboard-calls-2026-11-01-2026-12-01.ndjson"',
    );
    const text = await res.text();
    expect(text.endsWith("\n")).toBe(true);
    const lines = text.trimEnd().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([callJson(first), callJson(second)]);
    // The same objects the admin API lists, newest first there.
    const listed = (await (await admin(h, `/api/calls?${NOV}`)).json()) as { items: unknown[] };
    expect(listed.items.reverse()).toEqual(lines.map((line) => JSON.parse(line)));
  });

  it("takes a local day with an offset, to the minute", async () => {
    const early = await seedCall(new Date("2026-10-31T16:00:00Z"));
    await seedCall(new Date("2026-10-31T15:59:59Z"));
    const res = await admin(
      h,
      `/api/export?what=calls&from=${encodeURIComponent("2026-11-01T00:00+08:00")}&to=${encodeURIComponent("2026-11-02T00:00+08:00")}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="switchboard-calls-2026-11-01T0000+0800-2026-11-02T0000+0800.ndjson"',
    );
    expect(
      (await res.text())
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual([callJson(early)]);
  });

  it("exports messages as CSV: BOM, header, CRLF, Chinese text, and commas, quotes and newlines escaped", async () => {
    const tricky = await seedMessage(new Date("2026-11-10T02:00:00Z"), {
      callerName: "李娜",
      organisation: 'Acme, "Lakeside" Ltd',
      transcript: "请回电，关于发票。\n明天上午10点前,谢谢",
    });
    const formula = await seedMessage(new Date("2026-11-11T02:00:00Z"), {
      callerName: '=HYPERLINK("http://evil.example","x")',
      transcript: "@SUM(1,2)",
    });
    await seedMessage(new Date("2026-12-01T00:00:00Z"), { callerName: "too late" });

    const res = await admin(h, `/api/export?what=messages&format=csv&${NOV}`);

    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="switchboard-messages-2026-11-01-2026-12-01.csv"',
    );
    const text = await csvText(res);
    expect(text).toContain('"Acme, ""Lakeside"" Ltd"');
    expect(text).toContain('"请回电，关于发票。\n明天上午10点前,谢谢"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...MESSAGE_COLUMNS]);
    const cells = (record: Record<string, string | number | null>) =>
      MESSAGE_COLUMNS.map((column) => {
        const value = record[column];
        return value === null || value === undefined ? "" : String(value);
      });
    expect(rows[1]).toEqual(cells(messageJson(tricky)));
    // A caller's words never reach a spreadsheet as a formula.
    expect(rows[2]).toEqual(
      cells({
        ...messageJson(formula),
        callerName: '\'=HYPERLINK("http://evil.example","x")',
        transcript: "'@SUM(1,2)",
      }),
    );
    expect(rows).toHaveLength(3);
  });

  it("gives a header and nothing else for a range with no records", async () => {
    const csv = await admin(h, `/api/export?what=calls&format=csv&${NOV}`);
    expect(await csvText(csv)).toBe(`${CALL_COLUMNS.join(",")}\r\n`);
    const ndjson = await admin(h, `/api/export?what=messages&${NOV}`);
    expect(ndjson.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(await ndjson.text()).toBe("");
  });

  it("pages through more calls than one page holds, each exactly once, in order", async () => {
    const total = EXPORT_PAGE_SIZE * 2 + 7;
    // Runs of identical start times straddle the page boundaries, so the tie-break is exercised.
    const base = Date.UTC(2026, 10, 5);
    await h.prisma.call.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        callSid: `CA${String(total - i).padStart(6, "0")}`,
        from: "+8613800138000",
        to: "+862155550000",
        language: "zh",
        status: "completed",
        startedAt: new Date(base + Math.floor(i / 9) * 60_000),
      })),
    });

    const pageSizes: number[] = [];
    const seen: string[] = [];
    for await (const page of callPages(
      h.db,
      { from: new Date("2026-11-01"), to: new Date("2026-12-01") },
      EXPORT_PAGE_SIZE,
    )) {
      pageSizes.push(page.length);
      seen.push(...page.map((call) => call.callSid));
    }
    expect(pageSizes).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE, 7]);
    const expected = (
      await h.prisma.call.findMany({ orderBy: [{ startedAt: "asc" }, { callSid: "asc" }] })
    ).map((call) => call.callSid);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(total);

    const res = await admin(h, `/api/export?what=calls&format=csv&${NOV}`);
    const rows = parseCsv(await csvText(res));
    expect(rows[0]).toEqual([...CALL_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(expected);
  });
});

describe("npm run export", () => {
  const run = promisify(execFile);
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const cli = (...args: string[]) =>
    run(process.execPath, ["--import", "tsx", "scripts/export.ts", ...args], {
      env: {
        ...process.env,
        DATABASE_URL: `file:${join(h.dir, "switchboard.db")}`,
        TWILIO_AUTH_TOKEN: "t",
        ADMIN_TOKEN: "admin-token-0123456789",
        LOG_LEVEL: "error",
      },
    });

  it("writes the file the admin API serves, dates read in the hotel's time zone", async () => {
    await seedCall(new Date("2026-10-31T15:59:59.999Z"));
    await seedCall(new Date("2026-10-31T16:00:00.000Z"), { callerName: "王芳" });
    await seedCall(new Date("2026-11-30T15:59:59.999Z"), { callerName: 'Tom, "the" guest' });
    await seedMessage(new Date("2026-11-02T03:00:00Z"), { transcript: "请回电" });

    const ndjson = await cli("--what", "calls", "--from", "2026-11-01", "--to", "2026-12-01");
    const served = await admin(h, `/api/export?what=calls&format=ndjson&${NOV}`);
    expect(ndjson.stdout).toBe(await served.text());
    expect(ndjson.stdout.trimEnd().split("\n")).toHaveLength(2);

    const out = join(h.dir, "messages.csv");
    const csv = await cli(
      "--what",
      "messages",
      "--from",
      "2026-11-01",
      "--to",
      "2026-12-01",
      "--format",
      "csv",
      "--out",
      out,
    );
    expect(csv.stdout).toBe("");
    expect(csv.stderr).toContain(`Wrote ${out}.`);
    const servedCsv = await admin(h, `/api/export?what=messages&format=csv&${NOV}`);
    expect(readFileSync(out)).toEqual(Buffer.from(await servedCsv.arrayBuffer()));
  }, 60_000);

  it("names the option at fault and exits 2", async () => {
    const failed = await cli("--what", "rooms", "--from", "2026-11-01", "--to", "2026-12-01").then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/^--what: /m);
  }, 60_000);
});

describe("csvRecord", () => {
  it.each([
    [null, ""],
    [42, "42"],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["+8613800138000", "+8613800138000"],
    ["-5", "-5"],
    ["=1+1", `"'=1+1"`],
    ["+1 (555) call me", `"'+1 (555) call me"`],
    ["@SUM(A1)", `"'@SUM(A1)"`],
    ["-,x", `"'-,x"`],
  ])("writes %j as %j", (value, expected) => {
    expect(csvRecord([value])).toBe(`${expected}\r\n`);
  });
});
