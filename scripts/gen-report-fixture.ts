// Writes test/fixtures/registers.json: a seeded, deterministic register fixture (persons, cases, services, proposals) with blanks, every band and several villages. Run: npx tsx scripts/gen-report-fixture.ts && npx biome format --write test/fixtures/registers.json
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PERPETRATOR_AGE_BANDS } from "../core/forms/case.ts";
import { getFormSpec } from "../core/forms/index.ts";
import { WG_FIELDS } from "../core/forms/person.ts";
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

/** Age in whole years on TODAY from a birth date (the fixture test recomputes it its own way). */
const ageOnToday = (birth: string) =>
  Number(TODAY.slice(0, 4)) - Number(birth.slice(0, 4)) - (birth.slice(5) > TODAY.slice(5) ? 1 : 0);
/** A birth date that makes the person `age` on TODAY. */
const birthFor = (age: number) => {
  const born = addDays(TODAY, -int(0, 364));
  return `${Number(born.slice(0, 4)) - age}${born.slice(4)}`;
};
/** A NIK of district 73.09.03 for a birth date and sex (women: day + 40), serial by row. */
const nikFor = (birth: string, sex: string, serial: number) => {
  const day = Number(birth.slice(8, 10)) + (sex === "P" ? 40 : 0);
  return `730903${pad(day)}${birth.slice(5, 7)}${birth.slice(2, 4)}${String(serial).padStart(4, "0")}`;
};
const DUSUN = ["Dusun Bontoa", "Dusun Tamalanrea", "Lingkungan Kassi", " Dusun Bontoa "];
const rtRw = () => String(int(1, 6)).padStart(3, "0");

/**
 * Persons as a village records them: an exact birth date for some, an estimated age for others;
 * ticks for child and elderly that usually, not always, match the age (72 and 101 without the tick,
 * 50 with it); WG answers even under 5; blanks (belum didata) next to explicit "none" answers.
 */
function persons(n: number) {
  const cats = choices("person", "categories").filter((c) => c !== "child" && c !== "elderly");
  const disabilityTypes = choices("person", "disability_types");
  const docs = choices("person", "documents").filter((d) => d !== "none");
  const assistance = choices("person", "assistance").filter((d) => d !== "none");
  const devices = choices("person", "assistive_devices_needed");
  const accommodation = choices("person", "accommodation_needed");
  const fixedAges = [0, 5, 6, 12, 13, 17, 18, 24, 25, 44, 45, 59, 60, 101, 72, 3, 4, 1, 16, 61];
  return Array.from({ length: n }, (_, i) => {
    const age = i < fixedAges.length ? (fixedAges[i] as number) : int(0, 95);
    const sex = pick(["L", "P"]);
    const exact = rand() < 0.45;
    const birth = exact ? birthFor(age) : undefined;
    // Now and then an estimated age kept next to the birth date, off by a year or two: the date wins.
    const recorded = !exact ? age : maybe(0.2, () => Math.max(0, age + pick([-2, -1, 1, 2])));
    const realAge = birth ? ageOnToday(birth) : age;
    const ticks = maybe(0.9, () =>
      some(
        cats.filter((c) => c !== "woman_head_of_household" || sex === "P"),
        3,
      ),
    );
    let categories = ticks ? [...ticks] : [];
    // Ticks for child and elderly as volunteers give them: mostly right, sometimes missing or wrong.
    if (i === 13 || i === 14) categories = categories.filter((c) => c !== "elderly");
    else if (rand() < 0.75) {
      if (realAge < 18) categories.push("child");
      if (realAge >= 60) categories.push("elderly");
    }
    if (rand() < 0.06) categories.push(pick(["child", "elderly"]));
    categories = [...new Set(categories)];
    const disabled = categories.includes("disability");
    // The Short Set: complete, partly answered or not asked; also asked (wrongly) of some under-5s.
    const wgMode = rand();
    const wg: Record<string, string> = {};
    if (wgMode < 0.55 || (realAge < 5 && wgMode < 0.8)) {
      for (const k of WG_FIELDS) {
        if (wgMode < 0.1 && rand() < 0.4) continue;
        wg[k] = disabled && rand() < 0.5 ? pick(["3", "4"]) : pick(["1", "1", "1", "2", "3"]);
      }
    }
    const docMode = rand();
    const assistMode = rand();
    const child = realAge < 18;
    // Row 19 (aged 16) is a married child who gave their own consent.
    const married = i === 18 ? "yes" : maybe(child ? 0.15 : 0.5, () => pick(["yes", "no"]));
    // A married child may give her own consent once the warning is confirmed.
    const consentBy =
      i === 18
        ? "self"
        : child && married === "yes"
          ? pick(["self", "parent"])
          : child
            ? pick(["parent", "guardian"])
            : rand() < 0.05
              ? "parent"
              : pick(["self", "self", "self", "guardian"]);
    const nikSex = rand() < 0.04 ? (sex === "L" ? "P" : "L") : sex;
    const nik = birth && rand() < 0.7 ? nikFor(birth, nikSex, i + 1) : undefined;
    return {
      id: `w-${i + 1}`,
      full_name: `Warga ${i + 1}`,
      nik,
      sex,
      sex_differs_confirmed: nik && nikSex !== sex ? "yes" : undefined,
      birth_date: birth,
      age_years: recorded,
      village: pick(VILLAGES),
      dusun: maybe(0.85, () => pick(DUSUN)),
      rt: maybe(0.8, rtRw),
      rw: maybe(0.75, rtRw),
      address: maybe(0.5, () => `Jl. Poros No. ${int(1, 120)}`),
      categories: categories.length ? categories : undefined,
      disability_types: disabled ? maybe(0.85, () => some(disabilityTypes, 2)) : undefined,
      assistive_devices_held: disabled ? maybe(0.5, () => some(devices, 2)) : undefined,
      assistive_devices_needed: disabled ? maybe(0.7, () => some(devices, 2)) : undefined,
      accommodation_held: disabled ? maybe(0.3, () => some(accommodation, 2)) : undefined,
      accommodation_needed: disabled
        ? maybe(0.6, () => some(accommodation, 3))
        : maybe(0.05, () => some(accommodation, 1)),
      ...wg,
      documents: docMode < 0.2 ? undefined : docMode < 0.3 ? ["none"] : some(docs, 4),
      health_insurance: maybe(0.8, () => pick(["bpjs_pbi", "bpjs_mandiri", "none"])),
      assistance: assistMode < 0.25 ? undefined : assistMode < 0.5 ? ["none"] : some(assistance, 2),
      dtsen: maybe(0.75, () => pick(["yes", "no", "unknown"])),
      consent_by: consentBy,
      married,
      married_child_consent_confirmed: child && consentBy === "self" ? "yes" : undefined,
      consent_date: "2026-01-10",
      consent_method: maybe(0.7, () => pick(["written", "recorded", "spoken_witness"])),
      consent_evidence: maybe(0.4, () =>
        pick(["Map formulir di kantor desa", "Rekaman di HP pendamping"]),
      ),
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
