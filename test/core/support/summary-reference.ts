// The summary cells as the plain loop computed them before cells were numbered: kept as the reference the fast one must equal.
import type { Dimension } from "../../../core/crosstab.ts";
import type { RecordValues } from "../../../core/form-spec.ts";
import { RECORD_KEY_SPACE } from "../../../core/record-key.ts";
import { RECORD_KEY_FIELD } from "../../../core/reports/compute.ts";
import { type CrossTableDef, PART_SEP } from "../../../core/reports/definition.ts";
import { ALL, compareKeys, type SummaryCell } from "../../../core/summary.ts";

function combosOf<R>(row: R, dims: readonly Dimension<R>[], allowed: Set<string>[]): string[][] {
  let combos: string[][] = [[]];
  dims.forEach((d, i) => {
    const ok = allowed[i] as Set<string>;
    combos = combos.flatMap((c) => {
      const v = d.of(row, c);
      const vals = v === undefined ? [] : typeof v === "string" ? [v] : v;
      return [...new Set(vals)].filter((x) => ok.has(x)).map((x) => [...c, x]);
    });
  });
  return combos;
}

function subsets(positions: readonly number[]): number[][] {
  let out: number[][] = [[]];
  for (const p of positions) out = [...out, ...out.map((s) => [...s, p])];
  return out;
}

export function referenceSummaryCells(
  def: CrossTableDef,
  records: readonly RecordValues[],
): SummaryCell[] {
  const dims = [def.rows, ...def.cols];
  const allowed = dims.map((d) => new Set(d.values));
  const overlapping = dims.flatMap((d, i) => (d.overlaps ? [i] : []));
  const projections = subsets(overlapping);
  const cells = new Map<string, { key: string[]; count: number; ckey: number }>();
  const rows = def.where ? records.filter(def.where) : records;
  for (const r of rows) {
    const combos = combosOf(r, dims, allowed);
    if (!combos.length) continue;
    const rk = r[RECORD_KEY_FIELD];
    const recordKey = typeof rk === "number" ? rk : 0;
    for (const all of projections) {
      const seen = new Map<string, { key: string[]; w: number }>();
      for (const combo of combos) {
        const w = def.weight ? def.weight(r, combo) : 1;
        if (!(w > 0)) continue;
        const key = all.length ? combo.map((v, i) => (all.includes(i) ? ALL : v)) : combo;
        const id = JSON.stringify(key);
        if (!seen.has(id)) seen.set(id, { key, w });
      }
      for (const [id, { key, w }] of seen) {
        const cell = cells.get(id) ?? { key, count: 0, ckey: 0 };
        cell.count += w;
        cell.ckey = (cell.ckey + recordKey) % RECORD_KEY_SPACE;
        cells.set(id, cell);
      }
    }
  }
  const split = dims.map((d) => d.parts !== undefined);
  return [...cells.values()]
    .map((c) => ({
      key: c.key.flatMap((v, i) => (split[i] && v !== ALL ? v.split(PART_SEP) : [v])),
      count: c.count,
      ckey: c.ckey,
    }))
    .sort((a, b) => compareKeys(a.key, b.key));
}
