// The direction of dependencies is the architecture (docs/architecture.md): entry → app →
// voice / bot / api / jobs → ai / stats → rules / store / twilio. This reads every import in
// src/ and holds the code to it; the checks are tried on imports made up to break each rule.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve("src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
    return /\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Import {
  /** As written. */
  specifier: string;
  /** The file it names, relative to src/, for an import of our own code. */
  file?: string;
  names: string[];
}

function importsOf(path: string): Import[] {
  const text = readFileSync(path, "utf8");
  const found: Import[] = [];
  const statement =
    /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:([\s\S]*?)\s+from\s+)?["']([^"']+)["']/g;
  for (const m of text.matchAll(statement)) {
    const names = [...(m[1] ?? "").matchAll(/(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+\w+)?/g)]
      .map((n) => n[1] as string)
      .filter((n) => n !== "type");
    found.push(resolved(path, m[2] as string, names));
  }
  for (const m of text.matchAll(/(?:import\(|new URL\()\s*["']([^"']+)["']/g)) {
    found.push(resolved(path, m[1] as string, []));
  }
  return found;
}

function resolved(from: string, specifier: string, names: string[]): Import {
  const file = relative(SRC, resolve(dirname(from), specifier));
  // Files outside src/ (the bundled demo directory, the migrations) are data, not layers.
  if (!specifier.startsWith(".") || file.startsWith("..")) return { specifier, names };
  return { specifier, names, file };
}

/** Where a file sits in the layers, by its folder under src/. */
function layerOf(file: string): string {
  const [top = ""] = file.split("/");
  if (file === "app.ts") return "app";
  if (["config.ts", "log.ts", "directory-file.ts"].includes(file)) return "shared";
  // Prisma's generated client is the store's own.
  if (top === "generated") return "store";
  return top.replace(/\.ts$/, "");
}

/** What each layer may import, besides itself and the external packages allowed it. */
const FEATURES_MAY = ["ai", "stats", "charts", "rules", "store", "twilio", "shared"];

const MAY_IMPORT: Record<string, readonly string[]> = {
  entry: ["app", "voice", "bot", "api", "jobs", ...FEATURES_MAY],
  app: ["voice", "bot", "api", "jobs", ...FEATURES_MAY],
  voice: FEATURES_MAY,
  bot: FEATURES_MAY,
  api: FEATURES_MAY,
  jobs: FEATURES_MAY,
  ai: ["rules", "shared"],
  stats: ["rules", "store"],
  charts: ["rules", "stats", "shared"],
  store: ["rules", "shared"],
  twilio: ["rules"],
  rules: [],
  shared: ["rules"],
};

interface Source {
  file: string;
  imports: Import[];
}

/** Imports that run against the layers, as "from → to". */
function againstTheLayers(files: readonly Source[]): string[] {
  return files.flatMap(({ file, imports }) =>
    imports
      .filter((i) => i.file !== undefined)
      .filter((i) => {
        const from = layerOf(file);
        const to = layerOf(i.file as string);
        return from !== to && !MAY_IMPORT[from]?.includes(to);
      })
      .map((i) => `${file} → ${i.file}`),
  );
}

/** Imports of Prisma, or of the database handle's insides, from outside the store. */
function prismaOutsideTheStore(files: readonly Source[]): string[] {
  return files
    .filter(({ file }) => layerOf(file) !== "store")
    .flatMap(({ file, imports }) =>
      imports
        .filter(
          (i) =>
            i.specifier.startsWith("@prisma/") ||
            i.file?.startsWith("generated/") ||
            (i.file === "store/db.ts" &&
              i.names.some((n) => ["prismaOf", "sqlOf", "database"].includes(n))),
        )
        .map((i) => `${file} → ${i.specifier}`),
    );
}

/** Every circle of imports, as "a → b → a". */
function circles(files: readonly Source[]): string[] {
  const graph = new Map(
    files.map(({ file, imports }) => [
      file,
      imports.flatMap((i) => (i.file && i.file !== file ? [i.file] : [])),
    ]),
  );
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      found.push([...path.slice(path.indexOf(file)), file].join(" → "));
      return;
    }
    state.set(file, "open");
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  return found;
}

const files: Source[] = sources(SRC).map((path) => ({
  file: relative(SRC, path),
  imports: importsOf(path),
}));

describe("the layers", () => {
  it("knows every folder in src/", () => {
    const unknown = files.map((f) => layerOf(f.file)).filter((layer) => !(layer in MAY_IMPORT));
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("has no import against the direction of the layers", () => {
    expect(againstTheLayers(files)).toEqual([]);
  });

  it("keeps rules pure: no database, network or platform", () => {
    const impure = files
      .filter(({ file }) => layerOf(file) === "rules")
      .flatMap(({ file, imports }) =>
        imports
          .filter((i) => i.file === undefined)
          .filter((i) => /^(node:|@prisma|@slack|hono|twilio|openai)/.test(i.specifier))
          .map((i) => `${file} → ${i.specifier}`),
      );
    expect(impure).toEqual([]);
  });

  it("has Prisma, and the database handle's insides, only in the store", () => {
    expect(prismaOutsideTheStore(files)).toEqual([]);
  });

  it("has nothing the worker runs import a Node module Workers lack", () => {
    // Workers have node:buffer and node:crypto (nodejs_compat); the rest stays with the Node entry.
    const onWorkers = new Set(["node:buffer", "node:crypto"]);
    const byFile = new Map(files.map((f) => [f.file, f]));
    const reached = new Set<string>();
    const reach = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const i of byFile.get(file)?.imports ?? []) if (i.file) reach(i.file);
    };
    reach("entry/worker.ts");
    expect(reached.size).toBeGreaterThan(50);
    const wrong = [...reached].flatMap((file) =>
      (byFile.get(file)?.imports ?? [])
        .filter((i) => i.specifier.startsWith("node:") && !onWorkers.has(i.specifier))
        .map((i) => `${file} → ${i.specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it("has no circle of imports", () => {
    expect(circles(files)).toEqual([]);
  });
});

describe("the checks themselves", () => {
  const source = (file: string, ...imported: [specifier: string, names?: string[]][]) => ({
    file,
    imports: imported.map(([specifier, names = []]) =>
      resolved(resolve(SRC, file), specifier, names),
    ),
  });

  it("read the imports a file really has", () => {
    const respond = files.find((f) => f.file === "voice/respond.ts");
    expect(respond?.imports.find((i) => i.file === "store/call-steps.ts")?.names).toEqual([
      "findCallAndReplay",
      "recordStep",
    ]);
  });

  it("find voice and bot importing each other, and the store importing a feature", () => {
    expect(
      againstTheLayers([
        source("voice/steps/intent.ts", ["../../bot/blocks/message.ts"]),
        source("bot/listeners/commands.ts", ["../../voice/prompts.ts"]),
        source("store/messages.ts", ["../jobs/runner.ts"]),
        source("rules/toll.ts", ["../store/db.ts"]),
        source("voice/respond.ts", ["../store/call-steps.ts"]),
      ]),
    ).toEqual([
      "voice/steps/intent.ts → bot/blocks/message.ts",
      "bot/listeners/commands.ts → voice/prompts.ts",
      "store/messages.ts → jobs/runner.ts",
      "rules/toll.ts → store/db.ts",
    ]);
  });

  it("find Prisma outside the store, directly or through the handle", () => {
    expect(
      prismaOutsideTheStore([
        source("bot/listeners/guests.ts", ["../../generated/prisma/client.ts"]),
        source("jobs/outbox.ts", ["@prisma/client"]),
        source("api/admin.ts", ["../store/db.ts", ["type Db", "prismaOf"]]),
        source("api/stats.ts", ["../store/db.ts", ["Db"]]),
        source("store/calls.ts", ["../generated/prisma/client.ts"]),
      ]),
    ).toEqual([
      "bot/listeners/guests.ts → ../../generated/prisma/client.ts",
      "jobs/outbox.ts → @prisma/client",
      "api/admin.ts → ../store/db.ts",
    ]);
  });

  it("find a circle", () => {
    expect(
      circles([
        source("voice/ivr.ts", ["./respond.ts"]),
        source("voice/respond.ts", ["./step.ts"]),
        source("voice/step.ts", ["./ivr.ts"]),
      ]),
    ).toEqual(["voice/ivr.ts → voice/respond.ts → voice/step.ts → voice/ivr.ts"]);
  });
});
