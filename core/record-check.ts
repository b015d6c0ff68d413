// The stateless record check shared by the worker's API and the add-on: only the fields its checks need travel; nothing is stored.
import type { CheckResult } from "./api/records.ts";
import { isoDateUtc } from "./dates.ts";
import type { FormId } from "./form-ids.ts";
import { type FieldSpec, type FormSpec, ruleFields } from "./form-spec.ts";
import { getFormSpec } from "./forms/index.ts";
import type { Lang } from "./i18n.ts";
import { checkRecord, type FieldIssue, formValidator } from "./validate.ts";

export type { FieldIssue };
export type RecordCheckResult = CheckResult;

/**
 * Whether the record check receives a field. Personal free text (names, addresses, notes, phone
 * numbers) and links to a person's row stay in the spreadsheet: no server check needs them (their
 * only checks — length, a phone number's shape — run in the sidebar and the sheet). Identity
 * numbers and the birth date are sent: the NIK and KK checks need them.
 */
export function isSentToCheck(f: FieldSpec): boolean {
  return !(f.pii && (f.kind === "text" || f.kind === "person_ref"));
}

const checkSpecs = new Map<FormId, FormSpec>();

/** The form as the record check sees it: the fields it receives, and the rules that read only those. */
export function checkSpecOf(spec: FormSpec): FormSpec {
  const cached = checkSpecs.get(spec.id);
  if (cached && cached.sheetName === spec.sheetName) return cached;
  const sent = new Set(spec.fields.filter(isSentToCheck).map((f) => f.key));
  const derived: FormSpec = {
    ...spec,
    fields: spec.fields.filter((f) => sent.has(f.key)),
    oneOf: (spec.oneOf ?? [])
      .map((g) => ({ ...g, fields: g.fields.filter((k) => sent.has(k)) }))
      .filter((g) => g.fields.length > 0),
    rules: (spec.rules ?? []).filter((r) => ruleFields(r).every((k) => sent.has(k))),
  };
  checkSpecs.set(spec.id, derived);
  return derived;
}

const keptBySpec = new WeakMap<FormSpec, ReadonlySet<string>>();

/** The fields of a form that stay in the spreadsheet, worked out once per form rather than per record. */
function keptKeys(spec: FormSpec): ReadonlySet<string> {
  let kept = keptBySpec.get(spec);
  if (!kept) {
    kept = new Set(spec.fields.filter((f) => !isSentToCheck(f)).map((f) => f.key));
    keptBySpec.set(spec, kept);
  }
  return kept;
}

/**
 * A record's values as the check receives them: the fields of the form it does not receive are
 * removed, blanks left out. Keys the form does not know stay, so the check can name them.
 */
export function valuesForCheck(
  spec: FormSpec,
  values: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const kept = keptKeys(spec);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const v = values[key];
    if (kept.has(key) || v === undefined || v === null) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[key] = v;
  }
  return out;
}

export function checkRecords(
  form: FormId,
  records: readonly { id: string; values: Record<string, unknown> }[],
  /** `villages`: the group's own; a record in another village is an error, as in the sidebar. */
  opts: { lang: Lang; today: Date | string; villages?: readonly string[] },
): RecordCheckResult[] {
  const full = getFormSpec(form);
  const spec = checkSpecOf(full);
  const today = typeof opts.today === "string" ? opts.today : isoDateUtc(opts.today);
  const ctx = { today, villages: opts.villages };
  // A field the check does not receive is ignored if a client sends it anyway: never checked,
  // never echoed; so is a blank value under a key the form does not know (as valuesForCheck drops it).
  const validator = formValidator(spec, ctx, { ignore: keptKeys(full), blankUnknownIgnored: true });
  return records.map(({ id, values }) => ({ id, ...checkRecord(validator, values, opts.lang) }));
}
