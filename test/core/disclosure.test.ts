// Small-cell suppression: exact shown numbers, every small count hidden, and no hidden number recoverable by an independent attacker.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_K,
  type GridSuppression,
  protectTable,
  type ServedCell,
  type ServedTable,
  suppressGrid,
} from "../../core/disclosure.ts";
import type { SummaryTable } from "../../core/summary.ts";
import { attack, enumerate, type ServedGrid } from "./disclosure/attacker.ts";
import { grid, hiddenEntries, totals, view } from "./disclosure/tables.ts";

const k = fc.integer({ min: 2, max: 10 });
// Thousands of tables per property: generous so a loaded machine does not turn time into failures.
const SLOW = { timeout: 120_000 };

/** Every shown number is exact, every 1..k−1 number hidden; a 1-D grid's column total moves with the grand total. */
function expectExactAndSmallHidden(counts: number[][], kk: number, s: GridSuppression): void {
  const t = totals(counts);
  const small = (v: number) => v >= 1 && v < kk;
  expect(s.cells.length).toBe(counts.length);
  counts.forEach((row, i) => {
    expect(s.cells[i]?.length).toBe(row.length);
    row.forEach((v, j) => {
      if (small(v)) expect(s.cells[i]?.[j]).toBe(true);
    });
    if (small(t.rows[i] as number)) expect(s.rows[i]).toBe(true);
  });
  t.cols.forEach((v, j) => {
    if (small(v)) expect(s.cols[j]).toBe(true);
  });
  if (small(t.grand)) expect(s.grand).toBe(true);
  if (t.cols.length === 1) expect(s.cols[0]).toBe(s.grand);
}

/** How many hidden entries the properties attacked, so a property cannot pass vacuously. */
const attacked = { entries: 0, complementary: 0 };
function attackedSince(start: typeof attacked): typeof attacked {
  return {
    entries: attacked.entries - start.entries,
    complementary: attacked.complementary - start.complementary,
  };
}

/** The property attacked at least this many hidden entries, complementary ones included. */
function expectAttacked(start: typeof attacked, entries: number, complementary: number): void {
  const done = attackedSince(start);
  expect(done.entries).toBeGreaterThan(entries);
  expect(done.complementary).toBeGreaterThan(complementary);
}

/**
 * The attacker's verdict on every hidden entry: more than one value is possible (the truth
 * and an integer witness with another value), and for an entry of 1..k−1 the attacker
 * cannot rule out a value ≥ k — it cannot even tell the count was small.
 */
function expectUnrecoverable(counts: number[][], kk: number, served: ServedGrid): void {
  for (const { target, truth } of hiddenEntries(counts, served)) {
    attacked.entries++;
    if (truth < 1 || truth >= kk) attacked.complementary++;
    const { min, max } = attack(served, target, truth + kk);
    const where = JSON.stringify({ target, truth, min: min.value, max: max.value });
    expect(min.value <= truth && truth <= max.value, where).toBe(true);
    expect(max.value > min.value, where).toBe(true);
    if (truth >= 1 && truth < kk) expect(max.value, where).toBeGreaterThanOrEqual(kk);
  }
}

describe("suppressGrid examples", () => {
  it("hides one small cell with the cheapest rectangle, keeping every total", () => {
    const counts = [
      [1, 10, 12],
      [10, 11, 12],
      [13, 12, 12],
    ];
    expect(suppressGrid(counts, 5)).toEqual({
      cells: [
        [true, true, false],
        [true, true, false],
        [false, false, false],
      ],
      rows: [false, false, false],
      cols: [false, false, false],
      grand: false,
    });
  });

  it("hides a second cell big enough to cover a small one in a 1-D table", () => {
    // 3 alone is hidden; 7 is the cheapest partner that leaves 3 + 7 = 10 ≥ 5 ambiguous.
    expect(suppressGrid([[3], [7], [9]], 5)).toEqual({
      cells: [[true], [true], [false]],
      rows: [true, true, false],
      cols: [false],
      grand: false,
    });
  });

  it("hides everything in a one-cell table with a small count", () => {
    expect(suppressGrid([[3]], 5)).toEqual({
      cells: [[true]],
      rows: [true],
      cols: [true],
      grand: true,
    });
  });

  it("hides a small total, and shows a table without small counts untouched", () => {
    const s = suppressGrid(
      [
        [0, 0, 2],
        [0, 0, 0],
        [5, 6, 7],
      ],
      5,
    );
    expect(s.cells[0]?.[2]).toBe(true);
    expect(s.rows[0]).toBe(true);
    expect(suppressGrid([[0, 5, 9, 0]], 5)).toEqual({
      cells: [[false, false, false, false]],
      rows: [false],
      cols: [false, false, false, false],
      grand: false,
    });
  });

  it("does not lean on zeros that could only go up", () => {
    // The 2's partners in its row and column are zeros: hiding them would let the attacker
    // see the 2 can only fall. The protection has to reach counts that can give.
    const counts = [
      [2, 0, 0],
      [0, 9, 8],
      [0, 7, 6],
    ];
    const s = suppressGrid(counts, 5);
    expectUnrecoverable(counts, 5, view(counts, s));
  });

  it("treats k = 1 as no threshold, and rejects bad input", () => {
    expect(suppressGrid([[1, 2]], 1).cells).toEqual([[false, false]]);
    expect(() => suppressGrid([[1]], 0)).toThrow(RangeError);
    expect(() => suppressGrid([[1]], 2.5)).toThrow(RangeError);
    expect(() => suppressGrid([[1, 2], [3]], 5)).toThrow(RangeError);
    expect(() => suppressGrid([[-1]], 5)).toThrow(RangeError);
    expect(() => suppressGrid([[0.5]], 5)).toThrow(RangeError);
  });

  it("handles empty grids", () => {
    expect(suppressGrid([], 5)).toEqual({ cells: [], rows: [], cols: [], grand: false });
    expect(suppressGrid([[], []], 5)).toEqual({
      cells: [[], []],
      rows: [false, false],
      cols: [],
      grand: false,
    });
  });
});

describe("the attacker", () => {
  // These show the attacker is strong enough for its verdicts to mean something.
  const hideOnly = (counts: number[][], cells: [number, number][]): GridSuppression => ({
    cells: counts.map((row, i) => row.map((_, j) => cells.some(([a, b]) => a === i && b === j))),
    rows: counts.map(() => false),
    cols: (counts[0] ?? []).map(() => false),
    grand: false,
  });

  it("recovers a small cell that is hidden alone", () => {
    const counts = [
      [1, 10],
      [10, 10],
    ];
    const served = view(counts, hideOnly(counts, [[0, 0]]));
    const { min, max } = attack(served, { kind: "cell", row: 0, col: 0 }, 100);
    expect([min.value, max.value]).toEqual([1, 1]);
  });

  it("recovers a cell that bridges two hidden rectangles, though every line has two hidden cells", () => {
    const counts = [
      [1, 6, 5, 5],
      [7, 8, 9, 5],
      [5, 5, 2, 9],
      [5, 5, 9, 9],
    ];
    const rect = (a: number, b: number): [number, number][] => [
      [a, b],
      [a, b + 1],
      [a + 1, b],
      [a + 1, b + 1],
    ];
    const served = view(counts, hideOnly(counts, [...rect(0, 0), ...rect(2, 2), [1, 2]]));
    const { min, max } = attack(served, { kind: "cell", row: 1, col: 2 }, 100);
    expect([min.value, max.value]).toEqual([9, 9]);
  });

  it("recovers hidden cells pinned by a shown zero total", () => {
    const counts = [
      [3, 0, 4],
      [0, 0, 6],
    ];
    const served = view(
      counts,
      hideOnly(counts, [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]),
    );
    const { min, max } = attack(served, { kind: "cell", row: 0, col: 0 }, 100);
    expect([min.value, max.value]).toEqual([3, 3]);
  });

  it("bounds a small cell below k when its partner is small", () => {
    // 1-D: the 1 and the 2 hidden (with their row totals), the grand total 23 shown: the
    // attacker learns each is at most 3 — which is why a partner must be able to give k − v.
    const counts = [[1], [2], [20]];
    const served = view(counts, {
      cells: [[true], [true], [false]],
      rows: [true, true, false],
      cols: [false],
      grand: false,
    });
    const { min, max } = attack(served, { kind: "cell", row: 0, col: 0 }, 100);
    expect([min.value, max.value]).toEqual([0, 3]);
  });

  it("agrees with exhaustive enumeration on tiny grids", SLOW, () => {
    let compared = 0;
    fc.assert(
      fc.property(grid({ rows: [1, 3], cols: [1, 3], max: 5 }), k, (counts, kk) => {
        const served = view(counts, suppressGrid(counts, kk));
        const bound = totals(counts).grand + kk;
        for (const { target, truth } of hiddenEntries(counts, served)) {
          const all = enumerate(served, target, bound, 100_000);
          if (all === null) continue;
          const { min, max } = attack(served, target, truth + kk);
          const values = [...all].sort((a, b) => a - b);
          // The LP bounds are the smallest value and (up to the cap) the largest one, and every
          // integer between is reachable: nothing the attacker misses, nothing it invents.
          expect(values[0]).toBe(min.value);
          const upTo = values.filter((v) => v <= truth + kk);
          expect(upTo[upTo.length - 1]).toBe(max.value);
          expect(upTo).toEqual(
            Array.from({ length: max.value - min.value + 1 }, (_, i) => min.value + i),
          );
          compared++;
        }
      }),
      { numRuns: 400, seed: 4 },
    );
    expect(compared).toBeGreaterThan(200);
  });
});

describe("suppressGrid properties", () => {
  it("shows exact numbers and hides every 1..k−1 cell and total (grids up to 30×20)", SLOW, () => {
    fc.assert(
      fc.property(grid({ rows: [1, 30], cols: [1, 20], max: 40 }), k, (counts, kk) => {
        expectExactAndSmallHidden(counts, kk, suppressGrid(counts, kk));
      }),
      { numRuns: 1000 },
    );
  });

  it("leaves no hidden number recoverable: 2-D grids up to 5×5, counts ≤ 12", SLOW, () => {
    const start = { ...attacked };
    fc.assert(
      fc.property(grid({ rows: [1, 5], cols: [2, 5], max: 12 }), k, (counts, kk) => {
        const s = suppressGrid(counts, kk);
        expectExactAndSmallHidden(counts, kk, s);
        expectUnrecoverable(counts, kk, view(counts, s));
      }),
      { numRuns: 4000 },
    );
    expectAttacked(start, 10000, 1000);
  });

  it("leaves no hidden number recoverable: 1-D tables up to 12 values, counts ≤ 12", SLOW, () => {
    const start = { ...attacked };
    fc.assert(
      fc.property(grid({ rows: [1, 12], cols: [1, 1], max: 12 }), k, (counts, kk) => {
        const s = suppressGrid(counts, kk);
        expectExactAndSmallHidden(counts, kk, s);
        expectUnrecoverable(counts, kk, view(counts, s));
      }),
      { numRuns: 1500 },
    );
    expectAttacked(start, 3000, 50);
  });

  it("leaves no hidden number recoverable: grids up to 8×8, counts ≤ 30", SLOW, () => {
    const start = { ...attacked };
    fc.assert(
      fc.property(grid({ rows: [1, 8], cols: [1, 8], max: 30 }), k, (counts, kk) => {
        expectUnrecoverable(counts, kk, view(counts, suppressGrid(counts, kk)));
      }),
      { numRuns: 400 },
    );
    expectAttacked(start, 1000, 100);
  });

  it("is deterministic", SLOW, () => {
    fc.assert(
      fc.property(grid({ rows: [1, 12], cols: [1, 12], max: 20 }), k, (counts, kk) => {
        expect(suppressGrid(counts, kk)).toEqual(suppressGrid(counts, kk));
      }),
      { numRuns: 300 },
    );
  });
});

/** A summary table from a dense grid of counts over the given value lists (zeros dropped, the cell list rotated by `order`). */
function summaryOf(
  dims: string[],
  lists: string[][],
  counts: number[],
  order: number,
): SummaryTable {
  let keys: string[][] = [[]];
  for (const list of lists) keys = keys.flatMap((key) => list.map((v) => [...key, v]));
  const cells = keys
    .map((key, i) => ({ key, count: counts[i % counts.length] as number }))
    .filter((cell) => cell.count > 0);
  // Rotate the cell list so equal tables arrive in different orders.
  const at = cells.length === 0 ? 0 : order % cells.length;
  return { id: "t", dimensions: dims, cells: [...cells.slice(at), ...cells.slice(0, at)] };
}

/** The served table as the 2-D grid it was protected as (first dimension down, the rest across). */
function servedGrid(t: ServedTable, width: number): ServedGrid {
  const at = (i: number, j: number) => t.cells[i * width + j] as ServedCell;
  return {
    cells: t.totals.rows.map((_, i) => Array.from({ length: width }, (_, j) => at(i, j).count)),
    rows: t.totals.rows.map((c) => c.count),
    // A 1-D table serves no column totals: its one column total is the grand total.
    cols: t.dimensions.length === 1 ? [t.totals.grand.count] : t.totals.columns.map((c) => c.count),
    grand: t.totals.grand.count,
  };
}

describe("protectTable", () => {
  it("serves every combination with zeros, marks suppressed cells, and keeps the given order", () => {
    const table: SummaryTable = {
      id: "person_by_village_sex",
      dimensions: ["village", "sex"],
      cells: [
        { key: ["v2", "P"], count: 12 },
        { key: ["v1", "L"], count: 2 },
        { key: ["v1", "P"], count: 9 },
        { key: ["v2", "L"], count: 10 },
      ],
    };
    const served = protectTable(table, DEFAULT_K, { village: ["v1", "v2", "v3"], sex: ["L", "P"] });
    expect(served.cells.map((c) => c.key)).toEqual([
      ["v1", "L"],
      ["v1", "P"],
      ["v2", "L"],
      ["v2", "P"],
      ["v3", "L"],
      ["v3", "P"],
    ]);
    expect(served.cells).toEqual([
      { key: ["v1", "L"], count: null, suppressed: true },
      { key: ["v1", "P"], count: null, suppressed: true },
      { key: ["v2", "L"], count: null, suppressed: true },
      { key: ["v2", "P"], count: null, suppressed: true },
      { key: ["v3", "L"], count: 0, suppressed: false },
      { key: ["v3", "P"], count: 0, suppressed: false },
    ]);
    expect(served.totals.rows).toEqual([
      { key: ["v1"], count: 11, suppressed: false },
      { key: ["v2"], count: 22, suppressed: false },
      { key: ["v3"], count: 0, suppressed: false },
    ]);
    expect(served.totals.columns).toEqual([
      { key: ["L"], count: 12, suppressed: false },
      { key: ["P"], count: 21, suppressed: false },
    ]);
    expect(served.totals.grand).toEqual({ key: [], count: 33, suppressed: false });
  });

  it("defaults to the values present, sorted, and appends values missing from a given list", () => {
    const table: SummaryTable = {
      id: "t",
      dimensions: ["village"],
      cells: [
        { key: ["b"], count: 7 },
        { key: ["a"], count: 8 },
        { key: ["c"], count: 9 },
      ],
    };
    expect(protectTable(table, 5).cells.map((c) => c.key[0])).toEqual(["a", "b", "c"]);
    const served = protectTable(table, 5, { village: ["z", "c"] });
    expect(served.cells.map((c) => [c.key[0], c.count])).toEqual([
      ["z", 0],
      ["c", 9],
      ["a", 8],
      ["b", 7],
    ]);
    expect(served.totals.columns).toEqual([]);
    expect(served.totals.grand.count).toBe(24);
  });

  it("rejects a key of the wrong length", () => {
    const table: SummaryTable = {
      id: "t",
      dimensions: ["a", "b"],
      cells: [{ key: ["x"], count: 1 }],
    };
    expect(() => protectTable(table, 5)).toThrow(RangeError);
  });

  const villageSexAge = fc
    .record({
      villages: fc.integer({ min: 1, max: 4 }),
      bands: fc.integer({ min: 1, max: 3 }),
      extraVillages: fc.integer({ min: 0, max: 1 }),
      giveValues: fc.boolean(),
      order: fc.nat(),
      kk: k,
    })
    .chain((p) =>
      fc
        .array(
          fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 12 })),
          { minLength: p.villages * 2 * p.bands, maxLength: p.villages * 2 * p.bands },
        )
        .map((counts) => ({ ...p, counts })),
    );

  it(
    "round-trips 3-D tables (village × sex × age band) and protects the grid they are served as",
    SLOW,
    () => {
      const start = { ...attacked };
      fc.assert(
        fc.property(villageSexAge, (p) => {
          const villages = Array.from({ length: p.villages }, (_, i) => `73.09.03.200${i}`);
          const sexes = ["L", "P"];
          const bands = ["0_4", "5_17", "18_59", "60_plus"].slice(0, p.bands);
          const table = summaryOf(
            ["village", "sex", "age_band"],
            [villages, sexes, bands],
            p.counts,
            p.order,
          );
          const values = {
            village: [...villages, "73.09.03.2099"].slice(0, p.villages + p.extraVillages),
            sex: sexes,
            age_band: bands,
          };
          const served = protectTable(table, p.kk, p.giveValues ? values : undefined);

          // The value lists the grid is laid out on: given ones in order, else sorted present ones.
          const sorted = (xs: string[]) => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          const present = (d: number) =>
            sorted([...new Set(table.cells.map((c) => c.key[d] as string))]);
          const lists = p.giveValues
            ? [values.village, sexes, bands]
            : [present(0), present(1), present(2)];
          const combos = (lists[1] as string[]).flatMap((s) =>
            (lists[2] as string[]).map((b) => [s, b]),
          );
          const rowValues = lists[0] as string[];
          expect(served.id).toBe("t");
          expect(served.dimensions).toEqual(["village", "sex", "age_band"]);
          expect(served.cells.map((c) => c.key)).toEqual(
            rowValues.flatMap((v) => combos.map((c) => [v, ...c])),
          );
          expect(served.totals.rows.map((c) => c.key)).toEqual(rowValues.map((v) => [v]));
          expect(served.totals.columns.map((c) => c.key)).toEqual(combos);
          expect(served.totals.grand.key).toEqual([]);

          // Counts: the input's, or null exactly when suppressed.
          const truth = new Map(table.cells.map((c) => [JSON.stringify(c.key), c.count]));
          const counts = rowValues.map((v) =>
            combos.map((c) => truth.get(JSON.stringify([v, ...c])) ?? 0),
          );
          const all = [
            ...served.cells,
            ...served.totals.rows,
            ...served.totals.columns,
            served.totals.grand,
          ];
          for (const cell of all) expect(cell.count === null).toBe(cell.suppressed);
          const t = totals(counts);
          const expected = [...counts.flat(), ...t.rows, ...t.cols, t.grand];
          all.forEach((cell, i) => {
            if (!cell.suppressed) expect(cell.count).toBe(expected[i]);
          });

          // The same suppression as the flattened grid, and the same guarantee on what is served.
          const s = suppressGrid(counts, p.kk);
          expect(all.map((c) => c.suppressed)).toEqual([
            ...s.cells.flat(),
            ...s.rows,
            ...s.cols,
            s.grand,
          ]);
          expectExactAndSmallHidden(counts, p.kk, s);
          const seen = servedGrid(served, combos.length);
          expectUnrecoverable(counts, p.kk, seen);
        }),
        { numRuns: 500 },
      );
      expectAttacked(start, 1000, 200);
    },
  );

  it("protects 1-D tables on what they serve (cells, row totals, grand total)", SLOW, () => {
    const start = { ...attacked };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 10 }),
        k,
        (counts, kk) => {
          const names = counts.map((_, i) => `v${i}`);
          const served = protectTable(summaryOf(["village"], [names], counts, 0), kk, {
            village: names,
          });
          expect(served.totals.columns).toEqual([]);
          expect(served.cells.map((c) => c.count ?? "x")).toEqual(
            served.totals.rows.map((c) => c.count ?? "x"),
          );
          const seen = servedGrid(served, 1);
          expectUnrecoverable(
            counts.map((v) => [v]),
            kk,
            seen,
          );
        },
      ),
      { numRuns: 500 },
    );
    expectAttacked(start, 500, 50);
  });

  it("gives the same output for the same table, whatever order its cells arrive in", SLOW, () => {
    fc.assert(
      fc.property(villageSexAge, fc.nat(), (p, other) => {
        const lists = [
          ["a", "b", "c", "d"].slice(0, p.villages),
          ["L", "P"],
          ["x", "y", "z"].slice(0, p.bands),
        ];
        const dims = ["village", "sex", "age_band"];
        const one = protectTable(summaryOf(dims, lists, p.counts, p.order), p.kk);
        const two = protectTable(summaryOf(dims, lists, p.counts, other), p.kk);
        expect(JSON.stringify(two)).toBe(JSON.stringify(one));
      }),
      { numRuns: 300 },
    );
  });
});
