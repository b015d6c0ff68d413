// Rujukan UPTD PPA: one printable sheet per case referred to the UPTD PPA, with what a SIMFONI-PPA operator enters, labelled from the form specs.
import { findVillage } from "../areas.ts";
import type { FormSpec, RecordValues } from "../form-spec.ts";
import { choiceLabelKey, fieldLabelKey, findField, isChoiceField } from "../form-spec.ts";
import { isMessageKey, type Lang, t } from "../i18n.ts";

/** The victim's identity, from the person register (when the case names a person). */
export const REFERRAL_PERSON_FIELDS = [
  "full_name",
  "nik",
  "sex",
  "birth_date",
  "village",
  "address",
] as const;
/** What SIMFONI-PPA asks of the case: when and where, the form of violence, the perpetrator, the victim, the services. */
export const REFERRAL_CASE_FIELDS = [
  "report_date",
  "village",
  "place",
  "violence_forms",
  "perpetrator_relation",
  "victim_sex",
  "victim_age",
  "victim_disability",
  "services",
  "referred_to",
  "companion",
] as const;

/** Whether a case goes on a referral sheet: referred to the UPTD PPA. */
export function isUptdReferral(c: Readonly<RecordValues>): boolean {
  return Array.isArray(c.referred_to) && c.referred_to.includes("uptd_ppa");
}

/** A value as people read it: choice labels in the language, village names, lists joined. */
export function readableValue(spec: FormSpec, key: string, v: unknown, lang: Lang): string {
  if (v === undefined || v === null || v === "") return "";
  const f = findField(spec, key);
  if (f && isChoiceField(f)) {
    const list = Array.isArray(v) ? v : [v];
    return list
      .map((x) => {
        const k = choiceLabelKey(f, String(x));
        return isMessageKey(k) ? t(lang, k) : String(x);
      })
      .join(", ");
  }
  if (f?.kind === "village") return findVillage(String(v))?.name ?? String(v);
  return Array.isArray(v) ? v.join(", ") : String(v);
}

function rows(
  spec: FormSpec,
  keys: readonly string[],
  v: Readonly<RecordValues>,
  lang: Lang,
): string[][] {
  return keys
    .filter((k) => findField(spec, k))
    .map((k) => {
      const lk = fieldLabelKey(spec.id, k);
      return [isMessageKey(lk) ? t(lang, lk) : k, readableValue(spec, k, v[k], lang)];
    });
}

/** The sheet's two columns (label, value): the victim's identity, then the case. */
export function referralRows(
  caseSpec: FormSpec,
  personSpec: FormSpec,
  c: Readonly<RecordValues>,
  person: Readonly<RecordValues> | undefined,
  lang: Lang,
): string[][] {
  return [
    ...(person ? rows(personSpec, REFERRAL_PERSON_FIELDS, person, lang) : []),
    ...rows(caseSpec, REFERRAL_CASE_FIELDS, c, lang),
  ];
}
