// Rate limiting with the Workers rate-limiting bindings: per client address first (before any D1 lookup), then per key; over a limit is a 429 with Retry-After.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";
import { ApiError } from "./errors.ts";

/** Must equal `simple.period` of both rate-limit bindings in wrangler.toml (10 or 60). */
export const RATE_LIMIT_PERIOD_S = 60;

async function allowed(c: Context<AppEnv>, limiter: RateLimit, key: string): Promise<boolean> {
  try {
    return (await limiter.limit({ key })).success;
  } catch {
    // An outage of the limiter must not take the service down with it: fail open, say so.
    console.error(`${c.req.method} ${c.req.path} rate limiter unavailable`);
    return true;
  }
}

function tooMany(what: string): ApiError {
  return new ApiError(
    429,
    "rate_limited",
    `Too many requests ${what}; try again in ${RATE_LIMIT_PERIOD_S} seconds.`,
    [],
    { "Retry-After": String(RATE_LIMIT_PERIOD_S) },
  );
}

/**
 * Counts every request against its client address, then a request with a key against that key
 * (its hash: a flood of one key is stopped before the key is looked up). A flood of random keys
 * from one address is therefore stopped by the first limit without costing D1 anything.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const address = c.req.header("CF-Connecting-IP") ?? "unknown";
  if (!(await allowed(c, c.env.IP_RATE_LIMIT, `ip:${address}`))) {
    throw tooMany("from this address");
  }
  const credential = c.var.credential;
  if (
    credential.kind === "bearer" &&
    !(await allowed(c, c.env.KEY_RATE_LIMIT, `key:${credential.hash}`))
  ) {
    throw tooMany("with this key");
  }
  await next();
});
