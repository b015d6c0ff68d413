// A stopped import continues where it stopped, and "Impor lagi" brings only rows added since, each row once.
import { describe, expect, it } from "vitest";
import {
  afterBlock,
  hasNewRows,
  type ImportProgress,
  nextBlock,
  parseProgress,
  startProgress,
} from "../../../core/import/import-progress.ts";

/** Runs blocks until none is left or `stopAfter` blocks ran; returns the rows written, in order. */
function run(p: ImportProgress, total: number, size: number, stopAfter = Infinity) {
  const rows: number[] = [];
  let ran = 0;
  let cur = p;
  for (
    let b = nextBlock(cur, total, size);
    b && ran < stopAfter;
    b = nextBlock(cur, total, size), ran++
  ) {
    for (let r = b.from; r < b.to; r++) rows.push(r);
    // Saved, then read back as the next run would.
    cur = parseProgress(
      JSON.stringify(afterBlock(cur, b, b.to - b.from, total)),
      "Lansia",
      "person",
    ) as ImportProgress;
  }
  return { rows, progress: cur };
}

describe("import progress", () => {
  it("writes every data row once in blocks, below the header", () => {
    const { rows, progress } = run(startProgress("Lansia", "person", 2), 13, 4);
    expect(rows).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(progress).toMatchObject({ nextRow: 13, written: 10, finished: true });
  });

  it("continues a run stopped midway without writing a row twice", () => {
    const first = run(startProgress("Lansia", "person", 0), 11, 3, 2);
    expect(first.rows).toEqual([1, 2, 3, 4, 5, 6]);
    expect(first.progress.finished).toBe(false);
    const second = run(first.progress, 11, 3);
    expect([...first.rows, ...second.rows]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("brings only rows added since on Impor lagi", () => {
    const done = run(startProgress("Lansia", "person", 0), 5, 10).progress;
    expect(hasNewRows(done, 5)).toBe(false);
    expect(hasNewRows(done, 8)).toBe(true);
    expect(run(done, 8, 10).rows).toEqual([5, 6, 7]);
  });

  it("ignores damaged progress or progress of another tab or register", () => {
    const saved = JSON.stringify(startProgress("Lansia", "person", 0));
    expect(parseProgress(saved, "Lansia", "person")).toBeDefined();
    expect(parseProgress(saved, "Lansia 2", "person")).toBeUndefined();
    expect(parseProgress(saved, "Lansia", "case")).toBeUndefined();
    expect(parseProgress("{oops", "Lansia", "person")).toBeUndefined();
    expect(parseProgress(null, "Lansia", "person")).toBeUndefined();
  });
});
