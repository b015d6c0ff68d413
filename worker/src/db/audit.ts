// The audit trail: who did what to which group, key or summary, and when — never any content.

// Rows are written in the same batch (one transaction) as the change they record.

export type AuditAction =
  | "group.create"
  | "key.issue"
  | "key.revoke"
  | "summary.revise"
  | "summary.unchanged";

export interface AuditEntry {
  id: number;
  at: string;
  actor: "admin" | "group";
  actorGroupId: string | null;
  actorKeyId: string | null;
  action: AuditAction;
  groupId: string;
  keyId: string | null;
  form: string | null;
  period: string | null;
  revision: number | null;
}

/** The newest entries about a group, newest first. */
export async function listAudit(
  db: D1Database,
  groupId: string,
  limit = 100,
): Promise<AuditEntry[]> {
  const { results } = await db
    .prepare(
      `SELECT id, at, actor, actor_group_id, actor_key_id, action, group_id, key_id, form, period, revision
       FROM audit_log WHERE group_id = ?1 ORDER BY id DESC LIMIT ?2`,
    )
    .bind(groupId, limit)
    .all<{
      id: number;
      at: string;
      actor: "admin" | "group";
      actor_group_id: string | null;
      actor_key_id: string | null;
      action: AuditAction;
      group_id: string;
      key_id: string | null;
      form: string | null;
      period: string | null;
      revision: number | null;
    }>();
  return results.map((r) => ({
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
  }));
}
