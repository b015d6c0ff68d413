// GET /v1/health: liveness and the deployed version, without auth.
import { Hono } from "hono";
import type { HealthResponse } from "../../../core/api/health.ts";
import { version } from "../../../package.json";
import type { AppEnv } from "../app-env.ts";
import { methodNotAllowed } from "../errors.ts";

export const health = new Hono<AppEnv>()
  .get("/", (c) => {
    const body: HealthResponse = { status: "ok", version };
    return c.json(body);
  })
  .all("/", () => {
    throw methodNotAllowed("GET, HEAD");
  });
