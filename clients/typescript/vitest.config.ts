import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // The browser test starts Chromium; the machine has two cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
