// Query functions for field entry: the group's public key, member tokens (hashes only) and the sealed inbox.
import type { InboxItem, InboxState } from "../../../core/api/field.ts";

export interface MemberToken {
  id: string;
  groupId: string;
  tokenHash: string;
  createdAt: string;
  revokedAt: string | null;
}

interface MemberRow {
  id: string;
  group_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

const memberFromRow = (r: MemberRow): MemberToken => ({
  id: r.id,
  groupId: r.group_id,
  tokenHash: r.token_hash,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export async function setFieldKey(
  db: D1Database,
  groupId: string,
  publicKey: string,
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO field_keys (group_id, public_key, updated_at) VALUES (?1, ?2, ?3)
       ON CONFLICT (group_id) DO UPDATE SET public_key = excluded.public_key, updated_at = excluded.updated_at`,
    )
    .bind(groupId, publicKey, at)
    .run();
}

export async function getFieldKey(
  db: D1Database,
  groupId: string,
): Promise<{ publicKey: string; updatedAt: string } | null> {
  const row = await db
    .prepare("SELECT public_key, updated_at FROM field_keys WHERE group_id = ?1")
    .bind(groupId)
    .first<{ public_key: string; updated_at: string }>();
  return row ? { publicKey: row.public_key, updatedAt: row.updated_at } : null;
}

/** Inserts a member token's hash unless the group already holds `max` tokens; null then. */
export async function insertMemberToken(
  db: D1Database,
  token: { id: string; groupId: string; tokenHash: string },
  at: string,
  max: number,
): Promise<MemberToken | null> {
  const row = await db
    .prepare(
      `INSERT INTO member_tokens (id, group_id, token_hash, created_at)
       SELECT ?1, ?2, ?3, ?4 WHERE (SELECT count(*) FROM member_tokens WHERE group_id = ?2) < ?5
       RETURNING id, group_id, token_hash, created_at, revoked_at`,
    )
    .bind(token.id, token.groupId, token.tokenHash, at, max)
    .first<MemberRow>();
  return row ? memberFromRow(row) : null;
}

export async function listMemberTokens(db: D1Database, groupId: string): Promise<MemberToken[]> {
  const { results } = await db
    .prepare(
      `SELECT id, group_id, token_hash, created_at, revoked_at FROM member_tokens
       WHERE group_id = ?1 ORDER BY created_at, id`,
    )
    .bind(groupId)
    .all<MemberRow>();
  return results.map(memberFromRow);
}

/** Revokes one of the group's member tokens; null when the group has no such token. */
export async function revokeMemberToken(
  db: D1Database,
  groupId: string,
  id: string,
  at: string,
): Promise<MemberToken | null> {
  const row = await db
    .prepare(
      `UPDATE member_tokens SET revoked_at = coalesce(revoked_at, ?3)
       WHERE group_id = ?1 AND id = ?2
       RETURNING id, group_id, token_hash, created_at, revoked_at`,
    )
    .bind(groupId, id, at)
    .first<MemberRow>();
  return row ? memberFromRow(row) : null;
}

export async function findMemberByHash(
  db: D1Database,
  tokenHash: string,
): Promise<MemberToken | null> {
  const row = await db
    .prepare(
      "SELECT id, group_id, token_hash, created_at, revoked_at FROM member_tokens WHERE token_hash = ?1",
    )
    .bind(tokenHash)
    .first<MemberRow>();
  return row ? memberFromRow(row) : null;
}

/** Expired items go: the ciphertext and, after the same 30 days, the state too. */
export async function dropExpired(db: D1Database, now: string): Promise<void> {
  await db.prepare("DELETE FROM inbox_items WHERE expires_at <= ?1").bind(now).run();
}

export async function inboxBytes(db: D1Database, groupId: string): Promise<number> {
  const row = await db
    .prepare(
      "SELECT coalesce(sum(size), 0) AS n FROM inbox_items WHERE group_id = ?1 AND box IS NOT NULL",
    )
    .bind(groupId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

export type PutOutcome = InboxState | "taken_by_other";

/**
 * Stores sealed items (a resend of an id this member already sent changes nothing, except after the
 * sheet rejected it as unreadable: the phone's intact copy then replaces it); an id another member
 * used in the group is refused. Returns each item's state after the call.
 */
export async function putInboxItems(
  db: D1Database,
  groupId: string,
  memberId: string,
  items: InboxItem[],
  receivedAt: string,
  expiresAt: string,
): Promise<PutOutcome[]> {
  const statements = items.map((item) =>
    db
      .prepare(
        `INSERT INTO inbox_items
           (group_id, id, member_id, form, village, saved_at, received_at, expires_at, box, size, state)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'sent')
         ON CONFLICT (group_id, id) DO UPDATE SET
           box = excluded.box, size = excluded.size, state = 'sent',
           received_at = excluded.received_at, expires_at = excluded.expires_at
         WHERE inbox_items.state = 'rejected' AND inbox_items.member_id = excluded.member_id`,
      )
      .bind(
        groupId,
        item.id,
        memberId,
        item.form,
        item.village,
        item.saved_at,
        receivedAt,
        expiresAt,
        item.box,
        item.box.length,
      ),
  );
  await db.batch(statements);
  const states = await itemStates(
    db,
    groupId,
    items.map((i) => i.id),
  );
  return items.map((i) => {
    const s = states.get(i.id);
    if (!s) return "unknown";
    return s.memberId === memberId ? s.state : "taken_by_other";
  });
}

async function itemStates(
  db: D1Database,
  groupId: string,
  ids: string[],
): Promise<Map<string, { memberId: string; state: InboxState }>> {
  const { results } = await db
    .prepare(
      `SELECT id, member_id, state FROM inbox_items
       WHERE group_id = ?1 AND id IN (SELECT value FROM json_each(?2))`,
    )
    .bind(groupId, JSON.stringify(ids))
    .all<{ id: string; member_id: string; state: InboxState }>();
  return new Map(results.map((r) => [r.id, { memberId: r.member_id, state: r.state }]));
}

/** A member's own items' states; anything else (another member's, unknown) reads as "unknown". */
export async function memberItemStates(
  db: D1Database,
  groupId: string,
  memberId: string,
  ids: string[],
): Promise<InboxState[]> {
  const states = await itemStates(db, groupId, ids);
  return ids.map((id) => {
    const s = states.get(id);
    return s && s.memberId === memberId ? s.state : "unknown";
  });
}

export interface SealedItem extends InboxItem {
  memberId: string;
  receivedAt: string;
}

/** The oldest sealed items waiting for the sheet, `limit` at most. */
export async function pullInbox(
  db: D1Database,
  groupId: string,
  limit: number,
): Promise<SealedItem[]> {
  const { results } = await db
    .prepare(
      `SELECT id, member_id, form, village, saved_at, received_at, box FROM inbox_items
       WHERE group_id = ?1 AND box IS NOT NULL ORDER BY received_at, id LIMIT ?2`,
    )
    .bind(groupId, limit)
    .all<{
      id: string;
      member_id: string;
      form: InboxItem["form"];
      village: string;
      saved_at: string;
      received_at: string;
      box: string;
    }>();
  return results.map((r) => ({
    id: r.id,
    form: r.form,
    village: r.village,
    saved_at: r.saved_at,
    box: r.box,
    memberId: r.member_id,
    receivedAt: r.received_at,
  }));
}

/** The sheet took (or refused) items: their ciphertext is deleted, only the state stays. */
export async function acknowledgeItems(
  db: D1Database,
  groupId: string,
  items: { id: string; state: "taken" | "rejected" }[],
): Promise<void> {
  await db.batch(
    items.map((i) =>
      db
        .prepare(
          `UPDATE inbox_items SET state = ?3, box = NULL, size = 0
           WHERE group_id = ?1 AND id = ?2`,
        )
        .bind(groupId, i.id, i.state),
    ),
  );
}
