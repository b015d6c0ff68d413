// GET /v1/health: liveness and the deployed version, without auth.
import { Hono } from "hono";
import { version } from "../../../package.json";
import type { AppEnv } from "../app-env.ts";
import { methodNotAllowed } from "../errors.ts";

export const health = new Hono<AppEnv>()
  .get("/", (c) => c.json({ status: "ok", version }))
  .all("/", () => {
    throw methodNotAllowed("GET, HEAD");
  });
