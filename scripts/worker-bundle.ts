// `npm run check:worker`: build the worker exactly as `wrangler deploy` would, print its size,
// and fail if it outgrows Cloudflare's free plan or carries the Node-only database client.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { ROOT, wrangler } from "./lib/local-worker.ts";

/** Cloudflare's limit for a Worker on the free plan, compressed. */
export const FREE_PLAN_GZIP_BYTES = 3 * 1024 * 1024;

const OUT_DIR = join(ROOT, ".wrangler", "bundle");

// What must never reach the worker: the native SQLite driver and the Node Prisma client.
const FORBIDDEN: { what: string; inSource: RegExp; inCode?: string }[] = [
  { what: "better-sqlite3", inSource: /better-sqlite3/, inCode: "better-sqlite3" },
  { what: "the Node Prisma client (src/generated/prisma)", inSource: /src\/generated\/prisma\// },
];

export interface WorkerBundle {
  rawBytes: number;
  gzipBytes: number;
  /** The uploaded modules, largest first. */
  files: { name: string; bytes: number }[];
  /** The biggest packages in the script, from its source map. */
  largest: { name: string; bytes: number }[];
  problems: string[];
}

function packageOf(source: string): string {
  // The innermost package: some packages ship their own bundled dependencies' sources.
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//.exec(source);
  return match?.[1] ?? (source.includes("src/") ? "switchboard" : source);
}

/** Runs `wrangler deploy --dry-run --outdir` and measures what would be uploaded. */
export async function buildWorkerBundle(): Promise<WorkerBundle> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  const built = await wrangler(["deploy", "--dry-run", "--outdir", OUT_DIR]);
  if (built.code !== 0) throw new Error(`wrangler deploy --dry-run failed:\n${built.output}`);

  const names = readdirSync(OUT_DIR).filter((n) => !n.endsWith(".map") && n !== "README.md");
  const contents = names.map((name) => readFileSync(join(OUT_DIR, name)));
  const files = names
    .map((name, i) => ({ name, bytes: contents[i]?.byteLength ?? 0 }))
    .sort((a, b) => b.bytes - a.bytes);
  // As wrangler measures it: all modules compressed together.
  const all = Buffer.concat(contents);
  const rawBytes = all.byteLength;
  const gzipBytes = gzipSync(all).byteLength;

  const problems: string[] = [];
  if (gzipBytes >= FREE_PLAN_GZIP_BYTES) {
    problems.push(
      `the bundle is ${mib(gzipBytes)} gzip, over the free plan's ${mib(FREE_PLAN_GZIP_BYTES)}`,
    );
  }
  const byPackage = new Map<string, number>();
  const sources: string[] = [];
  for (const mapName of readdirSync(OUT_DIR).filter((n) => n.endsWith(".js.map"))) {
    const map = JSON.parse(readFileSync(join(OUT_DIR, mapName), "utf8")) as {
      sources: string[];
      sourcesContent?: (string | null)[];
    };
    map.sources.forEach((source, i) => {
      sources.push(source);
      const name = packageOf(source);
      byPackage.set(name, (byPackage.get(name) ?? 0) + (map.sourcesContent?.[i]?.length ?? 0));
    });
  }
  for (const rule of FORBIDDEN) {
    const found = sources.filter((source) => rule.inSource.test(source));
    if (found.length > 0) {
      problems.push(`${rule.what} is bundled: ${found.length} files, such as ${found[0]}`);
    }
  }
  names.forEach((name, i) => {
    const text = contents[i]?.toString("latin1") ?? "";
    for (const rule of FORBIDDEN) {
      if (rule.inCode && text.includes(rule.inCode)) problems.push(`${name} mentions ${rule.what}`);
    }
  });
  const largest = [...byPackage]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6);
  return { rawBytes, gzipBytes, files, largest, problems };
}

export function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

export function kib(bytes: number): string {
  return `${Math.round(bytes / 1024)} KiB`;
}

async function main(): Promise<number> {
  const started = Date.now();
  const bundle = await buildWorkerBundle();
  const share = ((bundle.gzipBytes / FREE_PLAN_GZIP_BYTES) * 100).toFixed(0);
  console.log(
    `worker bundle: ${mib(bundle.gzipBytes)} gzip (${share}% of the free plan's ${mib(FREE_PLAN_GZIP_BYTES)}), ` +
      `${mib(bundle.rawBytes)} raw, built in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`  modules: ${bundle.files.map((f) => `${f.name} ${kib(f.bytes)}`).join(", ")}`);
  console.log(
    `  largest sources: ${bundle.largest.map((p) => `${p.name} ${kib(p.bytes)}`).join(", ")}`,
  );
  for (const problem of bundle.problems) console.error(`❌ ${problem}`);
  return bundle.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`❌ ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
