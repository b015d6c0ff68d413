// The person register's report (a snapshot): villages, vulnerability, disability (types and WG-SS), missing documents, assistance.
import { type AgeBand, SIMFONI_BANDS } from "../age-bands.ts";
import { choiceLabelKey, type FormSpec, type RecordValues } from "../form-spec.ts";
import {
  CHILD_UNDER,
  effectiveCategories,
  NONE_ANSWER,
  personAge,
  personForm,
  WG_FIELDS,
  WG_FROM_AGE,
} from "../forms/person.ts";
import { parsePeriod } from "../period.ts";
import { computeReport, type FormReport } from "./compute.ts";
import {
  ageBandDim,
  choiceDim,
  choiceField,
  codesOf,
  derivedDim,
  type FormReportDef,
  NONE,
  type ReportContext,
  type ReportDim,
  type TableDef,
  text,
  villageDim,
} from "./definition.ts";

export const VILLAGE_SEX_AGE = "village_sex_age";

/** Age on a date: from the birth date when known, else the age in years as recorded. */
export function ageOf(v: RecordValues, today: string): number | undefined {
  return personAge(v, today)?.years;
}

/** WG-SS answers that count as a disability: 3 "a lot of difficulty", 4 "cannot do at all". */
export const WG_CUTOFF = ["3", "4"] as const;
export const WG_STATUSES = [
  "disability",
  "no_disability",
  "incomplete",
  "not_asked",
  "not_applicable",
] as const;
export type WgStatus = (typeof WG_STATUSES)[number];

/**
 * The Washington Group cut-off: a disability when at least one domain is 3 or 4; no disability
 * only when all six are answered below that; otherwise incomplete, or not asked at all. Under
 * age 5 the Short Set does not apply: any answers there are not counted.
 */
export function wgStatus(r: RecordValues, age?: number): WgStatus {
  if (age !== undefined && age < WG_FROM_AGE) return "not_applicable";
  const answers = WG_FIELDS.map((k) => r[k]).filter((v): v is string => typeof v === "string");
  if (answers.length === 0) return "not_asked";
  if (answers.some((a) => (WG_CUTOFF as readonly string[]).includes(a))) return "disability";
  return answers.length === WG_FIELDS.length ? "no_disability" : "incomplete";
}

/**
 * Documents a person of an age should hold (docs/domain-rules.md): a birth certificate under 18, a KTP-el
 * from 17, a Kartu Keluarga for everyone. Codes are the form's document choices.
 */
export const REQUIRED_DOCUMENTS: readonly { doc: string; from?: number; under?: number }[] = [
  { doc: "akta_kelahiran", under: CHILD_UNDER },
  { doc: "ktp_el", from: 17 },
  { doc: "kk" },
];

/** Row of a person whose documents were never asked (blank): belum didata, never "has none". */
export const NOT_RECORDED = "_not_recorded";

/** Documents the age needs and the person lacks; NOT_RECORDED when the question was left blank. */
export function missingDocuments(r: RecordValues, age: number): string[] {
  const held = Array.isArray(r.documents) ? r.documents : [];
  if (held.length === 0) return [NOT_RECORDED];
  return REQUIRED_DOCUMENTS.filter(
    (d) =>
      (d.from === undefined || age >= d.from) &&
      (d.under === undefined || age < d.under) &&
      !held.includes(d.doc),
  ).map((d) => d.doc);
}

function has(r: RecordValues, key: string, code: string): boolean {
  const v = r[key];
  return Array.isArray(v) && v.includes(code);
}

/** Groups a social assistance programme is meant for, as category codes of the form. */
export const ELIGIBLE_GROUPS = [
  "poor_household",
  "disability",
  "elderly",
  "woman_head_of_household",
] as const;

/** Whether a person receives some assistance, answered "none" (layak tetapi tidak menerima), or was never asked. */
export const ASSISTANCE_STATUSES = ["receives", "none", "not_recorded"] as const;
export function assistanceStatus(r: RecordValues): (typeof ASSISTANCE_STATUSES)[number] {
  const a = Array.isArray(r.assistance) ? r.assistance : [];
  if (a.length === 0) return "not_recorded";
  return a.includes(NONE_ANSWER) ? "none" : "receives";
}

/** Dusun as typed in the register (trimmed), sorted; a blank dusun counts as "belum didata". */
function dusunDim(records: readonly RecordValues[]): ReportDim {
  const of = (r: RecordValues) => {
    const d = r.dusun;
    return typeof d === "string" && d.trim() !== "" ? d.trim() : NOT_RECORDED;
  };
  const values = [...new Set(records.map(of))].filter((v) => v !== NOT_RECORDED).sort();
  return {
    id: "dusun",
    values: [...values, NOT_RECORDED],
    of,
    heading: (lang) => text(lang, "field.person.dusun"),
    label: (v, lang) => (v === NOT_RECORDED ? text(lang, "report.not_recorded") : v),
  };
}

export function personReportDef(spec: FormSpec): FormReportDef {
  const poor = codesOf(spec, "categories", ["poor_household"])[0] as string;
  const disability = codesOf(spec, "categories", ["disability"])[0] as string;
  const documentCodes = codesOf(
    spec,
    "documents",
    REQUIRED_DOCUMENTS.map((d) => d.doc),
  );
  const documents = choiceField(spec, "documents");
  const wgAnswers = choiceField(spec, WG_FIELDS[0]).choices;

  return {
    form: spec.id,
    sheetName: "Laporan Warga Rentan",
    title: "report.person.title",
    unit: "report.unit.person",
    tables(ctx: ReportContext, records: readonly RecordValues[]): TableDef[] {
      const sex = choiceDim(spec, "sex");
      const age = (r: RecordValues) => ageOf(r, ctx.today);
      const band = ageBandDim(ctx.bands, age);
      const wg = (r: RecordValues) => wgStatus(r, age(r));
      const hasDisability = (r: RecordValues) =>
        has(r, "categories", disability) || wg(r) === "disability";
      const categoryDim = choiceDim(spec, "categories", { none: "report.none.categories" });
      // Child and elderly by age on the report date, not by the tick (effectiveCategories).
      const category: ReportDim = {
        ...categoryDim,
        of: (r) => {
          const c = effectiveCategories(r, ctx.today);
          return c.length ? c : NONE;
        },
      };
      const village = villageDim(spec, "village", ctx.villages, records);
      const missing: ReportDim = {
        ...derivedDim(
          "missing_document",
          [...documentCodes, NOT_RECORDED],
          (r) => {
            const a = age(r);
            return a === undefined ? undefined : missingDocuments(r, a);
          },
          { heading: "report.missing_document", prefix: "", overlaps: true },
        ),
        label: (v, lang) =>
          v === NOT_RECORDED
            ? text(lang, "report.not_recorded")
            : text(lang, choiceLabelKey(documents, v)),
      };
      // Groups eligible for social assistance: poor, disability (category or WG-SS), elderly by age, women heads.
      const eligible = derivedDim(
        "eligible",
        ELIGIBLE_GROUPS,
        (r) => {
          const c = effectiveCategories(r, ctx.today);
          const out = ELIGIBLE_GROUPS.filter((g) => c.includes(g));
          if (hasDisability(r) && !out.includes("disability")) out.push("disability");
          return ELIGIBLE_GROUPS.filter((g) => out.includes(g));
        },
        { heading: "report.eligible", prefix: "report.eligible", overlaps: true },
      );
      const target: ReportDim = derivedDim(
        "target",
        [poor, disability],
        (r) => [
          ...(has(r, "categories", poor) ? [poor] : []),
          ...(hasDisability(r) ? [disability] : []),
        ],
        { heading: "report.target", prefix: "report.target", overlaps: true },
      );
      return [
        {
          kind: "cross",
          id: VILLAGE_SEX_AGE,
          title: "report.person.village_sex_age",
          rows: villageDim(spec, "village", ctx.villages, records),
          cols: [sex, band],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "category_sex",
          title: "report.person.category_sex",
          rows: category,
          cols: [sex],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "disability_type_sex",
          title: "report.person.disability_type_sex",
          rows: choiceDim(spec, "disability_types", { none: "report.none.disability_types" }),
          cols: [sex],
          where: (r) => has(r, "categories", disability),
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "wg_status_sex",
          title: "report.person.wg_status_sex",
          rows: derivedDim("wg_status", WG_STATUSES, wg, {
            heading: "report.wg_status",
            prefix: "report.wg_status",
          }),
          cols: [sex],
          shared: true,
          note: "report.person.wg_note",
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "wg_domain_sex",
          title: "report.person.wg_domain_sex",
          rows: derivedDim(
            "wg_domain",
            WG_FIELDS,
            (r) => WG_FIELDS.filter((k) => typeof r[k] === "string"),
            { heading: "report.wg_domain", prefix: "report.wg_domain", overlaps: true },
          ),
          where: (r) => wg(r) !== "not_applicable",
          cols: [sex, { ...choiceDim(spec, WG_FIELDS[0], { id: "wg_answer" }), of: wgAnswer }],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "missing_document_sex_age",
          title: "report.person.missing_document_sex_age",
          rows: missing,
          cols: [sex, band],
          shared: true,
          note: "report.person.missing_document_note",
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "assistance_target_sex",
          title: "report.person.assistance_target_sex",
          // Blank is "belum didata"; "none" is its own answer (Tidak menerima bantuan apa pun).
          rows: choiceDim(spec, "assistance", { none: "report.not_recorded" }),
          cols: [target, sex],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "dtsen_target_sex",
          title: "report.person.dtsen_target_sex",
          rows: choiceDim(spec, "dtsen", { none: "report.none.not_filled" }),
          cols: [target, sex],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "category_village",
          title: "report.person.category_village",
          rows: category,
          cols: [village],
          // Crossed with every village it would outgrow the shared summary's size cap: sheet only.
          shared: false,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "category_dusun",
          title: "report.person.category_dusun",
          rows: category,
          cols: [dusunDim(records)],
          // Dusun names are free text: the table stays in the sheet, never in the shared summary.
          shared: false,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "category_age",
          title: "report.person.category_age",
          rows: category,
          cols: [band],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "missing_document_category_village",
          title: "report.person.missing_document_category_village",
          rows: missing,
          cols: [category, village],
          // Documents × categories × villages is too large for the shared summary's size cap: sheet only.
          shared: false,
          note: "report.person.missing_document_note",
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "assistance_status_eligible",
          title: "report.person.assistance_status_eligible",
          rows: derivedDim("assistance_status", ASSISTANCE_STATUSES, assistanceStatus, {
            heading: "report.assistance_status",
            prefix: "report.assistance_status",
          }),
          cols: [eligible, sex],
          shared: true,
          note: "report.person.assistance_status_note",
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "dtsen_category",
          title: "report.person.dtsen_category",
          rows: choiceDim(spec, "dtsen", { none: "report.not_recorded" }),
          cols: [category],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "health_insurance_category",
          title: "report.person.health_insurance_category",
          rows: choiceDim(spec, "health_insurance", { none: "report.not_recorded" }),
          cols: [category],
          shared: true,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "device_needed_village",
          title: "report.person.device_needed_village",
          rows: choiceDim(spec, "assistive_devices_needed"),
          cols: [village],
          // Crossed with every village it would outgrow the shared summary's size cap: sheet only.
          shared: false,
          chart: "BAR",
        },
        {
          kind: "cross",
          id: "accommodation_needed_village",
          title: "report.person.accommodation_needed_village",
          rows: choiceDim(spec, "accommodation_needed"),
          cols: [village],
          // Crossed with every village it would outgrow the shared summary's size cap: sheet only.
          shared: false,
          chart: "BAR",
        },
      ];
    },
  };

  /** The answer to the domain chosen in the row dimension (WG answers share one choice list). */
  function wgAnswer(r: RecordValues, prefix: readonly string[]): string | undefined {
    const v = r[prefix[0] as string];
    return typeof v === "string" && wgAnswers.includes(v) ? v : undefined;
  }
}

export const personReportDefinition = personReportDef(personForm);

/** The person report on already valid records (the benchmark's entry; the add-on goes through compute). */
export function personReport(
  records: readonly RecordValues[],
  opts: { today: string; villages: readonly string[]; bands?: readonly AgeBand[] },
): FormReport {
  return computeReport(personReportDefinition, records, {
    today: opts.today,
    period: parsePeriod(opts.today.slice(0, 4)),
    villages: opts.villages,
    bands: opts.bands ?? SIMFONI_BANDS,
  });
}
