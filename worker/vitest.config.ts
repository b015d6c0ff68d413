// Worker tests inside workerd (Cloudflare's vitest integration) against a real local D1 with our migrations.
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The admin token of the tests, as in test/worker/helpers.ts (the real one is a secret). */
const TEST_ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123456789";

export default defineProject(async () => ({
  plugins: [
    cloudflareTest({
      main: "./worker/src/index.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        bindings: {
          // Test-only binding: the setup file applies these to the test database.
          TEST_MIGRATIONS: await readD1Migrations(`${root}worker/migrations`),
          ADMIN_TOKEN: TEST_ADMIN_TOKEN,
        },
        ratelimits: {
          // The tests send thousands of requests per key within a minute; wrangler.toml's
          // limit is checked by rate-limit.test.ts through TEST_TIGHT_RATE_LIMIT instead.
          KEY_RATE_LIMIT: { simple: { limit: 1_000_000, period: 60 } },
          IP_RATE_LIMIT: { simple: { limit: 1_000_000, period: 60 } },
          TEST_TIGHT_RATE_LIMIT: { simple: { limit: 3, period: 60 } },
        },
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
