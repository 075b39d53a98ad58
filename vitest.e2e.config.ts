import { defineConfig } from "vitest/config";

// End-to-end tests: the built app in a child process, driven by Debian's Chromium.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/support/server.ts"],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
