// The members register's report (a snapshot): roles of active members by sex, and active or not by sex.
import type { FormSpec } from "../form-spec.ts";
import { choiceDim, codesOf, type FormReportDef, type TableDef } from "./definition.ts";

export function memberReportDef(spec: FormSpec): FormReportDef {
  const active = codesOf(spec, "active", ["yes"])[0] as string;
  return {
    form: spec.id,
    sheetName: "Laporan Anggota",
    title: "report.member.title",
    unit: "report.unit.member",
    tables(): TableDef[] {
      const sex = choiceDim(spec, "sex");
      return [
        {
          kind: "cross",
          id: "role_sex",
          title: "report.member.role_sex",
          rows: choiceDim(spec, "role"),
          cols: [sex],
          where: (r) => r.active === active,
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "active_sex",
          title: "report.member.active_sex",
          rows: choiceDim(spec, "active"),
          cols: [sex],
          shared: true,
          chart: "BAR",
        },
      ];
    },
  };
}
