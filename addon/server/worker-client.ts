// The add-on's one client of the shared server: one UrlFetch per batch, every answer checked against the API contract, every failure explained the same way.
import * as z from "zod";
import { errorBodySchema } from "../../core/api/error-envelope.ts";
import type { MessageKey } from "../../core/messages.ts";
import type { Settings } from "./settings.ts";

export type WorkerReason = Extract<MessageKey, `worker.${string}`>;

export type WorkerFailure = { ok: false; reason: WorkerReason; status?: number };
export type WorkerOutcome<T> = { ok: true; data: T } | WorkerFailure;

export interface WorkerRequest<S extends z.core.$ZodType> {
  method: "get" | "post" | "put" | "delete";
  path: string;
  body?: unknown;
  /** The contract's schema of a successful answer: anything else is a failure, never trusted. */
  answer: S;
}

type HttpResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;

function toParams(
  settings: Settings,
  r: WorkerRequest<z.core.$ZodType>,
): GoogleAppsScript.URL_Fetch.URLFetchRequest {
  return {
    url: settings.serverUrl + r.path,
    method: r.method,
    headers: { Authorization: `Bearer ${settings.groupKey}` },
    muteHttpExceptions: true,
    // The server's address is checked in Pengaturan; a redirect could carry the key elsewhere.
    followRedirects: false,
    ...(r.body === undefined
      ? {}
      : { contentType: "application/json", payload: JSON.stringify(r.body) }),
  };
}

// Error codes of the envelope that the user can act on, and what to tell them.
const REASON_BY_CODE: Readonly<Record<string, WorkerReason>> = {
  village_not_in_group: "worker.villages_outside",
  storage_quota_exceeded: "worker.storage_quota",
  daily_quota_exceeded: "worker.daily_quota",
  payload_too_large: "worker.too_large",
  period_out_of_range: "worker.period_closed",
  invalid_summary: "worker.summary_invalid",
  rate_limited: "worker.rate_limited",
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** An answer as the add-on acts on it: the contract's data, or why not (the same reasons everywhere). */
export function settle<S extends z.core.$ZodType>(
  res: HttpResponse,
  answer: S,
): WorkerOutcome<z.output<S>> {
  const status = res.getResponseCode();
  const body = parseJson(res.getContentText());
  if (status >= 200 && status < 300) {
    const parsed = z.safeParse(answer, body);
    return parsed.success
      ? { ok: true, data: parsed.data }
      : { ok: false, reason: "worker.invalid_answer", status };
  }
  const envelope = errorBodySchema.safeParse(body);
  const code = envelope.success ? envelope.data.error.code : undefined;
  const known = code === undefined ? undefined : REASON_BY_CODE[code];
  if (known) return { ok: false, reason: known, status };
  if (status === 401 || status === 403) return { ok: false, reason: "worker.rejected_key", status };
  if (status === 429) return { ok: false, reason: "worker.rate_limited", status };
  if (status === 413) return { ok: false, reason: "worker.too_large", status };
  if (status === 503) return { ok: false, reason: "worker.unavailable", status };
  return { ok: false, reason: "worker.error", status };
}

function configured(settings: Settings): boolean {
  return settings.serverUrl !== "" && settings.groupKey !== "";
}

/** One request (one UrlFetch). */
export function call<S extends z.core.$ZodType>(
  settings: Settings,
  request: WorkerRequest<S>,
): WorkerOutcome<z.output<S>> {
  if (!configured(settings)) return { ok: false, reason: "worker.not_configured" };
  const { url, ...params } = toParams(settings, request);
  try {
    return settle(UrlFetchApp.fetch(url, params), request.answer);
  } catch {
    return { ok: false, reason: "worker.unreachable" };
  }
}

/**
 * Several requests in one UrlFetchApp.fetchAll: one service call, requests in parallel, outcomes
 * in request order. fetchAll throws when any host is unreachable, which fails them all.
 */
export function callAll<const R extends readonly WorkerRequest<z.core.$ZodType>[]>(
  settings: Settings,
  requests: R,
): { [K in keyof R]: WorkerOutcome<z.output<R[K]["answer"]>> } {
  type Outcomes = { [K in keyof R]: WorkerOutcome<z.output<R[K]["answer"]>> };
  if (!requests.length) return [] as unknown as Outcomes;
  if (!configured(settings)) {
    return requests.map(() => ({
      ok: false,
      reason: "worker.not_configured",
    })) as unknown as Outcomes;
  }
  try {
    return UrlFetchApp.fetchAll(requests.map((r) => toParams(settings, r))).map((res, i) =>
      settle(res, (requests[i] as WorkerRequest<z.core.$ZodType>).answer),
    ) as unknown as Outcomes;
  } catch {
    return requests.map(() => ({ ok: false, reason: "worker.unreachable" })) as unknown as Outcomes;
  }
}
