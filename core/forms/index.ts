// The registry of form specs by id: every register Pilah keeps.
import { FORM_IDS, type FormId } from "../form-ids.ts";
import type { FormSpec } from "../form-spec.ts";
import { activityForm } from "./activity.ts";
import { caseForm } from "./case.ts";
import { memberForm } from "./member.ts";
import { personForm } from "./person.ts";
import { proposalForm } from "./proposal.ts";
import { serviceForm } from "./service.ts";

// Complete: a form id without its spec is a compile error.
const specs: Record<FormId, FormSpec> = {
  person: personForm,
  case: caseForm,
  service: serviceForm,
  activity: activityForm,
  member: memberForm,
  proposal: proposalForm,
};

export function hasFormSpec(id: string): id is FormId {
  return (FORM_IDS as readonly string[]).includes(id);
}

export function getFormSpec(id: FormId): FormSpec {
  const spec = specs[id];
  // Guards callers that pass an unchecked string from an RPC or a request body.
  if (!spec) throw new Error(`No form spec for "${id}"`);
  return spec;
}

export function allFormSpecs(): FormSpec[] {
  return Object.values(specs);
}
