// Random count grids for the disclosure properties, and the served view of a grid under a suppression.
import fc from "fast-check";
import type { GridSuppression } from "../../../core/disclosure.ts";
import type { ServedGrid, Target } from "./attacker.ts";

/**
 * A grid of r×c counts drawn in one of several moods, so that zero-heavy, small-heavy and
 * mixed tables all come up often: uniform 0..max, mostly 0..2, mostly zeros with a few
 * larger counts, or every cell small (1..k−1 is then almost every cell).
 */
export function grid(opts: {
  rows: [number, number];
  cols: [number, number];
  max: number;
}): fc.Arbitrary<number[][]> {
  const { max } = opts;
  const cell = fc.oneof(
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: 2 }),
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max }) },
    ),
    fc.integer({ min: 1, max: Math.min(4, max) }),
  );
  return fc
    .record({
      r: fc.integer({ min: opts.rows[0], max: opts.rows[1] }),
      c: fc.integer({ min: opts.cols[0], max: opts.cols[1] }),
      mood: fc.integer({ min: 0, max: 4 }),
    })
    .chain(({ r, c, mood }) => {
      // One mood per table (4 = per-cell mix), so whole tables of zeros or of small counts occur.
      const pick =
        mood === 0
          ? fc.integer({ min: 0, max })
          : mood === 1
            ? fc.integer({ min: 0, max: 2 })
            : mood === 2
              ? fc.oneof(
                  { weight: 4, arbitrary: fc.constant(0) },
                  { weight: 1, arbitrary: fc.integer({ min: 1, max }) },
                )
              : mood === 3
                ? fc.integer({ min: 1, max: Math.min(4, max) })
                : cell;
      return fc.array(fc.array(pick, { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      });
    });
}

export function totals(counts: readonly (readonly number[])[]) {
  const rows = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const width = counts[0]?.length ?? 0;
  const cols = Array.from({ length: width }, (_, j) =>
    counts.reduce((s, row) => s + (row[j] as number), 0),
  );
  return { rows, cols, grand: rows.reduce((a, b) => a + b, 0) };
}

/** What is served: each number, or null where hidden. */
export function view(counts: readonly (readonly number[])[], s: GridSuppression): ServedGrid {
  const t = totals(counts);
  const show = (v: number, hidden: boolean | undefined) => (hidden ? null : v);
  return {
    cells: counts.map((row, i) => row.map((v, j) => show(v, s.cells[i]?.[j]))),
    rows: t.rows.map((v, i) => show(v, s.rows[i])),
    cols: t.cols.map((v, j) => show(v, s.cols[j])),
    grand: show(t.grand, s.grand),
  };
}

/** Every hidden entry of a view, with its true value. */
export function hiddenEntries(
  counts: readonly (readonly number[])[],
  v: ServedGrid,
): { target: Target; truth: number }[] {
  const t = totals(counts);
  const out: { target: Target; truth: number }[] = [];
  v.cells.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x === null) {
        out.push({ target: { kind: "cell", row: i, col: j }, truth: counts[i]?.[j] as number });
      }
    });
  });
  v.rows.forEach((x, i) => {
    if (x === null) out.push({ target: { kind: "row", row: i }, truth: t.rows[i] as number });
  });
  v.cols.forEach((x, j) => {
    if (x === null) out.push({ target: { kind: "col", col: j }, truth: t.cols[j] as number });
  });
  if (v.grand === null) out.push({ target: { kind: "grand" }, truth: t.grand });
  return out;
}
