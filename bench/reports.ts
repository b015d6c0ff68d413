// `npm run bench` part: every form's report (all tables) on 6,000 and 60,000 valid records, beside a bare pass that reads every cell once.

import { SIMFONI_BANDS } from "../core/age-bands.ts";
import type { FieldSpec, FormSpec, RecordValues } from "../core/form-spec.ts";
import { allFormSpecs } from "../core/forms/index.ts";
import { parsePeriod } from "../core/period.ts";
import { computeReport, validRecords } from "../core/reports/compute.ts";
import { reportDef } from "../core/reports/index.ts";
import { personRows } from "./fixtures.ts";
import { ratioToFloor } from "./measure.ts";

const TODAY = "2026-11-27";
const VILLAGES = ["73.09.03.2004", "73.09.03.2005", "73.09.03.2006"];

/** Random raw rows for any form, drawn from its spec's choices and ranges (some break its rules). */
function specRows(spec: FormSpec, n: number, seed = 7): Record<string, unknown>[] {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const pad = (x: number) => String(x).padStart(2, "0");
  const value = (f: FieldSpec, i: number): unknown => {
    if (!f.required && rand() < 0.2) return "";
    switch (f.kind) {
      case "text":
        return f.pattern ? "" : `teks ${i}`;
      case "date":
        // Inside the report's period (this year, before today), so every record is counted.
        return `2026-${pad(1 + Math.floor(rand() * 10))}-${pad(1 + Math.floor(rand() * 28))}`;
      case "integer":
        return f.min + Math.floor(rand() * Math.min(f.max - f.min + 1, 90));
      case "choice":
        return pick(f.choices);
      case "multi":
        return f.choices.filter(() => rand() < 0.3).join(", ") || pick(f.choices);
      case "village":
        return pick(VILLAGES);
      case "nik":
      case "kk":
        return "";
      case "person_ref":
        return `p-${i % 5000}`;
    }
  };
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++)
    rows.push(Object.fromEntries(spec.fields.map((f) => [f.key, value(f, i)])));
  return rows;
}

/** Valid records of a form: the person register from the shared fixture, the others from their spec. */
function recordsOf(spec: FormSpec, n: number): RecordValues[] {
  const rows = spec.id === "person" ? personRows(n) : specRows(spec, n * 3);
  const { valid } = validRecords(spec, rows, TODAY);
  // Copies of the valid ones until there are n: the report's cost depends on rows, not on variety.
  const out: RecordValues[] = [];
  for (let i = 0; valid.length && out.length < n; i++)
    out.push(valid[i % valid.length] as RecordValues);
  return out;
}

/** The floor: one pass over the records reading every field's cell once. */
function barePass(spec: FormSpec, records: readonly RecordValues[]): number {
  const keys = spec.fields.map((f) => f.key);
  let filled = 0;
  for (const r of records)
    for (const k of keys) {
      const v = r[k];
      if (v !== undefined) filled += Array.isArray(v) ? v.length : 1;
    }
  return filled;
}

export function benchReports(): void {
  const ctx = {
    today: TODAY,
    period: parsePeriod(TODAY.slice(0, 4)),
    villages: VILLAGES,
    bands: SIMFONI_BANDS,
  };
  console.log(
    "\nEvery form's report, all tables, on valid records (CPU, ratio = median of back-to-back pairs beside a bare pass reading every cell once)\n",
  );
  console.log(
    "| form | tables | 6,000 rows × floor | 60,000 rows × floor | 60,000 rows | growth 6k → 60k (10 = linear) | goal |",
  );
  console.log("|---|---|---|---|---|---|---|");
  for (const spec of allFormSpecs()) {
    const def = reportDef(spec.id);
    const at = (n: number) => {
      const records = recordsOf(spec, n);
      return ratioToFloor(
        () => barePass(spec, records),
        () => computeReport(def, records, ctx),
        n > 10_000 ? 7 : 15,
      );
    };
    const small = at(6_000);
    const big = at(60_000);
    const tables = computeReport(def, recordsOf(spec, 10), ctx).tables.length;
    console.log(
      `| ${spec.id} | ${tables} | ${small.ratio.toFixed(1)} | ${big.ratio.toFixed(1)} | ${big.ms.toFixed(0)} ms | ${(big.ms / small.ms).toFixed(1)} | ≤ 20× |`,
    );
  }
}
