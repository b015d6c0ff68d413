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

export interface WorkerRequest {
  method: "get" | "post" | "put";
  path: string;
  body?: unknown;
}

function toParams(
  settings: Settings,
  r: WorkerRequest,
): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  return {
    url: settings.serverUrl + r.path,
    method: r.method,
    headers: { Authorization: `Bearer ${settings.groupKey}` },
    muteHttpExceptions: true,
    ...(r.body === undefined
      ? {}
      : { contentType: "application/json", payload: JSON.stringify(r.body) }),
  };
}

function errorCode(res: GoogleAppsScript.URL_Fetch.HTTPResponse): string | undefined {
  try {
    return (JSON.parse(res.getContentText()) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

function settle<T>(res: GoogleAppsScript.URL_Fetch.HTTPResponse): WorkerOutcome<T> {
  const status = res.getResponseCode();
  if (status === 401 || status === 403) return { ok: false, reason: "worker.rejected_key", status };
  if (status === 429) return { ok: false, reason: "worker.rate_limited", status };
  if (status === 503) return { ok: false, reason: "worker.unavailable", status };
  if (status === 400 && errorCode(res) === "village_not_in_group") {
    return { ok: false, reason: "worker.villages_outside", status };
  }
  if (status >= 300) return { ok: false, reason: "worker.error", status };
  try {
    return { ok: true, data: JSON.parse(res.getContentText()) as T };
  } catch {
    return { ok: false, reason: "worker.error", status };
  }
}

function call<T>(settings: Settings, request: WorkerRequest): WorkerOutcome<T> {
  if (!settings.serverUrl || !settings.groupKey)
    return { ok: false, reason: "worker.not_configured" };
  const { url, ...params } = toParams(settings, request);
  try {
    return settle<T>(UrlFetchApp.fetch(url, params));
  } catch {
    return { ok: false, reason: "worker.unreachable" };
  }
}

/** Several requests in one UrlFetchApp.fetchAll: one service call, outcomes in request order. */
export function callAll<T>(
  settings: Settings,
  requests: readonly WorkerRequest[],
): WorkerOutcome<T>[] {
  if (!requests.length) return [];
  if (!settings.serverUrl || !settings.groupKey) {
    return requests.map(() => ({ ok: false, reason: "worker.not_configured" }));
  }
  try {
    return UrlFetchApp.fetchAll(requests.map((r) => toParams(settings, r))).map((res) =>
      settle<T>(res),
    );
  } catch {
    return requests.map(() => ({ ok: false, reason: "worker.unreachable" }));
  }
}

export function checkRecordsRemote(
  settings: Settings,
  form: FormId,
  records: { id: string; values: Record<string, unknown> }[],
  lang: Lang,
): WorkerOutcome<{ results: RecordCheckResult[] }> {
  return call(settings, {
    method: "post",
    path: `/v1/records/check?lang=${lang}`,
    body: { form, records },
  });
}

export function putSummary(
  settings: Settings,
  period: string,
  summary: unknown,
): WorkerOutcome<{ revision: number; changed: boolean }> {
  return call(settings, { method: "put", path: `/v1/summaries/${period}`, body: summary });
}

export function getRollup<T>(settings: Settings, period: string, region: string): WorkerOutcome<T> {
  return call(settings, { method: "get", path: `/v1/summaries/${period}?region=${region}` });
}
