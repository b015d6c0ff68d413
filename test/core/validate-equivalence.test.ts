// The fast validation gives what the validation before it gave, on random valid and invalid records of every form: same values, same messages in the same order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { villagesOf } from "../../core/areas.ts";
import { FORM_IDS } from "../../core/form-ids.ts";
import type { FieldSpec, FormSpec } from "../../core/form-spec.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { checkRecords, checkSpecOf, valuesForCheck } from "../../core/record-check.ts";
import { formValidator, validateRecord, validValues } from "../../core/validate.ts";
import * as reference from "./support/validate-reference.ts";

const TODAY = "2026-11-27";
const VILLAGES = villagesOf("73.09.03").map((v) => v.code);

/** Near-valid and wrong values for one field: the mix that reaches every branch of the checks. */
function valueArb(f: FieldSpec): fc.Arbitrary<unknown> {
  const blank = fc.constantFrom("", "   ", null, undefined, []);
  const junk = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.integer({ min: -5, max: 300 }),
    fc.double({ min: -2, max: 200, noNaN: true }),
    fc.boolean(),
    fc.constant({ nested: 1 }),
  );
  const good = ((): fc.Arbitrary<unknown> => {
    switch (f.kind) {
      case "text":
        return fc.oneof(
          fc.string({ maxLength: 12 }).map((s) => ` ${s} `),
          fc.constantFrom("0812-3456-789", "+62 812 3456 7890", "x".repeat(f.maxLength + 1)),
        );
      case "date":
        return fc.oneof(
          fc.date({
            min: new Date("1920-01-01"),
            max: new Date("2027-12-31"),
            noInvalidDate: true,
          }),
          fc
            .date({ min: new Date("1920-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          fc.constantFrom("2024-02-30", "2023-13-01", " 2020-05-05 ", "05/05/2020", TODAY),
        );
      case "integer":
        return fc.oneof(
          fc.integer({ min: f.min - 2, max: f.max + 2 }),
          fc.integer({ min: f.min, max: f.max }).map((n) => ` ${n} `),
          fc.constantFrom("12.0", "12.5", "1e2", 3.5),
        );
      case "choice":
        return fc.oneof(
          fc.constantFrom(...f.choices),
          fc.constantFrom(...f.choices).map((c) => ` ${c} `),
          fc.constantFrom("zz", 1, true),
        );
      case "multi":
        return fc.oneof(
          fc.subarray([...f.choices]),
          fc.array(fc.constantFrom(...f.choices, " ", "zz"), { maxLength: 4 }),
          fc
            .subarray([...f.choices])
            .map((xs) => xs.join(fc.sample(fc.constantFrom(", ", ";", ","), 1)[0])),
          fc.constantFrom(...f.choices),
        );
      case "village":
        return fc.oneof(
          fc.constantFrom(...VILLAGES),
          fc.constantFrom("73.09.03.9999", "7309032001", "73.01.01.2001", "99.99"),
        );
      case "nik":
      case "kk":
        return fc.oneof(
          fc
            .tuple(
              fc.constantFrom("730903", "530101", "739999", "990101"),
              fc.integer({ min: 1, max: 75 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 99 }),
              fc.integer({ min: 0, max: 9999 }),
            )
            .map(
              ([area, d, m, y, s]) =>
                [area, d, m, y].map((n, i) => (i === 0 ? n : String(n).padStart(2, "0"))).join("") +
                String(s).padStart(4, "0"),
            ),
          fc.constantFrom("7309 0345 0591 0001", "12345", "73090345059100O1", 7309034505910001),
        );
      case "person_ref":
        return fc.constantFrom("row-1", "a b", "x".repeat(70), "3f2a-77");
    }
  })();
  return fc.oneof(
    { arbitrary: good, weight: 6 },
    { arbitrary: blank, weight: 2 },
    { arbitrary: junk, weight: 1 },
  );
}

/** A value the field itself accepts (rules between fields may still object). */
function goodArb(f: FieldSpec): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case "text":
      return fc.constantFrom("Siti", "Jl. Mawar 3", "catatan");
    case "date":
      return fc
        .date({ min: new Date("1950-01-01"), max: new Date("2025-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "integer":
      return fc.integer({ min: f.min, max: Math.min(f.max, f.min + 90) });
    case "choice":
      return fc.constantFrom(...f.choices);
    case "multi":
      return fc.subarray([...f.choices], { minLength: 1, maxLength: 2 });
    case "village":
      return fc.constantFrom(...VILLAGES.slice(0, 3));
    case "nik":
    case "kk":
      return fc
        .tuple(
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 60, max: 99 }),
        )
        .map(
          ([d, m, y]) => `730903${[d, m, y].map((n) => String(n).padStart(2, "0")).join("")}0001`,
        );
    case "person_ref":
      return fc.constant("row-1");
  }
}

function recordArb(spec: FormSpec): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(spec.fields.map((f) => [f.key, valueArb(f)]));
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.option(fc.constantFrom("unknown_key", "Nama"), { freq: 8 }),
    )
    .map(([values, extra]) => (extra ? { ...values, [extra]: "x" } : values));
}

const goodRecordArb = (spec: FormSpec) =>
  fc.record(Object.fromEntries(spec.fields.map((f) => [f.key, goodArb(f)])));

/**
 * The record with each wrong field given a good value or, failing that, taken out, a few times
 * over: random records are seldom valid, and the comparison must cover valid ones (with their
 * warnings) as much as invalid ones.
 */
function repaired(
  raw: Record<string, unknown>,
  good: Record<string, unknown>,
  check: (r: Record<string, unknown>) => { ok: boolean; errors: { field: string }[] },
): Record<string, unknown> {
  const out = { ...raw };
  for (let i = 0; i < 6; i++) {
    const r = check(out);
    if (r.ok) break;
    for (const e of r.errors) {
      if (out[e.field] !== good[e.field] && e.field in good) out[e.field] = good[e.field];
      else delete out[e.field];
    }
  }
  return out;
}

// Hundreds of random records per form, each validated twice: more than the default 5 s on a busy machine.
describe.each(FORM_IDS)("validation of the %s form", { timeout: 60_000 }, (form) => {
  const spec = getFormSpec(form);
  const contexts = [false, true].map((own) => {
    const ctx = { today: TODAY, villages: own ? VILLAGES.slice(0, 3) : undefined };
    return {
      ctx,
      before: reference.formSchema(spec, ctx),
      now: formValidator(spec, ctx),
    };
  });

  it("gives the same result as before on random records, valid and invalid", () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        recordArb(spec),
        goodRecordArb(spec),
        fc.constantFrom("id", "en"),
        fc.boolean(),
        (raw, good, lang, own) => {
          const { ctx, before, now } = contexts[own ? 1 : 0] as (typeof contexts)[number];
          const fixed = repaired(raw, good, (r) =>
            reference.validateRecord(spec, r, ctx, "id", before),
          );
          for (const record of [raw, fixed]) {
            const expected = reference.validateRecord(spec, record, ctx, lang, before);
            expect(validateRecord(spec, record, ctx, lang, now)).toEqual(expected);
            // A report's quick check agrees with the full one.
            expect(validValues(now, record)).toEqual(expected.ok ? expected.value : undefined);
            if (expected.ok) valid++;
            else invalid++;
          }
        },
      ),
      { numRuns: 400 },
    );
    // Both outcomes were compared many times over.
    expect(valid).toBeGreaterThan(50);
    expect(invalid).toBeGreaterThan(50);
  });

  it("answers the record check as before: the fields it does not receive, and blanks, passed over", () => {
    const checkSpec = checkSpecOf(spec);
    const ctx = { today: TODAY, villages: VILLAGES.slice(0, 3) };
    const before = reference.formSchema(checkSpec, ctx);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(recordArb(spec), fc.constantFrom("", "  ", null, "x")), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom("id", "en"),
        (pairs, lang) => {
          // Some records carry a blank (or not) under a key no form has.
          const records = pairs.map(([values, extra], i) => ({
            id: `r${i}`,
            values: i % 2 ? { ...values, not_a_field: extra } : values,
          }));
          const expected = records.map(({ id, values }) => {
            const r = reference.validateRecord(
              checkSpec,
              valuesForCheck(spec, values),
              ctx,
              lang,
              before,
            );
            return { id, ok: r.ok, errors: r.errors, warnings: r.warnings };
          });
          expect(
            checkRecords(form, records, { lang, today: TODAY, villages: ctx.villages }),
          ).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
