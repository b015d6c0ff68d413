// Age band schemes for reports, kept as data: SIMFONI-PPA (default), OpenSID A-9 and five-year, and child / adult / elderly.
import { CHILD_UNDER, ELDERLY_FROM } from "./forms/person.ts";

export interface AgeBand {
  readonly key: string;
  readonly min: number;
  /** Inclusive upper bound; absent for the open top band. */
  readonly max?: number;
}

/** The schemes a group can choose in Pengaturan; each has its bands below. */
export const AGE_BAND_SCHEMES = ["simfoni", "opensid", "opensid_five_year", "life_stage"] as const;
export type AgeBandScheme = (typeof AGE_BAND_SCHEMES)[number];

export const SIMFONI_BANDS: readonly AgeBand[] = [
  { key: "0-5", min: 0, max: 5 },
  { key: "6-12", min: 6, max: 12 },
  { key: "13-17", min: 13, max: 17 },
  { key: "18-24", min: 18, max: 24 },
  { key: "25-44", min: 25, max: 44 },
  { key: "45-59", min: 45, max: 59 },
  { key: "60+", min: 60 },
];

/**
 * OpenSID's Lampiran A-9 data pilah report (kelompok_print.php): <1, 1–5, 6–12, 13–15, 16–18, >60.
 * A-9 has no band for 19–60; "19-60" is ours, so nobody drops out of a table.
 */
export const OPENSID_BANDS: readonly AgeBand[] = [
  { key: "<1", min: 0, max: 0 },
  { key: "1-5", min: 1, max: 5 },
  { key: "6-12", min: 6, max: 12 },
  { key: "13-15", min: 13, max: 15 },
  { key: "16-18", min: 16, max: 18 },
  { key: "19-60", min: 19, max: 60 },
  { key: ">60", min: 61 },
];

/**
 * OpenSID's five-year bands (the RentangUmur seeder's "status 1" rows): under 1, then 1–4 (the
 * seeder writes 0–1 and 2–4; we keep each age in one band), 5–9, …, 70–74, 75 and over.
 */
export const OPENSID_FIVE_YEAR_BANDS: readonly AgeBand[] = [
  { key: "<1", min: 0, max: 0 },
  { key: "1-4", min: 1, max: 4 },
  ...Array.from({ length: 14 }, (_, i) => ({
    key: `${5 + 5 * i}-${9 + 5 * i}`,
    min: 5 + 5 * i,
    max: 9 + 5 * i,
  })),
  { key: "75+", min: 75 },
];

/** Child under 18 (child protection law), elderly from 60 (UU 13/1998), adult between. */
export const LIFE_STAGE_BANDS: readonly AgeBand[] = [
  { key: `0-${CHILD_UNDER - 1}`, min: 0, max: CHILD_UNDER - 1 },
  { key: `${CHILD_UNDER}-${ELDERLY_FROM - 1}`, min: CHILD_UNDER, max: ELDERLY_FROM - 1 },
  { key: `${ELDERLY_FROM}+`, min: ELDERLY_FROM },
];

export const AGE_BANDS: Readonly<Record<AgeBandScheme, readonly AgeBand[]>> = {
  simfoni: SIMFONI_BANDS,
  opensid: OPENSID_BANDS,
  opensid_five_year: OPENSID_FIVE_YEAR_BANDS,
  life_stage: LIFE_STAGE_BANDS,
};

export function bandOf(age: number, bands: readonly AgeBand[]): string | undefined {
  return bands.find((b) => age >= b.min && (b.max === undefined || age <= b.max))?.key;
}

/** "0-5" → "0–5": an en dash reads as a range in both languages. */
export function bandLabel(key: string): string {
  return key.replace("-", "–");
}
