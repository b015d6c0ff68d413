// Talks to the shared server: one UrlFetch per batch, never a body in a log, failures as values.
import type { FormId } from "../../core/form-ids.ts";
import type { Lang } from "../../core/i18n.ts";
import type { MessageKey } from "../../core/messages.ts";
import type { RecordCheckResult } from "../../core/record-check.ts";
import type { Settings } from "./settings.ts";

export type WorkerFailure = {
  ok: false;
  reason: Extract<MessageKey, `worker.${string}`>;
  status?: number;
};
export type WorkerOutcome<T> = { ok: true; data: T } | WorkerFailure;

function call<T>(
  settings: Settings,
  method: "post" | "put",
  path: string,
  body: unknown,
): WorkerOutcome<T> {
  if (!settings.serverUrl || !settings.groupKey)
    return { ok: false, reason: "worker.not_configured" };
  let res: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    res = UrlFetchApp.fetch(settings.serverUrl + path, {
      method,
      contentType: "application/json",
      payload: JSON.stringify(body),
      headers: { Authorization: `Bearer ${settings.groupKey}` },
      muteHttpExceptions: true,
    });
  } catch {
    return { ok: false, reason: "worker.unreachable" };
  }
  const status = res.getResponseCode();
  if (status === 401 || status === 403) return { ok: false, reason: "worker.rejected_key", status };
  if (status >= 300) return { ok: false, reason: "worker.error", status };
  try {
    return { ok: true, data: JSON.parse(res.getContentText()) as T };
  } catch {
    return { ok: false, reason: "worker.error", status };
  }
}

export function checkRecordsRemote(
  settings: Settings,
  form: FormId,
  records: { id: string; values: Record<string, unknown> }[],
  lang: Lang,
): WorkerOutcome<{ results: RecordCheckResult[] }> {
  return call(settings, "post", `/v1/records/check?lang=${lang}`, { form, records });
}

export function putSummary(
  settings: Settings,
  period: string,
  summary: unknown,
): WorkerOutcome<{ revision: number; changed: boolean }> {
  return call(settings, "put", `/v1/summaries/${period}`, summary);
}
