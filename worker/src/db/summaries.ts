// Query functions for stored summaries: the latest canonical counts per group, form and period, and their history.
import type { FormId } from "../../../core/form-ids.ts";
import type { SummaryTable } from "../../../core/summary.ts";
import { type Group, type GroupRow, groupFromRow } from "./groups.ts";

export interface PutSummaryResult {
  revision: number;
  changed: boolean;
}

export interface StoredSummary {
  form: FormId;
  revision: number;
  updatedAt: string;
  tables: SummaryTable[];
}

/**
 * Stores `content` (canonical JSON) as the group's summary for form and period: new content
 * becomes revision n+1 and a history row, identical content (same hash) leaves everything as it
 * was. The upsert, the history row and the audit row are one batch, which D1 runs as one
 * transaction: two racing uploads are serialised, each gets its own revision, neither is lost,
 * and a failure part-way leaves nothing half-written.
 */
export async function putSummary(
  db: D1Database,
  input: {
    groupId: string;
    keyId: string;
    form: FormId;
    period: string;
    content: string;
    contentSha256: string;
    now: string;
  },
): Promise<PutSummaryResult> {
  // RETURNING cannot see the old row, so this call's random revision_id tells whether it wrote.
  const revisionId = crypto.randomUUID();
  const { groupId, keyId, form, period, now } = input;
  const [upserted] = await db.batch<{ revision: number; revision_id: string }>([
    db
      .prepare(
        `INSERT INTO summaries
           (group_id, form, period, revision, revision_id, content, content_sha256, created_at, updated_at)
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT (group_id, form, period) DO UPDATE SET
           revision = CASE WHEN content_sha256 = excluded.content_sha256
                           THEN revision ELSE revision + 1 END,
           revision_id = CASE WHEN content_sha256 = excluded.content_sha256
                              THEN revision_id ELSE excluded.revision_id END,
           updated_at = CASE WHEN content_sha256 = excluded.content_sha256
                             THEN updated_at ELSE excluded.updated_at END,
           content = CASE WHEN content_sha256 = excluded.content_sha256
                          THEN content ELSE excluded.content END,
           content_sha256 = excluded.content_sha256
         RETURNING revision, revision_id`,
      )
      .bind(groupId, form, period, revisionId, input.content, input.contentSha256, now),
    // The history row, only when this call wrote a new revision (its revision_id is current).
    db
      .prepare(
        `INSERT INTO summary_revisions
           (group_id, form, period, revision, content, content_sha256, key_id, created_at)
         SELECT group_id, form, period, revision, content, content_sha256, ?5, updated_at
         FROM summaries
         WHERE group_id = ?1 AND form = ?2 AND period = ?3 AND revision_id = ?4`,
      )
      .bind(groupId, form, period, revisionId, keyId),
    db
      .prepare(
        `INSERT INTO audit_log
           (at, actor, actor_group_id, actor_key_id, action, group_id, form, period, revision)
         SELECT ?5, 'group', group_id, ?6,
                CASE WHEN revision_id = ?4 THEN 'summary.revise' ELSE 'summary.unchanged' END,
                group_id, form, period, revision
         FROM summaries WHERE group_id = ?1 AND form = ?2 AND period = ?3`,
      )
      .bind(groupId, form, period, revisionId, now, keyId),
  ]);
  const row = upserted?.results[0];
  if (!row) throw new Error("putSummary returned no row");
  return { revision: row.revision, changed: row.revision_id === revisionId };
}

interface SummaryRow {
  form: FormId;
  revision: number;
  updated_at: string;
  content: string;
}

function storedFromRow(row: SummaryRow): StoredSummary {
  return {
    form: row.form,
    revision: row.revision,
    updatedAt: row.updated_at,
    tables: (JSON.parse(row.content) as { tables: SummaryTable[] }).tables,
  };
}

/** The group's summaries for one period (optionally one form), by form. */
export async function listGroupSummaries(
  db: D1Database,
  groupId: string,
  period: string,
  form?: FormId,
): Promise<StoredSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT form, revision, updated_at, content FROM summaries
       WHERE group_id = ?1 AND period = ?2 AND (?3 IS NULL OR form = ?3)
       ORDER BY form`,
    )
    .bind(groupId, period, form ?? null)
    .all<SummaryRow>();
  return results.map(storedFromRow);
}

export interface AreaSummaries {
  /** Groups with a village under the area (every group for "all"), by id. */
  groups: Group[];
  /** Those groups' latest summaries for the period, by group then form. */
  summaries: (StoredSummary & { groupId: string })[];
}

/**
 * What a roll-up over an area needs, read in one batch so the groups and their summaries are
 * one consistent snapshot. `prefix` is a validated dotted area code or "all".
 */
export async function readAreaSummaries(
  db: D1Database,
  prefix: string,
  period: string,
  form?: FormId,
): Promise<AreaSummaries> {
  const underArea = `(?1 = 'all' OR EXISTS (
      SELECT 1 FROM json_each(g.villages) AS v WHERE v.value = ?1 OR v.value LIKE ?1 || '.%'))`;
  const [groups, summaries] = await db.batch([
    db
      .prepare(
        `SELECT id, name, villages, created_at FROM groups AS g WHERE ${underArea} ORDER BY id`,
      )
      .bind(prefix),
    db
      .prepare(
        `SELECT s.group_id, s.form, s.revision, s.updated_at, s.content
         FROM summaries AS s JOIN groups AS g ON g.id = s.group_id
         WHERE s.period = ?2 AND (?3 IS NULL OR s.form = ?3) AND ${underArea}
         ORDER BY s.group_id, s.form`,
      )
      .bind(prefix, period, form ?? null),
  ]);
  return {
    groups: ((groups?.results ?? []) as GroupRow[]).map(groupFromRow),
    summaries: ((summaries?.results ?? []) as (SummaryRow & { group_id: string })[]).map((row) => ({
      ...storedFromRow(row),
      groupId: row.group_id,
    })),
  };
}
