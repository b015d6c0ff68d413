// Deciding what the sheet does with pulled phone records: append (checked, failures kept and marked),
// skip what the sheet already has (pulling twice never doubles a row), or refuse what does not open.
import type { FormId } from "../form-ids.ts";
import { getFormSpec } from "../forms/index.ts";
import type { Lang } from "../i18n.ts";
import { type FieldIssue, type ValidationContext, validateRecord } from "../validate.ts";
import { describeLookup, type PersonLookup } from "./person-link.ts";
import { openSealedRecord, type SealedRecord } from "./sealed-record.ts";

/** One inbox item as the worker hands it over. */
export interface PulledItem {
  id: string;
  form: FormId;
  box: string;
  member_id: string;
}

export type ImportStep =
  | { kind: "duplicate"; id: string }
  /** The box did not open, held no record, or its clear metadata disagrees with the sealed record. */
  | { kind: "unreadable"; id: string }
  | {
      kind: "append";
      id: string;
      memberId: string;
      record: SealedRecord;
      /** Normalised values when the checks pass; the record's own values otherwise (kept, marked). */
      values: Record<string, unknown>;
      ok: boolean;
      errors: FieldIssue[];
      warnings: FieldIssue[];
      /** Set when the person the phone named matched no single register row: "perlu ditautkan". */
      needsLink?: string;
    };

export function planFieldImport(
  items: readonly PulledItem[],
  keys: { publicKey: string; secretKey: string },
  alreadyInSheet: (form: FormId, id: string) => boolean,
  ctx: ValidationContext,
  lang: Lang,
  linkPerson: (lookup: PersonLookup) => string | undefined = () => undefined,
): ImportStep[] {
  const seen = new Set<string>();
  return items.map((item): ImportStep => {
    const record = openSealedRecord(item.box, keys.publicKey, keys.secretKey);
    if (!record || record.id !== item.id || record.form !== item.form)
      return { kind: "unreadable", id: item.id };
    const key = `${record.form}\u0000${record.id}`;
    if (seen.has(key) || alreadyInSheet(record.form, record.id))
      return { kind: "duplicate", id: item.id };
    seen.add(key);
    const values: Record<string, unknown> = { ...record.values };
    let needsLink: string | undefined;
    if (record.person && (values.person_id === undefined || values.person_id === "")) {
      const found = linkPerson(record.person);
      if (found) values.person_id = found;
      else needsLink = describeLookup(record.person);
    }
    const result = validateRecord(getFormSpec(record.form), values, ctx, lang);
    return {
      kind: "append",
      id: item.id,
      memberId: item.member_id,
      record,
      values: result.ok && result.value ? result.value : values,
      ok: result.ok,
      errors: result.errors,
      warnings: result.warnings,
      ...(needsLink === undefined ? {} : { needsLink }),
    };
  });
}
