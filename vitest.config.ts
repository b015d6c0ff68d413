// One `vitest run` for every runtime: core and add-on in Node, worker inside workerd, e2e in Chromium.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "core",
          include: [
            "test/core/**/*.test.ts",
            "test/scripts/**/*.test.ts",
            "test/phone/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        test: {
          name: "addon",
          include: ["test/addon/**/*.test.ts", "test/preview/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      "./worker/vitest.config.ts",
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
