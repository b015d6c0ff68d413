// `npx tsx bench/disclosure.ts`: time and extent of small-cell suppression on district-sized grids.
import { DEFAULT_K, suppressGrid } from "../core/disclosure.ts";

// A fixed linear congruential generator, so every run measures the same grids.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** rows × cols counts whose row sizes vary ~20× (villages) and whose cells scatter around `mean`. */
function grid(rows: number, cols: number, mean: number, seed: number): number[][] {
  const next = random(seed);
  return Array.from({ length: rows }, () => {
    const size = mean * (0.2 + 4 * next() ** 2);
    return Array.from({ length: cols }, () => Math.floor(next() * 2 * size));
  });
}

function run(label: string, counts: number[][]): void {
  let s = suppressGrid(counts, DEFAULT_K);
  for (let i = 0; i < 3; i++) suppressGrid(counts, DEFAULT_K); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    // CPU time, not wall time: the machines running this are shared.
    const start = process.cpuUsage();
    s = suppressGrid(counts, DEFAULT_K);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  const cells = counts.flat();
  const small = cells.filter((v) => v >= 1 && v < DEFAULT_K).length;
  const hidden = s.cells.flat().filter(Boolean).length;
  const margins = [...s.rows, ...s.cols, s.grand].filter(Boolean).length;
  console.log(
    `| ${label} | ${counts.length}×${counts[0]?.length ?? 0} | ${small} | ${hidden} | ${margins} | ${(times[3] as number).toFixed(1)} ms |`,
  );
}

console.log(
  `k = ${DEFAULT_K}\n\n| grid | size | cells 1..k−1 | cells hidden | totals hidden | median CPU time |\n|---|---|---|---|---|---|`,
);
run("district: villages × sex × 8 age bands, mean 6", grid(200, 16, 6, 1));
run("district, sparse: mean 2", grid(200, 16, 2, 2));
run("district, dense: mean 30", grid(200, 16, 30, 3));
run(
  "every cell 1..4",
  grid(200, 16, 1.2, 4).map((row) => row.map((v) => 1 + (v % 4))),
);
run("regency: 1000 villages × 16, mean 6", grid(1000, 16, 6, 5));
run("largest table (50,000 cells): 500 × 100, mean 3", grid(500, 100, 3, 6));
