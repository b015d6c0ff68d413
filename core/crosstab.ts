// Cross-tabulation: counts (or sums) per combination of dimension values, laid out with row, column and group totals.
export interface Dimension<R> {
  readonly id: string;
  /** Every value the table shows, in display order (zero rows and columns included); others are ignored. */
  readonly values: readonly string[];
  /**
   * A row's value(s), given the values already chosen for the earlier dimensions (so a dimension
   * can depend on another, e.g. the answer to the domain chosen before it). A function that reads
   * `prefix` must declare it (two parameters): one that does not is asked once per row.
   */
  readonly of: (row: R, prefix: readonly string[]) => string | readonly string[] | undefined;
  /**
   * A row can hold several values at once (a multi-choice): it is counted under each, and a total
   * across this dimension counts it once, so "Jumlah" is the number of rows, not of ticks.
   */
  readonly overlaps?: boolean;
}

export interface Cell {
  key: string[];
  count: number;
}

export interface Tabulation {
  /** Every non-zero combination of all dimensions (row dimension first). */
  cells: Cell[];
  rowValues: string[];
  /** One entry per column: the values of the column dimensions, outermost first. */
  colValues: string[][];
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
  /** With two or more column dimensions: the outer column values, and subtotals over the inner ones. */
  groupValues: string[];
  groupCounts: number[][];
  groupTotals: number[];
  /** Rows counted in at least one combination; rows missing a dimension value are skipped. */
  counted: number;
  skipped: number;
}

/** The combinations a row falls in; values outside a dimension's list do not count. */
export function combosOf<R>(
  row: R,
  dims: readonly Dimension<R>[],
  allowed: Set<string>[],
): string[][] {
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
 * Totals over some dimensions, in a flat array: summed, or — when a dropped dimension overlaps —
 * the largest contribution of each row, so one row never counts twice in the same total. The
 * per-row maxima live in a second array marked by the row's number, so nothing is allocated per row.
 */
class Totals {
  readonly values: Float64Array;
  private readonly local: Float64Array;
  private readonly stamp: Int32Array;
  /** Cells this row touched (a typed stack: resetting an array's length per row costs more than the counts). */
  private readonly touched: Int32Array;
  private nTouched = 0;
  constructor(
    size: number,
    readonly distinct: boolean,
  ) {
    this.values = new Float64Array(size);
    this.local = distinct ? new Float64Array(size) : new Float64Array(0);
    this.stamp = distinct ? new Int32Array(size).fill(-1) : new Int32Array(0);
    this.touched = distinct ? new Int32Array(size) : new Int32Array(0);
  }
  add(i: number, w: number, row: number): void {
    if (!this.distinct) {
      this.values[i] = (this.values[i] as number) + w;
      return;
    }
    if (this.stamp[i] !== row) {
      this.stamp[i] = row;
      this.local[i] = w;
      this.touched[this.nTouched++] = i;
    } else if (w > (this.local[i] as number)) this.local[i] = w;
  }
  endRow(): void {
    for (let k = 0; k < this.nTouched; k++) {
      const i = this.touched[k] as number;
      this.values[i] = (this.values[i] as number) + (this.local[i] as number);
    }
    this.nTouched = 0;
  }
}

/**
 * Counts rows per combination of `rowDim` and `colDims`, or sums `weight` (e.g. a number of
 * participants) when given; lays them out with totals in one pass over the rows. Values are
 * positions in each dimension's list and a combination one number, so a row costs a few array
 * writes; only a dimension whose values depend on the earlier ones (it reads `prefix`) is asked
 * again for every combination before it.
 */
export function tabulate<R>(
  rows: Iterable<R>,
  rowDim: Dimension<R>,
  colDims: readonly Dimension<R>[],
  weight?: (row: R, key: readonly string[]) => number,
): Tabulation {
  const dims = [rowDim, ...colDims];
  const n = dims.length;
  const sizes = dims.map((d) => d.values.length);
  const strides: number[] = new Array(n).fill(1);
  for (let i = n - 2; i >= 0; i--)
    strides[i] = (strides[i + 1] as number) * (sizes[i + 1] as number);
  const nRows = sizes[0] as number;
  const nCols = n > 1 ? (strides[0] as number) : 1;
  const nGroups = n >= 3 ? (sizes[1] as number) : 0;
  const dependent = dims.map((d) => d.of.length >= 2);
  const overlaps = (ds: readonly Dimension<R>[]) => ds.some((d) => d.overlaps === true);

  const counts = new Totals(nRows * nCols, false);
  const rowTotals = new Totals(nRows, overlaps(colDims));
  const colTotals = new Totals(nCols, overlaps([rowDim]));
  const inner = colDims.slice(1);
  const groupCounts = new Totals(nRows * nGroups, overlaps(inner));
  const groupTotals = new Totals(nGroups, overlaps([rowDim, ...inner]));
  const total = new Totals(1, overlaps(dims));
  // Only totals that keep a row's largest contribution have anything to add at the row's end.
  const all = [counts, rowTotals, colTotals, groupCounts, groupTotals, total].filter(
    (t) => t.distinct,
  );
  // Non-zero combinations in the order first met, as the cells are listed.
  const order: number[] = [];
  const met = new Uint8Array(nRows * nCols);
  let counted = 0;
  let skipped = 0;
  let rowNumber = 0;

  const { buffers, positions } = valuePositions(dims);
  const found = new Int32Array(n);
  const chosen: number[] = new Array(n).fill(0);
  // The values chosen so far; a dependent dimension gets a copy of just the ones before it.
  const prefix: string[] = new Array(n).fill("");
  let any = false;

  const visit = (d: number, row: R): void => {
    if (d === n) {
      const w = weight ? weight(row, prefix) : 1;
      any = true;
      if (!(w > 0)) return;
      let id = 0;
      for (let i = 0; i < n; i++) id += (chosen[i] as number) * (strides[i] as number);
      if (!met[id]) {
        met[id] = 1;
        order.push(id);
      }
      const r = chosen[0] as number;
      const c = id - r * nCols;
      counts.add(id, w, rowNumber);
      rowTotals.add(r, w, rowNumber);
      colTotals.add(c, w, rowNumber);
      if (nGroups) {
        const g = chosen[1] as number;
        groupCounts.add(r * nGroups + g, w, rowNumber);
        groupTotals.add(g, w, rowNumber);
      }
      total.add(0, w, rowNumber);
      return;
    }
    const count = dependent[d] ? positions(d, row, prefix.slice(0, d)) : (found[d] as number);
    const values = (dims[d] as Dimension<R>).values;
    const buf = buffers[d] as Int32Array;
    for (let k = 0; k < count; k++) {
      const at = buf[k] as number;
      chosen[d] = at;
      prefix[d] = values[at] as string;
      visit(d + 1, row);
    }
  };

  for (const row of rows) {
    let empty = false;
    for (let d = 0; d < n; d++) {
      if (dependent[d]) continue;
      const count = positions(d, row, []);
      found[d] = count;
      if (!count) {
        empty = true;
        break;
      }
    }
    any = false;
    if (!empty) visit(0, row);
    if (!any) {
      skipped++;
      continue;
    }
    counted++;
    for (const t of all) t.endRow();
    rowNumber++;
  }

  const grid = (t: Totals, width: number) =>
    rowDim.values.map((_, r) => Array.from(t.values.subarray(r * width, (r + 1) * width)));
  let colValues: string[][] = [[]];
  for (const d of colDims) colValues = colValues.flatMap((c) => d.values.map((v) => [...c, v]));
  return {
    cells: order.map((id) => {
      const key: string[] = [];
      let rest = id;
      for (let i = 0; i < n; i++) {
        const at = Math.floor(rest / (strides[i] as number));
        rest -= at * (strides[i] as number);
        key.push((dims[i] as Dimension<R>).values[at] as string);
      }
      return { key, count: counts.values[id] as number };
    }),
    rowValues: [...rowDim.values],
    colValues,
    counts: grid(counts, nCols),
    rowTotals: Array.from(rowTotals.values),
    colTotals: Array.from(colTotals.values),
    total: total.values[0] as number,
    groupValues: n >= 3 ? [...(colDims[0] as Dimension<R>).values] : [],
    groupCounts: grid(groupCounts, nGroups),
    groupTotals: Array.from(groupTotals.values),
    counted,
    skipped,
  };
}

/**
 * A row's positions in each dimension's values, written to that dimension's own buffer (a value at
 * most once), so a row allocates nothing. `positions(d, row, prefix)` returns how many it wrote.
 */
export function valuePositions<R>(dims: readonly Dimension<R>[]): {
  buffers: Int32Array[];
  positions: (d: number, row: R, prefix: readonly string[]) => number;
} {
  const index = dims.map((d) => new Map(d.values.map((v, i) => [v, i])));
  const buffers = dims.map((d) => new Int32Array(d.values.length));
  const positions = (d: number, row: R, prefix: readonly string[]): number => {
    const v = (dims[d] as Dimension<R>).of(row, prefix);
    if (v === undefined) return 0;
    const map = index[d] as Map<string, number>;
    const buf = buffers[d] as Int32Array;
    if (typeof v === "string") {
      const at = map.get(v);
      if (at === undefined) return 0;
      buf[0] = at;
      return 1;
    }
    let k = 0;
    for (const x of v) {
      const at = map.get(x);
      if (at === undefined) continue;
      // A multi-choice may list a value twice in a hand-typed cell: once is enough.
      let seen = false;
      for (let j = 0; j < k && !seen; j++) seen = buf[j] === at;
      if (!seen) buf[k++] = at;
    }
    return k;
  };
  return { buffers, positions };
}
