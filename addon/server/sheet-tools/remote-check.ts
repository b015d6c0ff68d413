// The record check for many rows: batches of at most 1000 records under the body limit, all sent in one UrlFetchApp.fetchAll.
import type { FormId } from "../../../core/form-ids.ts";
import type { Lang } from "../../../core/i18n.ts";
import type { RecordCheckResult } from "../../../core/record-check.ts";
import type { Settings } from "../settings.ts";
import type { WorkerFailure, WorkerOutcome } from "../worker-client.ts";

/** The worker's limits (worker/src/routes/records.ts, worker/src/index.ts), with room for the envelope. */
export const MAX_RECORDS_PER_REQUEST = 1000;
export const MAX_BODY_BYTES = 900_000;

export interface CheckRecord {
  id: string;
  values: Record<string, unknown>;
}

export interface CheckBatch {
  form: FormId;
  records: CheckRecord[];
}

export type BatchOutcome = WorkerOutcome<{ results: RecordCheckResult[] }>;

/** UTF-8 length without TextEncoder (Apps Script has none). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Splits one form's records into request bodies the worker accepts. */
export function batchesOf(form: FormId, records: readonly CheckRecord[]): CheckBatch[] {
  const out: CheckBatch[] = [];
  let current: CheckRecord[] = [];
  let bytes = 0;
  for (const r of records) {
    const size = utf8Length(JSON.stringify(r)) + 1;
    if (
      current.length &&
      (current.length >= MAX_RECORDS_PER_REQUEST || bytes + size > MAX_BODY_BYTES)
    ) {
      out.push({ form, records: current });
      current = [];
      bytes = 0;
    }
    current.push(r);
    bytes += size;
  }
  if (current.length) out.push({ form, records: current });
  return out;
}

function failure(res: GoogleAppsScript.URL_Fetch.HTTPResponse): WorkerFailure | undefined {
  const status = res.getResponseCode();
  if (status === 401 || status === 403) return { ok: false, reason: "worker.rejected_key", status };
  if (status >= 300) return { ok: false, reason: "worker.error", status };
  return undefined;
}

/**
 * Sends every batch in one fetchAll (one service call, requests in parallel). Failures come back
 * as values, one per batch: fetchAll throws when any host is unreachable, which fails them all.
 */
export function checkBatchesRemote(
  settings: Settings,
  batches: readonly CheckBatch[],
  lang: Lang,
): BatchOutcome[] {
  if (!batches.length) return [];
  if (!settings.serverUrl || !settings.groupKey)
    return batches.map(() => ({ ok: false, reason: "worker.not_configured" }));
  const requests = batches.map((b) => ({
    url: `${settings.serverUrl}/v1/records/check?lang=${lang}`,
    method: "post" as const,
    contentType: "application/json",
    payload: JSON.stringify({ form: b.form, records: b.records }),
    headers: { Authorization: `Bearer ${settings.groupKey}` },
    muteHttpExceptions: true,
  }));
  let responses: GoogleAppsScript.URL_Fetch.HTTPResponse[];
  try {
    responses = UrlFetchApp.fetchAll(requests);
  } catch {
    return batches.map(() => ({ ok: false, reason: "worker.unreachable" }));
  }
  return responses.map((res): BatchOutcome => {
    const failed = failure(res);
    if (failed) return failed;
    try {
      const data = JSON.parse(res.getContentText()) as { results?: unknown };
      if (!Array.isArray(data.results)) throw new Error("no results");
      return { ok: true, data: data as { results: RecordCheckResult[] } };
    } catch {
      return { ok: false, reason: "worker.error", status: res.getResponseCode() };
    }
  });
}
