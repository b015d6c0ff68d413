// The proposal register's report: proposals by status × forum and by group, the money proposed and approved, and the people reached, for forums held in the period.
import { type FormSpec, fieldLabelKey, type RecordValues } from "../form-spec.ts";
import {
  choiceDim,
  type FormReportDef,
  type ReportDim,
  type TableDef,
  text,
} from "./definition.ts";

const AMOUNTS = ["amount_proposed", "amount_approved"] as const;

function count(r: RecordValues, key: string): number {
  const v = r[key];
  return typeof v === "number" ? v : 0;
}

export function proposalReportDef(spec: FormSpec): FormReportDef {
  // The amount fields themselves are the dimension, as the activity report does with participants.
  const amounts: ReportDim = {
    id: "amount",
    values: AMOUNTS,
    of: () => AMOUNTS,
    heading: (lang) => text(lang, "report.proposal.amount"),
    label: (v, lang) => text(lang, fieldLabelKey(spec.id, v)),
  };
  return {
    form: spec.id,
    sheetName: "Laporan Usulan",
    title: "report.proposal.title",
    unit: "report.unit.proposal",
    dateField: "forum_date",
    tables(): TableDef[] {
      const status = choiceDim(spec, "status");
      return [
        {
          kind: "cross",
          id: "status_forum",
          title: "report.proposal.status_forum",
          rows: status,
          cols: [choiceDim(spec, "forum")],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "group_status",
          title: "report.proposal.group_status",
          rows: choiceDim(spec, "groups"),
          cols: [status],
          shared: true,
          chart: "BAR",
        },
        {
          // Rupiah sums are not counts of people: kept on the sheet, not in the shared summary.
          kind: "cross",
          id: "amounts",
          title: "report.proposal.amounts",
          rows: status,
          cols: [amounts],
          weight: (r, key) => count(r, key[1] as string),
          shared: false,
          chart: "BAR",
        },
        {
          kind: "cross",
          // By forum, not by group: a proposal for several groups would count its people twice.
          id: "people",
          title: "report.proposal.people",
          rows: status,
          cols: [choiceDim(spec, "forum")],
          weight: (r) => count(r, "people"),
          shared: true,
          chart: "BAR",
        },
      ];
    },
  };
}
