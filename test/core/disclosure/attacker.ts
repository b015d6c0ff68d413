// An attacker independent of core/disclosure.ts: what can be concluded about each hidden number from a served grid.
/**
 * What the attacker sees is a grid of cells, row totals, column totals and a grand total,
 * each a number or hidden (null). The attacker's unknowns are the hidden cells, integers
 * ≥ 0; every shown total is a linear equation over them (a hidden total is just the sum
 * of its unknowns). For each hidden entry — a cell, or a total as a linear function of the
 * cells — the attacker wants its smallest and largest possible value.
 *
 * Method: a plain two-phase simplex (dense tableau, Bland's rule, so it cannot cycle)
 * minimises and maximises that linear function under the equations and x ≥ 0. That is
 * exactly the strongest conclusion any linear reasoning with counts ≥ 0 can reach. The
 * optimal vertex is then rounded and checked EXACTLY against every served number: the
 * bound is only reported as reached by an integer table when that check passes, so a
 * "this entry has more than one possible value" verdict always rests on two explicit
 * integer tables consistent with everything served (the truth and the witness), not on
 * any theory about the LP. Maximisation is capped at `cap` (a hidden entry whose row,
 * column and grand totals are all hidden is unbounded above).
 *
 * It knows nothing of cycles, flows or the suppression algorithm.
 */

export interface ServedGrid {
  cells: (number | null)[][];
  rows: (number | null)[];
  /** null entries hidden; for a 1-D table pass `[grand]` (its one column total is the grand total) */
  cols: (number | null)[];
  grand: number | null;
}

export type Target =
  | { kind: "cell"; row: number; col: number }
  | { kind: "row"; row: number }
  | { kind: "col"; col: number }
  | { kind: "grand" };

export interface Bound {
  value: number;
  /** the integer table (full grid) that reaches it, checked against every served number */
  witness: number[][];
}

interface Problem {
  /** hidden cells: the unknowns */
  vars: { row: number; col: number }[];
  /** equations: coefficients over vars = rhs */
  eqs: { coef: number[]; rhs: number }[];
}

function build(view: ServedGrid): Problem {
  const vars: { row: number; col: number }[] = [];
  view.cells.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v === null) vars.push({ row: i, col: j });
    });
  });
  const eqs: { coef: number[]; rhs: number }[] = [];
  const known = (inCell: (i: number, j: number) => boolean, total: number) => {
    let rhs = total;
    view.cells.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v !== null && inCell(i, j)) rhs -= v;
      });
    });
    eqs.push({ coef: vars.map((x) => (inCell(x.row, x.col) ? 1 : 0)), rhs });
  };
  view.rows.forEach((t, i) => {
    if (t !== null) known((a) => a === i, t);
  });
  view.cols.forEach((t, j) => {
    if (t !== null) known((_, b) => b === j, t);
  });
  if (view.grand !== null) known(() => true, view.grand);
  return { vars, eqs };
}

function objective(p: Problem, target: Target): number[] {
  const counts = (x: { row: number; col: number }): boolean =>
    target.kind === "grand" ||
    (target.kind === "row" && x.row === target.row) ||
    (target.kind === "col" && x.col === target.col) ||
    (target.kind === "cell" && x.row === target.row && x.col === target.col);
  return p.vars.map((x) => (counts(x) ? 1 : 0));
}

const EPS = 1e-9;

/**
 * max c·x subject to A x = b, x ≥ 0 (b may be negative). Returns null when infeasible and
 * "unbounded" when unbounded.
 */
export function simplexMax(
  A: number[][],
  b: number[],
  c: number[],
): { value: number; x: number[] } | null | "unbounded" {
  const n = c.length;
  const m = A.length;
  // Tableau rows: [coefficients of n vars, m artificials | rhs]
  const T: number[][] = A.map((row, i) => {
    const s = (b[i] as number) < 0 ? -1 : 1;
    const art = Array.from({ length: m }, (_, j) => (j === i ? 1 : 0));
    return [...row.map((v) => v * s), ...art, (b[i] as number) * s];
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);
  const width = n + m;

  const pivot = (r: number, col: number) => {
    const pr = T[r] as number[];
    const pv = pr[col] as number;
    for (let j = 0; j <= width; j++) pr[j] = (pr[j] as number) / pv;
    T.forEach((row, i) => {
      if (i === r) return;
      const f = row[col] as number;
      if (Math.abs(f) < EPS) return;
      for (let j = 0; j <= width; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
    });
    basis[r] = col;
  };

  // Maximises cost·x over the current tableau, entering only columns allowed; Bland's rule.
  const optimise = (cost: number[], allowed: (j: number) => boolean): "ok" | "unbounded" => {
    for (;;) {
      let enter = -1;
      for (let j = 0; j < width && enter === -1; j++) {
        if (!allowed(j) || basis.includes(j)) continue;
        let reduced = cost[j] as number;
        T.forEach((row, i) => {
          reduced -= (cost[basis[i] as number] as number) * (row[j] as number);
        });
        if (reduced > EPS) enter = j;
      }
      if (enter === -1) return "ok";
      let leave = -1;
      let best = Number.POSITIVE_INFINITY;
      T.forEach((row, i) => {
        const a = row[enter] as number;
        if (a <= EPS) return;
        const ratio = (row[width] as number) / a;
        if (
          ratio < best - EPS ||
          (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leave] as number))
        ) {
          best = ratio;
          leave = i;
        }
      });
      if (leave === -1) return "unbounded";
      pivot(leave, enter);
    }
  };

  // Phase 1: maximise −Σ artificials.
  const phase1 = Array.from({ length: width }, (_, j) => (j < n ? 0 : -1));
  optimise(phase1, () => true);
  const infeasibility = T.reduce(
    (s, row, i) => s + ((basis[i] as number) >= n ? (row[width] as number) : 0),
    0,
  );
  if (infeasibility > 1e-7) return null;
  // Drive artificials out of the basis; a row with no other non-zero is redundant.
  for (let i = T.length - 1; i >= 0; i--) {
    if ((basis[i] as number) < n) continue;
    const row = T[i] as number[];
    const col = row.findIndex((v, j) => j < n && Math.abs(v) > EPS);
    if (col === -1) {
      T.splice(i, 1);
      basis.splice(i, 1);
    } else {
      pivot(i, col);
    }
  }
  // Phase 2 over the real variables only.
  const phase2 = Array.from({ length: width }, (_, j) => (j < n ? (c[j] as number) : 0));
  if (optimise(phase2, (j) => j < n) === "unbounded") return "unbounded";
  const x = Array.from({ length: n }, () => 0);
  basis.forEach((j, i) => {
    if (j < n) x[j] = (T[i] as number[])[width] as number;
  });
  return { value: x.reduce((s, v, j) => s + v * (c[j] as number), 0), x };
}

/** Every served number holds for `table` (a full grid of integers ≥ 0). */
export function consistent(view: ServedGrid, table: number[][]): boolean {
  const ok = (shown: number | null, value: number) => shown === null || shown === value;
  let grand = 0;
  for (let i = 0; i < table.length; i++) {
    const row = table[i] as number[];
    let sum = 0;
    for (let j = 0; j < row.length; j++) {
      const v = row[j] as number;
      if (!Number.isInteger(v) || v < 0 || !ok((view.cells[i] as (number | null)[])[j] ?? null, v))
        return false;
      sum += v;
    }
    if (!ok(view.rows[i] ?? null, sum)) return false;
    grand += sum;
  }
  const width = (table[0] ?? []).length;
  for (let j = 0; j < width; j++) {
    const sum = table.reduce((s, row) => s + (row[j] as number), 0);
    if (!ok(view.cols[j] ?? null, sum)) return false;
  }
  return ok(view.grand, grand);
}

function targetValue(table: number[][], target: Target): number {
  switch (target.kind) {
    case "cell":
      return (table[target.row] as number[])[target.col] as number;
    case "row":
      return (table[target.row] as number[]).reduce((a, b) => a + b, 0);
    case "col":
      return table.reduce((s, row) => s + (row[target.col] as number), 0);
    case "grand":
      return table.flat().reduce((a, b) => a + b, 0);
  }
}

/**
 * The attacker's smallest and largest value for `target`, each with its integer witness
 * table; the largest is capped at `cap`. Throws if the LP optimum is not reached by an
 * integer table consistent with the view (it always is for these network constraints, and
 * the throw makes the test fail rather than trust an unverified bound).
 */
export function attack(view: ServedGrid, target: Target, cap: number): { min: Bound; max: Bound } {
  const p = build(view);
  const obj = objective(p, target);
  const base = targetValue(
    view.cells.map((row) => row.map((v) => v ?? 0)),
    target,
  );
  const solve = (sign: 1 | -1): Bound => {
    const A = p.eqs.map((e) => [...e.coef, 0]);
    const b = p.eqs.map((e) => e.rhs);
    // The cap as one more equation with a slack: obj·x + s = cap − (shown part).
    A.push([...obj, 1]);
    b.push(cap - base);
    const res = simplexMax(A, b, [...obj.map((v) => v * sign), 0]);
    if (res === null || res === "unbounded") {
      throw new Error(`attacker: LP ${res === null ? "infeasible" : "unbounded"}`);
    }
    const table = view.cells.map((row) => row.map((v) => v ?? 0));
    p.vars.forEach((x, j) => {
      (table[x.row] as number[])[x.col] = Math.round(res.x[j] as number);
      if (Math.abs((res.x[j] as number) - Math.round(res.x[j] as number)) > 1e-6) {
        throw new Error("attacker: fractional optimum");
      }
    });
    if (!consistent(view, table)) throw new Error("attacker: witness not consistent");
    return { value: targetValue(table, target), witness: table };
  };
  return { min: solve(-1), max: solve(1) };
}

/**
 * Every integer value `target` can take with every hidden cell ≤ `bound` — exhaustive
 * enumeration, for cross-checking `attack` on tiny grids. Returns null when the search
 * would exceed `budget` assignments.
 */
export function enumerate(
  view: ServedGrid,
  target: Target,
  bound: number,
  budget: number,
): Set<number> | null {
  const p = build(view);
  if ((bound + 1) ** p.vars.length > budget) return null;
  const table = view.cells.map((row) => row.map((v) => v ?? 0));
  const found = new Set<number>();
  const walk = (i: number): void => {
    if (i === p.vars.length) {
      if (consistent(view, table)) found.add(targetValue(table, target));
      return;
    }
    const x = p.vars[i] as { row: number; col: number };
    for (let v = 0; v <= bound; v++) {
      (table[x.row] as number[])[x.col] = v;
      walk(i + 1);
    }
  };
  walk(0);
  return found;
}
