// Shared test helpers: requests through the worker (as deployed, or with changed settings), seeded groups, area picks.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import type { Summary } from "../../core/summary.ts";
import { insertGroupKey, revokeGroupKey } from "../../worker/src/db/group-keys.ts";
import { type Group, upsertGroup } from "../../worker/src/db/groups.ts";
import worker from "../../worker/src/index.ts";
import { hashKey } from "../../worker/src/key-hash.ts";
import { childrenOf } from "../../worker/src/regions.ts";
import { todayInIndonesia } from "../../worker/src/today.ts";
import { summaryOfRows } from "../support/summaries.ts";

export const BASE = "https://pilah.test";

/** worker/vitest.config.ts's ADMIN_TOKEN binding (a secret in production). */
export const ADMIN_TOKEN = "test-admin-token-0123456789abcdef0123456789";

export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

/**
 * The same app called directly with the test env, for files that send thousands of requests:
 * exports.default.fetch gets slower with every request a workerd instance has served
 * (cloudflare/workers-sdk#15446), this path does not.
 */
export function direct(path: string, init?: RequestInit): Promise<Response> {
  return apiWithEnv({}, path, init);
}

export type EnvOverrides = Partial<Omit<Env, "DB">> & { DB?: D1Database; ADMIN_TOKEN?: string };

/** A request to the same app with some bindings or settings changed (e.g. a quota, DB). */
export async function apiWithEnv(
  overrides: EnvOverrides,
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${BASE}${path}`, init),
    { ...env, ADMIN_TOKEN, ...overrides },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

export function jsonInit(method: string, key: string | null, body: unknown): RequestInit {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  return { method, headers, body: typeof body === "string" ? body : JSON.stringify(body) };
}

export function auth(key: string): RequestInit {
  return { headers: { Authorization: `Bearer ${key}` } };
}

export interface SeededGroup {
  group: Group;
  key: string;
  keyId: string;
}

/** A new group with one live key; ids are unique because D1 state is shared within a file. */
export async function seedGroup(
  name = "Kelompok Uji",
  villages = ["73.09.03.2004", "73.09.03.2005"],
): Promise<SeededGroup> {
  const id = `g-${crypto.randomUUID()}`;
  const group = await upsertGroup(env.DB, { id, name, villages });
  return { group, ...(await addKey(id)) };
}

/** Another live key for an existing group. */
export async function addKey(groupId: string): Promise<{ key: string; keyId: string }> {
  const key = `test-${crypto.randomUUID()}`;
  const keyId = `k-${crypto.randomUUID()}`;
  await insertGroupKey(env.DB, { id: keyId, groupId, keyHash: await hashKey(key) });
  return { key, keyId };
}

export async function revoke(keyId: string): Promise<void> {
  await revokeGroupKey(env.DB, keyId, new Date().toISOString());
}

/** The real villages of a district (e.g. "73.09.03"), from the bundled Kemendagri list. */
export function villagesOf(district: string): string[] {
  const villages = childrenOf(district)?.map((v) => v.code) ?? [];
  if (villages.length === 0) throw new Error(`no villages under ${district}`);
  return villages;
}

export interface ErrorEnvelope {
  error: {
    code: string;
    message: string;
    issues: { path: (string | number)[]; message: string }[];
  };
}

/** Every table's full contents, to show that a request stored nothing (two D1 round trips). */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
  ).all<{ name: string }>();
  const contents = await env.DB.batch(
    tables.map(({ name }) => env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`)),
  );
  return Object.fromEntries(tables.map(({ name }, i) => [name, contents[i]?.results ?? []]));
}

/** This year where the worker judges periods (Indonesia): tests use periods relative to it, so they never age. */
export const YEAR = Number(todayInIndonesia(new Date()).slice(0, 4));

/** The villages seedGroup gives a group by default. */
export const DEFAULT_VILLAGES = ["73.09.03.2004", "73.09.03.2005"];

/** A valid person summary of `rows` for the default villages (or `villages`), as the add-on makes it. */
export function personSummary(
  rows: readonly Record<string, unknown>[],
  period = String(YEAR),
  villages: readonly string[] = DEFAULT_VILLAGES,
): Summary {
  return summaryOfRows("person", rows, { villages, period });
}
