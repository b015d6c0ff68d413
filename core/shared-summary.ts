// The shared roll-up (Ringkasan bersama): the worker's answer, and its layout as a report sheet with "<k" for hidden cells.
import { findVillage } from "./areas.ts";
import type { ServedCell, ServedTable } from "./disclosure.ts";
import type { FormId } from "./form-ids.ts";
import { type Lang, t } from "./i18n.ts";
import { parsePeriod } from "./period.ts";
import { SUMMARY_BANDS } from "./reports/compute.ts";
import { type CrossTableDef, type ReportDim, text } from "./reports/definition.ts";
import { reportDef } from "./reports/index.ts";
import type { ChartSpec, RenderedSheet, SheetValue } from "./reports/render.ts";

export const SHARED_SUMMARY_SHEET = "Ringkasan Bersama";

/** `GET /v1/summaries/{period}?region=` as the worker answers it. */
export interface Rollup {
  period: string;
  region: { code: string; name: string; level: string };
  k: number;
  forms: {
    form: FormId;
    completeness: { expected: number; reported: number; missing: { id: string; name: string }[] };
    tables: ServedTable[];
    omitted?: { id: string }[];
  }[];
}

interface Labels {
  title: string;
  /** Sorts a dimension's values as the group's own report shows them (codes it does not know last). */
  order: (dimension: string, values: readonly string[]) => string[];
  heading: (dimension: string) => string;
  value: (dimension: string, value: string) => string;
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
  const tables = def.tables(ctx, []);
  const cross = tables.find((d): d is CrossTableDef => d.kind === "cross" && d.id === table.id);
  const dims = new Map<string, ReportDim>();
  for (const d of cross ? [cross.rows, ...cross.cols] : []) if (!d.parts) dims.set(d.id, d);
  return {
    title: cross ? text(lang, cross.title) : table.id,
    heading: (dimension) => dims.get(dimension)?.heading(lang) ?? dimension,
    order: (dimension, values) => {
      const known = dims.get(dimension)?.values ?? [];
      const rank = (v: string) => {
        const i = known.indexOf(v);
        return i < 0 ? known.length : i;
      };
      return [...values].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    },
    value: (dimension, value) => {
      if (dimension === "village") {
        const v = findVillage(value);
        return v ? `${v.name} (${value})` : value;
      }
      const dim = dims.get(dimension);
      return dim ? dim.label(value, lang) : value;
    },
  };
}

function shown(cell: ServedCell | undefined, k: number): SheetValue {
  if (!cell) return 0;
  return cell.suppressed || cell.count === null ? `<${k}` : cell.count;
}

/** The roll-up as one sheet: header, completeness per form, then each table with totals and a chart. */
export function renderRollup(rollup: Rollup, lang: Lang, generated: string): RenderedSheet {
  const k = rollup.k;
  const lines: SheetValue[][] = [
    [t(lang, "shared.title", { area: rollup.region.name, code: rollup.region.code })],
    [t(lang, "report.period"), rollup.period],
    [t(lang, "report.generated"), generated],
    [t(lang, "shared.suppression_note", { k, below: k - 1 })],
    [],
  ];
  const bold = new Set<number>([0]);
  const heads = new Set<number>();
  const charts: ChartSpec[] = [];
  for (const f of rollup.forms) {
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
  }
  lines.push([]);
  let width = 2;
  for (const f of rollup.forms) {
    for (const table of f.tables) {
      const l = labelsFor(f.form, table, lang, rollup.period);
      const [first, ...rest] = table.dimensions as [string, ...string[]];
      const rowValues = l.order(
        first,
        table.totals.rows.map((r) => r.key[0] as string),
      );
      const rowTotal = new Map(table.totals.rows.map((r) => [r.key[0] as string, r]));
      // Columns in the report's order: by the first column dimension, then the next.
      const colTotals = [...table.totals.columns].sort((a, b) => {
        for (let d = 0; d < rest.length; d++) {
          const dim = rest[d] as string;
          const order = l.order(dim, [a.key[d] as string, b.key[d] as string]);
          if (a.key[d] !== b.key[d]) return order[0] === a.key[d] ? -1 : 1;
        }
        return 0;
      });
      const colKeys = rest.length ? colTotals.map((c) => c.key) : [[]];
      const byKey = new Map(table.cells.map((cell) => [JSON.stringify(cell.key), cell]));
      lines.push([`${l.title} (${text(lang, `form.${f.form}.title`)})`]);
      bold.add(lines.length - 1);
      const header: SheetValue[] = [
        l.heading(first),
        ...colKeys.map((ck) =>
          ck.length
            ? ck.map((v, i) => l.value(rest[i] as string, v)).join(" · ")
            : t(lang, "report.total"),
        ),
      ];
      if (rest.length) header.push(t(lang, "report.total"));
      const headerRow = lines.length;
      lines.push(header);
      heads.add(headerRow);
      for (const rv of rowValues) {
        const row: SheetValue[] = [l.value(first, rv)];
        for (const ck of colKeys) {
          row.push(shown(ck.length ? byKey.get(JSON.stringify([rv, ...ck])) : rowTotal.get(rv), k));
        }
        if (rest.length) row.push(shown(rowTotal.get(rv), k));
        lines.push(row);
      }
      const total: SheetValue[] = [t(lang, "report.total")];
      if (rest.length) total.push(...colTotals.map((c) => shown(c, k)));
      total.push(shown(table.totals.grand, k));
      lines.push(total);
      bold.add(lines.length - 1);
      width = Math.max(width, header.length);
      charts.push({
        row: headerRow + 1,
        col: 1,
        numRows: rowValues.length + 1,
        numCols: colKeys.length + 1,
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
