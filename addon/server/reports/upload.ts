// Sends every form's summary in one UrlFetchApp.fetchAll, after checking each against the shared format.
import type { FormId } from "../../../core/form-ids.ts";
import type { MessageKey } from "../../../core/messages.ts";
import { type Summary, summarySchema } from "../../../core/summary.ts";
import type { Settings } from "../settings.ts";
import { callAll, type WorkerOutcome } from "../worker-client.ts";

export type UploadOutcome =
  | { form: FormId; ok: true; revision: number; changed: boolean }
  | { form: FormId; ok: false; reason: MessageKey; status?: number };

/** PUT /v1/summaries/<period> for each summary, all in one batch; a summary the server would refuse is not sent. */
export function putSummaries(
  settings: Settings,
  period: string,
  summaries: readonly Summary[],
): UploadOutcome[] {
  const checked = summaries.map((s) => ({ summary: s, ok: summarySchema.safeParse(s).success }));
  const sendable = checked.filter((c) => c.ok).map((c) => c.summary);
  const outcomes = callAll<{ revision: number; changed: boolean }>(
    settings,
    sendable.map((body) => ({ method: "put", path: `/v1/summaries/${period}`, body })),
  );
  let next = 0;
  return checked.map(({ summary, ok }): UploadOutcome => {
    if (!ok) return { form: summary.form, ok: false, reason: "report.summary_invalid" };
    const o = outcomes[next++] as WorkerOutcome<{ revision: number; changed: boolean }>;
    return o.ok
      ? { form: summary.form, ok: true, revision: o.data.revision, changed: o.data.changed }
      : { form: summary.form, ok: false, reason: o.reason, status: o.status };
  });
}
