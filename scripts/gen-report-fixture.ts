// Writes test/fixtures/registers.json: a seeded, deterministic register fixture (persons, cases, services, proposals) with blanks, every band and several villages. Run: npx tsx scripts/gen-report-fixture.ts && npx biome format --write test/fixtures/registers.json
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PERPETRATOR_AGE_BANDS } from "../core/forms/case.ts";
import { getFormSpec } from "../core/forms/index.ts";
import { SERVICE_ITEMS } from "../core/forms/service.ts";
import { choiceField } from "../core/reports/definition.ts";

/** mulberry32: a small seeded PRNG, so the fixture is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(20261206);
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const maybe = <T>(p: number, v: () => T): T | undefined => (rand() < p ? v() : undefined);
const some = <T>(xs: readonly T[], max: number): T[] => {
  const n = int(1, max);
  return [...new Set(Array.from({ length: n }, () => pick(xs)))];
};
const pad = (n: number) => String(n).padStart(2, "0");
/** A date in 2026 up to the fixture's today (2026-11-27), `from` days after a start. */
const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const TODAY = "2026-11-27";
const dateIn2026 = () => `2026-${pad(int(1, 11))}-${pad(int(1, 27))}`;
const capped = (iso: string) => (iso > TODAY ? TODAY : iso);

export const VILLAGES = ["73.09.03.2004", "73.09.03.2005", "73.09.03.2006"];

const choices = (form: "person" | "case" | "proposal", key: string) =>
  choiceField(getFormSpec(form), key).choices;

function persons(n: number) {
  const cats = choices("person", "categories");
  return Array.from({ length: n }, (_, i) => {
    const age = i < 14 ? [0, 5, 6, 12, 13, 17, 18, 24, 25, 44, 45, 59, 60, 101][i] : int(0, 95);
    const sex = pick(["L", "P"]);
    return {
      id: `w-${i + 1}`,
      full_name: `Warga ${i + 1}`,
      sex,
      age_years: age,
      village: pick(VILLAGES),
      categories: maybe(0.85, () =>
        some(
          cats.filter((c) => c !== "woman_head_of_household" || sex === "P"),
          3,
        ),
      ),
      consent_by: (age as number) < 18 ? "parent" : "self",
      consent_date: "2026-01-10",
    };
  });
}

function cases(n: number) {
  const forms = choices("case", "violence_forms");
  const relations = choices("case", "perpetrator_relation");
  const places = choices("case", "place");
  const services = choices("case", "services");
  const statuses = choices("case", "status");
  return Array.from({ length: n }, (_, i) => {
    const report = dateIn2026();
    const incident = maybe(0.8, () => addDays(report, -int(0, 20)));
    const referral = maybe(0.6, () => capped(addDays(report, int(0, 120))));
    const closure = maybe(0.5, () => capped(addDays(referral ?? report, int(0, 120))));
    const status = referral ? "dirujuk" : pick(statuses.filter((s) => s !== "dirujuk"));
    return {
      report_date: report,
      incident_date: incident && incident < "2026-01-01" ? undefined : incident,
      referral_date: referral,
      closure_date: closure,
      village: pick(VILLAGES),
      person_id: maybe(0.3, () => `w-${int(1, 40)}`),
      victim_sex: pick(["L", "P"]),
      victim_age: i < 14 ? [0, 5, 6, 12, 13, 17, 18, 24, 25, 44, 45, 59, 60, 88][i] : int(0, 80),
      victim_disability: maybe(0.8, () => pick(["yes", "no", "unknown"])),
      violence_forms: some(forms, 3),
      place: maybe(0.8, () => pick(places)),
      perpetrator_relation: maybe(0.85, () => some(relations, 2)),
      perpetrator_sex: maybe(0.85, () => pick(["L", "P"])),
      perpetrator_age_band: maybe(0.85, () => pick(PERPETRATOR_AGE_BANDS)),
      services: maybe(0.8, () => some(services, 3)),
      referred_to: referral ? ["uptd_ppa"] : undefined,
      status,
    };
  });
}

function services(n: number, people: number) {
  const kinds = Object.keys(SERVICE_ITEMS) as (keyof typeof SERVICE_ITEMS)[];
  const agencies = choiceField(getFormSpec("service"), "agency_kind").choices;
  return Array.from({ length: n }, () => {
    const kind = pick(kinds);
    const items = SERVICE_ITEMS[kind] as readonly string[];
    const request = dateIn2026();
    const status = pick(["diajukan", "diproses", "selesai", "ditolak"]);
    const ended = status === "selesai" || status === "ditolak";
    return {
      request_date: request,
      // A few ids that are not in the person register.
      person_id: rand() < 0.05 ? `w-x${int(1, 9)}` : `w-${int(1, people)}`,
      kind,
      item: items.length ? pick(items) : undefined,
      agency_kind: maybe(0.8, () => pick(agencies)),
      status,
      done_date: ended ? capped(addDays(request, int(0, 90))) : undefined,
    };
  });
}

function proposals(n: number) {
  const groups = choices("proposal", "groups");
  return Array.from({ length: n }, (_, i) => {
    const status = pick(choices("proposal", "status"));
    const proposed = maybe(0.8, () => int(1, 100) * 1_000_000);
    return {
      title: `Usulan ${i + 1}`,
      village: pick(VILLAGES),
      groups: some(groups, 3),
      people: maybe(0.85, () => int(1, 80)),
      forum: pick(choices("proposal", "forum")),
      document:
        status === "didanai" || status === "terlaksana"
          ? pick(choices("proposal", "document"))
          : maybe(0.3, () => pick(choices("proposal", "document"))),
      forum_date: dateIn2026(),
      plan_year: maybe(0.7, () => int(2026, 2028)),
      amount_proposed: proposed,
      amount_approved:
        proposed !== undefined && (status === "didanai" || status === "terlaksana")
          ? Math.min(proposed, int(1, 100) * 1_000_000)
          : undefined,
      status,
    };
  });
}

const PEOPLE = 320;
const fixture = {
  today: TODAY,
  villages: VILLAGES,
  persons: persons(PEOPLE),
  cases: cases(72),
  services: services(150, PEOPLE),
  proposals: proposals(24),
};
const drop = (o: object) => JSON.parse(JSON.stringify(o));
writeFileSync(
  resolve(import.meta.dirname, "../test/fixtures/registers.json"),
  `${JSON.stringify(drop(fixture), null, 1)}\n`,
);
console.log(
  `persons ${fixture.persons.length}, cases ${fixture.cases.length}, services ${fixture.services.length}, proposals ${fixture.proposals.length}`,
);
