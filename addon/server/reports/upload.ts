// Sends every form's summary in one UrlFetchApp.fetchAll, after checking each against the shared format and its form's shape.

import { PERIOD_YEARS_BACK } from "../../../core/api/limits.ts";
import { putSummaryResponseSchema } from "../../../core/api/summaries.ts";
import { findVillage } from "../../../core/areas.ts";
import type { FormId } from "../../../core/form-ids.ts";
import type { MessageKey } from "../../../core/messages.ts";
import { isPeriodOpen, parsePeriod } from "../../../core/period.ts";
import { shapeIssues, summaryShape } from "../../../core/reports/summary-shape.ts";
import { type Summary, summarySchema } from "../../../core/summary.ts";
import type { Settings } from "../settings.ts";
import { callAll } from "../worker-client.ts";

export type UploadOutcome =
  | { form: FormId; ok: true; revision: number; changed: boolean }
  | { form: FormId; ok: false; reason: MessageKey; status?: number };

/** The village codes a summary counts. */
function villagesIn(summary: Summary): string[] {
  const out = new Set<string>();
  for (const table of summary.tables) {
    const at = table.dimensions.indexOf("village");
    if (at >= 0) for (const cell of table.cells) out.add(cell.key[at] as string);
  }
  return [...out];
}

/** Why the server would refuse a summary before sending it, or undefined when it would take it. */
function refusal(
  settings: Settings,
  period: string,
  summary: Summary,
  today: string,
): MessageKey | undefined {
  const parsed = parsePeriod(period);
  if (!isPeriodOpen(parsed, today, PERIOD_YEARS_BACK)) return "worker.period_closed";
  if (!summarySchema.safeParse(summary).success) return "report.summary_invalid";
  // Without villages in Pengaturan the server alone knows the group's villages: it judges them.
  const villages = settings.villages.length ? settings.villages : villagesIn(summary);
  const shapes = summaryShape(summary.form, { period: parsed, villages });
  const issues = shapeIssues(summary, shapes, (code) => findVillage(code) !== undefined);
  if (!issues.length) return undefined;
  return issues.every((i) => i.outsideVillage)
    ? "worker.villages_outside"
    : "report.summary_invalid";
}

/** PUT /v1/summaries/<period> for each summary, all in one batch; a summary the server would refuse is not sent. */
export function putSummaries(
  settings: Settings,
  period: string,
  summaries: readonly Summary[],
  today: string,
): UploadOutcome[] {
  const checked = summaries.map((s) => ({
    summary: s,
    refused: refusal(settings, period, s, today),
  }));
  const sendable = checked.filter((c) => !c.refused).map((c) => c.summary);
  const outcomes = callAll(
    settings,
    sendable.map((body) => ({
      method: "put" as const,
      path: `/v1/summaries/${period}`,
      body,
      answer: putSummaryResponseSchema,
    })),
  );
  let next = 0;
  return checked.map(({ summary, refused }): UploadOutcome => {
    if (refused) return { form: summary.form, ok: false, reason: refused };
    const o = outcomes[next++];
    if (!o) return { form: summary.form, ok: false, reason: "worker.error" };
    return o.ok
      ? { form: summary.form, ok: true, revision: o.data.revision, changed: o.data.changed }
      : { form: summary.form, ok: false, reason: o.reason, status: o.status };
  });
}
