// Setup file: brings each test file's D1 database to the schema of worker/migrations.
import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import { env } from "cloudflare:workers";

// A test-only binding (worker/vitest.config.ts), cast here so the worker's own Env stays exact.
const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: D1Migration[] };
await applyD1Migrations(env.DB, TEST_MIGRATIONS);
