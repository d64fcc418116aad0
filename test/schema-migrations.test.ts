// Proves, by Prisma's own reading of prisma/schema.prisma, that migrations/*.sql build the same tables.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqlite, type SqliteDatabase } from "../src/store/runtime/sqlite.ts";

// ---------------------------------------------------------------------------------------------
// Prisma's own reading of a schema (its DMMF), from the schema engine the prisma CLI ships.

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}

interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string;
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
}

interface DmmfEnum {
  name: string;
  values: { name: string; dbName: string | null }[];
}

interface Datamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
}

// The wasm-bindgen exports of prisma's prisma_schema_build_bg.wasm that get_dmmf needs.
interface SchemaEngineExports {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, size: number, align: number): void;
  __externref_table_dealloc(index: number): void;
  __wbindgen_start(): void;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
}

/** Loads the schema engine from the installed prisma CLI; @prisma/internals is not installed. */
function prismaSchemaEngine(): (schema: string) => Datamodel {
  const require = createRequire(import.meta.url);
  const cli = dirname(require.resolve("prisma/package.json"));
  const module = new WebAssembly.Module(
    readFileSync(join(cli, "build", "prisma_schema_build_bg.wasm")),
  );
  let engine: SchemaEngineExports | undefined;
  let panic: string | undefined;
  const exports = (): SchemaEngineExports => {
    if (engine === undefined) throw new Error("Prisma's schema engine is not started");
    return engine;
  };
  const text = (ptr: number, len: number): string =>
    new TextDecoder().decode(new Uint8Array(exports().memory.buffer, ptr >>> 0, len));

  // The same four imports prisma's own glue provides; their names carry a per-build hash.
  const glue: Record<string, Record<string, (...args: number[]) => unknown>> = {};
  for (const { module: from, name } of WebAssembly.Module.imports(module)) {
    let fn: (...args: number[]) => unknown;
    if (name.startsWith("__wbg_set_message_")) {
      fn = (ptr = 0, len = 0) => {
        panic = text(ptr, len);
      };
    } else if (name.startsWith("__wbg_Error_")) {
      fn = (ptr = 0, len = 0) => new Error(text(ptr, len));
    } else if (name.startsWith("__wbg___wbindgen_throw_")) {
      fn = (ptr = 0, len = 0) => {
        throw new Error(text(ptr, len));
      };
    } else if (name === "__wbindgen_init_externref_table") {
      fn = () => {
        const table = exports().__wbindgen_externrefs;
        const offset = table.grow(4);
        table.set(0, undefined);
        table.set(offset, undefined);
        table.set(offset + 1, null);
        table.set(offset + 2, true);
        table.set(offset + 3, false);
      };
    } else {
      throw new Error(
        `prisma's schema engine now needs ${from}.${name}; update this test's loader`,
      );
    }
    glue[from] = { ...glue[from], [name]: fn };
  }
  engine = new WebAssembly.Instance(module, glue).exports as unknown as SchemaEngineExports;
  engine.__wbindgen_start();

  return (schema) => {
    const wasm = exports();
    const input = new TextEncoder().encode(
      JSON.stringify({ prismaSchema: [["schema.prisma", schema]], noColor: true }),
    );
    const ptr = wasm.__wbindgen_malloc(input.length, 1) >>> 0;
    new Uint8Array(wasm.memory.buffer, ptr, input.length).set(input);
    let result: [number, number, number, number];
    try {
      result = wasm.get_dmmf(ptr, input.length);
    } catch (error) {
      throw new Error(`Prisma's schema engine failed: ${panic ?? String(error)}`);
    }
    const [out, outLen, errorRef, failed] = result;
    if (failed) {
      const error = wasm.__wbindgen_externrefs.get(errorRef) as Error;
      wasm.__externref_table_dealloc(errorRef);
      let message = error.message;
      try {
        message = (JSON.parse(message) as { message: string }).message;
      } catch {}
      throw new Error(`Prisma rejects the schema:\n${message}`);
    }
    try {
      return (JSON.parse(text(out, outLen)) as { datamodel: Datamodel }).datamodel;
    } finally {
      wasm.__wbindgen_free(out, outLen, 1);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// What the migrated database holds, and where it differs from the datamodel.

interface Column {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface IndexListRow {
  name: string;
  unique: number;
  origin: string;
  partial: number;
}

interface IndexColumn {
  seqno: number;
  name: string | null;
  desc: number;
  key: number;
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

// How Prisma's SQLite migrations declare each scalar type.
const sqliteTypes: Record<string, string[]> = {
  String: ["TEXT"],
  Int: ["INTEGER"],
  BigInt: ["BIGINT"],
  Float: ["REAL"],
  Decimal: ["DECIMAL"],
  Boolean: ["BOOLEAN"],
  DateTime: ["DATETIME"],
  Json: ["JSONB", "TEXT"],
  Bytes: ["BLOB"],
};

// Prisma's referential actions as SQLite reports them.
const sqlActions: Record<string, string> = {
  Cascade: "CASCADE",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetNull: "SET NULL",
  SetDefault: "SET DEFAULT",
};

type ExpectedDefault =
  | { kind: "none" }
  | { kind: "any" }
  | { kind: "expression"; sql: string }
  | { kind: "value"; value: unknown };

function defaultFunction(field: DmmfField): { name: string; args: unknown[] } | undefined {
  const value = field.default;
  if (typeof value === "object" && value !== null && "name" in value && "args" in value) {
    return value as { name: string; args: unknown[] };
  }
  return undefined;
}

/** The SQL default Prisma's migrations give a field; uuid() and the like are filled in by Prisma Client. */
function expectedDefault(
  field: DmmfField,
  enums: Map<string, Map<string, string>>,
): ExpectedDefault {
  if (!field.hasDefaultValue || field.default === undefined) return { kind: "none" };
  const fn = defaultFunction(field);
  if (fn !== undefined) {
    switch (fn.name) {
      case "now":
        return { kind: "expression", sql: "CURRENT_TIMESTAMP" };
      case "dbgenerated":
        return typeof fn.args[0] === "string"
          ? { kind: "expression", sql: fn.args[0] }
          : { kind: "any" };
      case "autoincrement":
      case "uuid":
      case "cuid":
      case "nanoid":
      case "ulid":
        return { kind: "none" };
      default:
        throw new Error(`${field.name}: @default(${fn.name}()) is new to this checker`);
    }
  }
  if (field.kind === "enum") {
    const value = String(field.default);
    return { kind: "value", value: enums.get(field.type)?.get(value) ?? value };
  }
  return { kind: "value", value: field.default };
}

function sameDefaultValue(type: string, expected: unknown, actual: unknown): boolean {
  if (type === "Boolean") return actual === (expected ? 1 : 0);
  if (["Int", "BigInt", "Float", "Decimal"].includes(type))
    return Number(actual) === Number(expected);
  if (type === "DateTime") return Date.parse(String(actual)) === Date.parse(String(expected));
  return String(actual) === String(expected);
}

function sqlText(sql: string): string {
  let text = sql.trim().replace(/\s+/g, " ");
  while (/^\(.*\)$/.test(text)) text = text.slice(1, -1).trim();
  return text.toUpperCase();
}

/** Every way the migrated database differs from the datamodel, as one sentence each. */
function disagreements(datamodel: Datamodel, db: SqliteDatabase): string[] {
  const problems: string[] = [];
  const tables = new Map(
    db
      .prepare<[], { name: string; sql: string }>(
        `SELECT name, sql FROM sqlite_master
         WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> 'd1_migrations'`,
      )
      .all()
      .map((row) => [row.name, row.sql]),
  );
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  const enums = new Map(
    datamodel.enums.map((e) => [
      e.name,
      new Map(e.values.map((v) => [v.name, v.dbName ?? v.name])),
    ]),
  );
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const fieldOf = (model: DmmfModel, name: string): DmmfField => {
    const field = model.fields.find((f) => f.name === name);
    if (field === undefined) throw new Error(`${model.name} has no field ${name}`);
    return field;
  };
  const columnOf = (model: DmmfModel, name: string) => {
    const field = fieldOf(model, name);
    return field.dbName ?? field.name;
  };

  for (const model of datamodel.models) {
    const table = tableOf(model);
    const sql = tables.get(table);
    if (sql === undefined) {
      problems.push(`${model.name}: schema says table "${table}", migration has no such table`);
      continue;
    }

    const columns = db.prepare<[string], Column>("SELECT * FROM pragma_table_info(?)").all(table);
    const columnsByName = new Map(columns.map((c) => [c.name, c]));
    const scalars = model.fields.filter((f) => f.kind !== "object");
    for (const field of scalars) {
      const column = field.dbName ?? field.name;
      const where = `${model.name}.${field.name}${column === field.name ? "" : ` (column "${column}")`}`;
      const types = field.kind === "enum" ? ["TEXT"] : (sqliteTypes[field.type] ?? [field.type]);
      const schemaSays = `${field.isRequired ? "required" : "optional"} ${types.join(" or ")}`;
      const actual = columnsByName.get(column);
      if (actual === undefined) {
        problems.push(`${where}: schema says ${schemaSays}, migration has no column "${column}"`);
        continue;
      }
      if (field.isList) problems.push(`${where}: SQLite cannot store a list`);
      if (
        !types.includes(actual.type.toUpperCase()) ||
        (actual.notnull === 1) !== field.isRequired
      ) {
        problems.push(
          `${where}: schema says ${schemaSays}, migration says ${actual.notnull ? "NOT NULL" : "nullable"} ${actual.type}`,
        );
      }

      const expected = expectedDefault(field, enums);
      const sqlDefault = actual.dflt_value;
      const migrationSays = sqlDefault === null ? "no default" : `DEFAULT ${sqlDefault}`;
      if (expected.kind === "none" && sqlDefault !== null) {
        problems.push(`${where}: schema says no default, migration says ${migrationSays}`);
      } else if (
        expected.kind === "expression" &&
        (sqlDefault === null || sqlText(sqlDefault) !== sqlText(expected.sql))
      ) {
        problems.push(
          `${where}: schema says DEFAULT ${expected.sql}, migration says ${migrationSays}`,
        );
      } else if (expected.kind === "value") {
        let actualValue: unknown;
        try {
          actualValue =
            sqlDefault === null ? undefined : db.prepare(`SELECT ${sqlDefault}`).pluck().get();
        } catch {
          actualValue = undefined;
        }
        if (
          actualValue === undefined ||
          !sameDefaultValue(field.type, expected.value, actualValue)
        ) {
          problems.push(
            `${where}: schema says default ${JSON.stringify(expected.value)}, migration says ${migrationSays}`,
          );
        }
      }
    }
    const declaredColumns = new Set(scalars.map((f) => f.dbName ?? f.name));
    for (const column of columns) {
      if (!declaredColumns.has(column.name)) {
        problems.push(
          `${model.name}: migration has column "${column.name}" that the schema does not declare`,
        );
      }
    }

    const schemaKey = (
      model.primaryKey?.fields ?? scalars.filter((f) => f.isId).map((f) => f.name)
    ).map((name) => columnOf(model, name));
    const migrationKey = columns
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    if (schemaKey.join() !== migrationKey.join()) {
      problems.push(
        `${model.name}: schema says primary key (${schemaKey.join(", ")}), migration says ${
          migrationKey.length > 0 ? `(${migrationKey.join(", ")})` : "none"
        }`,
      );
    }
    const counter = scalars.find((f) => defaultFunction(f)?.name === "autoincrement");
    const autoincrement = /\bAUTOINCREMENT\b/i.test(sql);
    if (counter !== undefined && !autoincrement) {
      problems.push(
        `${model.name}.${counter.name}: schema says autoincrement, migration says no AUTOINCREMENT`,
      );
    } else if (counter === undefined && autoincrement) {
      problems.push(`${model.name}: schema says no autoincrement, migration says AUTOINCREMENT`);
    }

    const describeIndex = (unique: boolean) => (unique ? "unique index" : "index");
    const migrationIndexes = db
      .prepare<[string], IndexListRow>("SELECT * FROM pragma_index_list(?)")
      .all(table)
      .filter((index) => index.origin !== "pk")
      .map((index) => ({
        name: index.name,
        unique: index.unique === 1,
        partial: index.partial === 1,
        columns: db
          .prepare<[string], IndexColumn>("SELECT * FROM pragma_index_xinfo(?)")
          .all(index.name)
          .filter((c) => c.key === 1)
          .sort((a, b) => a.seqno - b.seqno)
          .map((c) => `${c.name ?? "<expression>"}${c.desc ? " DESC" : ""}`)
          .join(", "),
      }));
    for (const index of datamodel.indexes.filter(
      (i) => i.model === model.name && i.type !== "id",
    )) {
      if (index.type === "fulltext") {
        problems.push(`${model.name}: SQLite has no full-text indexes`);
        continue;
      }
      const unique = index.type === "unique";
      const names = index.fields.map((f) => columnOf(model, f.name));
      const columns = index.fields
        .map((f, i) => `${names[i]}${f.sortOrder === "desc" ? " DESC" : ""}`)
        .join(", ");
      const name = index.dbName ?? `${table}_${names.join("_")}_${unique ? "key" : "idx"}`;
      const exact = migrationIndexes.findIndex((m) => m.columns === columns && m.unique === unique);
      const found = exact >= 0 ? exact : migrationIndexes.findIndex((m) => m.columns === columns);
      const match = migrationIndexes.splice(found, found >= 0 ? 1 : 0)[0];
      if (match === undefined) {
        problems.push(
          `${model.name}: schema says ${describeIndex(unique)} on (${columns}), migration has none`,
        );
      } else if (match.unique !== unique) {
        problems.push(
          `${model.name}: schema says ${describeIndex(unique)} on (${columns}), migration's index "${match.name}" on them is ${unique ? "not unique" : "unique"}`,
        );
      } else if (match.name !== name) {
        problems.push(
          `${model.name}: ${describeIndex(unique)} on (${columns}) is named "${match.name}" in the migration, Prisma names it "${name}"`,
        );
      }
      if (match?.partial) {
        problems.push(
          `${model.name}: migration's index "${match.name}" is partial, which the schema cannot say`,
        );
      }
    }
    for (const extra of migrationIndexes) {
      problems.push(
        `${model.name}: migration has ${describeIndex(extra.unique)} "${extra.name}" on (${extra.columns}) that the schema does not declare`,
      );
    }

    const migrationKeys = new Map<string, string>();
    const foreignKeyRows = db
      .prepare<[string], ForeignKeyRow>("SELECT * FROM pragma_foreign_key_list(?)")
      .all(table)
      .sort((a, b) => a.id - b.id || a.seq - b.seq);
    for (const id of new Set(foreignKeyRows.map((row) => row.id))) {
      const rows = foreignKeyRows.filter((row) => row.id === id);
      const first = rows[0];
      if (first === undefined) continue;
      const reference = `(${rows.map((r) => r.from).join(", ")}) → ${first.table}(${rows.map((r) => r.to ?? "?").join(", ")})`;
      migrationKeys.set(reference, `ON DELETE ${first.on_delete} ON UPDATE ${first.on_update}`);
    }
    for (const relation of model.fields.filter((f) => (f.relationFromFields?.length ?? 0) > 0)) {
      const target = models.get(relation.type);
      if (target === undefined)
        throw new Error(`${model.name}.${relation.name}: no model ${relation.type}`);
      const from = relation.relationFromFields ?? [];
      const to = relation.relationToFields ?? [];
      const reference = `(${from.map((n) => columnOf(model, n)).join(", ")}) → ${tableOf(target)}(${to
        .map((n) => columnOf(target, n))
        .join(", ")})`;
      // Prisma's defaults when the relation names no actions.
      const required = from.some((n) => fieldOf(model, n).isRequired);
      const onDelete = relation.relationOnDelete ?? (required ? "Restrict" : "SetNull");
      const onUpdate = relation.relationOnUpdate ?? "Cascade";
      const actions = `ON DELETE ${sqlActions[onDelete] ?? onDelete} ON UPDATE ${sqlActions[onUpdate] ?? onUpdate}`;
      const migrationActions = migrationKeys.get(reference);
      migrationKeys.delete(reference);
      if (migrationActions === undefined) {
        problems.push(
          `${model.name}: schema says foreign key ${reference} ${actions}, migration has none`,
        );
      } else if (migrationActions !== actions) {
        problems.push(
          `${model.name}: schema says foreign key ${reference} ${actions}, migration says ${migrationActions}`,
        );
      }
    }
    for (const [reference, actions] of migrationKeys) {
      problems.push(
        `${model.name}: migration has foreign key ${reference} ${actions} that the schema does not declare`,
      );
    }
  }

  const declaredTables = new Set(datamodel.models.map(tableOf));
  for (const table of tables.keys()) {
    if (!declaredTables.has(table)) {
      problems.push(`migration has table "${table}" that the schema does not declare`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

const schema = readFileSync(new URL("../prisma/schema.prisma", import.meta.url), "utf8");
let getDatamodel: (schema: string) => Datamodel;
let scratch: string;
let opened = 0;
const open: SqliteDatabase[] = [];

beforeAll(() => {
  getDatamodel = prismaSchemaEngine();
  scratch = mkdtempSync(join(tmpdir(), "switchboard-schema-"));
});

afterAll(() => {
  for (const db of open.splice(0)) db.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** A fresh SQLite file with every migration applied. */
function migrated(): SqliteDatabase {
  opened += 1;
  const { db } = openSqlite(`file:${join(scratch, `migrated-${opened}.db`)}`);
  open.push(db);
  return db;
}

/** The schema with one edit, which must find its place so a drift case cannot silently become a no-op. */
function edit(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`prisma/schema.prisma no longer matches ${pattern}`);
  return text.replace(pattern, replacement);
}

describe("prisma/schema.prisma and migrations/*.sql", () => {
  it("are read by Prisma's own schema engine", () => {
    const names = getDatamodel(schema).models.map((m) => m.name);
    expect(names).toContain("Call");
    expect(names).toContain("Notification");
  });

  it("describe the same tables, columns, keys, indexes and defaults", () => {
    expect(disagreements(getDatamodel(schema), migrated())).toEqual([]);
  });
});

describe("the schema-migration checker", () => {
  it.each<[string, RegExp, string, string[]]>([
    [
      "a field made required",
      /(\n\s+outcome\s+)String\?/,
      "$1String",
      ["Call.outcome: schema says required TEXT, migration says nullable TEXT"],
    ],
    [
      "a field's type changed",
      /(\n\s+durationSeconds\s+)Int\?/,
      "$1BigInt?",
      ["Call.durationSeconds: schema says optional BIGINT, migration says nullable INTEGER"],
    ],
    [
      "a literal default added",
      /(\n\s+attempts\s+Int)/,
      "$1 @default(0)",
      ["Notification.attempts: schema says default 0, migration says no default"],
    ],
    [
      "a now() default added",
      /(\n\s+importedAt\s+DateTime)/,
      "$1 @default(now())",
      ["Organisation.importedAt: schema says DEFAULT CURRENT_TIMESTAMP, migration says no default"],
    ],
    [
      "a model mapped to another table",
      /(\n\s+@@index\(\[status, nextAttemptAt\]\))/,
      '$1\n  @@map("notifications")',
      [
        'Notification: schema says table "notifications", migration has no such table',
        'migration has table "Notification" that the schema does not declare',
      ],
    ],
    [
      "a field mapped to another column",
      /(\n\s+utterance\s+String)/,
      '$1 @map("said")',
      [
        'EmergencyAlert.utterance (column "said"): schema says required TEXT, migration has no column "said"',
        'EmergencyAlert: migration has column "utterance" that the schema does not declare',
      ],
    ],
    [
      "an index dropped",
      /\n\s+@@index\(\[startedAt\]\)/,
      "",
      [
        'Call: migration has index "Call_startedAt_idx" on (startedAt) that the schema does not declare',
      ],
    ],
    [
      "a @unique dropped",
      /(\n\s+callSid\s+String)\s+@unique/,
      "$1",
      [
        'Message: migration has unique index "Message_callSid_key" on (callSid) that the schema does not declare',
      ],
    ],
    [
      "a @@unique added",
      /(\n\s+@@index\(\[department\]\))/,
      "$1\n  @@unique([department, desk])",
      ["Staff: schema says unique index on (department, desk), migration has none"],
    ],
    [
      "an index's sort order changed",
      /@@index\(\[outcome, startedAt\]\)/,
      "@@index([outcome, startedAt(sort: Desc)])",
      [
        "Call: schema says index on (outcome, startedAt DESC), migration has none",
        'Call: migration has index "Call_outcome_startedAt_idx" on (outcome, startedAt) that the schema does not declare',
      ],
    ],
    [
      "autoincrement dropped",
      /@id @default\(autoincrement\(\)\)/,
      "@id",
      ["CallEvent: schema says no autoincrement, migration says AUTOINCREMENT"],
    ],
    [
      "the primary key changed",
      /(\n\s+key\s+String\s+)@id(\n\s+position\s+Int\n\s+name\s+String\n\s+room\s+String\n\s+incognito\s+Boolean)/,
      "$1$2\n\n  @@id([room, key])",
      ["Guest: schema says primary key (room, key), migration says (key)"],
    ],
    [
      "a model added",
      /$/,
      "\nmodel Wakeup {\n  id   String @id\n  room String\n}\n",
      ['Wakeup: schema says table "Wakeup", migration has no such table'],
    ],
    [
      "a relation added",
      /(\n\s+response\s+String\?)/,
      "$1\n  call Call @relation(fields: [callSid], references: [callSid], onDelete: Cascade)",
      [
        "CallEvent: schema says foreign key (callSid) → Call(callSid) ON DELETE CASCADE ON UPDATE CASCADE, migration has none",
      ],
    ],
  ])("catches %s in the schema", (_, pattern, replacement, expected) => {
    let drifted = edit(schema, pattern, replacement);
    // A relation needs its other side before Prisma accepts the schema.
    if (replacement.includes("@relation")) {
      drifted = edit(drifted, /(\n\s+durationSeconds\s+Int\?)/, "$1\n  events CallEvent[]");
    }
    expect(disagreements(getDatamodel(drifted), migrated())).toEqual(expected);
  });

  it("expects no SQL default for defaults Prisma Client fills in", () => {
    const drifted = edit(
      schema,
      /(\n\s+id\s+String\s+@id)(\n\s+kind\s+String)/,
      "$1 @default(uuid())$2",
    );
    expect(
      getDatamodel(drifted).models.find((m) => m.name === "Notification")?.fields[0],
    ).toMatchObject({
      name: "id",
      default: { name: "uuid" },
    });
    expect(disagreements(getDatamodel(drifted), migrated())).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    [
      "an index dropped",
      `DROP INDEX "Call_outcome_startedAt_idx";`,
      ["Call: schema says index on (outcome, startedAt), migration has none"],
    ],
    [
      "an index renamed",
      `DROP INDEX "MissedCall_createdAt_idx";
       CREATE INDEX "MissedCall_created_idx" ON "MissedCall"("createdAt");`,
      [
        'MissedCall: index on (createdAt) is named "MissedCall_created_idx" in the migration, Prisma names it "MissedCall_createdAt_idx"',
      ],
    ],
    [
      "a unique index made plain",
      `DROP INDEX "Message_callSid_key";
       CREATE INDEX "Message_callSid_key" ON "Message"("callSid");`,
      [
        'Message: schema says unique index on (callSid), migration\'s index "Message_callSid_key" on them is not unique',
      ],
    ],
    [
      "a column added",
      `ALTER TABLE "Guest" ADD COLUMN "floor" INTEGER;`,
      ['Guest: migration has column "floor" that the schema does not declare'],
    ],
    [
      "a column dropped",
      `ALTER TABLE "Staff" DROP COLUMN "mobile";`,
      ['Staff.mobile: schema says optional TEXT, migration has no column "mobile"'],
    ],
    [
      "a table added",
      `CREATE TABLE "Stray" ("id" TEXT NOT NULL PRIMARY KEY);`,
      ['migration has table "Stray" that the schema does not declare'],
    ],
    [
      "columns redeclared",
      `DROP TABLE "Guest";
       CREATE TABLE "Guest" (
         "key" TEXT NOT NULL PRIMARY KEY,
         "position" INTEGER NOT NULL DEFAULT 0,
         "name" TEXT,
         "room" TEXT NOT NULL,
         "incognito" INTEGER NOT NULL
       );`,
      [
        "Guest.position: schema says no default, migration says DEFAULT 0",
        "Guest.name: schema says required TEXT, migration says nullable TEXT",
        "Guest.incognito: schema says required BOOLEAN, migration says NOT NULL INTEGER",
      ],
    ],
    [
      "a foreign key added",
      `DROP TABLE "CallEvent";
       CREATE TABLE "CallEvent" (
         "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
         "callSid" TEXT NOT NULL REFERENCES "Call" ("callSid"),
         "callStartedAt" DATETIME NOT NULL,
         "at" DATETIME NOT NULL,
         "type" TEXT NOT NULL,
         "detail" TEXT NOT NULL,
         "requestKey" TEXT,
         "response" TEXT
       );
       CREATE UNIQUE INDEX "CallEvent_callStartedAt_callSid_requestKey_key"
         ON "CallEvent"("callStartedAt", "callSid", "requestKey");`,
      [
        "CallEvent: migration has foreign key (callSid) → Call(callSid) ON DELETE NO ACTION ON UPDATE NO ACTION that the schema does not declare",
      ],
    ],
  ])("catches %s in the migrations", (_, sql, expected) => {
    const db = migrated();
    db.exec(sql);
    expect(disagreements(getDatamodel(schema), db)).toEqual(expected);
  });
});
