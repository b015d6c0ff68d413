// Cross-tabulation: combinations counted once per value, totals that count a multi-valued row once, sums, dependent dimensions.
import { describe, expect, it } from "vitest";
import { type Dimension, tabulate } from "../../core/crosstab.ts";

type Row = { v?: string; s?: string; c?: string[]; n?: number };
const rows: Row[] = [
  { v: "a", s: "L", c: ["x", "y"], n: 2 },
  { v: "a", s: "P", c: ["x"], n: 3 },
  { v: "b", s: "P", c: [], n: 4 },
  { v: "b", s: "P", c: ["y", "y"], n: 5 },
  { s: "L", c: ["x"], n: 6 },
  { v: "zz", s: "L", c: ["x"], n: 7 }, // not a listed value: not counted
];
const v: Dimension<Row> = { id: "v", values: ["a", "b", "c"], of: (r) => r.v };
const s: Dimension<Row> = { id: "s", values: ["L", "P"], of: (r) => r.s };
const c: Dimension<Row> = { id: "c", values: ["x", "y"], of: (r) => r.c, overlaps: true };

describe("tabulate", () => {
  it("counts combinations with totals, zero rows kept, rows without a listed value skipped", () => {
    const tab = tabulate(rows, v, [s]);
    expect(tab.rowValues).toEqual(["a", "b", "c"]);
    expect(tab.colValues).toEqual([["L"], ["P"]]);
    expect(tab.counts).toEqual([
      [1, 1],
      [0, 2],
      [0, 0],
    ]);
    expect(tab.rowTotals).toEqual([2, 2, 0]);
    expect(tab.colTotals).toEqual([1, 3]);
    expect(tab.total).toBe(4);
    expect(tab.counted).toBe(4);
    expect(tab.skipped).toBe(2);
    expect(tab.cells.sort((x, y) => x.key.join().localeCompare(y.key.join()))).toEqual([
      { key: ["a", "L"], count: 1 },
      { key: ["a", "P"], count: 1 },
      { key: ["b", "P"], count: 2 },
    ]);
  });

  it("counts a multi-valued row under each value, and once in the totals across that dimension", () => {
    const tab = tabulate(rows, c, [s]);
    // x: rows 1, 2, 5 (row 6's v is irrelevant here, its c is x); y: rows 1 and 4 (listed twice, counted once).
    expect(tab.counts).toEqual([
      [3, 1],
      [1, 1],
    ]);
    expect(tab.rowTotals).toEqual([4, 2]);
    // Column L: rows 1, 5, 6 — row 1 is under x and y but counts once.
    expect(tab.colTotals).toEqual([3, 2]);
    expect(tab.total).toBe(5);
    expect(tab.skipped).toBe(1); // row 3 ticks nothing
  });

  it("nests two column dimensions with subtotals per outer value", () => {
    const tab = tabulate(rows, v, [s, c]);
    expect(tab.colValues).toEqual([
      ["L", "x"],
      ["L", "y"],
      ["P", "x"],
      ["P", "y"],
    ]);
    expect(tab.counts[0]).toEqual([1, 1, 1, 0]);
    expect(tab.counts[1]).toEqual([0, 0, 0, 1]);
    expect(tab.groupValues).toEqual(["L", "P"]);
    // Row a, sex L: one row under x and y → subtotal 1, not 2.
    expect(tab.groupCounts).toEqual([
      [1, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(tab.groupTotals).toEqual([1, 2]);
    expect(tab.rowTotals).toEqual([2, 1, 0]);
    expect(tab.colTotals).toEqual([1, 1, 1, 1]);
    expect(tab.total).toBe(3);
  });

  it("sums a weight instead of counting, and lets a dimension read the values chosen before it", () => {
    const measure: Dimension<Row> = { id: "m", values: ["n", "twice"], of: () => ["n", "twice"] };
    const tab = tabulate(rows, v, [measure], (r, key) => (r.n ?? 0) * (key[1] === "twice" ? 2 : 1));
    expect(tab.counts).toEqual([
      [5, 10],
      [9, 18],
      [0, 0],
    ]);
    expect(tab.rowTotals).toEqual([15, 27, 0]);
    expect(tab.total).toBe(42);

    const dependent: Dimension<Row> = {
      id: "d",
      values: ["a-L", "a-P", "b-P"],
      of: (r, prefix) => `${prefix[0]}-${r.s}`,
    };
    const dep = tabulate(rows, v, [dependent]);
    expect(dep.counts[0]).toEqual([1, 1, 0]);
    expect(dep.counts[1]).toEqual([0, 0, 2]);
  });
});
