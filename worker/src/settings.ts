// Worker settings from wrangler.toml [vars], read defensively: a bad value falls back to a safe default.

function positiveInt(text: string | undefined, fallback: number, max: number): number {
  const n = text === undefined || !/^\d{1,9}$/.test(text.trim()) ? Number.NaN : Number(text);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export const DEFAULT_STORAGE_QUOTA_BYTES = 16 * 1024 * 1024;
export const DEFAULT_DAILY_REVISIONS = 100;

/** Bytes a group may keep on the server (GROUP_STORAGE_QUOTA_BYTES), default 16 MiB. */
export function storageQuotaBytes(env: { GROUP_STORAGE_QUOTA_BYTES?: string }): number {
  return positiveInt(env.GROUP_STORAGE_QUOTA_BYTES, DEFAULT_STORAGE_QUOTA_BYTES, 1_000_000_000);
}

/** New summary revisions a group may store per day (GROUP_DAILY_REVISIONS), default 100. */
export function dailyRevisions(env: { GROUP_DAILY_REVISIONS?: string }): number {
  return positiveInt(env.GROUP_DAILY_REVISIONS, DEFAULT_DAILY_REVISIONS, 100_000);
}

/** How long a D1 call may take before the request is answered 503 (D1_TIMEOUT_MS). */
export function d1TimeoutMs(env: { D1_TIMEOUT_MS?: string }, fallback: number): number {
  return positiveInt(env.D1_TIMEOUT_MS, fallback, 120_000);
}
