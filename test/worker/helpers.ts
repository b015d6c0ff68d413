// Shared test helpers: requests through the worker's default export, and groups seeded via the query functions.
import { env, exports } from "cloudflare:workers";
import { insertGroupKey, revokeGroupKey } from "../../worker/src/db/group-keys.ts";
import { type Group, upsertGroup } from "../../worker/src/db/groups.ts";
import { hashKey } from "../../worker/src/key-hash.ts";

export const BASE = "https://pilah.test";

export function api(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
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

export interface ErrorEnvelope {
  error: {
    code: string;
    message: string;
    issues: { path: (string | number)[]; message: string }[];
  };
}

/** Every table's full contents, to show that a request stored nothing. */
export async function dumpDatabase(): Promise<Record<string, unknown[]>> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' ORDER BY name",
  ).all<{ name: string }>();
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const { results } = await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    dump[name] = results;
  }
  return dump;
}
