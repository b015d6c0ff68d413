// OpenSID Lampiran A-9 (data pilah kependudukan menurut umur dan faktor kerentanan): counts per dusun/RW/RT as OpenSID's report counts them.
import { ageOn } from "../dates.ts";
import type { RecordValues } from "../form-spec.ts";
import { addressParts } from "./opensid-penduduk.ts";

/**
 * The columns of donjo-app/views/laporan/kelompok_print.php, with the counts of
 * Laporan_bulanan_model::list_data (OpenSID commit 4b3d5677, v2410.0.0): persons by sex,
 * age under 1, 1–5, 6–12, 13–15, 16–18, over 60, with a disability, chronically ill L/P, pregnant.
 */
export const A9_COLUMNS = [
  "Dusun",
  "RW",
  "RT",
  "L",
  "P",
  "Dibawah 1 Tahun",
  "1-5 Tahun",
  "6-12 Tahun",
  "13-15 Tahun",
  "16-18 Tahun",
  "Diatas 60 Tahun",
  "Cacat",
  "Sakit Menahun L",
  "Sakit Menahun P",
  "Hamil",
] as const;

/** OpenSID counts ages from the birth date: a person with only an estimated age is counted in no age band. */
const BANDS: readonly [number, number][] = [
  [0, 0],
  [1, 5],
  [6, 12],
  [13, 15],
  [16, 18],
  [61, Number.POSITIVE_INFINITY],
];

/**
 * One row per dusun/RW/RT (sorted), then the total. Sakit menahun and hamil are not recorded by
 * Pilah: blank, never 0 (unanswered is not "none").
 */
export function a9Table(
  records: readonly Readonly<RecordValues>[],
  today: string,
): (string | number)[][] {
  const groups = new Map<string, { key: [string, string, string]; n: number[] }>();
  for (const v of records) {
    const { dusun, rw, rt } = addressParts(v);
    const id = `${dusun}\u0000${rw}\u0000${rt}`;
    let g = groups.get(id);
    if (!g) {
      g = { key: [dusun, rw, rt], n: new Array(9).fill(0) };
      groups.set(id, g);
    }
    const n = g.n;
    if (v.sex === "L") n[0] = (n[0] as number) + 1;
    if (v.sex === "P") n[1] = (n[1] as number) + 1;
    if (typeof v.birth_date === "string") {
      const age = ageOn(v.birth_date, today);
      BANDS.forEach(([lo, hi], i) => {
        if (age >= lo && age <= hi) n[2 + i] = (n[2 + i] as number) + 1;
      });
    }
    const types = Array.isArray(v.disability_types) ? v.disability_types : [];
    const cats = Array.isArray(v.categories) ? v.categories : [];
    if (types.length || cats.includes("disability")) n[8] = (n[8] as number) + 1;
  }
  const rows = [...groups.values()].sort((a, b) =>
    a.key.join("\u0000").localeCompare(b.key.join("\u0000")),
  );
  const total = new Array(9).fill(0) as number[];
  const out: (string | number)[][] = rows.map((g) => {
    g.n.forEach((x, i) => {
      total[i] = (total[i] as number) + x;
    });
    return [...g.key, ...g.n, "", "", ""];
  });
  out.push(["Total", "", "", ...total, "", "", ""]);
  return out;
}
