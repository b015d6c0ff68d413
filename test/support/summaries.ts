// Valid shared summaries for tests, made the way the add-on makes them: rows → form checks → report → summaryOf.
import type { FormId } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { parsePeriod } from "../../core/period.ts";
import {
  computeReport,
  RECORD_KEY_FIELD,
  SUMMARY_BANDS,
  summaryOf,
  validRecords,
} from "../../core/reports/compute.ts";
import { reportDef } from "../../core/reports/index.ts";
import type { Summary } from "../../core/summary.ts";

/** A small deterministic PRNG (mulberry32), so generated registers and record keys repeat. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The summary a group with these villages uploads for a period, from raw rows (each may carry a
 * `record_key`). `today` defaults to the period's last day, so every dated row in it counts.
 */
export function summaryOfRows(
  form: FormId,
  rows: readonly Record<string, unknown>[],
  opts: { villages: readonly string[]; period: string; today?: string },
): Summary {
  const period = parsePeriod(opts.period);
  const today = opts.today ?? period.end;
  const { valid } = validRecords(getFormSpec(form), rows, today);
  const report = computeReport(reportDef(form), valid, {
    today,
    period,
    villages: opts.villages,
    bands: SUMMARY_BANDS,
  });
  return summaryOf(report);
}

/** A person row with the fields the tests vary; consent and age make it valid. */
export function personRow(p: {
  village: string;
  sex: "L" | "P";
  age: number;
  categories?: string[];
  documents?: string[];
  assistance?: string[];
  recordKey: number;
}): Record<string, unknown> {
  return {
    full_name: "Warga Uji",
    sex: p.sex,
    age_years: p.age,
    village: p.village,
    ...(p.categories ? { categories: p.categories } : {}),
    ...(p.documents ? { documents: p.documents } : {}),
    ...(p.assistance ? { assistance: p.assistance } : {}),
    consent_by: p.age < 18 ? "parent" : "self",
    consent_date: "2024-01-10",
    [RECORD_KEY_FIELD]: p.recordKey,
  };
}

/** A case row: a victim of a sex and age in a village, reported on a date. */
export function caseRow(c: {
  village: string;
  sex: "L" | "P";
  age: number;
  date: string;
  forms?: string[];
  place?: string;
  status?: string;
  recordKey: number;
}): Record<string, unknown> {
  return {
    report_date: c.date,
    village: c.village,
    victim_sex: c.sex,
    victim_age: c.age,
    violence_forms: c.forms ?? ["fisik"],
    ...(c.place ? { place: c.place } : {}),
    status: c.status ?? "didampingi",
    [RECORD_KEY_FIELD]: c.recordKey,
  };
}

/** `n` random person rows in the given villages. */
export function randomPersons(
  random: () => number,
  n: number,
  villages: readonly string[],
): Record<string, unknown>[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const categories = [
    "disability",
    "poor_household",
    "woman_head_of_household",
    "remote_community",
  ];
  return Array.from({ length: n }, () => {
    const sex = pick(["L", "P"] as const);
    const age = Math.floor(random() * 90);
    return personRow({
      village: pick(villages),
      sex,
      age,
      categories: categories.filter(
        (c) => random() < 0.3 && (c !== "woman_head_of_household" || sex === "P"),
      ),
      documents: ["ktp_el", "kk", "akta_kelahiran"].filter(() => random() < 0.6),
      assistance: ["pkh", "bpnt"].filter(() => random() < 0.3),
      recordKey: Math.floor(random() * 4096),
    });
  });
}
