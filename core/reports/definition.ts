// What a report is made of: per form, tables of dimensions derived from the form spec, labelled from the catalogue.
import { type AgeBand, bandLabel, bandOf } from "../age-bands.ts";
import { findVillage } from "../areas.ts";
import type { Dimension } from "../crosstab.ts";
import type { FormId } from "../form-ids.ts";
import {
  type ChoiceField,
  choiceLabelKey,
  type FormSpec,
  fieldLabelKey,
  findField,
  isChoiceField,
  type RecordValues,
} from "../form-spec.ts";
import { CHILD_UNDER } from "../forms/person.ts";
import { isMessageKey, type Lang, type MessageParams, t } from "../i18n.ts";
import type { MessageKey } from "../messages.ts";
import type { Period } from "../period.ts";

/** The value of an optional choice left empty (or a multi-choice with nothing ticked). */
export const NONE = "_none";
/** Joins the codes of a composite value (kind/item); no choice code contains it. */
export const PART_SEP = "/";

/** A catalogue text, or the key itself when it is missing (a test checks no key shows through). */
export function text(lang: Lang, key: string, params?: MessageParams): string {
  return isMessageKey(key) ? t(lang, key, params) : key;
}

export interface ReportDim extends Dimension<RecordValues> {
  readonly heading: (lang: Lang) => string;
  readonly label: (value: string, lang: Lang) => string;
  /**
   * Summary dimension ids of a composite dimension whose values join one code per part with
   * PART_SEP (kind/item): the shared summary keeps the codes apart.
   */
  readonly parts?: readonly string[];
}

export type ChartType = "BAR" | "COLUMN";

/** A cross-table: one dimension down, up to two across, with totals. */
export interface CrossTableDef {
  readonly kind: "cross";
  /** The shared summary's table id (and the table's stable name). */
  readonly id: string;
  readonly title: MessageKey;
  readonly rows: ReportDim;
  readonly cols: readonly ReportDim[];
  /** Which records the table is about (e.g. persons with a disability); all when absent. */
  readonly where?: (r: RecordValues) => boolean;
  /** Sums this per combination instead of counting records (e.g. numbers of participants). */
  readonly weight?: (r: RecordValues, key: readonly string[]) => number;
  /** Catalogue key of the single figure column's heading, for a table with no column dimension. */
  readonly measure?: string;
  /** Counts only, no free text: the table goes into the shared summary. */
  readonly shared: boolean;
  readonly note?: MessageKey;
  readonly chart: ChartType;
}

export type ListFormat = "count" | "percent" | "decimal";

export interface ListRow {
  /** Free text from the sheet (an agency's name), or a catalogue key. */
  readonly label: string | { readonly key: MessageKey };
  readonly values: readonly (number | null)[];
}

/** A list of figures per free-text value (e.g. per agency): sheet only, never shared. */
export interface ListTableDef {
  readonly kind: "list";
  readonly id: string;
  readonly title: MessageKey;
  readonly rowHeading: MessageKey;
  readonly columns: readonly { readonly heading: MessageKey; readonly format: ListFormat }[];
  /** The first `chartColumns` figure columns are charted. */
  readonly chartColumns: number;
  readonly compute: (records: readonly RecordValues[]) => { rows: ListRow[]; total: ListRow };
  readonly shared: false;
  readonly note?: MessageKey;
  readonly chart: ChartType;
}

export type TableDef = CrossTableDef | ListTableDef;

export interface ReportContext {
  /** Today where the spreadsheet is (YYYY-MM-DD): ages of snapshot registers are taken on it. */
  readonly today: string;
  readonly period: Period;
  /** The group's villages: rows even when nobody is counted there. */
  readonly villages: readonly string[];
  readonly bands: readonly AgeBand[];
  /** The person register's valid rows by id, for reports that join to the person (services). */
  readonly persons?: ReadonlyMap<string, RecordValues>;
}

export interface FormReportDef {
  readonly form: FormId;
  /** Fixed, not translated, like the form sheets: the add-on replaces it by name. */
  readonly sheetName: string;
  readonly title: MessageKey;
  /** What one record is ("warga", "kasus"), for the notes. */
  readonly unit: MessageKey;
  /** The date a dated register is filtered by; a register without one is a snapshot. */
  readonly dateField?: string;
  readonly tables: (ctx: ReportContext, records: readonly RecordValues[]) => TableDef[];
}

export function choiceField(spec: FormSpec, key: string): ChoiceField {
  const f = findField(spec, key);
  if (!f || !isChoiceField(f)) throw new Error(`${spec.id}.${key} is not a choice field`);
  return f;
}

/** The spec's choice codes that a report rule names, checked so a renamed code fails loudly. */
export function codesOf(spec: FormSpec, key: string, codes: readonly string[]): readonly string[] {
  const f = choiceField(spec, key);
  for (const c of codes) {
    if (!f.choices.includes(c)) throw new Error(`${spec.id}.${key} has no choice "${c}"`);
  }
  return codes;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
}

/**
 * A dimension from a choice field: its values are the spec's codes in the spec's order, labels
 * are the form's choice labels. With `none`, an empty field counts under NONE instead of
 * leaving the record out of the table.
 */
export function choiceDim(
  spec: FormSpec,
  key: string,
  opts: { none?: MessageKey; id?: string } = {},
): ReportDim {
  const f = choiceField(spec, key);
  const none = opts.none;
  return {
    id: opts.id ?? key,
    values: none ? [...f.choices, NONE] : f.choices,
    overlaps: f.kind === "multi",
    of: (r) => {
      const v = r[key];
      if (isEmpty(v)) return none ? NONE : undefined;
      return Array.isArray(v) ? v : String(v);
    },
    heading: (lang) => text(lang, fieldLabelKey(spec.id, key)),
    label: (v, lang) => (v === NONE && none ? t(lang, none) : text(lang, choiceLabelKey(f, v))),
  };
}

/** A dimension computed from a record (not a field), labelled `<prefix>.<value>` from the catalogue. */
export function derivedDim(
  id: string,
  values: readonly string[],
  of: ReportDim["of"],
  keys: { heading: MessageKey; prefix: string; overlaps?: boolean },
): ReportDim {
  return {
    id,
    values,
    of,
    overlaps: keys.overlaps,
    heading: (lang) => t(lang, keys.heading),
    label: (v, lang) => text(lang, `${keys.prefix}.${v}`),
  };
}

/** Villages as rows: the group's, plus any a record holds (kept as its own row, never dropped). */
export function villageDim(
  spec: FormSpec,
  key: string,
  villages: readonly string[],
  records: readonly RecordValues[],
): ReportDim {
  const present = records.map((r) => r[key]).filter((v): v is string => typeof v === "string");
  return {
    id: key,
    values: [...new Set([...villages, ...present])].sort(),
    of: (r) => (typeof r[key] === "string" ? (r[key] as string) : undefined),
    heading: (lang) => text(lang, fieldLabelKey(spec.id, key)),
    label: (code) => {
      const v = findVillage(code);
      return v ? `${v.name} (${code})` : code;
    },
  };
}

export function ageBandDim(
  bands: readonly AgeBand[],
  ageOf: (r: RecordValues) => number | undefined,
): ReportDim {
  return {
    id: "age_band",
    values: bands.map((b) => b.key),
    of: (r) => {
      const age = ageOf(r);
      return age === undefined ? undefined : bandOf(age, bands);
    },
    heading: (lang) => t(lang, "report.age_band"),
    label: (v) => bandLabel(v),
  };
}

/** Child (under 18, the child protection law) or adult, from an age in years. */
export function childAdultDim(key: string): ReportDim {
  return derivedDim(
    "age_group",
    ["child", "adult"],
    (r) => {
      const age = r[key];
      return typeof age === "number" ? (age < CHILD_UNDER ? "child" : "adult") : undefined;
    },
    { heading: "report.age_group", prefix: "report.age_group" },
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** The months of the period ("2026-01" …), by a record's date field. */
export function monthDim(period: Period, key: string): ReportDim {
  const first = Number(period.start.slice(5, 7));
  const last = Number(period.end.slice(5, 7));
  const values: string[] = [];
  for (let m = first; m <= last; m++) values.push(`${period.year}-${pad2(m)}`);
  return {
    id: "month",
    values,
    of: (r) => (typeof r[key] === "string" ? (r[key] as string).slice(0, 7) : undefined),
    heading: (lang) => t(lang, "report.month"),
    label: (v, lang) => `${text(lang, `report.month.${v.slice(5, 7)}`)} ${v.slice(0, 4)}`,
  };
}
