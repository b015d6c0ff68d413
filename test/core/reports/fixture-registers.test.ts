// The committed fixture register (scripts/gen-report-fixture.ts): every case, service and proposal table equals counts made here with plain loops.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { personForm } from "../../../core/forms/person.ts";
import { personsById } from "../../../core/reports/service-person.ts";
import { cross, list, run } from "./support.ts";

type Row = Record<string, unknown>;
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../fixtures/registers.json"), "utf8"),
) as {
  today: string;
  villages: string[];
  persons: Row[];
  cases: Row[];
  services: Row[];
  proposals: Row[];
};
const { villages } = fixture;

/** Every combination of the parts (one value list per dimension), counted `weight` times. */
function tally(
  rows: Row[],
  parts: (r: Row) => (string[] | undefined)[],
  weight?: (r: Row) => number,
) {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const lists = parts(r);
    if (lists.some((l) => l === undefined || l.length === 0)) continue;
    let keys = [""];
    for (const l of lists as string[][]) {
      const next: string[] = [];
      for (const k of keys) for (const v of l) next.push(k === "" ? v : `${k}|${v}`);
      keys = next;
    }
    const w = weight ? weight(r) : 1;
    for (const k of keys) out[k] = (out[k] ?? 0) + w;
  }
  for (const k of Object.keys(out)) if (out[k] === 0) delete out[k];
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
const one = (v: unknown) => (v === undefined || v === "" ? undefined : [String(v)]);
const many = (v: unknown) => (Array.isArray(v) && v.length ? (v as string[]) : undefined);
const orNone = (v: string[] | undefined) => v ?? ["_none"];
const asList = (v: unknown) => (typeof v === "string" ? [v] : many(v));
function simfoni(age: number): string {
  if (age <= 5) return "0-5";
  if (age <= 12) return "6-12";
  if (age <= 17) return "13-17";
  if (age <= 24) return "18-24";
  if (age <= 44) return "25-44";
  if (age <= 59) return "45-59";
  return "60+";
}
const days = (a: string, b: string) =>
  Math.round(
    (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) -
      Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) /
      86_400_000,
  );
function dayBand(d: number): string {
  if (d <= 7) return "0-7";
  if (d <= 30) return "8-30";
  if (d <= 90) return "31-90";
  return "91+";
}
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

describe("fixture registers", () => {
  it("is as large as issue 8 asks, and every row is valid", () => {
    expect(fixture.persons.length).toBeGreaterThanOrEqual(300);
    expect(fixture.cases.length).toBeGreaterThanOrEqual(60);
    expect(fixture.services.length).toBeGreaterThanOrEqual(120);
    expect(fixture.proposals.length).toBeGreaterThanOrEqual(20);
    for (const [form, rows] of [
      ["case", fixture.cases],
      ["service", fixture.services],
      ["proposal", fixture.proposals],
    ] as const)
      expect(run(form, rows, { villages }).invalid, form).toBe(0);
    const persons = fixture.persons.map(({ id: _id, ...raw }) => raw);
    expect(run("person", persons, { villages }).invalid).toBe(0);
  });

  describe("case tables", () => {
    const report = run("case", fixture.cases, { villages });
    const cs = fixture.cases;
    const sex = (r: Row) => [String(r.victim_sex)];
    const ca = (r: Row) => [(r.victim_age as number) < 18 ? "child" : "adult"];
    const byRow = (rows: (r: Row) => string[] | undefined) =>
      tally(cs, (r) => [rows(r), sex(r), ca(r)]);
    const expected: Record<string, Record<string, number>> = {
      violence_sex_age: byRow((r) => many(r.violence_forms)),
      status_sex_age: byRow((r) => one(r.status)),
      referral_sex_age: byRow((r) => orNone(many(r.referred_to))),
      service_sex_age: byRow((r) => orNone(many(r.services))),
      place_sex_age: byRow((r) => orNone(one(r.place))),
      relation_sex_age: byRow((r) => orNone(many(r.perpetrator_relation))),
      disability_sex_age: byRow((r) => orNone(one(r.victim_disability))),
      village_sex_age: byRow((r) => one(r.village)),
      month_sex_age: byRow((r) => [String(r.report_date).slice(0, 7)]),
      victim_age_sex: tally(cs, (r) => [[simfoni(r.victim_age as number)], sex(r)]),
      violence_relation: tally(cs, (r) => [
        many(r.violence_forms),
        orNone(many(r.perpetrator_relation)),
      ]),
      violence_place: tally(cs, (r) => [many(r.violence_forms), orNone(one(r.place))]),
      perpetrator_sex_age: tally(cs, (r) => [
        orNone(one(r.perpetrator_age_band)),
        orNone(one(r.perpetrator_sex)),
      ]),
      child_disability_violence: tally(
        cs.filter((r) => r.victim_disability === "yes" && (r.victim_age as number) < 18),
        (r) => [many(r.violence_forms), sex(r)],
      ),
      referral_days_sex_age: byRow((r) => [
        r.referral_date
          ? dayBand(days(String(r.report_date), String(r.referral_date)))
          : "not_referred",
      ]),
      closure_days_sex_age: byRow((r) => [
        r.closure_date ? dayBand(days(String(r.report_date), String(r.closure_date))) : "open",
      ]),
    };

    it.each(Object.keys(expected))("%s", (id) => {
      expect(cross(report, id).nonZero()).toEqual(expected[id]);
    });

    it("covers every cross-table of the case report", () => {
      const ids = report.tables.filter((t) => t.kind === "cross").map((t) => t.def.id);
      expect(ids.sort()).toEqual(Object.keys(expected).sort());
    });

    it("durations: medians and cases open over 30 days", () => {
      const toRef: number[] = [];
      const toClo: number[] = [];
      let open = 0;
      for (const r of cs) {
        const from = String(r.report_date);
        if (r.referral_date) toRef.push(days(from, String(r.referral_date)));
        if (r.closure_date) toClo.push(days(from, String(r.closure_date)));
        else if (days(from, fixture.today) > 30) open++;
      }
      expect(list(report, "durations").rows.map((x) => x.values)).toEqual([
        [toRef.length, median(toRef)],
        [toClo.length, median(toClo)],
        [open, null],
      ]);
    });
  });

  describe("service tables, joined to the persons", () => {
    const persons = personsById(
      personForm,
      fixture.persons.map(({ id, ...raw }) => ({ id: String(id), raw })),
      fixture.today,
    );
    const report = run("service", fixture.services, { villages, persons });
    const ss = fixture.services;
    const byId = new Map(fixture.persons.map((p) => [String(p.id), p]));
    const person = (r: Row) => byId.get(String(r.person_id));
    const status = (r: Row) => [String(r.status)];
    const personPart = (key: string) => (r: Row) => {
      const p = person(r);
      if (!p) return ["_not_found"];
      return orNone(asList(p[key]));
    };
    const expected: Record<string, Record<string, number>> = {
      kind_item_status: tally(ss, (r) => [
        [`${r.kind}/${r.item === undefined ? "_none" : r.item}`],
        status(r),
      ]),
      person_sex_status: tally(ss, (r) => [personPart("sex")(r), status(r)]),
      person_age_status: tally(ss, (r) => {
        const p = person(r);
        return [p ? [simfoni(p.age_years as number)] : undefined, status(r)];
      }),
      person_category_status: tally(ss, (r) => [personPart("categories")(r), status(r)]),
      person_village_status: tally(ss, (r) => [personPart("village")(r), status(r)]),
    };

    it.each(Object.keys(expected))("%s", (id) => {
      expect(cross(report, id).nonZero()).toEqual(expected[id]);
    });

    it("covers every cross-table of the service report", () => {
      const ids = report.tables.filter((t) => t.kind === "cross").map((t) => t.def.id);
      expect(ids.sort()).toEqual(Object.keys(expected).sort());
    });

    it("per agency type: requests, done, rejected, open, share and median days", () => {
      const kinds = [
        "dukcapil",
        "dinas_sosial",
        "puskesmas_dinkes",
        "bpjs",
        "uptd_ppa",
        "pemerintah_desa",
        "lainnya",
        undefined,
      ];
      const rows = kinds.map((k) => {
        const of = ss.filter((r) => r.agency_kind === k);
        const done = of.filter((r) => r.status === "selesai");
        const rejected = of.filter((r) => r.status === "ditolak").length;
        return [
          of.length,
          done.length,
          rejected,
          of.length - done.length - rejected,
          of.length ? done.length / of.length : null,
          median(done.map((r) => days(String(r.request_date), String(r.done_date)))),
        ];
      });
      expect(list(report, "agency_kind").rows.map((x) => x.values)).toEqual(rows);
    });
  });

  describe("proposal tables", () => {
    const report = run("proposal", fixture.proposals, { villages });
    const ps = fixture.proposals;
    const expected: Record<string, Record<string, number>> = {
      status_forum: tally(ps, (r) => [one(r.status), one(r.forum)]),
      group_status: tally(ps, (r) => [many(r.groups), one(r.status)]),
      amounts: (() => {
        const out: Record<string, number> = {};
        for (const r of ps)
          for (const k of ["amount_proposed", "amount_approved"]) {
            const v = typeof r[k] === "number" ? (r[k] as number) : 0;
            if (v) out[`${r.status}|${k}`] = (out[`${r.status}|${k}`] ?? 0) + v;
          }
        return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
      })(),
      people: tally(
        ps,
        (r) => [one(r.status), one(r.forum)],
        (r) => (typeof r.people === "number" ? r.people : 0),
      ),
    };

    it.each(Object.keys(expected))("%s", (id) => {
      expect(cross(report, id).nonZero()).toEqual(expected[id]);
    });

    it("covers every table of the proposal report", () => {
      expect(report.tables.map((t) => t.def.id).sort()).toEqual(Object.keys(expected).sort());
    });
  });
});
