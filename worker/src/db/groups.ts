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

export async function getGroup(db: D1Database, id: string): Promise<Group | null> {
  const row = await db
    .prepare("SELECT id, name, villages, created_at FROM groups WHERE id = ?1")
    .bind(id)
    .first<GroupRow>();
  return row ? groupFromRow(row) : null;
}
