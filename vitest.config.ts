import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
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
