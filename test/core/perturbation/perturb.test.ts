// Cell key perturbation as served: every property of the committed table, checked through perturbedValue over all keys.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCellKeys,
  cellKeyOf,
  MAX_COUNT,
  PTABLE_PARAMS,
  perturbedValue,
  RECORD_KEY_SPACE,
} from "../../../core/perturbation/perturb.ts";
import { PTABLE } from "../../../core/perturbation/ptable-data.ts";

const N = RECORD_KEY_SPACE;
const D = PTABLE_PARAMS.maxNoise;
const V = PTABLE_PARAMS.variance;
const JS = PTABLE_PARAMS.threshold;
const LAST = PTABLE_PARAMS.largeCountRow;
const HUGE = 10_000_000;

/** Counts checked key by key: every explicit row, well past the last one, and around 10^7. */
const COUNTS: number[] = [];
for (let c = 0; c <= LAST + 4 * D; c++) COUNTS.push(c);
for (let c = HUGE - 3 * D; c <= HUGE + 3 * D; c++) COUNTS.push(c);

/** Served value for every key of a count. */
function servedRow(count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < N; k++) out.push(perturbedValue(count, k));
  return out;
}
const SERVED = new Map(COUNTS.map((c) => [c, servedRow(c)]));
function served(c: number): number[] {
  return SERVED.get(c) as number[];
}

/** Σ noise and Σ noise² over all keys: N × mean and N × second moment, in integers. */
function moments(c: number): { sum: number; squares: number } {
  let sum = 0;
  let squares = 0;
  for (const v of served(c)) {
    sum += v - c;
    squares += (v - c) ** 2;
  }
  return { sum, squares };
}

describe("the parameters", () => {
  it("are D = 5, V = 3, js = 4 over 4096 keys, with every cut row explicit", () => {
    expect({ D, V, JS, N }).toEqual({ D: 5, V: 3, JS: 4, N: 4096 });
    expect(PTABLE_PARAMS.keySpace).toBe(N);
    // A count c has its own row while c − D ≤ js, i.e. while the threshold cuts its support.
    expect(LAST).toBeGreaterThanOrEqual(D + JS + 1);
    expect(PTABLE.rows.length).toBe(LAST + 1);
  });
});

describe("properties of every served value", () => {
  it("1. zero stays zero for every key", () => {
    expect(served(0).every((v) => v === 0)).toBe(true);
  });

  it("2. no served value in 1..js", () => {
    const bad = COUNTS.flatMap((c) =>
      served(c)
        .filter((v) => v >= 1 && v <= JS)
        .map((v) => [c, v]),
    );
    expect(bad).toEqual([]);
    // Served 0 and js + 1 both occur, so the rule is tested at its edges.
    expect(served(1).includes(0) && served(1).includes(JS + 1)).toBe(true);
  });

  it("3. |noise| ≤ D", () => {
    const bad = COUNTS.flatMap((c) =>
      served(c)
        .filter((v) => Math.abs(v - c) > D)
        .map((v) => [c, v]),
    );
    expect(bad).toEqual([]);
    // The bound is reached: the large-count row uses its whole range.
    expect(served(LAST).some((v) => v - LAST === D)).toBe(true);
    expect(served(LAST).some((v) => v - LAST === -D)).toBe(true);
  });

  it("4. unbiased: Σ over all keys of the noise is exactly 0 for every count", () => {
    for (const c of COUNTS) expect(moments(c).sum, `count ${c}`).toBe(0);
  });

  it("5. variance ≤ V for every count > js", () => {
    for (const c of COUNTS) {
      if (c > JS) expect(moments(c).squares, `count ${c}`).toBeLessThanOrEqual(V * N);
    }
  });

  it("5. counts 1..js: variance c(js+1−c) plus the fewest keys that keep the mean exact", () => {
    const g = JS + 1;
    // c(g − c) exactly would need N·c/g keys on served value g: not an integer here.
    expect(N % g).not.toBe(0);
    for (let c = 1; c <= JS; c++) {
      // Each key on served value g + 1 instead of g or 0 adds (g + 1)·1 = 6 to Σ noise².
      expect(moments(c).squares, `count ${c}`).toBe(c * (g - c) * N + (g + 1) * c);
      expect(moments(c).squares / N).toBeLessThan(c * (g - c) + 0.01);
    }
  });

  it("6. every count ≥ 1 has at least two served values", () => {
    for (const c of COUNTS) {
      if (c >= 1) expect(new Set(served(c)).size, `count ${c}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("6. every served value comes from at least two true counts", () => {
    /** Served value → the counts that can produce it, over a range of consecutive counts. */
    const sources = (from: number, to: number): Map<number, Set<number>> => {
      const out = new Map<number, Set<number>>();
      for (let c = from; c <= to; c++) {
        for (const v of served(c)) {
          const set = out.get(v) ?? new Set<number>();
          set.add(c);
          out.set(v, set);
        }
      }
      return out;
    };
    // Only values whose every possible source (v − D..v + D) lies in the range are judged.
    const small = sources(0, LAST + 4 * D);
    let judged = 0;
    for (const [v, counts] of small) {
      if (v + D > LAST + 4 * D) continue;
      judged++;
      expect(counts.size, `served ${v} from ${[...counts]}`).toBeGreaterThanOrEqual(2);
    }
    const huge = sources(HUGE - 3 * D, HUGE + 3 * D);
    for (const [v, counts] of huge) {
      if (v - D < HUGE - 3 * D || v + D > HUGE + 3 * D) continue;
      judged++;
      expect(counts.size, `served ${v}`).toBeGreaterThanOrEqual(2);
    }
    expect(judged).toBeGreaterThan(LAST + 2 * D);
  });

  it("7. counts beyond the last row use its symmetric −D..D noise", () => {
    const last = PTABLE.rows[LAST] ?? [];
    expect(last.map(([d]) => d)).toEqual(Array.from({ length: 2 * D + 1 }, (_, i) => i - D));
    for (const [d, keys] of last) {
      expect(last.find(([e]) => e === -d)?.[1]).toBe(keys);
    }
    for (const c of [LAST + 1, LAST + 17, HUGE, HUGE + 1, MAX_COUNT]) {
      const noise = servedRow(c).map((v) => v - c);
      expect(noise).toEqual(servedRow(LAST).map((v) => v - LAST));
    }
  });
});

describe("the lookup", () => {
  it("gives each row's key counts exactly, as contiguous key ranges in increasing noise order", () => {
    PTABLE.rows.forEach((row, c) => {
      const noise = served(c).map((v) => v - c);
      const expected: number[] = [];
      for (const [d, keys] of row) for (let k = 0; k < keys; k++) expected.push(d);
      expect(noise, `count ${c}`).toEqual(expected);
      const histogram = new Map<number, number>();
      for (const x of noise) histogram.set(x, (histogram.get(x) ?? 0) + 1);
      expect([...histogram].sort((a, b) => a[0] - b[0])).toEqual(row.map(([d, k]) => [d, k]));
    });
  });

  it("is deterministic: the same (count, key) always gives the same value, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3 * LAST), fc.nat(N - 1)), { minLength: 1, maxLength: 200 }),
        (pairs) => {
          const first = pairs.map(([c, k]) => perturbedValue(c, k));
          const again = [...pairs].reverse().map(([c, k]) => perturbedValue(c, k));
          expect(again.reverse()).toEqual(first);
          pairs.forEach(([c, k], i) => {
            if (SERVED.has(c)) expect(first[i]).toBe(served(c)[k]);
          });
        },
      ),
    );
  });

  it("rejects counts and keys that are not integers in range", () => {
    for (const count of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_COUNT + 1]) {
      expect(() => perturbedValue(count, 0)).toThrow(RangeError);
    }
    for (const key of [-1, N, 0.5, Number.NaN]) {
      expect(() => perturbedValue(3, key)).toThrow(RangeError);
    }
    expect(perturbedValue(MAX_COUNT, N - 1)).toBe(MAX_COUNT + D);
    expect(Number.isSafeInteger(perturbedValue(MAX_COUNT, N - 1))).toBe(true);
  });
});

describe("cell keys", () => {
  it("are the sum of the record keys mod 4096, in any order and any grouping", () => {
    expect(cellKeyOf([])).toBe(0);
    expect(cellKeyOf([4095, 1])).toBe(0);
    expect(cellKeyOf([4000, 100, 5])).toBe(9);
    expect(addCellKeys(4095, 4095)).toBe(4094);
    const keys = fc.array(fc.nat(N - 1), { maxLength: 60 });
    fc.assert(
      fc.property(keys, keys, (a, b) => {
        const whole = cellKeyOf([...a, ...b]);
        expect(whole).toBe(a.concat(b).reduce((s, k) => s + k, 0) % N);
        expect(addCellKeys(cellKeyOf(a), cellKeyOf(b))).toBe(whole);
        expect(cellKeyOf([...b].reverse().concat(a))).toBe(whole);
      }),
    );
  });

  it("take any iterable", () => {
    function* keys(): Generator<number> {
      yield 4000;
      yield 200;
    }
    expect(cellKeyOf(keys())).toBe(104);
    expect(cellKeyOf(new Set([1, 2, 3]))).toBe(6);
  });

  it("reject record keys and cell keys out of range", () => {
    for (const bad of [-1, N, 2.5, Number.NaN]) {
      expect(() => cellKeyOf([1, bad])).toThrow(RangeError);
      expect(() => addCellKeys(bad, 0)).toThrow(RangeError);
      expect(() => addCellKeys(0, bad)).toThrow(RangeError);
    }
  });
});
