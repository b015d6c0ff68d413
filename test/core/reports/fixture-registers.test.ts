// The committed fixture register (scripts/gen-report-fixture.ts): every person (in every age band scheme), case, service and proposal table equals counts made here with plain loops.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AGE_BAND_SCHEMES, type AgeBandScheme } from "../../../core/age-bands.ts";
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

/** Age on the fixture's today: exact from the birth date, else the recorded age. */
function ageOf(p: Row): number {
  if (typeof p.birth_date === "string") {
    const b = p.birth_date;
    const t = fixture.today;
    return Number(t.slice(0, 4)) - Number(b.slice(0, 4)) - (b.slice(5) > t.slice(5) ? 1 : 0);
  }
  return p.age_years as number;
}
/** Every band scheme, written out here from its source (see docs/domain-rules.md), not taken from core/age-bands.ts. */
const BANDS: Record<AgeBandScheme, (a: number) => string> = {
  simfoni,
  opensid: (a) =>
    a < 1
      ? "<1"
      : a <= 5
        ? "1-5"
        : a <= 12
          ? "6-12"
          : a <= 15
            ? "13-15"
            : a <= 18
              ? "16-18"
              : a <= 60
                ? "19-60"
                : ">60",
  opensid_five_year: (a) =>
    a < 1 ? "<1" : a <= 4 ? "1-4" : a >= 75 ? "75+" : `${a - (a % 5)}-${a - (a % 5) + 4}`,
  life_stage: (a) => (a < 18 ? "0-17" : a < 60 ? "18-59" : "60+"),
};
/** Categories with child (under 18) and elderly (60 and over) by age, whatever was ticked. */
function categoriesOf(p: Row): string[] {
  const ticked = ((p.categories as string[] | undefined) ?? []).filter(
    (c) => c !== "child" && c !== "elderly",
  );
  const age = ageOf(p);
  if (age < 18) ticked.push("child");
  if (age >= 60) ticked.push("elderly");
  return ticked;
}
const WG = [
  "wg_seeing",
  "wg_hearing",
  "wg_walking",
  "wg_cognition",
  "wg_selfcare",
  "wg_communication",
];
/** Washington Group status: not applicable under 5; a disability at "3" or "4" in any domain. */
function wgOf(p: Row): string {
  if (ageOf(p) < 5) return "not_applicable";
  const answers = WG.map((k) => p[k]).filter((a) => typeof a === "string");
  if (!answers.length) return "not_asked";
  if (answers.some((a) => a === "3" || a === "4")) return "disability";
  return answers.length === WG.length ? "no_disability" : "incomplete";
}
const ticked = (p: Row, c: string) => ((p.categories as string[] | undefined) ?? []).includes(c);
const disabledOf = (p: Row) => ticked(p, "disability") || wgOf(p) === "disability";
/** Documents the age needs and the row lacks (akta under 18, KTP-el from 17, KK for all); blank is belum didata. */
function missingOf(p: Row): string[] {
  const held = (p.documents as string[] | undefined) ?? [];
  if (!held.length) return ["_not_recorded"];
  const age = ageOf(p);
  const out: string[] = [];
  if (age < 18 && !held.includes("akta_kelahiran")) out.push("akta_kelahiran");
  if (age >= 17 && !held.includes("ktp_el")) out.push("ktp_el");
  if (!held.includes("kk")) out.push("kk");
  return out;
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

  it("holds the person rows the counting rules are about", () => {
    const ps = fixture.persons;
    const has = (f: (p: Row) => boolean) => ps.filter(f).length;
    // Derived anak/lansia that differ from the ticks, both ways.
    expect(has((p) => ageOf(p) >= 60 && !ticked(p, "elderly"))).toBeGreaterThan(0);
    expect(has((p) => ageOf(p) < 60 && ticked(p, "elderly"))).toBeGreaterThan(0);
    expect(has((p) => ageOf(p) < 18 && !ticked(p, "child"))).toBeGreaterThan(0);
    expect(has((p) => ageOf(p) >= 18 && ticked(p, "child"))).toBeGreaterThan(0);
    // A birth date next to a recorded age that disagrees: the birth date wins.
    expect(
      has(
        (p) =>
          typeof p.birth_date === "string" && p.age_years !== undefined && p.age_years !== ageOf(p),
      ),
    ).toBeGreaterThan(0);
    expect(
      has((p) => ageOf(p) < 5 && WG.some((k) => p[k] === "3" || p[k] === "4")),
    ).toBeGreaterThan(0);
    for (const k of ["documents", "assistance"]) {
      expect(
        has((p) => p[k] === undefined),
        `${k} blank`,
      ).toBeGreaterThan(0);
      expect(
        has((p) => (p[k] as string[] | undefined)?.[0] === "none"),
        `${k} none`,
      ).toBeGreaterThan(0);
    }
    for (const k of ["dusun", "rt", "rw", "health_insurance", "dtsen", "consent_method"]) {
      expect(
        has((p) => p[k] === undefined),
        `${k} blank`,
      ).toBeGreaterThan(0);
      expect(
        has((p) => p[k] !== undefined),
        `${k} filled`,
      ).toBeGreaterThan(0);
    }
    expect(has((p) => p.health_insurance === "none")).toBeGreaterThan(0);
    expect(has((p) => p.assistive_devices_held !== undefined)).toBeGreaterThan(0);
    expect(has((p) => p.accommodation_held !== undefined)).toBeGreaterThan(0);
    expect(has((p) => p.sex_differs_confirmed === "yes")).toBeGreaterThan(0);
    expect(has((p) => p.married_child_consent_confirmed === "yes")).toBeGreaterThan(0);
  });

  describe.each(AGE_BAND_SCHEMES)("person tables, %s age bands", (scheme) => {
    const ps = fixture.persons;
    const report = run(
      "person",
      ps.map(({ id: _id, ...raw }) => raw),
      { villages, bands: scheme },
    );
    const band = (p: Row) => [BANDS[scheme](ageOf(p))];
    const sex = (p: Row) => [String(p.sex)];
    const village = (p: Row) => [String(p.village)];
    const cats = (p: Row) => orNone(many(categoriesOf(p)));
    const target = (p: Row) => [
      ...(ticked(p, "poor_household") ? ["poor_household"] : []),
      ...(disabledOf(p) ? ["disability"] : []),
    ];
    const eligible = (p: Row) => {
      const c = categoriesOf(p);
      return ["poor_household", "disability", "elderly", "woman_head_of_household"].filter((g) =>
        g === "disability" ? disabledOf(p) : c.includes(g),
      );
    };
    const assistanceStatus = (p: Row) => {
      const a = (p.assistance as string[] | undefined) ?? [];
      return [a.length === 0 ? "not_recorded" : a.includes("none") ? "none" : "receives"];
    };
    const dusun = (p: Row) => {
      const d = typeof p.dusun === "string" ? p.dusun.trim() : "";
      return [d === "" ? "_not_recorded" : d];
    };
    const expected: Record<string, Record<string, number>> = {
      village_sex_age: tally(ps, (p) => [village(p), sex(p), band(p)]),
      category_sex: tally(ps, (p) => [cats(p), sex(p)]),
      disability_type_sex: tally(
        ps.filter((p) => ticked(p, "disability")),
        (p) => [orNone(many(p.disability_types)), sex(p)],
      ),
      wg_status_sex: tally(ps, (p) => [[wgOf(p)], sex(p)]),
      wg_domain_sex: (() => {
        const out: Record<string, number> = {};
        for (const p of ps) {
          if (wgOf(p) === "not_applicable") continue;
          for (const k of WG) {
            if (typeof p[k] !== "string") continue;
            const key = `${k}|${p.sex}|${p[k]}`;
            out[key] = (out[key] ?? 0) + 1;
          }
        }
        return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
      })(),
      missing_document_sex_age: tally(ps, (p) => [missingOf(p), sex(p), band(p)]),
      assistance_target_sex: tally(ps, (p) => [orNone(many(p.assistance)), target(p), sex(p)]),
      dtsen_target_sex: tally(ps, (p) => [orNone(one(p.dtsen)), target(p), sex(p)]),
      category_village: tally(ps, (p) => [cats(p), village(p)]),
      category_dusun: tally(ps, (p) => [cats(p), dusun(p)]),
      category_age: tally(ps, (p) => [cats(p), band(p)]),
      missing_document_category_village: tally(ps, (p) => [missingOf(p), cats(p), village(p)]),
      assistance_status_eligible: tally(ps, (p) => [assistanceStatus(p), eligible(p), sex(p)]),
      dtsen_category: tally(ps, (p) => [orNone(one(p.dtsen)), cats(p)]),
      health_insurance_category: tally(ps, (p) => [orNone(one(p.health_insurance)), cats(p)]),
      device_needed_village: tally(ps, (p) => [many(p.assistive_devices_needed), village(p)]),
      accommodation_needed_village: tally(ps, (p) => [many(p.accommodation_needed), village(p)]),
    };

    it.each(Object.keys(expected))("%s", (id) => {
      expect(cross(report, id).nonZero()).toEqual(expected[id]);
    });

    it("covers every table of the person report", () => {
      expect(report.tables.map((t) => t.def.id).sort()).toEqual(Object.keys(expected).sort());
    });
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
        return [p ? [simfoni(ageOf(p))] : undefined, status(r)];
      }),
      // Child and elderly by age, as in the person tables.
      person_category_status: tally(ss, (r) => {
        const p = person(r);
        return [p ? orNone(many(categoriesOf(p))) : ["_not_found"], status(r)];
      }),
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
