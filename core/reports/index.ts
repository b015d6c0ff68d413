// Every form's report definition, derived from its spec; the order is the order reports are built in.
import type { FormId } from "../form-ids.ts";
import { getFormSpec } from "../forms/index.ts";
import { activityReportDef } from "./activity-report.ts";
import { caseReportDef } from "./case-report.ts";
import type { FormReportDef } from "./definition.ts";
import { memberReportDef } from "./member-report.ts";
import { personReportDefinition } from "./person-report.ts";
import { proposalReportDef } from "./proposal-report.ts";
import { serviceReportDef } from "./service-report.ts";

const defs: Record<FormId, FormReportDef> = {
  person: personReportDefinition,
  case: caseReportDef(getFormSpec("case")),
  service: serviceReportDef(getFormSpec("service")),
  activity: activityReportDef(getFormSpec("activity")),
  member: memberReportDef(getFormSpec("member")),
  proposal: proposalReportDef(getFormSpec("proposal")),
};

export function reportDef(form: FormId): FormReportDef {
  return defs[form];
}

export function allReportDefs(): FormReportDef[] {
  return Object.values(defs);
}
