// Builds the cell key perturbation table: per true count, how many of the record-key space map to each noise value.

/** What the table is built from. */
export interface PtableParams {
  /** Largest |noise| (D). */
  maxNoise: number;
  /** Noise variance for every count above the threshold (V). */
  variance: number;
  /** Served values 1..threshold never occur (js). */
  threshold: number;
  /** Cell keys are 0..keySpace−1; each row's key counts sum to this. */
  keySpace: number;
  /** Counts ≥ this use this row (the symmetric "large counts" row); must be ≥ maxNoise + threshold + 1. */
  largeCountRow: number;
}

/** One row: [noise, number of keys] in increasing noise order, keys assigned to them as contiguous ranges. */
export type PtableRow = readonly (readonly [noise: number, keys: number])[];

export interface Ptable {
  params: PtableParams;
  /** rows[c] for c = 0..largeCountRow. */
  rows: readonly PtableRow[];
}

export const DEFAULT_PTABLE_PARAMS: PtableParams = {
  maxNoise: 5,
  variance: 3,
  threshold: 4,
  keySpace: 4096,
  largeCountRow: 10,
};

/** Noise values allowed for count c: |d| ≤ D and c + d either 0 or above the threshold. */
export function supportOf(c: number, p: PtableParams): number[] {
  const out: number[] = [];
  for (let d = -p.maxNoise; d <= p.maxNoise; d++) {
    const served = c + d;
    if (served === 0 || served > p.threshold) out.push(d);
  }
  return out;
}

function checkParams(p: PtableParams): void {
  const ints: (keyof PtableParams)[] = ["maxNoise", "threshold", "keySpace", "largeCountRow"];
  for (const k of ints) {
    if (!Number.isSafeInteger(p[k]) || p[k] < 0) throw new RangeError(`${k} is an integer ≥ 0.`);
  }
  if (p.threshold < 1 || p.maxNoise <= p.threshold) {
    // A count of 1 must be able to reach threshold + 1 without passing through the blocked values.
    throw new RangeError("Need 1 ≤ threshold < maxNoise.");
  }
  if (p.largeCountRow < p.maxNoise + p.threshold + 1) {
    // Below this a row's support is cut by 0 or the threshold, so it cannot stand for larger counts.
    throw new RangeError("largeCountRow must be ≥ maxNoise + threshold + 1.");
  }
  if (!(p.variance > 0 && p.variance < (p.maxNoise * (p.maxNoise + 1)) / 3)) {
    // Upper bound: the variance of the uniform distribution on −D..D, where entropy peaks.
    throw new RangeError("variance must lie strictly between 0 and D(D+1)/3.");
  }
  if (p.keySpace < 2 ** 8) throw new RangeError("keySpace is too small to quantise the rows.");
}

/**
 * Maximum-entropy probabilities on `support` with mean 0 and variance `v`: p(d) ∝ exp(a·d + b·d²).
 * (a, b) minimise the convex dual log Σ exp(a·d + b·d²) − b·v; Newton's method with a
 * backtracking line search finds them.
 */
export function maxEntropy(support: readonly number[], v: number): number[] {
  let a = 0;
  let b = 0;
  const dual = (x: number, y: number): number => {
    let m = Number.NEGATIVE_INFINITY;
    for (const d of support) m = Math.max(m, x * d + y * d * d);
    let z = 0;
    for (const d of support) z += Math.exp(x * d + y * d * d - m);
    return m + Math.log(z) - y * v;
  };
  const probs = (x: number, y: number): number[] => {
    let m = Number.NEGATIVE_INFINITY;
    for (const d of support) m = Math.max(m, x * d + y * d * d);
    const w = support.map((d) => Math.exp(x * d + y * d * d - m));
    const z = w.reduce((s, t) => s + t, 0);
    return w.map((t) => t / z);
  };
  for (let iter = 0; iter < 200; iter++) {
    const p = probs(a, b);
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    let e4 = 0;
    support.forEach((d, i) => {
      const q = p[i] as number;
      e1 += q * d;
      e2 += q * d * d;
      e3 += q * d * d * d;
      e4 += q * d * d * d * d;
    });
    const g1 = e1;
    const g2 = e2 - v;
    if (Math.abs(g1) < 1e-14 && Math.abs(g2) < 1e-13) return p;
    // Hessian = covariance of (d, d²).
    const h11 = e2 - e1 * e1;
    const h12 = e3 - e1 * e2;
    const h22 = e4 - e2 * e2;
    const det = h11 * h22 - h12 * h12;
    if (!(det > 0)) break;
    const s1 = -(h22 * g1 - h12 * g2) / det;
    const s2 = -(h11 * g2 - h12 * g1) / det;
    const f0 = dual(a, b);
    const slope = g1 * s1 + g2 * s2;
    let t = 1;
    while (t > 1e-12 && dual(a + t * s1, b + t * s2) > f0 + 1e-4 * t * slope) t /= 2;
    a += t * s1;
    b += t * s2;
  }
  throw new Error(
    `No maximum-entropy solution for support ${support.join(",")} and variance ${v}.`,
  );
}

/**
 * Key counts closest (least squares) to `targets` that sum to N, have Σ n·d = 0 exactly and
 * Σ n·d² ≤ V·N, with every support value keeping ≥ 1 key. Every count but the last two is
 * enumerated; the last two (adjacent noise values) then follow from the sum and mean
 * equations. A first pass within a few keys of each target finds a feasible allocation; the
 * second pass is branch and bound from it, trying every value whose squared distance still fits
 * under the best cost so far, so its result is the global optimum.
 */
function quantise(
  support: readonly number[],
  targets: readonly number[],
  n: number,
  v: number,
): number[] {
  const s = support.length;
  const x = support[s - 2] as number;
  const y = support[s - 1] as number;
  if (y - x !== 1) throw new Error("The two largest noise values must be adjacent.");
  let bestCost = Number.POSITIVE_INFINITY;
  let best: number[] | null = null;
  const counts = new Array<number>(s).fill(0);
  const walk = (
    i: number,
    sum: number,
    mean: number,
    sq: number,
    cost: number,
    spread: number,
  ): void => {
    if (cost >= bestCost) return;
    if (i === s - 2) {
      // n_x + n_y = n − sum and x·n_x + y·n_y = −mean, with y − x = 1.
      const rest = n - sum;
      const ny = -mean - x * rest;
      const nx = rest - ny;
      if (nx < 1 || ny < 1 || sq + nx * x * x + ny * y * y > v * n) return;
      const total =
        cost + (nx - (targets[s - 2] as number)) ** 2 + (ny - (targets[s - 1] as number)) ** 2;
      if (total < bestCost) {
        counts[s - 2] = nx;
        counts[s - 1] = ny;
        bestCost = total;
        best = counts.slice();
      }
      return;
    }
    const d = support[i] as number;
    const t = targets[i] as number;
    const f = Math.floor(t);
    const tryCount = (k: number): void => {
      counts[i] = k;
      walk(i + 1, sum + k, mean + k * d, sq + k * d * d, cost + (k - t) ** 2, spread);
    };
    if (spread < Number.POSITIVE_INFINITY) {
      for (let k = Math.max(1, f - spread + 1); k <= f + spread; k++) tryCount(k);
      return;
    }
    for (let k = f; k >= 1 && cost + (k - t) ** 2 < bestCost; k--) tryCount(k);
    for (let k = f + 1; cost + (k - t) ** 2 < bestCost; k++) tryCount(k);
  };
  // Widen the window while the enumeration stays affordable: (2·spread)^(s−2) allocations.
  for (let spread = 2; !best && (2 * spread) ** (s - 2) <= 2e8; spread *= 2) {
    walk(0, 0, 0, 0, 0, spread);
  }
  if (!best) throw new Error(`No key allocation near the targets for ${support.join(",")}.`);
  walk(0, 0, 0, 0, 0, Number.POSITIVE_INFINITY);
  return best;
}

/**
 * Counts 1..threshold: no unbiased noise avoids 1..threshold with variance ≤ V. The least
 * variance is c·(g − c), g = threshold + 1, on served values 0 and g only — but that needs
 * N·c/g keys on g, an integer only when g divides N (4096 is not a multiple of 5). The
 * cheapest integer fix: keys on d = g − c + j (j ≥ 1) each add (g + j)·j to Σ n·d² above
 * N·c·(g − c) and shift Σ n·d by j modulo g; a shortest path over the residues mod g picks
 * them. Σ n·d = 0 then holds exactly.
 */
function minimalVarianceRow(c: number, p: PtableParams): PtableRow {
  const g = p.threshold + 1;
  const n = p.keySpace;
  const low = -c;
  const high = g - c;
  const steps: number[] = [];
  for (let j = 1; high + j <= p.maxNoise; j++) steps.push(j);
  // Dijkstra over residues 0..g−1 (Σ j·n_j mod g), edge j costs (g + j)·j.
  const dist = new Array<number>(g).fill(Infinity);
  const via = new Array<number>(g).fill(-1);
  const done = new Array<boolean>(g).fill(false);
  dist[0] = 0;
  for (;;) {
    let u = -1;
    for (let r = 0; r < g; r++) {
      if (
        !done[r] &&
        (dist[r] as number) < Infinity &&
        (u < 0 || (dist[r] as number) < (dist[u] as number))
      )
        u = r;
    }
    if (u < 0) break;
    done[u] = true;
    for (const j of steps) {
      const r = (u + j) % g;
      const alt = (dist[u] as number) + (g + j) * j;
      if (alt < (dist[r] as number)) {
        dist[r] = alt;
        via[r] = j;
      }
    }
  }
  const extra = new Map<number, number>();
  let r = (c * n) % g;
  if (dist[r] === Infinity) throw new Error(`Count ${c}: no unbiased key allocation.`);
  while (r !== 0) {
    const j = via[r] as number;
    extra.set(j, (extra.get(j) ?? 0) + 1);
    r = (r - j + g) % g;
  }
  // Σ n·(d + c) = c·N: n_high·g + Σ (g + j)·n_j = c·N.
  let shifted = 0;
  let extraKeys = 0;
  for (const [j, k] of extra) {
    shifted += (g + j) * k;
    extraKeys += k;
  }
  const nHigh = (c * n - shifted) / g;
  const nLow = n - nHigh - extraKeys;
  if (!Number.isInteger(nHigh) || nHigh < 1 || nLow < 1) {
    throw new Error(`Count ${c}: no unbiased key allocation.`);
  }
  const row: [number, number][] = [
    [low, nLow],
    [high, nHigh],
  ];
  for (const j of [...extra.keys()].sort((a, b) => a - b)) {
    row.push([high + j, extra.get(j) as number]);
  }
  return row;
}

/** Σ n and Σ n·d and Σ n·d² of a row: its size, N × mean and N × (mean square). */
export function rowMoments(row: PtableRow): { keys: number; sum: number; squares: number } {
  let keys = 0;
  let sum = 0;
  let squares = 0;
  for (const [d, k] of row) {
    keys += k;
    sum += k * d;
    squares += k * d * d;
  }
  return { keys, sum, squares };
}

/** The whole table for `params`; throws if a row would break a property it promises. */
export function buildPtable(params: PtableParams = DEFAULT_PTABLE_PARAMS): Ptable {
  checkParams(params);
  const n = params.keySpace;
  const rows: PtableRow[] = [[[0, n]]];
  for (let c = 1; c <= params.largeCountRow; c++) {
    let row: PtableRow;
    if (c <= params.threshold) {
      row = minimalVarianceRow(c, params);
    } else {
      const support = supportOf(c, params);
      const probs = maxEntropy(support, params.variance);
      const counts = quantise(
        support,
        probs.map((q) => q * n),
        n,
        params.variance,
      );
      row = support.map((d, i) => [d, counts[i] as number] as const);
    }
    const m = rowMoments(row);
    if (m.keys !== n || m.sum !== 0) throw new Error(`Row ${c} is not unbiased over ${n} keys.`);
    if (c > params.threshold && m.squares > params.variance * n) {
      throw new Error(`Row ${c} exceeds the variance.`);
    }
    for (const [d, k] of row) {
      const served = c + d;
      if (
        !(k > 0 && Math.abs(d) <= params.maxNoise && (served === 0 || served > params.threshold))
      ) {
        throw new Error(`Row ${c} serves a forbidden value.`);
      }
    }
    rows.push(row);
  }
  return { params: { ...params }, rows };
}
