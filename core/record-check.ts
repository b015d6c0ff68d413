// The stateless record check shared by the worker's API and the add-on: validate, never store.

import { isoDateUtc } from "./dates.ts";
import type { FormId } from "./form-ids.ts";
import { getFormSpec } from "./forms/index.ts";
import type { Lang } from "./i18n.ts";
import { type FieldIssue, formSchema, validateRecord } from "./validate.ts";

export type { FieldIssue };

export interface RecordCheckResult {
  id: string;
  ok: boolean;
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

export function checkRecords(
  form: FormId,
  records: readonly { id: string; values: Record<string, unknown> }[],
  /** `villages`: the group's own; a record in another village is an error, as in the sidebar. */
  opts: { lang: Lang; today: Date | string; villages?: readonly string[] },
): RecordCheckResult[] {
  const spec = getFormSpec(form);
  const today = typeof opts.today === "string" ? opts.today : isoDateUtc(opts.today);
  const ctx = { today, villages: opts.villages };
  const schema = formSchema(spec, ctx);
  return records.map(({ id, values }) => {
    const r = validateRecord(spec, values, ctx, opts.lang, schema);
    return { id, ok: r.ok, errors: r.errors, warnings: r.warnings };
  });
}
