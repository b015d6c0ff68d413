// The audit trail: who did what to which group, key, summary or form, and which exact roll-ups the admin read — never any content.
import type { AuditAction } from "../../../core/api/admin.ts";

// Rows are written in the same batch (one transaction) as the change they record.

export type { AuditAction };

export interface AuditEntry {
  id: number;
  at: string;
  actor: "admin" | "group";
  actorGroupId: string | null;
  actorKeyId: string | null;
  action: AuditAction;
  groupId: string | null;
  keyId: string | null;
  form: string | null;
  period: string | null;
  revision: number | null;
  region: string | null;
}

interface AuditRow {
  id: number;
  at: string;
  actor: "admin" | "group";
  actor_group_id: string | null;
  actor_key_id: string | null;
  action: AuditAction;
  group_id: string | null;
  key_id: string | null;
  form: string | null;
  period: string | null;
  revision: number | null;
  region: string | null;
}

const COLUMNS =
  "id, at, actor, actor_group_id, actor_key_id, action, group_id, key_id, form, period, revision, region";

function fromRow(r: AuditRow): AuditEntry {
  return {
    id: r.id,
    at: r.at,
    actor: r.actor,
    actorGroupId: r.actor_group_id,
    actorKeyId: r.actor_key_id,
    action: r.action,
    groupId: r.group_id,
    keyId: r.key_id,
    form: r.form,
    period: r.period,
    revision: r.revision,
    region: r.region,
  };
}

/** The newest entries about a group, newest first. */
export async function listAudit(
  db: D1Database,
  groupId: string,
  limit = 100,
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM audit_log WHERE group_id = ?1 ORDER BY id DESC LIMIT ?2`)
    .bind(groupId, limit)
    .all<AuditRow>();
  return results.map(fromRow);
}

/** Records an admin's exact roll-up read: the area, period and form (or every form), never what was read. */
export async function auditExactRead(
  db: D1Database,
  read: { at: string; region: string; period: string; form: string | null },
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO audit_log (at, actor, action, region, period, form)
       VALUES (?1, 'admin', 'rollup.exact', ?2, ?3, ?4)`,
    )
    .bind(read.at, read.region, read.period, read.form)
    .run();
}

/** The admin's exact roll-up reads and floor changes (entries about no group), newest first. */
export async function listProgrammeAudit(db: D1Database, limit = 100): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM audit_log WHERE group_id IS NULL ORDER BY id DESC LIMIT ?1`)
    .bind(limit)
    .all<AuditRow>();
  return results.map(fromRow);
}
