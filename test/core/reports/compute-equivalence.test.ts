// Every form's report tables, tabulated fast, equal the plain reference loop on random registers (cell order included).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { personRows } from "../../../bench/fixtures.ts";
import { SIMFONI_BANDS } from "../../../core/age-bands.ts";
import type { FieldSpec, FormSpec, RecordValues } from "../../../core/form-spec.ts";
import { allFormSpecs, getFormSpec } from "../../../core/forms/index.ts";
import { parsePeriod } from "../../../core/period.ts";
import {
  computeReport,
  RECORD_KEY_FIELD,
  SUMMARY_BANDS,
  summaryCells,
  validRecords,
} from "../../../core/reports/compute.ts";
import { reportDef } from "../../../core/reports/index.ts";
import { personsById } from "../../../core/reports/service-person.ts";
import { referenceTabulate } from "../support/crosstab-reference.ts";
import { referenceSummaryCells } from "../support/summary-reference.ts";
import { TODAY, V1, V2 } from "./support.ts";

const VILLAGES = [V1, V2, "73.09.03.2006"];

/** A raw cell for a field, drawn from its choices and ranges; some rows break the form's rules. */
function cellArb(f: FieldSpec): fc.Arbitrary<unknown> {
  const value = ((): fc.Arbitrary<unknown> => {
    switch (f.kind) {
      case "text":
        return fc.constantFrom("teks", "Dinas Sosial", " dinas  sosial ");
      case "date":
        return fc
          .date({ min: new Date("2025-06-01"), max: new Date("2026-11-27"), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case "integer":
        return fc.integer({ min: f.min, max: Math.min(f.max, f.min + 90) });
      case "choice":
        return fc.constantFrom(...f.choices);
      case "multi":
        return fc.subarray([...f.choices], { minLength: 1 }).map((xs) => xs.join(", "));
      case "village":
        return fc.constantFrom(...VILLAGES);
      case "nik":
      case "kk":
        return fc.constant("");
      case "person_ref":
        return fc.constantFrom("p-0", "p-1", "p-2", "p-3", "p-missing");
    }
  })();
  return f.required ? value : fc.oneof(fc.constant(""), value);
}

function rowsArb(spec: FormSpec): fc.Arbitrary<Record<string, unknown>[]> {
  // Random person rows mostly break the form's many rules: the bench's register generator, seeded, keeps most.
  if (spec.id === "person")
    return fc
      .tuple(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 40 }))
      .map(([seed, n]) => personRows(n, seed));
  const row = fc
    .record(Object.fromEntries(spec.fields.map((f) => [f.key, cellArb(f)])))
    .chain((r) => {
      // A dependent choice (a service's item) mostly drawn from its parent's list, so rows stay valid.
      const dependent = spec.fields.flatMap((f) =>
        (f.kind === "choice" || f.kind === "multi") && f.choicesBy ? [f] : [],
      );
      if (!dependent.length) return fc.constant(r);
      return fc.tuple(...dependent.map(() => fc.nat())).map((picks) => {
        const out: Record<string, unknown> = { ...r };
        dependent.forEach((f, i) => {
          const by = f.choicesBy;
          const list = by ? (by.choices[String(r[by.field])] ?? []) : [];
          out[f.key] = list.length ? list[(picks[i] as number) % list.length] : "";
        });
        return out;
      });
    });
  return fc.array(row, { minLength: 1, maxLength: 40 });
}

/** A few persons with ids, for the services' join (some ids are missing or invalid on purpose). */
function persons(): ReadonlyMap<string, RecordValues> {
  const rows = personRows(4, 3).map((raw, i) => ({ id: `p-${i}`, raw }));
  return personsById(getFormSpec("person"), rows, TODAY);
}

describe("every form's report", () => {
  for (const spec of allFormSpecs()) {
    it(`${spec.id}: each cross-table equals the reference loop`, () => {
      const def = reportDef(spec.id);
      const ctx = {
        today: TODAY,
        period: parsePeriod("2026"),
        villages: VILLAGES,
        bands: SIMFONI_BANDS,
        persons: persons(),
      };
      let counted = 0;
      fc.assert(
        fc.property(rowsArb(spec), (raws) => {
          const { valid } = validRecords(spec, raws, TODAY);
          const report = computeReport(def, valid, ctx);
          for (const t of report.tables) {
            if (t.kind !== "cross") continue;
            const rows = t.def.where ? report.records.filter(t.def.where) : report.records;
            expect(t.tab).toEqual(referenceTabulate(rows, t.def.rows, t.def.cols, t.def.weight));
            counted += t.tab.counted;
          }
        }),
        { numRuns: 60 },
      );
      // The random rows must reach the tables, or the comparison proves nothing.
      expect(counted).toBeGreaterThan(0);
    });

    it(`${spec.id}: each shared table's summary cells equal the reference loop`, () => {
      const def = reportDef(spec.id);
      const ctx = {
        today: TODAY,
        period: parsePeriod("2026"),
        villages: VILLAGES,
        bands: SUMMARY_BANDS,
        persons: persons(),
      };
      let cells = 0;
      fc.assert(
        fc.property(rowsArb(spec), fc.array(fc.nat({ max: 4095 })), (raws, keys) => {
          // Record keys as the sheet gives them (some rows have none), so cell keys are compared too.
          const withKeys = raws.map((r, i) =>
            i < keys.length ? { ...r, [RECORD_KEY_FIELD]: keys[i] } : r,
          );
          const { valid } = validRecords(spec, withKeys, TODAY);
          const report = computeReport(def, valid, ctx);
          for (const t of def.tables(ctx, report.records)) {
            if (t.kind !== "cross" || !t.shared) continue;
            const got = summaryCells(t, report.records);
            expect(got).toEqual(referenceSummaryCells(t, report.records));
            cells += got.length;
          }
        }),
        { numRuns: 60 },
      );
      expect(cells).toBeGreaterThan(0);
    });
  }
});
