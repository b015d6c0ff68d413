// The plain cross-tabulation loop as it was before the fast one: kept as the reference the fast one must equal.
import type { Dimension, Tabulation } from "../../../core/crosstab.ts";

const SEP = "\u0001";

/** The combinations a row falls in; values outside a dimension's list do not count. */
function combosOf<R>(row: R, dims: readonly Dimension<R>[], allowed: Set<string>[]): string[][] {
  let combos: string[][] = [[]];
  dims.forEach((d, i) => {
    const ok = allowed[i] as Set<string>;
    combos = combos.flatMap((c) => {
      const v = d.of(row, c);
      const vals = v === undefined ? [] : typeof v === "string" ? [v] : v;
      // A multi-choice may list a value twice in a hand-typed cell: once is enough.
      return [...new Set(vals)].filter((x) => ok.has(x)).map((x) => [...c, x]);
    });
  });
  return combos;
}

/**
 * Totals over some dimensions: summed, or — when a dropped dimension overlaps — the largest
 * contribution of each row, so one row never counts twice in the same total.
 */
class Totals {
  readonly values: number[];
  private readonly local = new Map<number, number>();
  constructor(
    size: number,
    private readonly distinct: boolean,
  ) {
    this.values = new Array(size).fill(0);
  }
  add(i: number, w: number): void {
    if (this.distinct) this.local.set(i, Math.max(this.local.get(i) ?? 0, w));
    else this.values[i] = (this.values[i] as number) + w;
  }
  endRow(): void {
    for (const [i, w] of this.local) this.values[i] = (this.values[i] as number) + w;
    this.local.clear();
  }
}

/**
 * Counts rows per combination of `rowDim` and `colDims`, or sums `weight` (e.g. a number of
 * participants) when given; lays them out with totals in one pass over the rows.
 */
export function referenceTabulate<R>(
  rows: Iterable<R>,
  rowDim: Dimension<R>,
  colDims: readonly Dimension<R>[],
  weight?: (row: R, key: readonly string[]) => number,
): Tabulation {
  const dims = [rowDim, ...colDims];
  const allowed = dims.map((d) => new Set(d.values));
  let colValues: string[][] = [[]];
  for (const d of colDims) colValues = colValues.flatMap((c) => d.values.map((v) => [...c, v]));
  const colIndex = new Map(colValues.map((c, i) => [c.join(SEP), i]));
  const rowIndex = new Map(rowDim.values.map((v, i) => [v, i]));
  const groupValues = colDims.length >= 2 ? [...(colDims[0] as Dimension<R>).values] : [];
  const groupIndex = new Map(groupValues.map((v, i) => [v, i]));
  const nRows = rowDim.values.length;
  const nCols = colValues.length;
  const nGroups = groupValues.length;
  const overlaps = (ds: readonly Dimension<R>[]) => ds.some((d) => d.overlaps === true);

  const cells = new Map<string, number>();
  const counts = new Totals(nRows * nCols, false);
  const rowTotals = new Totals(nRows, overlaps(colDims));
  const colTotals = new Totals(nCols, overlaps([rowDim]));
  const inner = colDims.slice(1);
  const groupCounts = new Totals(nRows * nGroups, overlaps(inner));
  const groupTotals = new Totals(nGroups, overlaps([rowDim, ...inner]));
  const total = new Totals(1, overlaps(dims));
  const all = [counts, rowTotals, colTotals, groupCounts, groupTotals, total];
  let counted = 0;
  let skipped = 0;

  for (const row of rows) {
    const combos = combosOf(row, dims, allowed);
    if (combos.length === 0) {
      skipped++;
      continue;
    }
    counted++;
    for (const combo of combos) {
      const w = weight ? weight(row, combo) : 1;
      if (!(w > 0)) continue;
      const k = combo.join(SEP);
      cells.set(k, (cells.get(k) ?? 0) + w);
      const r = rowIndex.get(combo[0] as string) as number;
      const c = colIndex.get(combo.slice(1).join(SEP)) as number;
      counts.add(r * nCols + c, w);
      rowTotals.add(r, w);
      colTotals.add(c, w);
      if (nGroups) {
        const g = groupIndex.get(combo[1] as string) as number;
        groupCounts.add(r * nGroups + g, w);
        groupTotals.add(g, w);
      }
      total.add(0, w);
    }
    for (const t of all) t.endRow();
  }

  const grid = (t: Totals, width: number) =>
    rowDim.values.map((_, r) => t.values.slice(r * width, (r + 1) * width));
  return {
    cells: [...cells].map(([k, count]) => ({ key: k.split(SEP), count })),
    rowValues: [...rowDim.values],
    colValues,
    counts: grid(counts, nCols),
    rowTotals: rowTotals.values,
    colTotals: colTotals.values,
    total: total.values[0] as number,
    groupValues,
    groupCounts: grid(groupCounts, nGroups),
    groupTotals: groupTotals.values,
    counted,
    skipped,
  };
}
