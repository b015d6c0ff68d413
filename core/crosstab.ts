// Cross-tabulation: counts per combination of dimension values, and 2-D pivots with totals.
export interface Dimension<R> {
  readonly id: string;
  /** Every value the table shows, in display order (zero rows and columns included). */
  readonly values: readonly string[];
  /** A row's value(s); a multi-valued dimension counts the row once under each value. */
  readonly of: (row: R) => string | readonly string[] | undefined;
}

export interface Cell {
  key: string[];
  count: number;
}

const SEP = "\u0001";

/** Counts rows per combination; rows missing a dimension value are not counted and are reported. */
export function crossCount<R>(
  rows: Iterable<R>,
  dims: readonly Dimension<R>[],
): { cells: Cell[]; skipped: number } {
  const counts = new Map<string, number>();
  let skipped = 0;
  for (const row of rows) {
    let combos: string[][] = [[]];
    for (const d of dims) {
      const v = d.of(row);
      const vals = v === undefined ? [] : typeof v === "string" ? [v] : v;
      combos = combos.flatMap((c) => vals.map((x) => [...c, x]));
    }
    if (combos.length === 0) skipped++;
    for (const c of combos) {
      const k = c.join(SEP);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const cells = [...counts].map(([k, count]) => ({ key: k.split(SEP), count }));
  return { cells, skipped };
}

export interface Pivot {
  rowValues: string[];
  /** One entry per column: the values of the column dimensions, outermost first. */
  colValues: string[][];
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
}

/** Lays cells out with one dimension down and the others across, with row, column and grand totals. */
export function pivot(
  cells: readonly Cell[],
  rowDim: { index: number; values: readonly string[] },
  colDims: readonly { index: number; values: readonly string[] }[],
): Pivot {
  let colValues: string[][] = [[]];
  for (const d of colDims) colValues = colValues.flatMap((c) => d.values.map((v) => [...c, v]));
  const colIndex = new Map(colValues.map((c, i) => [c.join(SEP), i]));
  const rowIndex = new Map(rowDim.values.map((v, i) => [v, i]));
  const counts = rowDim.values.map(() => colValues.map(() => 0));
  for (const cell of cells) {
    const r = rowIndex.get(cell.key[rowDim.index] as string);
    const c = colIndex.get(colDims.map((d) => cell.key[d.index]).join(SEP));
    if (r === undefined || c === undefined) continue;
    (counts[r] as number[])[c] = ((counts[r] as number[])[c] as number) + cell.count;
  }
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = colValues.map((_, c) => counts.reduce((a, row) => a + (row[c] as number), 0));
  return {
    rowValues: [...rowDim.values],
    colValues,
    counts,
    rowTotals,
    colTotals,
    total: rowTotals.reduce((a, b) => a + b, 0),
  };
}
