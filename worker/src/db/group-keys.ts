// Query functions for group keys: only SHA-256 hashes are stored, looked up by hash.
import { type Group, type GroupRow, groupFromRow } from "./groups.ts";

export interface GroupKey {
  id: string;
  groupId: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface KeyWithGroup {
  keyId: string;
  keyHash: string;
  revokedAt: string | null;
  group: Group;
}

interface KeyRow {
  id: string;
  group_id: string;
  created_at: string;
  revoked_at: string | null;
}

function keyFromRow(row: KeyRow): GroupKey {
  return {
    id: row.id,
    groupId: row.group_id,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** Stores a key's hash for a group, without an audit row (tests and seeding). */
export async function insertGroupKey(
  db: D1Database,
  key: { id: string; groupId: string; keyHash: string },
): Promise<GroupKey> {
  const row = await db
    .prepare(
      `INSERT INTO group_keys (id, group_id, key_hash) VALUES (?1, ?2, ?3)
       RETURNING id, group_id, created_at, revoked_at`,
    )
    .bind(key.id, key.groupId, key.keyHash)
    .first<KeyRow>();
  if (!row) throw new Error("insertGroupKey returned no row");
  return keyFromRow(row);
}

/**
 * The admin issues a key: its hash and the audit row in one transaction. Null when the group
 * does not exist (then nothing is written).
 */
export async function issueGroupKey(
  db: D1Database,
  key: { id: string; groupId: string; keyHash: string },
  at: string,
): Promise<GroupKey | null> {
  const [inserted] = await db.batch<KeyRow>([
    db
      .prepare(
        `INSERT INTO group_keys (id, group_id, key_hash, created_at)
         SELECT ?1, id, ?3, ?4 FROM groups WHERE id = ?2
         RETURNING id, group_id, created_at, revoked_at`,
      )
      .bind(key.id, key.groupId, key.keyHash, at),
    db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, group_id, key_id)
         SELECT ?2, 'admin', 'key.issue', group_id, id FROM group_keys WHERE id = ?1`,
      )
      .bind(key.id, at),
  ]);
  const row = inserted?.results[0];
  return row ? keyFromRow(row) : null;
}

/**
 * The admin revokes a key at once (the first revocation time is kept) and the audit row records
 * it; null when there is no such key.
 */
export async function revokeGroupKey(
  db: D1Database,
  id: string,
  at: string,
): Promise<GroupKey | null> {
  const [updated] = await db.batch<KeyRow>([
    db
      .prepare(
        `UPDATE group_keys SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1
         RETURNING id, group_id, created_at, revoked_at`,
      )
      .bind(id, at),
    db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, group_id, key_id)
         SELECT ?2, 'admin', 'key.revoke', group_id, id FROM group_keys WHERE id = ?1`,
      )
      .bind(id, at),
  ]);
  const row = updated?.results[0];
  return row ? keyFromRow(row) : null;
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
