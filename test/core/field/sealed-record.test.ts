// What the sheet accepts inside a sealed box (and the phone checks before sealing): each rule of the record and its person lookup.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sealedRecordSchema } from "../../../core/field/sealed-record.ts";

const ok = {
  v: 1,
  id: "rec-phone-001",
  form: "case",
  saved_at: "2026-11-27T03:00:00.000Z",
  values: { note: "x", n: 3, tags: ["a", "b"], none: null },
  person: { nik: "7309034509900001" },
};

/** Good and broken records; each is checked for acceptance and, when refused, every issue's code and path. */
const records: unknown[] = [
  ok,
  { ...ok, person: undefined },
  { ...ok, extra: 1 },
  { ...ok, v: 2 },
  { ...ok, id: "short" },
  { ...ok, form: "nope" },
  { ...ok, saved_at: "2026-11-27" },
  { ...ok, saved_at: "2026-11-27T11:00:00+08:00" },
  { ...ok, values: [] },
  { ...ok, values: { ["k".repeat(65)]: "x" } },
  { ...ok, values: { a: "x".repeat(4001) } },
  { ...ok, values: { a: "x".repeat(4000) } },
  { ...ok, values: { a: true } },
  { ...ok, values: { a: { b: 1 } } },
  { ...ok, values: { a: Array.from({ length: 51 }, () => "x") } },
  { ...ok, values: { a: ["x".repeat(201)] } },
  { ...ok, values: { a: [1] } },
  { ...ok, person: {} },
  { ...ok, person: { nik: 7309034509900001 } },
  { ...ok, person: { nik: "1".repeat(33) } },
  { ...ok, person: { full_name: "A".repeat(121), village: "73.09.03.2004" } },
  { ...ok, person: { full_name: "Ana", birth_date: "2001-01-011", village: "73.09.03.20041" } },
  { ...ok, person: { full_name: "Ana", age_years: 40, village: "73.09.03.2004" } },
  { ...ok, person: { age_years: 40.5 } },
  { ...ok, person: { age_years: -1 } },
  { ...ok, person: { age_years: 131 } },
  { ...ok, person: { age_years: "40" } },
  { ...ok, person: { age_years: 2 ** 60 } },
  { ...ok, person: { nik: "1", other: 2 } },
  { ...ok, person: null },
  null,
  "record",
  {},
];

// Recorded from the contract on classic zod: a change of its schema library must not change them.
/** Long strings as their length, so the recorded file stays readable. */
const short = (_: string, v: unknown) =>
  typeof v === "string" && v.length > 80 ? `<${v.length} characters>` : v;

describe("sealedRecordSchema", () => {
  it("accepts and refuses each record as recorded", () => {
    const got = records.map((r) => {
      const res = sealedRecordSchema.safeParse(r);
      return res.success
        ? { ok: true, data: res.data }
        : { ok: false, issues: res.error.issues.map((i) => ({ code: i.code, path: i.path })) };
    });
    const recorded = JSON.parse(
      readFileSync(new URL("./sealed-record.outcomes.json", import.meta.url), "utf8"),
    );
    expect(JSON.parse(JSON.stringify(got, short))).toEqual(recorded);
  });
});
