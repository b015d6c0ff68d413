// Served roll-ups kept in the Workers cache, keyed by everything they depend on: a repeat read of an unchanged area costs no CPU.
import type { Context } from "hono";
import { version } from "../../package.json";
import type { AppEnv } from "./app-env.ts";
import { sha256Hex } from "./key-hash.ts";

/** How long a kept roll-up may be reused at most; any upload, group or floor change replaces it sooner. */
const KEEP_SECONDS = 24 * 60 * 60;

/**
 * The cache key of a roll-up: the request's area, period and form, the deployed version (a new
 * version may serve other tables) and a hash of the area's state (areaState). Never an exact read.
 */
export async function rollupCacheKey(
  region: string,
  period: string,
  form: string | undefined,
  state: string,
): Promise<Request> {
  const hash = await sha256Hex(`${version}\n${state}`);
  return new Request(`https://rollup.pilah.invalid/${region}/${period}/${form ?? "every"}/${hash}`);
}

function cache(): Cache | undefined {
  try {
    return (globalThis as { caches?: { default?: Cache } }).caches?.default;
  } catch {
    return undefined;
  }
}

/** The kept answer's text, if any. A cache that fails is a miss, never an error. */
export async function cachedRollup(key: Request): Promise<string | undefined> {
  try {
    const hit = await cache()?.match(key);
    return hit ? await hit.text() : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps an answer for the next reader, after the response is sent. */
export function keepRollup(c: Context<AppEnv>, key: Request, text: string): void {
  const store = cache();
  if (!store) return;
  const put = store
    .put(
      key,
      new Response(text, {
        headers: {
          "Content-Type": "application/json; charset=UTF-8",
          "Cache-Control": `max-age=${KEEP_SECONDS}`,
        },
      }),
    )
    .catch(() => {});
  try {
    c.executionCtx.waitUntil(put);
  } catch {
    // No execution context (a direct call in a test): the put runs on its own.
  }
}
