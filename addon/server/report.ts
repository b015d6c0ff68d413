// Pilah → Buat laporan: for every form sheet one read, one report sheet, and all counts to the server in one batch.
import { AGE_BANDS } from "../../core/age-bands.ts";
import type { FormId } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { type Lang, t } from "../../core/i18n.ts";
import { parsePeriod, tryParsePeriod } from "../../core/period.ts";
import {
  computeReport,
  isInPeriod,
  periodKey,
  RECORD_KEY_FIELD,
  summaryOf,
  validRecords,
} from "../../core/reports/compute.ts";
import { type ReportContext, text } from "../../core/reports/definition.ts";
import { allReportDefs } from "../../core/reports/index.ts";
import { renderReport } from "../../core/reports/render.ts";
import { validPersons } from "../../core/reports/service-person.ts";
import type { Summary } from "../../core/summary.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { pullBeforeUse } from "./field-auto-pull.ts";
import { MissingColumnError, readSheet, type SheetData } from "./form-sheet.ts";
import { putSummaries, type UploadOutcome } from "./reports/upload.ts";
import { writeReportSheet } from "./reports/write-sheet.ts";
import { loadSettings } from "./settings.ts";
import { recordKeysOf } from "./sheet-tools/record-keys.ts";
import { withDocumentLock } from "./sheet-tools/record-save.ts";

export interface FormReportOutcome {
  form: FormId;
  sheet: string;
  /** Records in the report: valid, and in the period for a dated register. */
  counted: number;
  /** Rows that did not pass the form's checks. */
  skipped: number;
  outOfPeriod: number;
  sent: boolean;
  revision?: number;
}

export interface ReportOutcome {
  period: string;
  reports: FormReportOutcome[];
  message: string;
}

const TOAST_TITLE = "Pilah";

function formName(lang: Lang, form: FormId): string {
  return text(lang, `report.form.${form}`);
}

/** The toast's closing sentences about the upload: what was sent, what was not, and why. */
function uploadNotice(
  lang: Lang,
  period: string,
  outcomes: readonly UploadOutcome[],
  heldBack: readonly FormId[],
): string[] {
  const out: string[] = [];
  const sent = outcomes.filter((o) => o.ok);
  if (sent.length) {
    const forms = sent
      .map((o) =>
        t(lang, "report.sent_form", { form: formName(lang, o.form), revision: o.revision }),
      )
      .join(", ");
    out.push(t(lang, "report.sent", { period, forms }));
  }
  const failed = outcomes.filter((o) => !o.ok);
  if (failed.length) {
    const reasons = failed.map((o) => t(lang, o.reason, { status: o.status ?? "" }));
    // One reason for all (no key, server down) is said once; different ones per form.
    const reason = reasons.every((r) => r === reasons[0])
      ? (reasons[0] as string)
      : failed
          .map((o, i) =>
            t(lang, "report.not_sent_form", {
              form: formName(lang, o.form),
              reason: reasons[i] as string,
            }),
          )
          .join("; ");
    out.push(t(lang, "report.not_sent", { reason }));
  }
  if (heldBack.length) {
    const forms = heldBack.map((f) => formName(lang, f)).join(", ");
    out.push(t(lang, "report.snapshot_not_sent", { forms, period }));
  }
  return out;
}

export function buildReport(): ReportOutcome {
  const settings = loadSettings();
  const lang = settings.lang;
  const ss = SpreadsheetApp.getActive();
  const timeZone = spreadsheetTimeZone(ss);
  const now = new Date();
  const today = isoDateIn(now, timeZone);
  const period = tryParsePeriod(settings.reportPeriod) ?? parsePeriod(today.slice(0, 4));
  const periodText = periodKey(period);
  const generated = `${Utilities.formatDate(now, timeZone, "yyyy-MM-dd HH:mm")} (${timeZone})`;
  // Entries waiting on phones count in the report (nothing is fetched when field entry is off).
  const field = pullBeforeUse(lang);
  let ctx: ReportContext = {
    today,
    period,
    villages: settings.villages,
    bands: AGE_BANDS[settings.ageBands],
  };

  // Only forms the group keeps: a register never started gets no empty report.
  const forms = allReportDefs()
    .map((def) => ({ def, spec: getFormSpec(def.form) }))
    .map((f) => ({ ...f, sheet: ss.getSheetByName(f.spec.sheetName) }))
    .filter((f) => f.sheet !== null);
  if (!forms.length) {
    const message = [t(lang, "report.nothing"), ...(field ? [field] : [])].join(" ");
    ss.toast(message, TOAST_TITLE, 10);
    return { period: periodText, reports: [], message };
  }

  ss.toast(t(lang, "report.started"), TOAST_TITLE, -1);
  const reports: FormReportOutcome[] = [];
  const summaries: Summary[] = [];
  const heldBack: FormId[] = [];
  const problems: string[] = [];
  let first: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  forms.forEach(({ def, spec, sheet }, i) => {
    ss.toast(
      t(lang, "report.progress", { sheet: def.sheetName, index: i + 1, total: forms.length }),
      TOAST_TITLE,
      -1,
    );
    const formSheet = sheet as GoogleAppsScript.Spreadsheet.Sheet;
    let data: SheetData;
    try {
      data = readSheet(formSheet, spec, timeZone);
    } catch (e) {
      if (!(e instanceof MissingColumnError)) throw e;
      problems.push(t(lang, "error.sheet_column_missing", { column: e.column, sheet: e.sheet }));
      return;
    }
    // Every counted row needs its record key for the shared counts; missing ones are given once.
    const locked = withDocumentLock(() => recordKeysOf(formSheet, spec, data, lang));
    const keys = locked?.value ?? new Map<number, number>();
    const raws = data.records.map((r) => ({ ...r.raw, [RECORD_KEY_FIELD]: keys.get(r.row) }));
    // The person sheet comes first: its rows, validated once, give both its own report and the
    // persons later reports (services) join to.
    const person =
      def.form === "person"
        ? validPersons(
            spec,
            data.records.map((r, i) => ({
              id: r.meta.id ?? "",
              raw: raws[i] as Record<string, unknown>,
            })),
            today,
          )
        : undefined;
    const { valid, invalid } = person ?? validRecords(spec, raws, today);
    if (person) ctx = { ...ctx, persons: person.byId };
    const report = computeReport(def, valid, ctx);
    const written = writeReportSheet(ss, renderReport(report, lang, { generated, invalid }));
    first ??= written;
    // A snapshot describes today: filed under a past (or future) period it would misstate it.
    if (def.dateField || isInPeriod(today, period)) summaries.push(summaryOf(report));
    else heldBack.push(def.form);
    reports.push({
      form: def.form,
      sheet: def.sheetName,
      counted: report.records.length,
      skipped: invalid,
      outOfPeriod: report.outOfPeriod,
      sent: false,
    });
  });
  first?.activate();

  const outcomes = putSummaries(settings, periodText, summaries, today);
  for (const o of outcomes) {
    const r = reports.find((x) => x.form === o.form);
    if (r && o.ok) Object.assign(r, { sent: true, revision: o.revision });
  }
  const message = [
    ...(reports.length
      ? [t(lang, "report.done", { sheets: reports.map((r) => r.sheet).join(", ") })]
      : []),
    ...problems,
    ...uploadNotice(lang, periodText, outcomes, heldBack),
    ...(field ? [field] : []),
  ].join(" ");
  ss.toast(message, TOAST_TITLE, 15);
  return { period: periodText, reports, message };
}
