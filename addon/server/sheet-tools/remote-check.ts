// The record check for many rows: batches of at most the worker's record and byte limits, all sent in one UrlFetchApp.fetchAll.
import { MAX_CHECK_BODY_BYTES, MAX_RECORDS_PER_CHECK } from "../../../core/api/limits.ts";
import { type CheckResponse, checkResponseSchema } from "../../../core/api/records.ts";
import type { FormId } from "../../../core/form-ids.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import type { Lang } from "../../../core/i18n.ts";
import { valuesForCheck } from "../../../core/record-check.ts";
import type { Settings } from "../settings.ts";
import { call, callAll, type WorkerOutcome } from "../worker-client.ts";

/** Room left in a body for the envelope around the records. */
const ENVELOPE_BYTES = 1024;

export interface CheckRecord {
  id: string;
  values: Record<string, unknown>;
}

export interface CheckBatch {
  form: FormId;
  records: CheckRecord[];
}

export type BatchOutcome = WorkerOutcome<CheckResponse>;

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

/**
 * Splits one form's records into request bodies the worker accepts. Each record carries only the
 * fields the check receives: personal free text never leaves the sheet.
 */
export function batchesOf(form: FormId, records: readonly CheckRecord[]): CheckBatch[] {
  const spec = getFormSpec(form);
  const out: CheckBatch[] = [];
  let current: CheckRecord[] = [];
  let bytes = 0;
  for (const r of records) {
    const record = { id: r.id, values: valuesForCheck(spec, r.values) };
    const size = utf8Length(JSON.stringify(record)) + 1;
    if (
      current.length &&
      (current.length >= MAX_RECORDS_PER_CHECK ||
        bytes + size > MAX_CHECK_BODY_BYTES - ENVELOPE_BYTES)
    ) {
      out.push({ form, records: current });
      current = [];
      bytes = 0;
    }
    current.push(record);
    bytes += size;
  }
  if (current.length) out.push({ form, records: current });
  return out;
}

function checkRequest(batch: CheckBatch, lang: Lang) {
  return {
    method: "post" as const,
    path: `/v1/records/check?lang=${lang}`,
    body: { form: batch.form, records: batch.records },
    answer: checkResponseSchema,
  };
}

/** Every batch in one fetchAll; failures come back as values, one per batch. */
export function checkBatchesRemote(
  settings: Settings,
  batches: readonly CheckBatch[],
  lang: Lang,
): BatchOutcome[] {
  return callAll(
    settings,
    batches.map((b) => checkRequest(b, lang)),
  );
}

/** One form's few records (a sidebar save) in one UrlFetch. */
export function checkRecordsRemote(
  settings: Settings,
  form: FormId,
  records: readonly CheckRecord[],
  lang: Lang,
): BatchOutcome {
  const [batch] = batchesOf(form, records);
  if (!batch) return { ok: true, data: { results: [] } };
  return call(settings, checkRequest(batch, lang));
}
