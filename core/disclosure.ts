// Small-cell suppression: hides counts of 1..k−1, and enough others that no hidden count can be worked out.
import type { SummaryTable } from "./summary.ts";

/**
 * The method, on the extended (r+1)×(c+1) table (cells, a row-totals column, a column-totals
 * row, and the grand total in the corner):
 *
 * Flip the sign of the row and column totals. Then every row and every column of the
 * extended table sums to zero, and a change to the hidden entries that keeps every served
 * sum true is exactly a zero-row-and-column-sum change on the hidden entries: a circulation
 * on the bipartite graph "row node — entry — column node" of the hidden entries. The counts
 * must stay ≥ 0, so an entry of value v can go down by at most v (for a cell or the grand
 * total, an arc in one direction; for a flipped total, the other) and up without limit.
 * Hence (max-flow/min-cut):
 *
 *   the largest value an attacker cannot rule out for hidden entry e
 *     = v(e) + (max flow around the cycle through e, using the other hidden entries)
 *   and e can go down iff v(e) ≥ 1 and there is a flow the other way round.
 *
 * The constraint matrix is a network matrix (totally unimodular), so these LP bounds are
 * reached by integer tables: the bounds are exactly what any linear reasoning with counts
 * ≥ 0 — or any integer reasoning — can conclude. The tests check this against an
 * independent attacker.
 *
 * Requirements:
 *  - a primary entry (a cell or total of 1..k−1): the attacker's upper bound is ≥ k, so it
 *    cannot even be told apart from a count that would have been shown (upper protection of
 *    k − v, which implies "more than one possible value");
 *  - every other hidden entry (complementary): more than one possible value.
 *
 * Heuristic: take the primary entries in table order, then every entry hidden on the way.
 * While an entry falls short, hide the cheapest path (Dijkstra; a hidden entry costs 0, a
 * shown one its count + 1, so small counts and few entries are hidden) that carries one more
 * unit of flow around its cycle. Hiding only adds arcs, so an entry once protected stays
 * protected and each entry is handled once. Hiding everything protects everything (a cell
 * can always rise together with its row total, column total and the grand total), so the
 * search always finds a path and the loop ends.
 *
 * Zeros: a shown zero is one more served number in the attacker's equations and is
 * accounted for like any other; a hidden zero can only rise, so its arc points one way and
 * it is used as a complement only where the cycle needs it to rise.
 *
 * Limits (not covered here): each table is protected on its own. Numbers served elsewhere
 * about the same people — another table sharing a margin (village totals), the same table
 * for an overlapping region or period, a group's own unsuppressed copy — can be combined
 * with it by subtraction. The attacker is also assumed not to exploit which entries are
 * marked suppressed beyond their being ≥ 0.
 */

export interface ServedCell {
  key: string[];
  count: number | null;
  suppressed: boolean;
}

export interface ServedTable {
  id: string;
  dimensions: string[];
  /** every combination of the dimension values (zeros included), in a stable order */
  cells: ServedCell[];
  totals: {
    /** per value of the first dimension (key [value]) */
    rows: ServedCell[];
    /** per combination of the other dimensions (key [v2, v3, …]); empty for a 1-dimensional table */
    columns: ServedCell[];
    /** key [] */
    grand: ServedCell;
  };
}

export interface GridSuppression {
  cells: boolean[][];
  rows: boolean[];
  cols: boolean[];
  grand: boolean;
}

/** The threshold the worker uses unless configured otherwise: counts of 1..4 are not shown. */
export const DEFAULT_K = 5;

/**
 * `values`: the value lists per dimension (e.g. every village of the area); defaults to the
 * values present in the cells. Values present in the cells but missing from a given list are
 * appended (sorted) rather than dropped, so the totals stay the true totals.
 */
export function protectTable(
  table: SummaryTable,
  k: number,
  values?: Record<string, readonly string[]>,
): ServedTable {
  const dims = table.dimensions;
  const lists = dims.map((dim, d) => valueList(table, d, values?.[dim]));
  const rowValues = lists[0] ?? [];
  let combos: string[][] = [[]];
  for (const list of lists.slice(1)) combos = combos.flatMap((c) => list.map((v) => [...c, v]));

  const rowIndex = new Map(rowValues.map((v, i) => [v, i]));
  const colIndex = new Map(combos.map((c, i) => [JSON.stringify(c), i]));
  const counts = rowValues.map(() => combos.map(() => 0));
  for (const cell of table.cells) {
    if (cell.key.length !== dims.length) {
      throw new RangeError(`A cell key has one value per dimension (${dims.length}).`);
    }
    const r = rowIndex.get(cell.key[0] as string) as number;
    const c = colIndex.get(JSON.stringify(cell.key.slice(1))) as number;
    // Duplicate keys add up, as a roll-up of several groups' cells would.
    (counts[r] as number[])[c] = ((counts[r] as number[])[c] as number) + cell.count;
  }

  const hide = suppressGrid(counts, k);
  const served = (key: string[], count: number, suppressed: boolean): ServedCell =>
    suppressed ? { key, count: null, suppressed } : { key, count, suppressed };
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = combos.map((_, c) => counts.reduce((a, row) => a + (row[c] as number), 0));
  return {
    id: table.id,
    dimensions: [...dims],
    cells: rowValues.flatMap((v, r) =>
      combos.map((combo, c) =>
        served(
          [v, ...combo],
          (counts[r] as number[])[c] as number,
          (hide.cells[r] as boolean[])[c] as boolean,
        ),
      ),
    ),
    totals: {
      rows: rowValues.map((v, r) => served([v], rowTotals[r] as number, hide.rows[r] as boolean)),
      // A 1-D grid's one column total is the grand total, which is served (and hidden) as such.
      columns:
        dims.length === 1
          ? []
          : combos.map((combo, c) =>
              served([...combo], colTotals[c] as number, hide.cols[c] as boolean),
            ),
      grand: served(
        [],
        rowTotals.reduce((a, b) => a + b, 0),
        hide.grand,
      ),
    },
  };
}

function valueList(
  table: SummaryTable,
  d: number,
  given: readonly string[] | undefined,
): readonly string[] {
  const list = [...new Set(given ?? [])];
  const known = new Set(list);
  const extra = new Set<string>();
  for (const cell of table.cells) {
    const v = cell.key[d];
    if (v !== undefined && !known.has(v)) extra.add(v);
  }
  // Code-unit order, not locale order: the output must not depend on the runtime's ICU data.
  return [...list, ...[...extra].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))];
}

/** The algorithm on a 2-D grid (a 1-D table is one column): which cells and margins to hide. */
export function suppressGrid(counts: readonly (readonly number[])[], k: number): GridSuppression {
  if (!Number.isInteger(k) || k < 1) throw new RangeError("k is an integer ≥ 1.");
  const r = counts.length;
  const c = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== c) throw new RangeError("Every row of the grid has the same length.");
    for (const n of row) {
      if (!Number.isSafeInteger(n) || n < 0) throw new RangeError("Counts are integers ≥ 0.");
    }
  }
  if (r === 0 || c === 0) {
    // Nothing but zero totals: nothing to hide.
    return {
      cells: counts.map((row) => row.map(() => false)),
      rows: counts.map(() => false),
      cols: Array.from({ length: c }, () => false),
      grand: false,
    };
  }

  const grid = new Grid(counts, k);
  grid.run();
  const hidden = (a: number, b: number) => grid.hidden[a * grid.C + b] === 1;
  return {
    cells: counts.map((row, a) => row.map((_, b) => hidden(a, b))),
    rows: counts.map((_, a) => hidden(a, c)),
    cols: Array.from({ length: c }, (_, b) => hidden(r, b)),
    grand: hidden(r, c),
  };
}

/**
 * The extended table as a bipartite graph: node a (0..R−1) is row a, node R+b is column b;
 * entry e = a·C + b is the edge between them. "Forward" is row → column (the sign-flipped
 * entry grows), "backward" column → row.
 */
class Grid {
  readonly R: number;
  readonly C: number;
  private readonly k: number;
  private readonly value: Float64Array;
  /** +1 for cells and the grand total, −1 for the row and column totals (sign flipped). */
  private readonly sign: Int8Array;
  /** How far each entry's forward and backward arcs can carry flow (∞ where the count rises). */
  private readonly capF: Float64Array;
  private readonly capB: Float64Array;
  /** The row node and the column node of each entry. */
  private readonly rowOf: Int32Array;
  private readonly colOf: Int32Array;
  readonly hidden: Uint8Array;
  /** hidden entries at each node, in the order they were hidden */
  private readonly adj: number[][];
  private readonly queue: number[] = [];
  /** net forward flow per entry during one max-flow; `touched` lists the entries to reset */
  private readonly flow: Float64Array;
  private readonly touched: number[] = [];
  /** BFS scratch: the entry each node was reached by, and the queue */
  private readonly via: Int32Array;
  private readonly frontier: Int32Array;

  constructor(counts: readonly (readonly number[])[], k: number) {
    const r = counts.length;
    const c = (counts[0] as readonly number[]).length;
    const R = r + 1;
    const C = c + 1;
    this.R = R;
    this.C = C;
    this.k = k;
    const n = R * C;
    this.value = new Float64Array(n);
    this.sign = new Int8Array(n).fill(-1);
    let grand = 0;
    counts.forEach((row, a) => {
      row.forEach((count, b) => {
        this.value[a * C + b] = count;
        this.sign[a * C + b] = 1;
        this.value[a * C + c] = (this.value[a * C + c] as number) + count;
        this.value[r * C + b] = (this.value[r * C + b] as number) + count;
        grand += count;
      });
    });
    this.value[r * C + c] = grand;
    this.sign[r * C + c] = 1;
    this.capF = new Float64Array(n);
    this.capB = new Float64Array(n);
    this.rowOf = new Int32Array(n);
    this.colOf = new Int32Array(n);
    for (let e = 0; e < n; e++) {
      const up = this.sign[e] === 1;
      this.capF[e] = up ? Number.POSITIVE_INFINITY : (this.value[e] as number);
      this.capB[e] = up ? (this.value[e] as number) : Number.POSITIVE_INFINITY;
      this.rowOf[e] = Math.floor(e / C);
      this.colOf[e] = R + (e % C);
    }
    this.hidden = new Uint8Array(n);
    this.flow = new Float64Array(n);
    this.adj = Array.from({ length: R + C }, () => []);
    this.via = new Int32Array(R + C);
    this.frontier = new Int32Array(R + C);
  }

  private isPrimary(e: number): boolean {
    const v = this.value[e] as number;
    return v >= 1 && v < this.k;
  }

  run(): void {
    for (let e = 0; e < this.R * this.C; e++) if (this.isPrimary(e)) this.hide(e);
    // Entries hidden while protecting one are appended and protected in turn.
    for (let i = 0; i < this.queue.length; i++) this.protect(this.queue[i] as number);
  }

  private hide(e: number): void {
    if (this.hidden[e] === 1) return;
    this.hidden[e] = 1;
    (this.adj[this.rowOf[e] as number] as number[]).push(e);
    (this.adj[this.colOf[e] as number] as number[]).push(e);
    this.queue.push(e);
  }

  /** The flow that raises entry e runs from `from` to `to` through the rest of the graph. */
  private ends(e: number, raise: boolean): { from: number; to: number } {
    const row = this.rowOf[e] as number;
    const col = this.colOf[e] as number;
    // Raising a cell (sign +1) is forward flow on e, so the rest carries it column → row.
    return (this.sign[e] === 1) === raise ? { from: col, to: row } : { from: row, to: col };
  }

  private protect(e: number): void {
    if (this.isPrimary(e)) {
      const need = this.k - (this.value[e] as number);
      const { from, to } = this.ends(e, true);
      // Hiding only adds arcs, so the flow found so far stays valid and is only topped up.
      let flow = this.maxFlow(e, from, to, need, 0);
      while (flow < need) {
        if (!this.hidePath(this.cheapestPath(e, from, to))) return;
        flow = this.maxFlow(e, from, to, need, flow);
      }
      return;
    }
    // A complementary entry hidden on a path already lies on a cycle; checked all the same.
    const up = this.ends(e, true);
    if (this.maxFlow(e, up.from, up.to, 1, 0) >= 1) return;
    const canFall = (this.value[e] as number) >= 1;
    if (canFall && this.maxFlow(e, up.to, up.from, 1, 0) >= 1) return;
    this.resetFlow();
    const rise = this.cheapestPath(e, up.from, up.to);
    const fall = canFall ? this.cheapestPath(e, up.to, up.from) : null;
    this.hidePath(fall !== null && (rise === null || fall.cost < rise.cost) ? fall : rise);
  }

  /** Hides the shown entries of a path; false (after hiding everything) when there is none. */
  private hidePath(path: { cost: number; entries: number[] } | null): boolean {
    if (path === null) {
      // Unreachable (everything hidden always leaves a path); fail closed all the same.
      for (let e = 0; e < this.R * this.C; e++) this.hide(e);
      return false;
    }
    for (const e of path.entries) this.hide(e);
    return true;
  }

  private resetFlow(): void {
    for (const e of this.touched) this.flow[e] = 0;
    this.touched.length = 0;
  }

  /** What an arc of e can still carry: forward when leaving its row node, else backward. */
  private residual(e: number, fromRow: boolean): number {
    const f = this.flow[e] as number;
    return fromRow ? (this.capF[e] as number) - f : (this.capB[e] as number) + f;
  }

  /** The node at the other end of entry e from node u. */
  private across(e: number, u: number): number {
    return u < this.R ? (this.colOf[e] as number) : (this.rowOf[e] as number);
  }

  /**
   * Max flow (stopping at `limit`) from `source` to `sink` over the hidden entries other
   * than `skip` (Edmonds–Karp), starting afresh when `start` is 0 and otherwise topping up
   * the current flow of value `start`. Leaves the flow in place for `cheapestPath`.
   */
  private maxFlow(
    skip: number,
    source: number,
    sink: number,
    limit: number,
    start: number,
  ): number {
    if (start === 0) this.resetFlow();
    const { via, frontier } = this;
    let total = start;
    while (total < limit) {
      via.fill(-1);
      via[source] = -2;
      frontier[0] = source;
      let size = 1;
      for (let i = 0; i < size && via[sink] === -1; i++) {
        const u = frontier[i] as number;
        const isRow = u < this.R;
        for (const e of this.adj[u] as number[]) {
          if (e === skip || this.residual(e, isRow) <= 0) continue;
          const w = this.across(e, u);
          if (via[w] !== -1) continue;
          via[w] = e;
          frontier[size++] = w;
        }
      }
      if (via[sink] === -1) break;
      // Walk back from the sink: at a column node the arc came from its row (forward).
      let push = limit - total;
      for (let w = sink; w !== source; ) {
        const e = via[w] as number;
        push = Math.min(push, this.residual(e, w >= this.R));
        w = this.across(e, w);
      }
      for (let w = sink; w !== source; ) {
        const e = via[w] as number;
        if (this.flow[e] === 0) this.touched.push(e);
        this.flow[e] = (this.flow[e] as number) + (w >= this.R ? push : -push);
        w = this.across(e, w);
      }
      total += push;
    }
    return total;
  }

  /**
   * The cheapest path from `source` to `sink` through the residual graph of the current flow,
   * where a shown entry may be used (as if hidden, at the cost of its count + 1) and a hidden
   * one is free. Dense Dijkstra: the graph has only R + C nodes.
   */
  private cheapestPath(
    skip: number,
    source: number,
    sink: number,
  ): { cost: number; entries: number[] } | null {
    const nodes = this.R + this.C;
    const dist = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Int32Array(nodes).fill(-1);
    const done = new Uint8Array(nodes);
    dist[source] = 0;
    for (;;) {
      let u = -1;
      for (let n = 0; n < nodes; n++) {
        if (done[n] === 0 && (u === -1 || (dist[n] as number) < (dist[u] as number))) u = n;
      }
      if (u === -1 || dist[u] === Number.POSITIVE_INFINITY) return null;
      if (u === sink) break;
      done[u] = 1;
      const isRow = u < this.R;
      const count = isRow ? this.C : this.R;
      for (let i = 0; i < count; i++) {
        const e = isRow ? u * this.C + i : i * this.C + (u - this.R);
        if (e === skip) continue;
        const shown = this.hidden[e] === 0;
        const open = shown
          ? (isRow ? (this.capF[e] as number) : (this.capB[e] as number)) > 0
          : this.residual(e, isRow) > 0;
        if (!open) continue;
        const w = isRow ? this.R + i : i;
        const d = (dist[u] as number) + (shown ? (this.value[e] as number) + 1 : 0);
        if (done[w] === 0 && d < (dist[w] as number)) {
          dist[w] = d;
          via[w] = e;
        }
      }
    }
    const entries: number[] = [];
    for (let w = sink; w !== source; ) {
      const e = via[w] as number;
      if (this.hidden[e] === 0) entries.push(e);
      w = this.across(e, w);
    }
    return { cost: dist[sink] as number, entries };
  }
}
