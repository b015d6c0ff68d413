// Worker settings from wrangler.toml [vars], read defensively: a bad value falls back to a safe default.

export const DEFAULT_SUPPRESSION_K = 5;

function positiveInt(text: string | undefined, fallback: number, max: number): number {
  const n = text === undefined || !/^\d{1,9}$/.test(text.trim()) ? Number.NaN : Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** Smallest count a region roll-up shows (SUPPRESSION_K); never below 1, default 5. */
export function suppressionK(env: { SUPPRESSION_K?: string }): number {
  return positiveInt(env.SUPPRESSION_K, DEFAULT_SUPPRESSION_K, 1000);
}

/** How long a D1 call may take before the request is answered 503 (D1_TIMEOUT_MS). */
export function d1TimeoutMs(env: { D1_TIMEOUT_MS?: string }, fallback: number): number {
  return positiveInt(env.D1_TIMEOUT_MS, fallback, 120_000);
}
