// Pilah → Ringkasan bersama: one UrlFetch for an area's perturbed roll-up, written as a sheet with its note.
import { rollupResponseSchema } from "../../core/api/summaries.ts";
import { t } from "../../core/i18n.ts";
import { tryParsePeriod } from "../../core/period.ts";
import { renderRollup, SHARED_SUMMARY_SHEET } from "../../core/shared-summary.ts";
import type { SharedSummaryResult } from "../shared/api/shared-summary-api.ts";
import { spreadsheetTimeZone } from "./dates.ts";
import { writeReportSheet } from "./reports/write-sheet.ts";
import { loadSettings } from "./settings.ts";
import { openSidebar } from "./ui.ts";
import { call } from "./worker-client.ts";

const REGION = /^(all|\d{2}(\.\d{2}){0,2})$/;

export function showSharedSummary(): void {
  openSidebar("shared");
}

export function buildSharedSummary(input: { region: string; period: string }): SharedSummaryResult {
  const settings = loadSettings();
  const lang = settings.lang;
  const region = String(input?.region ?? "").trim();
  const period = String(input?.period ?? "").trim();
  if (!REGION.test(region)) return { ok: false, message: t(lang, "shared.invalid_area") };
  if (!tryParsePeriod(period)) return { ok: false, message: t(lang, "error.invalid_period") };
  const rollup = call(settings, {
    method: "get",
    path: `/v1/summaries/${period}?region=${region}`,
    answer: rollupResponseSchema,
  });
  if (!rollup.ok) {
    const reason = t(lang, rollup.reason, { status: rollup.status ?? "" });
    return { ok: false, message: t(lang, "shared.failed", { reason }) };
  }
  const ss = SpreadsheetApp.getActive();
  const timeZone = spreadsheetTimeZone(ss);
  const generated = `${Utilities.formatDate(new Date(), timeZone, "yyyy-MM-dd HH:mm")} (${timeZone})`;
  writeReportSheet(ss, renderRollup(rollup.data, lang, generated));
  const message = t(lang, "shared.done", {
    area: rollup.data.region.name,
    period,
    sheet: SHARED_SUMMARY_SHEET,
  });
  ss.toast(message, "Pilah", 10);
  return { ok: true, message };
}
