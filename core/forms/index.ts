// The registry of form specs by id; forms not built yet are absent, not stubbed.

import { FORM_IDS, type FormId } from "../form-ids.ts";
import type { FormSpec } from "../form-spec.ts";
import { personForm } from "./person.ts";

const specs: Partial<Record<FormId, FormSpec>> = { person: personForm };

export function hasFormSpec(id: string): id is FormId {
  return (FORM_IDS as readonly string[]).includes(id) && specs[id as FormId] !== undefined;
}

export function getFormSpec(id: FormId): FormSpec {
  const spec = specs[id];
  if (!spec) throw new Error(`No form spec for "${id}"`);
  return spec;
}

export function allFormSpecs(): FormSpec[] {
  return Object.values(specs);
}
