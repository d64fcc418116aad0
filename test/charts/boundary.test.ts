// The native rasteriser must never reach the Workers bundle: only the Node entry may import it.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function sources(): { path: string; text: string }[] {
  return readdirSync(join(ROOT, "src"), { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts") && !path.startsWith("generated"))
    .map((path) => ({
      path: relative(ROOT, join(ROOT, "src", path)),
      text: readFileSync(join(ROOT, "src", path), "utf8"),
    }));
}

it("imports resvg's native binding only in src/charts/resvg.ts, and that only from the Node entry", () => {
  const files = sources();
  const binding = files.filter(({ text }) => /from "@resvg\/resvg-js"/.test(text));
  expect(binding.map(({ path }) => path)).toEqual(["src/charts/resvg.ts"]);
  const rasteriser = files.filter(({ text }) =>
    /from "[^"]*charts\/resvg(\.ts)?"|from "\.\/resvg\.ts"/.test(text),
  );
  for (const { path } of rasteriser) expect(path).toBe("src/entry/node.ts");
});

it("keeps the shared chart code free of Node modules", () => {
  const nodeOnly = ["src/charts/resvg.ts", "src/charts/png.ts"];
  for (const { path, text } of sources()) {
    if (!path.startsWith("src/charts/")) continue;
    if (nodeOnly.includes(path)) continue;
    expect(text, path).not.toMatch(/from "node:/);
    expect(text, path).not.toMatch(/from "\.\/(resvg|png)\.ts"/);
  }
});
