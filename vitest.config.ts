import { defineConfig } from "vitest/config";

// Unit, integration, command-line and documentation tests (no browser). Integration tests run on PGlite, or on the
// PostgreSQL server named by DATABASE_URL.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "tests/integration/**/*.test.ts", "tests/cli/**/*.test.ts", "tests/docs/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/fail-on-console-error.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
