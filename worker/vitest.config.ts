// Worker tests inside workerd (Cloudflare's vitest integration) against a real local D1 with our migrations.
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineProject(async () => ({
  plugins: [
    cloudflareTest({
      main: "./worker/src/index.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // Test-only binding: the setup file applies these to the test database.
        bindings: { TEST_MIGRATIONS: await readD1Migrations(`${root}worker/migrations`) },
      },
    }),
  ],
  test: {
    root,
    name: "worker",
    include: ["test/worker/**/*.test.ts"],
    setupFiles: ["./test/worker/apply-migrations.ts"],
  },
}));
