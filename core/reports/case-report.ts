// The case register's report: every table by the victim's sex and child/adult, for cases reported in the period.
import { SIMFONI_BANDS } from "../age-bands.ts";
import type { FormSpec, RecordValues } from "../form-spec.ts";
import { CHILD_UNDER } from "../forms/person.ts";
import {
  ageBandDim,
  type ChartType,
  type CrossTableDef,
  childAdultDim,
  choiceDim,
  derivedDim,
  type FormReportDef,
  type ListRow,
  monthDim,
  type ReportContext,
  type ReportDim,
  type TableDef,
  villageDim,
} from "./definition.ts";
import { daysBetween, median } from "./service-report.ts";

/** A case still open this many days after its report is flagged (SIMFONI-PPA follow-up). */
export const OPEN_TOO_LONG_DAYS = 30;

/**
 * Durations go to the shared summary as counts by band, never as dates or single figures:
 * a band is a category like any choice, so cell-key perturbation covers it.
 */
export const DURATION_BANDS = ["0-7", "8-30", "31-90", "91+"] as const;

export function durationBand(days: number): string {
  if (days <= 7) return "0-7";
  if (days <= 30) return "8-30";
  if (days <= 90) return "31-90";
  return "91+";
}

function dateOf(r: RecordValues, key: string): string | undefined {
  const v = r[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** Days from report to referral by band, or "not_referred". */
export function referralBand(r: RecordValues): string | undefined {
  const from = dateOf(r, "report_date");
  if (!from) return undefined;
  const to = dateOf(r, "referral_date");
  return to ? durationBand(daysBetween(from, to)) : "not_referred";
}

/**
 * Days from report to closure by band, or "open". Whether an open case is over 30 days old
 * depends on the day the report is made, so it stays in the local table: a shared count must
 * depend on the rows alone, or a quarter and its year would disagree about the same cases.
 */
export function closureBand(r: RecordValues): string | undefined {
  const from = dateOf(r, "report_date");
  if (!from) return undefined;
  const to = dateOf(r, "closure_date");
  return to ? durationBand(daysBetween(from, to)) : "open";
}

/** Median days report→referral and report→closure, and open cases over 30 days: sheet only. */
export function caseDurationFigures(
  records: readonly RecordValues[],
  today: string,
): { rows: ListRow[]; total: ListRow } {
  const toReferral: number[] = [];
  const toClosure: number[] = [];
  let openOver = 0;
  for (const r of records) {
    const from = dateOf(r, "report_date");
    if (!from) continue;
    const ref = dateOf(r, "referral_date");
    const clo = dateOf(r, "closure_date");
    if (ref) toReferral.push(daysBetween(from, ref));
    if (clo) toClosure.push(daysBetween(from, clo));
    else if (daysBetween(from, today) > OPEN_TOO_LONG_DAYS) openOver++;
  }
  const rows: ListRow[] = [
    {
      label: { key: "report.case.days_to_referral" },
      values: [toReferral.length, median(toReferral)],
    },
    {
      label: { key: "report.case.days_to_closure" },
      values: [toClosure.length, median(toClosure)],
    },
    { label: { key: "report.case.open_over_30" }, values: [openOver, null] },
  ];
  return {
    rows,
    total: { label: { key: "report.case.all_cases" }, values: [records.length, null] },
  };
}

export function caseReportDef(spec: FormSpec): FormReportDef {
  return {
    form: spec.id,
    sheetName: "Laporan Kasus",
    title: "report.case.title",
    unit: "report.unit.case",
    dateField: "report_date",
    tables(ctx: ReportContext, records: readonly RecordValues[]): TableDef[] {
      const cols = [choiceDim(spec, "victim_sex"), childAdultDim("victim_age")];
      const table = (
        id: string,
        title: CrossTableDef["title"],
        rows: ReportDim,
        chart: ChartType = "BAR",
      ): CrossTableDef => ({ kind: "cross", id, title, rows, cols, shared: true, chart });
      return [
        table(
          "violence_sex_age",
          "report.case.violence_sex_age",
          choiceDim(spec, "violence_forms"),
        ),
        table("status_sex_age", "report.case.status_sex_age", choiceDim(spec, "status")),
        table(
          "referral_sex_age",
          "report.case.referral_sex_age",
          choiceDim(spec, "referred_to", { none: "report.none.referred_to" }),
        ),
        table(
          "service_sex_age",
          "report.case.service_sex_age",
          choiceDim(spec, "services", { none: "report.none.services" }),
        ),
        table(
          "place_sex_age",
          "report.case.place_sex_age",
          choiceDim(spec, "place", { none: "report.none.not_filled" }),
        ),
        table(
          "relation_sex_age",
          "report.case.relation_sex_age",
          choiceDim(spec, "perpetrator_relation", { none: "report.none.not_filled" }),
        ),
        table(
          "disability_sex_age",
          "report.case.disability_sex_age",
          choiceDim(spec, "victim_disability", { none: "report.none.not_filled" }),
        ),
        table(
          "village_sex_age",
          "report.case.village_sex_age",
          villageDim(spec, "village", ctx.villages, records),
        ),
        table(
          "month_sex_age",
          "report.case.month_sex_age",
          monthDim(ctx.period, "report_date"),
          "COLUMN",
        ),
        // SIMFONI-PPA's tables (Permen PPPA 4/2018 services, age bands 0–5 … 60+).
        {
          kind: "cross",
          id: "victim_age_sex",
          title: "report.case.victim_age_sex",
          rows: ageBandDim(SIMFONI_BANDS, (r) =>
            typeof r.victim_age === "number" ? r.victim_age : undefined,
          ),
          cols: [choiceDim(spec, "victim_sex")],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "violence_relation",
          title: "report.case.violence_relation",
          rows: choiceDim(spec, "violence_forms"),
          cols: [choiceDim(spec, "perpetrator_relation", { none: "report.none.not_filled" })],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "violence_place",
          title: "report.case.violence_place",
          rows: choiceDim(spec, "violence_forms"),
          cols: [choiceDim(spec, "place", { none: "report.none.not_filled" })],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "perpetrator_sex_age",
          title: "report.case.perpetrator_sex_age",
          rows: choiceDim(spec, "perpetrator_age_band", { none: "report.none.not_filled" }),
          cols: [
            choiceDim(spec, "perpetrator_sex", {
              none: "report.none.not_filled",
              id: "perpetrator_sex",
            }),
          ],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "child_disability_violence",
          title: "report.case.child_disability_violence",
          rows: choiceDim(spec, "violence_forms"),
          cols: [choiceDim(spec, "victim_sex")],
          where: (r) =>
            r.victim_disability === "yes" &&
            typeof r.victim_age === "number" &&
            r.victim_age < CHILD_UNDER,
          shared: true,
          chart: "BAR",
        },
        table(
          "referral_days_sex_age",
          "report.case.referral_days_sex_age",
          derivedDim("referral_days", [...DURATION_BANDS, "not_referred"], referralBand, {
            heading: "report.case.referral_days",
            prefix: "report.case.days",
          }),
        ),
        table(
          "closure_days_sex_age",
          "report.case.closure_days_sex_age",
          derivedDim("closure_days", [...DURATION_BANDS, "open"], closureBand, {
            heading: "report.case.closure_days",
            prefix: "report.case.days",
          }),
        ),
        {
          kind: "list",
          id: "durations",
          title: "report.case.durations",
          rowHeading: "report.case.duration_measure",
          columns: [
            { heading: "report.case.duration_cases", format: "count" },
            { heading: "report.case.duration_median", format: "decimal" },
          ],
          chartColumns: 1,
          compute: (rs) => caseDurationFigures(rs, ctx.today),
          shared: false,
          note: "report.case.durations_note",
          chart: "BAR",
        },
      ];
    },
  };
}
