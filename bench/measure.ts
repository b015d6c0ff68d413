// Timing for the benchmarks: medians after warm-up, in CPU of the process or time on this thread.

/** Median CPU milliseconds of `fn` over `runs` runs, after warm-up runs (a serving isolate is warm). */
export function cpuMs(fn: () => unknown, runs = 25): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}

/** Median wall milliseconds of `fn` on this thread (what one isolate spends), after warm-up runs. */
export function threadMs(fn: () => unknown, runs = 25): number {
  for (let i = 0; i < 5; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median CPU milliseconds of several functions measured in turns (a, b, a, b, …), so a slow spell
 * of the machine falls on all of them alike and their ratios hold; CPU rather than wall time, so
 * other processes on the machine count less.
 */
export function sideBySide(fns: readonly (() => unknown)[], runs = 15): number[] {
  for (let i = 0; i < 3; i++) for (const fn of fns) fn();
  const times = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      times[k]?.push((used.user + used.system) / 1000);
    });
  }
  return times.map(median);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * The median of `fn`'s CPU time over the floor's, each pair measured back to back (floor, fn,
 * floor, fn, …): a ratio that holds on a busy machine, where absolute times do not.
 */
export function ratioToFloor(
  floor: () => unknown,
  fn: () => unknown,
  runs = 21,
): { ratio: number; floorMs: number; ms: number } {
  for (let i = 0; i < 3; i++) {
    floor();
    fn();
  }
  const ratios: number[] = [];
  const floors: number[] = [];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = cpuOnce(floor);
    const b = cpuOnce(fn);
    floors.push(a);
    times.push(b);
    ratios.push(b / a);
  }
  return { ratio: median(ratios), floorMs: median(floors), ms: median(times) };
}

function cpuOnce(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
