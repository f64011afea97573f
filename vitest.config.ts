import { defineConfig } from "vitest/config";
import { availableParallelism } from "node:os";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, ".") } },
  test: {
    include: [
      "server/**/*.test.ts",
      "components/**/*.test.ts",
      "components/**/*.test.tsx",
      "app/**/*.test.ts",
      "drizzle/**/*.test.ts",
      "tests/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core machine. The
    // integration files are CPU-bound in-process (PGlite), so two workers finish sooner even there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ["./tests/setup-env.ts"],
    // Migrates and seeds once per run (tests/helpers/db.ts); each file copies the result.
    globalSetup: ["./tests/global-setup.ts"],
    // next-auth imports "next/server" without an extension; let Vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
  },
});
