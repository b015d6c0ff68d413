// The shared roll-up (Ringkasan bersama) as a report sheet: the worker's perturbed tables laid out like the group's own report.
import type { RollupForm, RollupResponse, ServedCell, ServedTable } from "./api/summaries.ts";
import { findDistrict, findVillage, PROGRAM_REGENCIES } from "./areas.ts";
import type { FormId } from "./form-ids.ts";
import { type Lang, t } from "./i18n.ts";
import { parsePeriod } from "./period.ts";
import { SUMMARY_BANDS } from "./reports/compute.ts";
import { type CrossTableDef, type ReportDim, text } from "./reports/definition.ts";
import { reportDef } from "./reports/index.ts";
import type { ChartSpec, RenderedSheet, SheetValue } from "./reports/render.ts";

export const SHARED_SUMMARY_SHEET = "Ringkasan Bersama";

interface Labels {
  title: string;
  heading: (dimension: string) => string;
  value: (dimension: string, value: string) => string;
}

const AREA_HEADINGS: Record<string, { id: string; en: string }> = {
  district: { id: "Kecamatan", en: "District (kecamatan)" },
  regency: { id: "Kabupaten/kota", en: "Regency/city" },
};

function areaName(dimension: string, code: string): string | undefined {
  if (dimension === "village") return findVillage(code)?.name;
  if (dimension === "district") return findDistrict(code)?.name;
  if (dimension === "regency") return PROGRAM_REGENCIES.find((r) => r.code === code)?.name;
  return undefined;
}

/** Titles and value labels come from the group's own report definitions, matched by table id. */
function labelsFor(form: FormId, table: ServedTable, lang: Lang, period: string): Labels {
  const def = reportDef(form);
  const ctx = {
    today: parsePeriod(period).end,
    period: parsePeriod(period),
    villages: [],
    bands: SUMMARY_BANDS,
  };
  const cross = def
    .tables(ctx, [])
    .find((d): d is CrossTableDef => d.kind === "cross" && d.id === table.id);
  const dims = new Map<string, ReportDim>();
  for (const d of cross ? [cross.rows, ...cross.cols] : []) dims.set(d.id, d);
  return {
    title: cross ? text(lang, cross.title) : table.id,
    heading: (dimension) =>
      AREA_HEADINGS[dimension]?.[lang] ?? dims.get(dimension)?.heading(lang) ?? dimension,
    value: (dimension, value) => {
      const name = areaName(dimension, value);
      if (name) return `${name} (${value})`;
      const dim = dims.get(dimension);
      return dim ? dim.label(value, lang) : value;
    },
  };
}

/** Every combination of the values of the dimensions after the first, outermost first. */
function columnKeys(table: ServedTable): string[][] {
  let keys: string[][] = [[]];
  for (const d of table.dimensions.slice(1))
    keys = keys.flatMap((k) => d.values.map((v) => [...k, v]));
  return keys;
}

function byKey(cells: readonly ServedCell[]): Map<string, number> {
  return new Map(cells.map((c) => [JSON.stringify(c.key), c.value]));
}

function completenessLines(lang: Lang, forms: readonly RollupForm[]): SheetValue[][] {
  const lines: SheetValue[][] = [];
  for (const f of forms) {
    const c = f.completeness;
    const formTitle = text(lang, `form.${f.form}.title`);
    lines.push([
      t(lang, "shared.completeness", {
        form: formTitle,
        reported: c.reported,
        expected: c.expected,
      }),
      c.missing.length
        ? t(lang, "shared.missing", { groups: c.missing.map((m) => m.name).join(", ") })
        : "",
    ]);
    if (c.stale.length) {
      lines.push(["", t(lang, "shared.stale", { groups: c.stale.map((m) => m.name).join(", ") })]);
    }
    if (f.withheld) {
      lines.push([
        "",
        t(lang, "shared.withheld", {
          form: formTitle,
          floor: text(lang, `shared.floor.${f.floor}`),
        }),
      ]);
    }
  }
  return lines;
}

/** The roll-up as one sheet: header with the note on perturbation, completeness per form, then each table with totals and a chart. */
export function renderRollup(rollup: RollupResponse, lang: Lang, generated: string): RenderedSheet {
  const lines: SheetValue[][] = [
    [t(lang, "shared.title", { area: rollup.region.name, code: rollup.region.code })],
    [t(lang, "report.period"), rollup.period],
    [t(lang, "report.generated"), generated],
    [rollup.note[lang]],
    [],
    ...completenessLines(lang, rollup.forms),
    [],
  ];
  const bold = new Set<number>([0]);
  const heads = new Set<number>();
  const charts: ChartSpec[] = [];
  let width = 2;
  for (const f of rollup.forms) {
    for (const table of f.tables) {
      const l = labelsFor(f.form, table, lang, rollup.period);
      const [first, ...rest] = table.dimensions as [
        ServedTable["dimensions"][number],
        ...ServedTable["dimensions"],
      ];
      const cols = columnKeys(table);
      const cells = byKey(table.cells);
      const rowTotals = byKey(table.margins.rows);
      const colTotals = byKey(table.margins.columns);
      const value = (m: Map<string, number>, key: string[]) => m.get(JSON.stringify(key)) ?? 0;
      lines.push([`${l.title} (${text(lang, `form.${f.form}.title`)})`]);
      bold.add(lines.length - 1);
      const header: SheetValue[] = [
        l.heading(first.id),
        ...(rest.length
          ? cols.map((ck) =>
              ck.map((v, i) => l.value((rest[i] as { id: string }).id, v)).join(" · "),
            )
          : [t(lang, "report.total")]),
      ];
      if (rest.length) header.push(t(lang, "report.total"));
      const headerRow = lines.length;
      lines.push(header);
      heads.add(headerRow);
      for (const rv of first.values) {
        const row: SheetValue[] = [l.value(first.id, rv)];
        if (rest.length) {
          for (const ck of cols) row.push(value(cells, [rv, ...ck]));
          row.push(value(rowTotals, [rv]));
        } else row.push(value(rowTotals, [rv]));
        lines.push(row);
      }
      const total: SheetValue[] = [t(lang, "report.total")];
      if (rest.length) for (const ck of cols) total.push(value(colTotals, ck));
      total.push(table.margins.grand.value);
      lines.push(total);
      bold.add(lines.length - 1);
      width = Math.max(width, header.length);
      charts.push({
        row: headerRow + 1,
        col: 1,
        numRows: first.values.length + 1,
        numCols: (rest.length ? cols.length : 0) + 1,
        anchorRow: headerRow + 1,
        anchorCol: 0, // set below, once the widest table is known
        type: "BAR",
        title: l.title,
      });
      lines.push([]);
    }
  }
  const columns = width + 1;
  for (const c of charts) c.anchorCol = columns + 1;
  const values = lines.map((r) => [...r, ...new Array(Math.max(0, width - r.length)).fill("")]);
  return {
    name: SHARED_SUMMARY_SHEET,
    values,
    fontWeights: values.map((r, i) =>
      r.map(() => (bold.has(i) || heads.has(i) ? "bold" : "normal")),
    ),
    backgrounds: values.map((r, i) => r.map(() => (heads.has(i) ? "#e8f0fe" : "#ffffff"))),
    numberFormats: values.map((r) => r.map((v) => (typeof v === "number" ? "0" : "@"))),
    charts,
    columns: columns + 8,
  };
}
