// Query functions for stored summaries: the latest canonical counts per group, form and period.
import type { FormId } from "../../../core/form-ids.ts";
import type { SummaryTable } from "../../../core/summary.ts";

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
 * Stores `content` (canonical JSON) as the group's summary for form and period in one UPSERT:
 * new content becomes revision n+1, identical content (same hash) leaves the row as it was.
 * One statement, so two racing uploads are serialised by SQLite and neither revision is lost.
 */
export async function putSummary(
  db: D1Database,
  input: {
    groupId: string;
    form: FormId;
    period: string;
    content: string;
    contentSha256: string;
    now: string;
  },
): Promise<PutSummaryResult> {
  // RETURNING cannot see the old row, so this call's random revision_id tells whether it wrote.
  const revisionId = crypto.randomUUID();
  const row = await db
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
    .bind(
      input.groupId,
      input.form,
      input.period,
      revisionId,
      input.content,
      input.contentSha256,
      input.now,
    )
    .first<{ revision: number; revision_id: string }>();
  if (!row) throw new Error("putSummary returned no row");
  return { revision: row.revision, changed: row.revision_id === revisionId };
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
    .all<{ form: FormId; revision: number; updated_at: string; content: string }>();
  return results.map((row) => ({
    form: row.form,
    revision: row.revision,
    updatedAt: row.updated_at,
    tables: (JSON.parse(row.content) as { tables: SummaryTable[] }).tables,
  }));
}
