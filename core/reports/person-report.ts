// The person register's disaggregated table: village × sex × age band, from normalised records.
import { type AgeBand, bandOf, SIMFONI_BANDS } from "../age-bands.ts";
import { crossCount, type Dimension, type Pivot, pivot } from "../crosstab.ts";
import { ageOn } from "../dates.ts";
import type { FormSpec, RecordValues } from "../form-spec.ts";
import { findField, isChoiceField } from "../form-spec.ts";
import { personForm } from "../forms/person.ts";
import type { SummaryTable } from "../summary.ts";

export const VILLAGE_SEX_AGE = "village_sex_age";

/** Age on a date: from the birth date when known, else the age in years as recorded. */
export function ageOf(v: RecordValues, today: string): number | undefined {
  if (typeof v.birth_date === "string") return ageOn(v.birth_date, today);
  return typeof v.age_years === "number" ? v.age_years : undefined;
}

function choicesOf(spec: FormSpec, key: string): readonly string[] {
  const f = findField(spec, key);
  if (!f || !isChoiceField(f)) throw new Error(`${spec.id}.${key} is not a choice field`);
  return f.choices;
}

export interface PersonReport {
  table: SummaryTable;
  pivot: Pivot;
  counted: number;
}

export function personReport(
  records: readonly RecordValues[],
  opts: { today: string; villages: readonly string[]; bands?: readonly AgeBand[] },
): PersonReport {
  const bands = opts.bands ?? SIMFONI_BANDS;
  const present = records.map((r) => r.village).filter((v): v is string => typeof v === "string");
  const villages = [...new Set([...opts.villages, ...present])].sort();
  const dims: Dimension<RecordValues>[] = [
    { id: "village", values: villages, of: (r) => r.village as string | undefined },
    { id: "sex", values: choicesOf(personForm, "sex"), of: (r) => r.sex as string | undefined },
    {
      id: "age_band",
      values: bands.map((b) => b.key),
      of: (r) => {
        const age = ageOf(r, opts.today);
        return age === undefined ? undefined : bandOf(age, bands);
      },
    },
  ];
  const { cells, skipped } = crossCount(records, dims);
  const [village, sex, age] = dims as [
    Dimension<RecordValues>,
    Dimension<RecordValues>,
    Dimension<RecordValues>,
  ];
  return {
    table: { id: VILLAGE_SEX_AGE, dimensions: dims.map((d) => d.id), cells },
    pivot: pivot(cells, { index: 0, values: village.values }, [
      { index: 1, values: sex.values },
      { index: 2, values: age.values },
    ]),
    counted: records.length - skipped,
  };
}
