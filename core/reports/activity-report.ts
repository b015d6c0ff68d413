// The activity agenda's report: planned against carried out by kind, and who took part, for activities planned in the period.
import { type FormSpec, fieldLabelKey, type RecordValues } from "../form-spec.ts";
import {
  choiceDim,
  codesOf,
  type FormReportDef,
  type ReportDim,
  type TableDef,
  text,
} from "./definition.ts";

const PARTICIPANTS_BY_SEX = ["participants_male", "participants_female"] as const;
const PARTICIPANTS_DISABILITY = "participants_disability";

function count(r: RecordValues, key: string): number {
  const v = r[key];
  return typeof v === "number" ? v : 0;
}

export function activityReportDef(spec: FormSpec): FormReportDef {
  const done = codesOf(spec, "status", ["terlaksana"])[0] as string;
  // The participant fields themselves are the dimension: their labels say who is counted.
  const participants: ReportDim = {
    id: "participants",
    values: PARTICIPANTS_BY_SEX,
    of: () => PARTICIPANTS_BY_SEX,
    heading: (lang) => text(lang, "report.activity.participants"),
    label: (v, lang) => text(lang, fieldLabelKey(spec.id, v)),
  };
  const heldOnly = (r: RecordValues) => r.status === done;
  return {
    form: spec.id,
    sheetName: "Laporan Kegiatan",
    title: "report.activity.title",
    unit: "report.unit.activity",
    dateField: "planned_date",
    tables(): TableDef[] {
      const kind = choiceDim(spec, "kind");
      return [
        {
          kind: "cross",
          id: "kind_status",
          title: "report.activity.kind_status",
          rows: kind,
          cols: [choiceDim(spec, "status")],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "participants_sex",
          title: "report.activity.participants_sex",
          rows: kind,
          cols: [participants],
          where: heldOnly,
          weight: (r, key) => count(r, key[1] as string),
          shared: true,
          note: "report.activity.participants_note",
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "participants_disability",
          title: "report.activity.participants_disability",
          rows: kind,
          cols: [],
          where: heldOnly,
          weight: (r) => count(r, PARTICIPANTS_DISABILITY),
          measure: fieldLabelKey(spec.id, PARTICIPANTS_DISABILITY),
          shared: true,
          note: "report.activity.participants_note",
          chart: "BAR",
        },
      ];
    },
  };
}
