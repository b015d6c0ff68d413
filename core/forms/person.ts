// The person register (Warga rentan): every field of design.md, declared once.
import type { FormSpec } from "../form-spec.ts";

const WG_CHOICES = ["1", "2", "3", "4"] as const;
const wg = (key: string) =>
  ({
    key,
    kind: "choice",
    choices: WG_CHOICES,
    choiceSet: "wg",
    pii: false,
    help: "help.person.wg",
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

export const personForm: FormSpec = {
  id: "person",
  sheetName: "Warga Rentan",
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
      choices: [
        "disability",
        "elderly",
        "child",
        "woman_head_of_household",
        "poor_household",
        "violence_victim",
        "remote_community",
        "other",
      ],
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
      choices: ["ktp_el", "kk", "akta_kelahiran", "kia", "bpjs_kesehatan"],
      pii: false,
    },
    {
      key: "assistance",
      kind: "multi",
      choices: ["pkh", "bpnt", "pbi_jk", "blt_dd", "pip", "atensi"],
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
  ],
  oneOf: [{ fields: ["birth_date", "age_years"], error: "error.one_of_required" }],
};
