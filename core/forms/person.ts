// The person register (Warga rentan): every field declared once.
import { ageOn } from "../dates.ts";
import {
  type FormSection,
  type FormSpec,
  type RecordValues,
  type RuleContext,
  type RuleIssue,
  rawAge,
} from "../form-spec.ts";
import { PERSON_CATEGORIES } from "./person-categories.ts";

const WG_CHOICES = ["1", "2", "3", "4"] as const;
const wg = (key: string) =>
  ({
    key,
    kind: "choice",
    choices: WG_CHOICES,
    choiceSet: "wg",
    pii: false,
    help: "help.person.wg",
    // The Short Set is asked from age 5.
    shownFromAge: { age: WG_FROM_AGE, birthDateField: "birth_date", ageField: "age_years" },
  }) as const;

/** RT and RW numbers as villages write them (1–3 digits, e.g. "003"). */
const RT_RW = { regex: /^\d{1,3}$/, error: "error.person.rt_rw" } as const;

/** Assistive devices (alat bantu), asked as held and as needed: one choice list for both. */
export const ASSISTIVE_DEVICES = [
  "kursi_roda",
  "kruk_tongkat",
  "tongkat_netra",
  "alat_bantu_dengar",
  "kacamata",
  "kaki_tangan_palsu",
  "other",
] as const;
const devices = (key: string) =>
  ({
    key,
    kind: "multi",
    choices: ASSISTIVE_DEVICES,
    choiceSet: "assistive_device",
    pii: false,
  }) as const;

/** Reasonable accommodation (akomodasi yang layak, UU 8/2016), asked as in place and as needed. */
export const ACCOMMODATIONS = [
  "aksesibilitas_rumah",
  "pendamping",
  "juru_bahasa_isyarat",
  "informasi_mudah_dibaca",
  "transportasi",
  "other",
] as const;
const accommodation = (key: string) =>
  ({
    key,
    kind: "multi",
    choices: ACCOMMODATIONS,
    choiceSet: "accommodation",
    pii: false,
  }) as const;

/** Washington Group Short Set domains, in the order the questions are asked. */
export const WG_FIELDS = [
  "wg_seeing",
  "wg_hearing",
  "wg_walking",
  "wg_cognition",
  "wg_selfcare",
  "wg_communication",
] as const;

/** Child: under 18 (child protection law). Elderly (lansia): 60 and over (UU 13/1998). */
export const CHILD_UNDER = 18;
export const ELDERLY_FROM = 60;

/** A person's age on a date: exact from the birth date, else the recorded (often estimated) age in years. */
export function personAge(
  v: Readonly<RecordValues>,
  today: string,
): { readonly years: number; readonly exact: boolean } | undefined {
  if (typeof v.birth_date === "string") return { years: ageOn(v.birth_date, today), exact: true };
  return typeof v.age_years === "number" ? { years: v.age_years, exact: false } : undefined;
}

/**
 * The child and elderly categories by age alone (UU 35/2014 art. 1: a child is under 18; UU 13/1998
 * art. 1: elderly is 60 and over): the ticks in `categories` are replaced by what the age says.
 * Without a known age the ticks are kept (an old row the check has not seen yet).
 */
export function effectiveCategories(v: Readonly<RecordValues>, today: string): string[] {
  const ticked = Array.isArray(v.categories) ? v.categories : [];
  const age = personAge(v, today);
  if (!age) return [...ticked];
  const out = ticked.filter((c) => c !== "child" && c !== "elderly");
  if (age.years < CHILD_UNDER) out.push("child");
  if (age.years >= ELDERLY_FROM) out.push("elderly");
  return out;
}

/** The Washington Group Short Set is asked from age 5 (it is not validated for younger children). */
export const WG_FROM_AGE = 5;

/**
 * Age against the categories. Reports take child and elderly from the age alone
 * (effectiveCategories), so a tick that disagrees is only noted: a warning, and ignored in counts.
 */
function ageRules(v: Readonly<RecordValues>, ctx: RuleContext): RuleIssue[] {
  const age = personAge(v, ctx.today);
  if (!age) return [];
  const out: RuleIssue[] = [];
  const params = { age: age.years };
  const categories = Array.isArray(v.categories) ? v.categories : [];
  if (categories.includes("elderly") && age.years < ELDERLY_FROM) {
    out.push({ field: "categories", severity: "warning", code: "rule.person.elderly_age", params });
  }
  if (categories.includes("child") && age.years >= CHILD_UNDER) {
    out.push({ field: "categories", severity: "warning", code: "rule.person.child_age", params });
  }
  // An adult consents for themself (KUHPerdata art. 330: adult from 18 or married); a parent's
  // consent for an adult is noted, as the person may not have agreed.
  if (v.consent_by === "parent" && age.years >= CHILD_UNDER) {
    out.push({
      field: "consent_by",
      severity: "warning",
      code: "rule.person.adult_parent_consent",
      params,
    });
  }
  // A child cannot consent alone (UU 27/2022, PDP): even an estimated age under 18 blocks it.
  // A married child counts as adult under KUHPerdata art. 330 while UU PDP art. 25 is silent:
  // her own consent is a warning that must be confirmed (the confirm rule of the spec).
  if (v.consent_by === "self" && age.years < CHILD_UNDER) {
    out.push(
      v.married === "yes"
        ? {
            field: "consent_by",
            severity: "warning",
            code: "rule.person.married_child_consent",
            params,
          }
        : { field: "consent_by", severity: "error", code: "rule.person.child_consent", params },
    );
  }
  return out;
}

/**
 * The explicit "none" answer of a multi-choice question that may be left blank, so a report can
 * tell "has none" (this answer) from "never asked" (blank: belum didata).
 */
export const NONE_ANSWER = "none";
/** Multi-choice questions with an explicit "none" answer. */
export const NONE_ANSWER_FIELDS = ["documents", "assistance"] as const;

/** "None" with another answer contradicts itself: an error on that field. */
function noneAloneRule(v: Readonly<RecordValues>): RuleIssue[] {
  return NONE_ANSWER_FIELDS.filter((k) => {
    const a = v[k];
    return Array.isArray(a) && a.includes(NONE_ANSWER) && a.length > 1;
  }).map((field) => ({ field, severity: "error", code: "rule.person.none_alone" }));
}

/** A woman head of household (PEKKA) is a woman: the category with sex L is refused. */
function womanHeadRule(v: Readonly<RecordValues>): RuleIssue[] {
  const categories = Array.isArray(v.categories) ? v.categories : [];
  if (!categories.includes("woman_head_of_household") || v.sex !== "L") return [];
  return [{ field: "categories", severity: "error", code: "rule.person.woman_head_sex" }];
}

/** The form's read-only child / elderly status (derived), in place of the old ticks. */
const AGE_STATUS = "age_status";

/** Child, elderly or neither by age, as the form shows it while the birth date or age is typed. */
function ageStatus(v: Readonly<Record<string, unknown>>, today: string) {
  const age = rawAge({ birthDateField: "birth_date", ageField: "age_years" }, v, today);
  if (age === undefined) return { key: "derived.person.age_status.pending" } as const;
  const key =
    age < CHILD_UNDER
      ? "derived.person.age_status.child"
      : age >= ELDERLY_FROM
        ? "derived.person.age_status.elderly"
        : "derived.person.age_status.adult";
  return { key, params: { age } } as const;
}

/** The person form's parts, so a volunteer sees where they are in a long form. */
const PERSON_SECTIONS: FormSection[] = [
  {
    id: "identity",
    label: "section.person.identity",
    fields: [
      "full_name",
      "nik",
      "kk_number",
      "sex",
      "sex_differs_confirmed",
      "birth_date",
      "age_years",
      AGE_STATUS,
    ],
  },
  {
    id: "address",
    label: "section.person.address",
    fields: ["village", "dusun", "rt", "rw", "address"],
  },
  {
    id: "vulnerability",
    label: "section.person.vulnerability",
    fields: [
      "categories",
      "disability_types",
      "assistive_devices_held",
      "assistive_devices_needed",
      "accommodation_held",
      "accommodation_needed",
    ],
  },
  { id: "wg", label: "section.person.wg", fields: [...WG_FIELDS] },
  {
    id: "documents",
    label: "section.person.documents",
    fields: ["documents", "health_insurance", "assistance", "dtsen", "needs"],
  },
  {
    id: "consent",
    label: "section.person.consent",
    help: "help.person.consent",
    fields: [
      "consent_by",
      "married",
      "married_child_consent_confirmed",
      "consent_date",
      "consent_method",
      "consent_evidence",
    ],
  },
];

export const personForm: FormSpec = {
  id: "person",
  sheetName: "Warga Rentan",
  sections: PERSON_SECTIONS,
  fields: [
    { key: "full_name", kind: "text", maxLength: 120, required: true, pii: true },
    {
      key: "nik",
      kind: "nik",
      sexField: "sex",
      birthDateField: "birth_date",
      pii: true,
      help: "help.person.nik",
    },
    { key: "kk_number", kind: "kk", pii: true, help: "help.person.kk_number" },
    { key: "sex", kind: "choice", choices: ["L", "P"], required: true, pii: false },
    { key: "birth_date", kind: "date", notFuture: true, pii: true },
    { key: "age_years", kind: "integer", min: 0, max: 130, pii: false },
    { key: "village", kind: "village", required: true, pii: false },
    { key: "address", kind: "text", maxLength: 200, multiline: true, pii: true },
    {
      key: "categories",
      kind: "multi",
      choices: PERSON_CATEGORIES,
      // Child and elderly follow from the age (effectiveCategories): the form shows them read-only.
      derivedChoices: { choices: ["child", "elderly"], by: AGE_STATUS },
      help: "help.person.categories",
      pii: false,
    },
    {
      key: "disability_types",
      kind: "multi",
      choices: [
        "fisik",
        "intelektual",
        "mental",
        "sensorik_netra",
        "sensorik_rungu",
        "sensorik_wicara",
        "ganda",
      ],
      pii: false,
      showIf: { field: "categories", includes: "disability", error: "error.only_with_disability" },
    },
    ...WG_FIELDS.map(wg),
    {
      key: "documents",
      kind: "multi",
      choices: ["ktp_el", "kk", "akta_kelahiran", "kia", "bpjs_kesehatan", NONE_ANSWER],
      pii: false,
    },
    {
      key: "assistance",
      kind: "multi",
      choices: ["pkh", "bpnt", "pbi_jk", "blt_dd", "pip", "atensi", NONE_ANSWER],
      pii: false,
    },
    {
      key: "dtsen",
      kind: "choice",
      choices: ["yes", "no", "unknown"],
      choiceSet: "yes_no_unknown",
      pii: false,
    },
    { key: "needs", kind: "text", maxLength: 500, multiline: true, pii: true },
    {
      key: "consent_by",
      kind: "choice",
      choices: ["self", "parent", "guardian"],
      required: true,
      pii: false,
    },
    { key: "consent_date", kind: "date", notFuture: true, required: true, pii: false },
    // Added after the first release: new columns go at the end, so older sheets keep their layout.
    { key: "dusun", kind: "text", maxLength: 60, pii: false, help: "help.person.dusun" },
    { key: "rt", kind: "text", maxLength: 3, pattern: RT_RW, pii: false },
    { key: "rw", kind: "text", maxLength: 3, pattern: RT_RW, pii: false },
    {
      key: "health_insurance",
      kind: "choice",
      choices: ["bpjs_pbi", "bpjs_mandiri", "none"],
      pii: false,
    },
    { ...devices("assistive_devices_held"), help: "help.person.assistive_devices" },
    devices("assistive_devices_needed"),
    { ...accommodation("accommodation_held"), help: "help.person.accommodation" },
    accommodation("accommodation_needed"),
    {
      key: "consent_method",
      kind: "choice",
      choices: ["written", "recorded", "spoken_witness"],
      pii: false,
      help: "help.person.consent_method",
    },
    // May name who keeps the form: stays in the spreadsheet.
    { key: "consent_evidence", kind: "text", maxLength: 200, pii: true },
    {
      key: "sex_differs_confirmed",
      kind: "choice",
      choices: ["yes"],
      pii: false,
      help: "help.person.sex_differs_confirmed",
    },
    { key: "married", kind: "choice", choices: ["yes", "no"], choiceSet: "yes_no", pii: false },
    { key: "married_child_consent_confirmed", kind: "choice", choices: ["yes"], pii: false },
  ],
  oneOf: [{ fields: ["birth_date", "age_years"], error: "error.one_of_required" }],
  derived: [
    {
      key: AGE_STATUS,
      help: "help.person.age_status",
      from: ["birth_date", "age_years"],
      derive: ageStatus,
    },
  ],
  rules: [
    {
      kind: "custom",
      fields: ["birth_date", "age_years", "categories", "consent_by", "married"],
      check: ageRules,
    },
    { kind: "custom", fields: ["categories", "sex"], check: womanHeadRule },
    { kind: "custom", fields: [...NONE_ANSWER_FIELDS], check: noneAloneRule },
    // Dukcapil keeps the NIK after a sex correction in the biodata: the NIK's warning is confirmed, not refused.
    {
      kind: "confirm",
      severity: "error",
      warnings: ["nik.sex_is_female", "nik.sex_is_male"],
      field: "sex_differs_confirmed",
      message: "rule.person.nik_sex_confirm",
    },
    {
      kind: "confirm",
      severity: "error",
      warnings: ["rule.person.married_child_consent"],
      field: "married_child_consent_confirmed",
      message: "rule.person.married_child_consent_confirm",
    },
  ],
};
