// Per-key rate limiting with the Workers rate-limiting binding: over the limit is a 429 with Retry-After.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";
import { ApiError } from "./errors.ts";

/** Must equal `simple.period` of the KEY_RATE_LIMIT binding in wrangler.toml (10 or 60). */
export const RATE_LIMIT_PERIOD_S = 60;

/**
 * Counts the request against its key (the token's hash, so the lookup in D1 is spared when a
 * key floods) or, without a key, against the client's address. The binding keeps fixed windows
 * of the period, so waiting one period is always enough.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const credential = c.var.credential;
  const key =
    credential.kind === "bearer"
      ? `key:${credential.hash}`
      : `ip:${c.req.header("CF-Connecting-IP") ?? "unknown"}`;
  let allowed = true;
  try {
    allowed = (await c.env.KEY_RATE_LIMIT.limit({ key })).success;
  } catch {
    // An outage of the limiter must not take the service down with it: fail open, say so.
    console.error(`${c.req.method} ${c.req.path} rate limiter unavailable`);
  }
  if (!allowed) {
    throw new ApiError(
      429,
      "rate_limited",
      `Too many requests with this key; try again in ${RATE_LIMIT_PERIOD_S} seconds.`,
      [],
      { "Retry-After": String(RATE_LIMIT_PERIOD_S) },
    );
  }
  await next();
});
