// Query functions for groups: a community group and the villages it works in.
export interface Group {
  id: string;
  name: string;
  villages: string[];
  createdAt: string;
}

export interface GroupRow {
  id: string;
  name: string;
  villages: string;
  created_at: string;
}

export interface KeySummary {
  id: string;
  createdAt: string;
  revokedAt: string | null;
}

export function groupFromRow(row: GroupRow): Group {
  return {
    id: row.id,
    name: row.name,
    villages: JSON.parse(row.villages) as string[],
    createdAt: row.created_at,
  };
}

/** Creates the group, or updates its name and villages when the id exists (keeps its summaries). */
export async function upsertGroup(
  db: D1Database,
  group: { id: string; name: string; villages: readonly string[] },
): Promise<Group> {
  const row = await db
    .prepare(
      `INSERT INTO groups (id, name, villages) VALUES (?1, ?2, ?3)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, villages = excluded.villages
       RETURNING id, name, villages, created_at`,
    )
    .bind(group.id, group.name, JSON.stringify(group.villages))
    .first<GroupRow>();
  if (!row) throw new Error("upsertGroup returned no row");
  return groupFromRow(row);
}

/**
 * Creates a new group and its audit row in one transaction; null when the id is taken, and then
 * nothing is written. Groups are created by the admin only.
 */
export async function createGroup(
  db: D1Database,
  group: { id: string; name: string; villages: readonly string[] },
  at: string,
): Promise<Group | null> {
  const [inserted] = await db.batch<GroupRow>([
    db
      .prepare(
        `INSERT INTO groups (id, name, villages, created_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO NOTHING
         RETURNING id, name, villages, created_at`,
      )
      .bind(group.id, group.name, JSON.stringify(group.villages), at),
    // Only when the insert above created the group: an existing group has another creation
    // time or (created at this very millisecond by a racing request) already its audit row.
    db
      .prepare(
        `INSERT INTO audit_log (at, actor, action, group_id)
         SELECT ?1, 'admin', 'group.create', id FROM groups WHERE id = ?2 AND created_at = ?1
           AND NOT EXISTS (SELECT 1 FROM audit_log WHERE action = 'group.create' AND group_id = ?2)`,
      )
      .bind(at, group.id),
  ]);
  const row = inserted?.results[0];
  return row ? groupFromRow(row) : null;
}

export async function getGroup(db: D1Database, id: string): Promise<Group | null> {
  const row = await db
    .prepare("SELECT id, name, villages, created_at FROM groups WHERE id = ?1")
    .bind(id)
    .first<GroupRow>();
  return row ? groupFromRow(row) : null;
}

/** Every group with its keys (ids and dates only, never hashes), by id. */
export async function listGroupsWithKeys(
  db: D1Database,
): Promise<(Group & { keys: KeySummary[] })[]> {
  const [groups, keys] = await db.batch([
    db.prepare("SELECT id, name, villages, created_at FROM groups ORDER BY id"),
    db.prepare(
      "SELECT id, group_id, created_at, revoked_at FROM group_keys ORDER BY group_id, created_at, id",
    ),
  ]);
  const byGroup = new Map<string, KeySummary[]>();
  for (const k of (keys?.results ?? []) as {
    id: string;
    group_id: string;
    created_at: string;
    revoked_at: string | null;
  }[]) {
    const list = byGroup.get(k.group_id) ?? [];
    list.push({ id: k.id, createdAt: k.created_at, revokedAt: k.revoked_at });
    byGroup.set(k.group_id, list);
  }
  return ((groups?.results ?? []) as GroupRow[]).map((row) => ({
    ...groupFromRow(row),
    keys: byGroup.get(row.id) ?? [],
  }));
}
