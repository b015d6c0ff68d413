// Query functions for stored summaries: the latest canonical counts per group, form and period, their last revisions, and the group's quotas.
import type { FormId } from "../../../core/form-ids.ts";
import { SUMMARY_FORMAT, type SummaryTable } from "../../../core/summary.ts";
import { type Group, type GroupRow, groupFromRow } from "./groups.ts";

export type PutSummaryResult =
  | { kind: "written"; revision: number }
  | { kind: "unchanged"; revision: number }
  | { kind: "storage_quota"; used: number; quota: number }
  | { kind: "daily_quota"; revisions: number; quota: number };

export interface StoredSummary {
  form: FormId;
  revision: number;
  updatedAt: string;
  /** Stored before cell keys existed (format 1): kept for the group, never rolled up. */
  stale: boolean;
  tables: SummaryTable[];
}

export interface SummaryQuotas {
  /** Bytes of every kept revision of every summary of the group. */
  storageBytes: number;
  /** New revisions per day (UTC). */
  dailyRevisions: number;
  /** Revisions kept per summary. */
  revisionsKept: number;
}

// Days of daily counters kept: enough for "today" in every time zone, nothing more.
const DAILY_ROWS_KEPT_DAYS = 3;

function dayBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * Stores `content` (canonical JSON) as the group's summary for form and period. Identical content
 * (same hash) writes nothing. New content becomes revision n+1, within the group's quotas: the
 * bytes of its kept revisions plus this one, and its new revisions today. The write, the history
 * row, the pruning of revisions beyond the last `revisionsKept`, the day's counter and the audit
 * row are one batch, which D1 runs as one transaction: racing uploads are serialised, each gets its
 * own revision, the quota guard is re-checked inside it, and a failure leaves nothing half-written.
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
    /** The summary's served parts (core/rollup.ts, encodeParts), stored beside it. */
    served: Int32Array;
    shapeSig: string;
    /** The group's villages the parts were made on. */
    villages: readonly string[];
    now: string;
    quotas: SummaryQuotas;
  },
): Promise<PutSummaryResult> {
  const { groupId, keyId, form, period, now, quotas } = input;
  const day = now.slice(0, 10);
  // One read decides the usual outcomes, so the caller can say which quota was reached.
  const state = await db
    .prepare(
      `SELECT
         (SELECT revision FROM summaries WHERE group_id = ?1 AND form = ?2 AND period = ?3) AS revision,
         (SELECT content_sha256 FROM summaries WHERE group_id = ?1 AND form = ?2 AND period = ?3) AS sha,
         (SELECT COALESCE(SUM(length(CAST(content AS BLOB))), 0) FROM summary_revisions WHERE group_id = ?1)
           + (SELECT COALESCE(SUM(length(served)), 0) FROM summaries WHERE group_id = ?1) AS used,
         (SELECT COALESCE(MAX(revisions), 0) FROM group_daily_revisions WHERE group_id = ?1 AND day = ?4) AS today`,
    )
    .bind(groupId, form, period, day)
    .first<{ revision: number | null; sha: string | null; used: number; today: number }>();
  if (state?.sha === input.contentSha256 && state.revision !== null) {
    return { kind: "unchanged", revision: state.revision };
  }
  const served = new Uint8Array(
    input.served.buffer,
    input.served.byteOffset,
    input.served.byteLength,
  );
  // Both stay: the canonical summary (its revisions) and the served parts beside the current one.
  const bytes = utf8Bytes(input.content) + served.byteLength;
  const used = state?.used ?? 0;
  if (used + bytes > quotas.storageBytes) {
    return { kind: "storage_quota", used, quota: quotas.storageBytes };
  }
  if ((state?.today ?? 0) >= quotas.dailyRevisions) {
    return { kind: "daily_quota", revisions: state?.today ?? 0, quota: quotas.dailyRevisions };
  }

  // RETURNING cannot see the old row, so this call's random revision_id tells whether it wrote.
  const revisionId = crypto.randomUUID();
  const wrote = `EXISTS (SELECT 1 FROM summaries
      WHERE group_id = ?1 AND form = ?2 AND period = ?3 AND revision_id = ?4)`;
  const [upserted] = await db.batch<{ revision: number; revision_id: string }>([
    db
      .prepare(
        `INSERT INTO summaries
           (group_id, form, period, revision, revision_id, content, content_sha256, created_at, updated_at,
            served, shape_sig, villages)
         SELECT ?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?7, ?12, ?13, ?14
         WHERE (SELECT COALESCE(SUM(length(CAST(content AS BLOB))), 0)
                  FROM summary_revisions WHERE group_id = ?1)
               + (SELECT COALESCE(SUM(length(served)), 0) FROM summaries WHERE group_id = ?1)
               + ?8 <= ?9
           AND (SELECT COALESCE(MAX(revisions), 0) FROM group_daily_revisions
                  WHERE group_id = ?1 AND day = ?10) < ?11
         ON CONFLICT (group_id, form, period) DO UPDATE SET
           revision = revision + 1,
           revision_id = excluded.revision_id,
           updated_at = excluded.updated_at,
           content = excluded.content,
           content_sha256 = excluded.content_sha256,
           served = excluded.served,
           shape_sig = excluded.shape_sig,
           villages = excluded.villages
         WHERE summaries.content_sha256 <> excluded.content_sha256
         RETURNING revision, revision_id`,
      )
      .bind(
        groupId,
        form,
        period,
        revisionId,
        input.content,
        input.contentSha256,
        now,
        bytes,
        quotas.storageBytes,
        day,
        quotas.dailyRevisions,
        served,
        input.shapeSig,
        JSON.stringify(input.villages),
      ),
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
        `DELETE FROM summary_revisions
         WHERE group_id = ?1 AND form = ?2 AND period = ?3 AND ${wrote}
           AND revision <= (SELECT revision FROM summaries
                            WHERE group_id = ?1 AND form = ?2 AND period = ?3) - ?5`,
      )
      .bind(groupId, form, period, revisionId, quotas.revisionsKept),
    db
      .prepare(
        `INSERT INTO group_daily_revisions (group_id, day, revisions)
         SELECT ?1, ?5, 1 WHERE ${wrote}
         ON CONFLICT (group_id, day) DO UPDATE SET revisions = revisions + 1`,
      )
      .bind(groupId, form, period, revisionId, day),
    db
      .prepare(`DELETE FROM group_daily_revisions WHERE group_id = ?1 AND day < ?2`)
      .bind(groupId, dayBefore(day, DAILY_ROWS_KEPT_DAYS)),
    db
      .prepare(
        `INSERT INTO audit_log
           (at, actor, actor_group_id, actor_key_id, action, group_id, form, period, revision)
         SELECT ?5, 'group', group_id, ?6, 'summary.revise', group_id, form, period, revision
         FROM summaries WHERE group_id = ?1 AND form = ?2 AND period = ?3 AND revision_id = ?4`,
      )
      .bind(groupId, form, period, revisionId, now, keyId),
  ]);
  const row = upserted?.results[0];
  if (row) return { kind: "written", revision: row.revision };
  // The guard inside the transaction refused: a racing upload used the last of a quota, or stored the same content first.
  const after = await db
    .prepare(
      `SELECT revision, content_sha256 AS sha FROM summaries WHERE group_id = ?1 AND form = ?2 AND period = ?3`,
    )
    .bind(groupId, form, period)
    .first<{ revision: number; sha: string }>();
  if (after?.sha === input.contentSha256) return { kind: "unchanged", revision: after.revision };
  return { kind: "storage_quota", used, quota: quotas.storageBytes };
}

/** UTF-8 length, as SQLite's length(CAST(… AS BLOB)) counts the stored text. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

interface SummaryRow {
  form: FormId;
  revision: number;
  updated_at: string;
  content: string;
}

function storedFromRow(row: SummaryRow): StoredSummary {
  const parsed = JSON.parse(row.content) as { format?: number; tables: SummaryTable[] };
  return {
    form: row.form,
    revision: row.revision,
    updatedAt: row.updated_at,
    stale: parsed.format !== SUMMARY_FORMAT,
    tables: parsed.tables,
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

/** A stored summary as a roll-up reads it: its served parts, its cells only when asked. */
export interface AreaSummary {
  groupId: string;
  form: FormId;
  revision: number;
  /** Stored before cell keys (format 1): not rolled up. */
  stale: boolean;
  /** The parts' report signature and villages; null for summaries stored before parts existed. */
  shapeSig: string | null;
  villages: string[];
  served: Int32Array | null;
  tables: () => SummaryTable[];
}

export interface AreaSummaries {
  /** Groups with a village under the area (every group for "all"), by id. */
  groups: Group[];
  /** Those groups' latest summaries for the period, by group then form. */
  summaries: AreaSummary[];
}

/** D1 hands a BLOB over as an ArrayBuffer (or, in some versions, an array of bytes). */
function int32Of(blob: unknown): Int32Array | null {
  if (blob instanceof ArrayBuffer) return new Int32Array(blob.slice(0));
  if (ArrayBuffer.isView(blob))
    return new Int32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
  if (Array.isArray(blob)) return new Int32Array(Uint8Array.from(blob as number[]).buffer);
  return null;
}

/**
 * What a roll-up over an area needs, read in one batch so the groups and their summaries are
 * one consistent snapshot. `prefix` is a validated dotted area code or "all". The canonical
 * content is parsed only when a roll-up needs a group's cells.
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
        `SELECT s.group_id, s.form, s.revision, s.content, s.served, s.shape_sig,
                s.villages AS part_villages
         FROM summaries AS s JOIN groups AS g ON g.id = s.group_id
         WHERE s.period = ?2 AND (?3 IS NULL OR s.form = ?3) AND ${underArea}
         ORDER BY s.group_id, s.form`,
      )
      .bind(prefix, period, form ?? null),
  ]);
  type Row = {
    group_id: string;
    form: FormId;
    revision: number;
    content: string;
    served: unknown;
    shape_sig: string | null;
    part_villages: string | null;
  };
  return {
    groups: ((groups?.results ?? []) as GroupRow[]).map(groupFromRow),
    summaries: ((summaries?.results ?? []) as Row[]).map((row) => {
      let parsed: { format?: number; tables: SummaryTable[] } | undefined;
      const content = () => {
        parsed ??= JSON.parse(row.content) as { format?: number; tables: SummaryTable[] };
        return parsed;
      };
      return {
        groupId: row.group_id,
        form: row.form,
        revision: row.revision,
        // The format is the first property of the canonical JSON: no need to parse it all.
        stale: !row.content.startsWith(`{"format":${SUMMARY_FORMAT},`),
        shapeSig: row.shape_sig,
        villages: row.part_villages ? (JSON.parse(row.part_villages) as string[]) : [],
        served: int32Of(row.served),
        tables: () => content().tables,
      };
    }),
  };
}

/**
 * What a roll-up over an area depends on, read cheaply: the area's groups (with their villages and
 * names), the revision of each of their summaries for the period, and the forms' floors. Equal
 * states give equal roll-ups, so a served roll-up can be reused until any of them changes.
 */
export async function areaState(
  db: D1Database,
  prefix: string,
  period: string,
  form?: FormId,
): Promise<string> {
  const underArea = `(?1 = 'all' OR EXISTS (
      SELECT 1 FROM json_each(g.villages) AS v WHERE v.value = ?1 OR v.value LIKE ?1 || '.%'))`;
  const [groups, summaries, floors] = await db.batch([
    db
      .prepare(`SELECT id, name, villages FROM groups AS g WHERE ${underArea} ORDER BY id`)
      .bind(prefix),
    db
      .prepare(
        `SELECT s.group_id, s.form, s.revision FROM summaries AS s JOIN groups AS g ON g.id = s.group_id
         WHERE s.period = ?2 AND (?3 IS NULL OR s.form = ?3) AND ${underArea}
         ORDER BY s.group_id, s.form`,
      )
      .bind(prefix, period, form ?? null),
    db.prepare("SELECT form, floor FROM form_floors ORDER BY form"),
  ]);
  return JSON.stringify([groups?.results, summaries?.results, floors?.results]);
}
