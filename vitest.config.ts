import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * The modules wrangler's bundler gives the worker, so its entry also loads in Node for tests:
 * YAML as text (wrangler.toml's [[rules]]) and `.wasm?module` as a compiled WebAssembly.Module.
 */
function workerModules(): Plugin {
  return {
    name: "worker-modules",
    enforce: "pre",
    async load(id) {
      if (id.endsWith(".yaml"))
        return `export default ${JSON.stringify(await readFile(id, "utf8"))};`;
      if (id.endsWith(".wasm?module")) {
        const file = JSON.stringify(id.slice(0, -"?module".length));
        return `import { readFileSync } from "node:fs"; export default new WebAssembly.Module(readFileSync(${file}));`;
      }
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [workerModules()],
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    // The files wait on sockets, child processes and fsync as much as on the CPU: vitest's
    // default of one fork fewer than the cores leaves a two-core machine running one at a time.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
