// Building the perturbation table: the committed data is today's output, and the method holds for other parameters.
import { describe, expect, it } from "vitest";
import {
  buildPtable,
  DEFAULT_PTABLE_PARAMS,
  maxEntropy,
  type Ptable,
  type PtableParams,
  rowMoments,
  supportOf,
} from "../../../core/perturbation/build-ptable.ts";
import { PTABLE } from "../../../core/perturbation/ptable-data.ts";

/** The row-level promises of a table built with `p`. */
function expectTableProperties(table: Ptable, p: PtableParams): void {
  const n = p.keySpace;
  const g = p.threshold + 1;
  expect(table.rows.length).toBe(p.largeCountRow + 1);
  expect(table.rows[0]).toEqual([[0, n]]);
  table.rows.forEach((row, c) => {
    const m = rowMoments(row);
    expect(m.keys, `row ${c}`).toBe(n);
    expect(m.sum, `row ${c}`).toBe(0);
    const noise = row.map(([d]) => d);
    expect(noise, `row ${c}`).toEqual([...noise].sort((a, b) => a - b));
    for (const [d, k] of row) {
      expect(k, `row ${c}`).toBeGreaterThan(0);
      expect(Math.abs(d)).toBeLessThanOrEqual(p.maxNoise);
      expect(c + d === 0 || c + d > p.threshold, `row ${c} serves ${c + d}`).toBe(true);
    }
    if (c >= 1) expect(row.length, `row ${c}`).toBeGreaterThanOrEqual(2);
    if (c > p.threshold) {
      expect(m.squares, `row ${c}`).toBeLessThanOrEqual(p.variance * n);
      // Every noise value the rules allow keeps some keys.
      expect(noise, `row ${c}`).toEqual(supportOf(c, p));
    } else if (c >= 1) {
      expect(m.squares, `row ${c}`).toBeGreaterThanOrEqual(c * (g - c) * n);
    }
  });
  const last = table.rows[p.largeCountRow] ?? [];
  expect(last.map(([d]) => d)).toEqual(supportOf(p.largeCountRow + 1000, p));
  expect(last.map(([, k]) => k).reverse()).toEqual(last.map(([, k]) => k));
}

describe("the committed table", () => {
  it("8. equals what buildPtable produces now", () => {
    expect(PTABLE).toEqual(buildPtable(DEFAULT_PTABLE_PARAMS));
  });

  it("keeps its promises row by row", () => {
    expectTableProperties(PTABLE, PTABLE.params);
  });

  it("counts 1..js have the least variance any unbiased allocation of the keys allows", () => {
    const { keySpace: n, threshold, maxNoise } = PTABLE.params;
    const g = threshold + 1;
    for (let c = 1; c <= threshold; c++) {
      // Brute force, independent of the builder: keys on every served value above g (0..6
      // each), the keys on served values 0 and g then fixed by "sum n" and "mean 0".
      const extras: number[] = [];
      for (let d = g - c + 1; d <= maxNoise; d++) extras.push(d);
      let least = Number.POSITIVE_INFINITY;
      const walk = (i: number, keys: number, sum: number, squares: number): void => {
        if (i === extras.length) {
          // n_low + n_high = n − keys; −c·n_low + (g − c)·n_high = −sum.
          const highTimesG = c * (n - keys) - sum;
          if (highTimesG % g !== 0) return;
          const high = highTimesG / g;
          const low = n - keys - high;
          if (high < 0 || low < 0) return;
          least = Math.min(least, squares + low * c * c + high * (g - c) ** 2);
          return;
        }
        const d = extras[i] as number;
        for (let k = 0; k <= 6; k++) walk(i + 1, keys + k, sum + k * d, squares + k * d * d);
      };
      walk(0, 0, 0, 0);
      // Keys above g each add ≥ (g + 1) to Σ noise² over c(g − c)·n, so more than 6 on one
      // value could never beat the 6c found here: the box is big enough.
      expect(least).toBeLessThanOrEqual(c * (g - c) * n + 6 * (g + 1));
      expect(rowMoments(PTABLE.rows[c] ?? []).squares, `count ${c}`).toBe(least);
    }
  });
});

describe("maxEntropy", () => {
  it("has mean 0 and the asked variance on every support", () => {
    for (let c = 5; c <= 10; c++) {
      const support = supportOf(c, DEFAULT_PTABLE_PARAMS);
      const p = maxEntropy(support, 3);
      const mean = p.reduce((s, q, i) => s + q * (support[i] as number), 0);
      const variance = p.reduce((s, q, i) => s + q * (support[i] as number) ** 2, 0);
      expect(p.reduce((s, q) => s + q, 0)).toBeCloseTo(1, 12);
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(3, 12);
      expect(p.every((q) => q > 0)).toBe(true);
    }
  });

  it("beats every nearby distribution with the same mean and variance on entropy", () => {
    const entropy = (p: number[]): number => -p.reduce((s, q) => s + q * Math.log(q), 0);
    for (let c = 5; c <= 10; c++) {
      const support = supportOf(c, DEFAULT_PTABLE_PARAMS);
      const p = maxEntropy(support, 3);
      // Third differences on four consecutive noise values, ε·(1, −3, 3, −1), keep Σp, Σp·d
      // and Σp·d² (they vanish on every polynomial of degree ≤ 2).
      let moves = 0;
      for (let i = 0; i + 3 < support.length; i++) {
        if ((support[i + 3] as number) - (support[i] as number) !== 3) continue;
        const small = Math.min(...p.slice(i, i + 4));
        for (const eps of [small / 10, -small / 10]) {
          moves++;
          const q = p.slice();
          q[i] = (q[i] as number) + eps;
          q[i + 1] = (q[i + 1] as number) - 3 * eps;
          q[i + 2] = (q[i + 2] as number) + 3 * eps;
          q[i + 3] = (q[i + 3] as number) - eps;
          expect(q.reduce((s, x, j) => s + x * (support[j] as number) ** 2, 0)).toBeCloseTo(3, 12);
          expect(entropy(q)).toBeLessThan(entropy(p));
        }
      }
      expect(moves).toBeGreaterThan(0);
    }
  });

  it("is symmetric on a symmetric support", () => {
    const p = maxEntropy([-3, -2, -1, 0, 1, 2, 3], 1.5);
    for (let i = 0; i < 3; i++) expect(p[i]).toBeCloseTo(p[6 - i] as number, 14);
  });
});

describe("buildPtable with other parameters", () => {
  it("repeats the large-count row when more rows are asked for", () => {
    const wide = buildPtable({ ...DEFAULT_PTABLE_PARAMS, largeCountRow: 20 });
    expect(wide.rows.slice(0, 11)).toEqual(PTABLE.rows);
    for (let c = 11; c <= 20; c++) expect(wide.rows[c]).toEqual(PTABLE.rows[10]);
    expectTableProperties(wide, wide.params);
  });

  const others: PtableParams[] = [
    { maxNoise: 3, variance: 1.5, threshold: 2, keySpace: 4096, largeCountRow: 6 },
    { maxNoise: 5, variance: 2, threshold: 4, keySpace: 256, largeCountRow: 10 },
    { maxNoise: 4, variance: 2.5, threshold: 1, keySpace: 1000, largeCountRow: 7 },
    { maxNoise: 6, variance: 4, threshold: 4, keySpace: 4096, largeCountRow: 12 },
  ];
  for (const p of others) {
    it(`keeps every promise for ${JSON.stringify(p)}`, () => {
      expectTableProperties(buildPtable(p), p);
    });
  }

  it("refuses parameters it cannot honour", () => {
    const bad: Partial<PtableParams>[] = [
      { largeCountRow: 9 },
      { threshold: 5 },
      { threshold: 0 },
      { variance: 10 },
      { variance: 0 },
      { maxNoise: 4.5 },
      { keySpace: 100 },
    ];
    for (const change of bad) {
      expect(
        () => buildPtable({ ...DEFAULT_PTABLE_PARAMS, ...change }),
        JSON.stringify(change),
      ).toThrow(RangeError);
    }
  });
});
