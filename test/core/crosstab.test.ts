// Cross-tabulation counts multi-valued dimensions once per value and totals every row and column.
import { describe, expect, it } from "vitest";
import { crossCount, pivot } from "../../core/crosstab.ts";

type Row = { v?: string; s?: string; c?: string[] };
const rows: Row[] = [
  { v: "a", s: "L", c: ["x", "y"] },
  { v: "a", s: "P", c: ["x"] },
  { v: "b", s: "P", c: [] },
  { v: "b", s: "P", c: ["y"] },
  { s: "L", c: ["x"] },
];

describe("crossCount", () => {
  it("counts combinations and skips rows without a value", () => {
    const { cells, skipped } = crossCount(rows, [
      { id: "v", values: ["a", "b"], of: (r) => r.v },
      { id: "s", values: ["L", "P"], of: (r) => r.s },
    ]);
    expect(skipped).toBe(1);
    expect(cells.sort((x, y) => x.key.join().localeCompare(y.key.join()))).toEqual([
      { key: ["a", "L"], count: 1 },
      { key: ["a", "P"], count: 1 },
      { key: ["b", "P"], count: 2 },
    ]);
  });

  it("counts a multi-valued row under each of its values", () => {
    const { cells } = crossCount(rows, [{ id: "c", values: ["x", "y"], of: (r) => r.c }]);
    expect(Object.fromEntries(cells.map((c) => [c.key[0], c.count]))).toEqual({ x: 3, y: 2 });
  });
});

describe("pivot", () => {
  it("lays out rows × nested columns with totals, zeros included", () => {
    const cells = [
      { key: ["a", "L", "1"], count: 2 },
      { key: ["a", "P", "2"], count: 1 },
      { key: ["b", "P", "1"], count: 4 },
      { key: ["zz", "P", "1"], count: 9 }, // not a row value: ignored
    ];
    const p = pivot(cells, { index: 0, values: ["a", "b", "c"] }, [
      { index: 1, values: ["L", "P"] },
      { index: 2, values: ["1", "2"] },
    ]);
    expect(p.colValues).toEqual([
      ["L", "1"],
      ["L", "2"],
      ["P", "1"],
      ["P", "2"],
    ]);
    expect(p.counts).toEqual([
      [2, 0, 0, 1],
      [0, 0, 4, 0],
      [0, 0, 0, 0],
    ]);
    expect(p.rowTotals).toEqual([3, 4, 0]);
    expect(p.colTotals).toEqual([2, 0, 4, 1]);
    expect(p.total).toBe(7);
  });
});
