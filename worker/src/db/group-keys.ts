// Query functions for group keys: only SHA-256 hashes are stored, looked up by hash.
import { type Group, type GroupRow, groupFromRow } from "./groups.ts";

export interface GroupKey {
  id: string;
  groupId: string;
  keyHash: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface KeyWithGroup {
  keyId: string;
  keyHash: string;
  revokedAt: string | null;
  group: Group;
}

export async function insertGroupKey(
  db: D1Database,
  key: { id: string; groupId: string; keyHash: string },
): Promise<GroupKey> {
  const row = await db
    .prepare(
      `INSERT INTO group_keys (id, group_id, key_hash) VALUES (?1, ?2, ?3)
       RETURNING id, group_id, key_hash, created_at, revoked_at`,
    )
    .bind(key.id, key.groupId, key.keyHash)
    .first<{
      id: string;
      group_id: string;
      key_hash: string;
      created_at: string;
      revoked_at: string | null;
    }>();
  if (!row) throw new Error("insertGroupKey returned no row");
  return {
    id: row.id,
    groupId: row.group_id,
    keyHash: row.key_hash,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** Marks a key revoked (once: the first revocation time is kept); false when no such key. */
export async function revokeGroupKey(db: D1Database, id: string, at: string): Promise<boolean> {
  const result = await db
    .prepare("UPDATE group_keys SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1")
    .bind(id, at)
    .run();
  return result.meta.changes > 0;
}

/** The key with this hash and its group, revoked or not (the caller decides). */
export async function findKeyByHash(db: D1Database, keyHash: string): Promise<KeyWithGroup | null> {
  const row = await db
    .prepare(
      `SELECT k.id AS key_id, k.key_hash, k.revoked_at,
              g.id, g.name, g.villages, g.created_at
       FROM group_keys AS k JOIN groups AS g ON g.id = k.group_id
       WHERE k.key_hash = ?1`,
    )
    .bind(keyHash)
    .first<GroupRow & { key_id: string; key_hash: string; revoked_at: string | null }>();
  if (!row) return null;
  return {
    keyId: row.key_id,
    keyHash: row.key_hash,
    revokedAt: row.revoked_at,
    group: groupFromRow(row),
  };
}
