// Services joined to the person they are for: who the services reached, by the person register's sex, age band, category and village.
import { findVillage } from "../areas.ts";
import { choiceLabelKey, type FormSpec, type RecordValues } from "../form-spec.ts";
import { effectiveCategories } from "../forms/person.ts";
import type { Lang } from "../i18n.ts";
import { validRecords } from "./compute.ts";
import {
  ageBandDim,
  type CrossTableDef,
  choiceDim,
  choiceField,
  NONE,
  type ReportContext,
  type ReportDim,
  text,
} from "./definition.ts";
import { ageOf } from "./person-report.ts";

/** A service whose person id is not (or no longer) a valid row of the person register. */
export const NOT_FOUND = "_not_found";

/**
 * The person register's valid rows, for its own report, and the same values by row id, for
 * joining: every row validated once, with the person form's own checks, so a person who fails
 * them is "not found" like a missing one.
 */
export function validPersons(
  personSpec: FormSpec,
  rows: readonly { readonly id: string; readonly raw: Record<string, unknown> }[],
  today: string,
): { valid: RecordValues[]; invalid: number; byId: Map<string, RecordValues> } {
  const byId = new Map<string, RecordValues>();
  const { valid, invalid } = validRecords(
    personSpec,
    rows.map((r) => r.raw),
    today,
    (i, value) => {
      const id = rows[i]?.id;
      if (id) byId.set(id, value);
    },
  );
  return { valid, invalid, byId };
}

/** The person register's valid rows by their id, for joining. */
export function personsById(
  personSpec: FormSpec,
  rows: readonly { readonly id: string; readonly raw: Record<string, unknown> }[],
  today: string,
): Map<string, RecordValues> {
  return validPersons(personSpec, rows, today).byId;
}

function personOf(ctx: ReportContext, r: RecordValues): RecordValues | undefined {
  const id = r.person_id;
  return typeof id === "string" ? ctx.persons?.get(id) : undefined;
}

/**
 * Services by whom they reached × status (the row total is what was requested, "selesai" what
 * was completed). Local tables only: a join of two registers is not part of the shared summary.
 */
export function servicePersonTables(
  serviceSpec: FormSpec,
  personSpec: FormSpec,
  ctx: ReportContext,
): CrossTableDef[] {
  const status = [choiceDim(serviceSpec, "status")];
  const sex = choiceField(personSpec, "sex");
  const categories = choiceField(personSpec, "categories");
  const personValue = (key: string) => (r: RecordValues) => {
    const p = personOf(ctx, r);
    if (!p) return NOT_FOUND;
    // Child and elderly by age on the report date, as in the person report.
    const v = key === "categories" ? effectiveCategories(p, ctx.today) : p[key];
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return NONE;
    return Array.isArray(v) ? v : String(v);
  };
  const dim = (
    id: string,
    key: string,
    values: readonly string[],
    label: (v: string, lang: Lang) => string,
    overlaps = false,
  ): ReportDim => ({
    id,
    values: [...values, NONE, NOT_FOUND],
    overlaps,
    of: personValue(key),
    heading: (lang) => text(lang, `field.person.${key}`),
    label: (v, lang) =>
      v === NOT_FOUND
        ? text(lang, "report.service.person_not_found")
        : v === NONE
          ? text(lang, "report.none.not_filled")
          : label(v, lang),
  });
  const villages = [
    ...new Set(
      [...(ctx.persons?.values() ?? [])]
        .map((p) => p.village)
        .filter((v): v is string => typeof v === "string")
        .concat(ctx.villages),
    ),
  ].sort();
  const age = ageBandDim(ctx.bands, (r) => {
    const p = personOf(ctx, r);
    return p ? ageOf(p, ctx.today) : undefined;
  });
  const table = (id: string, title: CrossTableDef["title"], rows: ReportDim): CrossTableDef => ({
    kind: "cross",
    id,
    title,
    rows,
    cols: status,
    shared: false,
    note: "report.service.person_note",
    chart: "BAR",
  });
  return [
    table(
      "person_sex_status",
      "report.service.person_sex_status",
      dim("person_sex", "sex", sex.choices, (v, lang) => text(lang, choiceLabelKey(sex, v))),
    ),
    table(
      "person_age_status",
      "report.service.person_age_status",
      // Services whose person is not found have no age: they appear in the sex table's "not found" row.
      { ...age, id: "person_age_band" },
    ),
    table(
      "person_category_status",
      "report.service.person_category_status",
      dim(
        "person_category",
        "categories",
        categories.choices,
        (v, lang) => text(lang, choiceLabelKey(categories, v)),
        true,
      ),
    ),
    table(
      "person_village_status",
      "report.service.person_village_status",
      dim("person_village", "village", villages, (v) => {
        const found = findVillage(v);
        return found ? `${found.name} (${v})` : v;
      }),
    ),
  ];
}
