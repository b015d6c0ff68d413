// Worker tests inside workerd (placeholder until the worker project lands).
import { defineProject } from "vitest/config";

export default defineProject({ test: { name: "worker", include: ["test/worker/**/*.test.ts"] } });
