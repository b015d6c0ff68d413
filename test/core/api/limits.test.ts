// The summary body limit is measured, not guessed: the largest summary any group can send fits, with little room to spare.
import { describe, expect, it } from "vitest";
import { MAX_GROUP_VILLAGES, MAX_SUMMARY_BODY_BYTES } from "../../../core/api/limits.ts";
import { districtsOf, PROGRAM_REGENCIES, villagesOf } from "../../../core/areas.ts";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { parsePeriod } from "../../../core/period.ts";
import { summaryShape } from "../../../core/reports/summary-shape.ts";
import { ALL, MAX_COUNT, type Summary, summarySchema } from "../../../core/summary.ts";

function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** The most villages a group may have, real codes from the programme's regencies. */
function manyVillages(): string[] {
  const out: string[] = [];
  for (const r of PROGRAM_REGENCIES)
    for (const d of districtsOf(r.code)) for (const v of villagesOf(d.code)) out.push(v.code);
  return out.slice(0, MAX_GROUP_VILLAGES);
}

/** Every cell the shape allows (inner and ALL), each with the largest count and key. */
function largest(form: (typeof FORM_IDS)[number], period: string, villages: string[]): Summary {
  const shapes = summaryShape(form, { period: parsePeriod(period), villages });
  return {
    form,
    tables: shapes.map((s) => {
      let keys: string[][] = [[]];
      for (const d of s.dimensions) {
        const values = d.overlapping ? [...d.values, ALL] : d.values;
        keys = keys.flatMap((k) => values.map((v) => [...k, v]));
      }
      // Composite parts only in their real combinations.
      keys = keys.filter((k) =>
        s.joints.every((j) => j.valueSet.has(j.at.map((i) => k[i]).join("/"))),
      );
      return {
        id: s.id,
        dimensions: s.dimensions.map((d) => d.id),
        cells: keys.map((key) => ({ key, count: MAX_COUNT, ckey: 4095 })),
      };
    }),
  };
}

describe("MAX_SUMMARY_BODY_BYTES", () => {
  it("holds the largest summary of every form, and is at most 1.5 times the largest", () => {
    const villages = manyVillages();
    expect(villages).toHaveLength(MAX_GROUP_VILLAGES);
    const sizes = FORM_IDS.map((form) => {
      // A year has the most months; a quarter or month has fewer.
      const summary = largest(form, "2026", villages);
      expect(summarySchema.safeParse(summary).success, form).toBe(true);
      return utf8(JSON.stringify(summary));
    });
    const max = Math.max(...sizes);
    expect(max).toBeLessThanOrEqual(MAX_SUMMARY_BODY_BYTES);
    expect(MAX_SUMMARY_BODY_BYTES).toBeLessThanOrEqual(1.5 * max);
    console.log(
      `largest summary ${max} bytes (${FORM_IDS.map((f, i) => `${f} ${sizes[i]}`).join(", ")})`,
    );
  });
});
