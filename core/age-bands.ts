// Age band schemes for reports; SIMFONI-PPA's bands are the default (domain.md).
export interface AgeBand {
  readonly key: string;
  readonly min: number;
  /** Inclusive upper bound; absent for the open top band. */
  readonly max?: number;
}

/** The schemes a group can choose in Pengaturan; each has its bands below. */
export const AGE_BAND_SCHEMES = ["simfoni", "opensid", "life_stage"] as const;
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

export function bandOf(age: number, bands: readonly AgeBand[]): string | undefined {
  return bands.find((b) => age >= b.min && (b.max === undefined || age <= b.max))?.key;
}

/** "0-5" → "0–5": an en dash reads as a range in both languages. */
export function bandLabel(key: string): string {
  return key.replace("-", "–");
}
