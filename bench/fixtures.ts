// Deterministic person rows for benchmarks and scale tests: plausible, varied, some with NIKs.
import { villagesOf } from "../core/areas.ts";

export function personRows(n: number, seed = 1): Record<string, unknown>[] {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const villages = villagesOf("73.09.03").map((v) => v.code);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const sex = rand() < 0.5 ? "L" : "P";
    const year = 1940 + Math.floor(rand() * 85);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const pad = (x: number) => String(x).padStart(2, "0");
    const birth = `${year}-${pad(month)}-${pad(day)}`;
    const nikDay = pad(day + (sex === "P" ? 40 : 0));
    rows.push({
      full_name: `Warga ${i}`,
      nik:
        i % 3 === 0
          ? `730903${nikDay}${pad(month)}${pad(year % 100)}${String((i % 9999) + 1).padStart(4, "0")}`
          : "",
      sex,
      birth_date: i % 5 === 0 ? "" : birth,
      age_years: i % 5 === 0 ? 2026 - year : "",
      village: villages[i % villages.length],
      // Categories and consent that agree with the age, as the person rules require.
      categories: [
        i % 4 === 0 ? "disability" : "poor_household",
        ...(2026 - year >= 60 ? ["elderly"] : []),
      ].join(", "),
      disability_types: i % 4 === 0 ? "fisik" : "",
      consent_by: 2026 - year < 18 ? "parent" : "self",
      consent_date: "2026-01-10",
    });
  }
  return rows;
}

/** A row as the API receives it: blank cells left out, lists as arrays, numbers as numbers. */
export function apiRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === "" || v === undefined) continue;
    out[k] = k === "categories" || k === "disability_types" ? String(v).split(", ") : v;
  }
  return out;
}
