// The case register's report: every table by the victim's sex and child/adult, for cases reported in the period.
import type { FormSpec, RecordValues } from "../form-spec.ts";
import {
  type ChartType,
  type CrossTableDef,
  childAdultDim,
  choiceDim,
  type FormReportDef,
  monthDim,
  type ReportContext,
  type ReportDim,
  type TableDef,
  villageDim,
} from "./definition.ts";

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
      ];
    },
  };
}
