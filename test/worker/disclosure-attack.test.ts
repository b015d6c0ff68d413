// The attacks a tester ran against the shared server, replayed against it: no other group's count is recovered from anything it serves.
/**
 * Three groups in Kab. Maros. A (the attacker, one village of kecamatan 01, which it shares with
 * B), B (two villages of kecamatan 01) and C (kecamatan 02). B and C keep real registers of
 * persons and cases; B's cases include, at the second read, a new one: a boy of 12 victimised at
 * school. A reads every roll-up the API serves — its kecamatan, the other kecamatan, the
 * regency, the province and all of Indonesia, every form, for a year and for a quarter inside it
 * — three times: (1) after honest uploads, (2) after B adds the boy's case, (3) after A replaces
 * its own counts with 5 in every cell it may fill. A knows its own exact counts, every group's
 * villages, the form's report structure and the published perturbation table; it does not know
 * any record key. For every count of B and C it then asks which values are consistent with all
 * it saw (see attack/attacker.ts). The test fails if any single count is pinned down.
 */
import { describe, expect, it } from "vitest";
import type { RollupResponse, ServedTable } from "../../core/api/summaries.ts";
import type { FormId } from "../../core/form-ids.ts";
import { parsePeriod } from "../../core/period.ts";
import { PTABLE } from "../../core/perturbation/ptable-data.ts";
import { PART_SEP } from "../../core/reports/definition.ts";
import { type SummaryTableShape, summaryShape } from "../../core/reports/summary-shape.ts";
import { ALL, type Summary } from "../../core/summary.ts";
import { caseRow, personRow, seeded, summaryOfRows } from "../support/summaries.ts";
import { Attacker } from "./attack/attacker.ts";
import {
  ADMIN_TOKEN,
  direct as api,
  auth,
  jsonInit,
  type SeededGroup,
  seedGroup,
  villagesOf,
  YEAR,
} from "./helpers.ts";

/** Where a scenario plays: two kecamatan of one regency, and the areas read. */
interface Place {
  v11: string;
  v12: string;
  v21: string;
  areas: string[];
}

function placeIn(regency: string, d1: string, d2: string, wide: boolean): Place {
  const [v11, v12] = villagesOf(d1) as [string, string];
  const [v21] = villagesOf(d2) as [string];
  return { v11, v12, v21, areas: [d1, d2, regency, ...(wide ? [regency.slice(0, 2), "all"] : [])] };
}
const PY = String(YEAR - 1);
const PQ = `${YEAR - 1}-Q1`;
const PERIODS = [PY, PQ];
const FORMS = ["person", "case"] as const satisfies readonly FormId[];

/** Noises the published table allows for a count (all the attacker knows of another group's noise). */
function support(count: number): number[] {
  const row = PTABLE.rows[Math.min(count, PTABLE.rows.length - 1)] ?? [];
  return row.filter(([, keys]) => keys > 0).map(([noise]) => noise);
}

/** The attacker's own parts: it knows its record keys, so it reads its noise off the published table. */
function ownServed(count: number, ckey: number): number {
  if (count === 0) return 0;
  const row = PTABLE.rows[Math.min(count, PTABLE.rows.length - 1)] ?? [];
  let from = 0;
  for (const [noise, keys] of row) {
    if (ckey < from + keys) return count + noise;
    from += keys;
  }
  throw new Error("a row that does not cover every key");
}

// --- the groups' registers --------------------------------------------------------------

function persons(villages: string[], n: number, seed: number) {
  const r = seeded(seed);
  return Array.from({ length: n }, () =>
    personRow({
      village: villages[Math.floor(r() * villages.length)] as string,
      sex: r() < 0.5 ? "L" : "P",
      age: Math.floor(r() * 85),
      categories: r() < 0.3 ? ["disability"] : r() < 0.3 ? ["poor_household"] : [],
      documents: r() < 0.5 ? ["kk"] : [],
      recordKey: Math.floor(r() * 4096),
    }),
  );
}

function cases(villages: string[], n: number, seed: number) {
  const r = seeded(seed);
  const forms = ["fisik", "psikis", "seksual", "penelantaran"];
  return Array.from({ length: n }, () =>
    caseRow({
      village: villages[Math.floor(r() * villages.length)] as string,
      sex: r() < 0.3 ? "L" : "P",
      age: Math.floor(r() * 50),
      date: `${YEAR - 1}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-1${Math.floor(r() * 9)}`,
      forms: [forms[Math.floor(r() * forms.length)] as string],
      place: r() < 0.5 ? "rumah_tangga" : "fasilitas_umum",
      status: r() < 0.5 ? "didampingi" : "dirujuk",
      recordKey: Math.floor(r() * 4096),
    }),
  ).map((c) => (c.status === "dirujuk" ? { ...c, referred_to: ["uptd_ppa"] } : c));
}

const boy = (village: string) =>
  caseRow({
    village,
    sex: "L",
    age: 12,
    date: `${YEAR - 1}-02-14`,
    forms: ["seksual"],
    place: "sekolah",
    status: "didampingi",
    recordKey: 2917,
  });

/** Every cell the shape allows, each `count`, keys arbitrary: what a hostile group may upload. */
function padded(form: FormId, period: string, villages: string[], count: number): Summary {
  const shapes = summaryShape(form, { period: parsePeriod(period), villages });
  return {
    form,
    tables: shapes.map((s) => ({
      id: s.id,
      dimensions: s.dimensions.map((d) => d.id),
      cells: allKeys(s).map((key, i) => ({ key, count, ckey: (i * 37 + count) % 4096 })),
    })),
  };
}

function allKeys(s: SummaryTableShape): string[][] {
  let keys: string[][] = [[]];
  for (const d of s.dimensions) {
    const values = d.overlapping ? [...d.values, ALL] : d.values;
    keys = keys.flatMap((k) => values.map((v) => [...k, v]));
  }
  return keys.filter((k) =>
    s.joints.every((j) => j.valueSet.has(j.at.map((i) => k[i]).join(PART_SEP))),
  );
}

// --- what the attacker can do through the API ----------------------------------------------

async function upload(g: SeededGroup, period: string, summary: Summary): Promise<void> {
  const res = await api(`/v1/summaries/${period}`, jsonInit("PUT", g.key, summary));
  expect(res.status, await res.clone().text()).toBe(200);
}

type Reads = Map<string, RollupResponse>;

async function readAll(areas: string[], init: RequestInit, query = ""): Promise<Reads> {
  const out: Reads = new Map();
  for (const area of areas) {
    for (const period of PERIODS) {
      const res = await api(`/v1/summaries/${period}?region=${area}${query}`, init);
      expect(res.status).toBe(200);
      const text = await res.text();
      out.set(`${area}|${period}`, JSON.parse(text) as RollupResponse);
    }
  }
  return out;
}

// --- the attacker's model -----------------------------------------------------------------

interface GroupModel {
  name: string;
  villages: string[];
  /** The shape's cells of this group's summary, by form|period|time|table|key → unknown. */
  vars: Map<string, number>;
}

const FLOOR_LENGTH: Record<string, number> = { village: 13, district: 8, regency: 5 };

function under(code: string, area: string): boolean {
  return area === "all" || code === area || code.startsWith(`${area}.`);
}

/** A group's cell as the roll-up serves it: composite parts joined, the village at the floor's level. */
function servedKey(s: SummaryTableShape, key: string[], floor: string): string[] {
  const out: string[] = [];
  s.dimensions.forEach((d, i) => {
    const joint = s.joints.find((j) => j.at.includes(i));
    if (joint) {
      if (joint.at[0] === i) out.push(joint.at.map((p) => key[p]).join(PART_SEP));
      return;
    }
    const v = key[i] as string;
    out.push(d.id === "village" ? v.slice(0, FLOOR_LENGTH[floor]) : v);
  });
  return out;
}

/** Whether a group cell feeds a served number: the served cell itself, or a margin over `collapsed`. */
function feeds(
  s: SummaryTableShape,
  cell: string[],
  served: string[],
  collapsed: number[],
): boolean {
  const overlapping = servedOverlapping(s);
  let kept = 0;
  for (let i = 0; i < cell.length; i++) {
    const isAll = cell[i] === ALL;
    if (collapsed.includes(i)) {
      if (overlapping[i] !== isAll) return false;
    } else {
      if (isAll || cell[i] !== served[kept]) return false;
      kept++;
    }
  }
  return true;
}

function servedOverlapping(s: SummaryTableShape): boolean[] {
  const out: boolean[] = [];
  s.dimensions.forEach((d, i) => {
    const joint = s.joints.find((j) => j.at.includes(i));
    if (joint && joint.at[0] !== i) return;
    out.push(joint ? false : d.overlapping);
  });
  return out;
}

interface Scenario {
  place: Place;
  /** Reads 1 (honest), 2 (B added the boy), 3 (A padded): area|period → roll-up. */
  reads: Reads[];
  /** A's own uploads: form|period|read. */
  own: Map<string, Summary>;
  /** The truth the attacker is after (to check its model, never given to it): group|form|period|read. */
  truth: Map<string, Summary>;
}

/** Uploads and reads as described atop this file; `readAs` reads a round of roll-ups (given A's key). */
async function play(place: Place, readAs: (keyOfA: string) => Promise<Reads>): Promise<Scenario> {
  const { v11: V11, v12: V12, v21: V21 } = place;
  const a = await seedGroup("Penyerang", [V11]);
  const b = await seedGroup("Korban", [V11, V12]);
  const c = await seedGroup("Tetangga", [V21]);
  const registers = {
    a: { person: persons([V11], 12, 1), case: cases([V11], 3, 2) },
    b: { person: persons([V11, V12], 25, 3), case: cases([V11, V12], 5, 4) },
    c: { person: persons([V21], 30, 5), case: cases([V21], 4, 6) },
  };
  const villagesOf_ = { a: [V11], b: [V11, V12], c: [V21] };
  const own = new Map<string, Summary>();
  const truth = new Map<string, Summary>();
  const honest = async (
    who: "a" | "b" | "c",
    g: SeededGroup,
    rows: { person: Record<string, unknown>[]; case: Record<string, unknown>[] },
    round: number,
  ) => {
    for (const form of FORMS) {
      for (const period of PERIODS) {
        const summary = summaryOfRows(form, rows[form], { villages: villagesOf_[who], period });
        if (who === "a") own.set(`${form}|${period}|${round}`, summary);
        else truth.set(`${who.toUpperCase()}|${form}|${period}|${round}`, summary);
        await upload(g, period, summary);
      }
    }
  };
  await honest("a", a, registers.a, 1);
  await honest("b", b, registers.b, 1);
  await honest("c", c, registers.c, 1);
  const reads = [await readAs(a.key)];

  // B records the boy's case and builds its report again; nothing else changes.
  await honest("b", b, { ...registers.b, case: [...registers.b.case, boy(V12)] }, 2);
  for (const form of FORMS)
    for (const period of PERIODS) {
      own.set(`${form}|${period}|2`, own.get(`${form}|${period}|1`) as Summary);
      truth.set(`C|${form}|${period}|2`, truth.get(`C|${form}|${period}|1`) as Summary);
    }
  reads.push(await readAs(a.key));

  // A replaces its counts with 5 in every cell it may fill, to subtract them afterwards.
  for (const form of FORMS)
    for (const period of PERIODS) {
      const pad = padded(form, period, [V11], 5);
      own.set(`${form}|${period}|3`, pad);
      await upload(a, period, pad);
      for (const g of ["B", "C"])
        truth.set(`${g}|${form}|${period}|3`, truth.get(`${g}|${form}|${period}|2`) as Summary);
    }
  reads.push(await readAs(a.key));
  return { place, reads, own, truth };
}

interface Verdict {
  attacker: Attacker;
  models: GroupModel[];
  /** Unknowns left with a single value: recovered counts. */
  pinned: string[];
  /** Relations the true data break: the attacker's model would be wrong. */
  violated: string[];
  observations: number;
  /** How many of B's and C's counts have n values left. */
  histogram: Map<number, number>;
}

/**
 * A's reasoning over every served number of every read. `support` is what A believes the noise
 * of a count can be, and `ownServed` how its own parts were served.
 */
function attack(
  scenario: Scenario,
  support: (count: number) => readonly number[],
  ownServed: (count: number, ckey: number) => number,
): Verdict {
  const { v11: V11, v12: V12, v21: V21 } = scenario.place;
  const attacker = new Attacker(support);
  const models: GroupModel[] = [
    { name: "B", villages: [V11, V12], vars: new Map() },
    { name: "C", villages: [V21], vars: new Map() },
  ];
  const shapeOf = (form: FormId, period: string, villages: string[]) =>
    summaryShape(form, { period: parsePeriod(period), villages });
  /** The unknowns of a group's summary: B's cases differ between reads 1 and 2; all else is one set. */
  const unknowns = (m: GroupModel, form: FormId, period: string, read: number) => {
    const era = m.name === "B" && form === "case" && read >= 2 ? 2 : 1;
    return (table: string, key: string[]) => {
      const id = `${form}|${period}|${era}|${table}|${key.join("|")}`;
      let v = m.vars.get(id);
      if (v === undefined) {
        v = attacker.variable(`${m.name} ${id}`);
        m.vars.set(id, v);
      }
      return v;
    };
  };
  // Knowledge: ALL cells count each record once (≤ the sum of their ticks, ≥ any one tick);
  // B added exactly one case (each cell rose by 0 or 1); a quarter's cases are inside the year's.
  for (const m of models) {
    for (const form of FORMS) {
      for (const period of PERIODS) {
        for (const era of m.name === "B" && form === "case" ? [1, 2] : [1]) {
          const x = unknowns(m, form, period, era);
          for (const s of shapeOf(form, period, m.villages)) {
            const keys = allKeys(s);
            for (const key of keys) {
              const at = key.flatMap((v, i) => (v === ALL ? [i] : []));
              if (!at.length) continue;
              const inner = keys.filter(
                (k) => !k.includes(ALL) && k.every((v, i) => at.includes(i) || v === key[i]),
              );
              const all = x(s.id, key);
              const ticks = inner.map((k) => x(s.id, k));
              attacker.relate([all, ...ticks], [1, ...ticks.map(() => -1)], -1_000_000, 0);
              for (const t of ticks) attacker.relate([all, t], [1, -1], 0, 1_000_000);
            }
            if (era === 2) {
              const before = unknowns(m, form, period, 1);
              for (const key of keys)
                attacker.relate([x(s.id, key), before(s.id, key)], [1, -1], 0, 1);
            }
          }
        }
      }
      if (form === "case") {
        for (const era of m.name === "B" ? [1, 2] : [1]) {
          const year = unknowns(m, form, PY, era);
          const quarter = unknowns(m, form, PQ, era);
          for (const s of shapeOf(form, PQ, m.villages))
            for (const key of allKeys(s))
              attacker.relate([year(s.id, key), quarter(s.id, key)], [1, -1], 0, 1_000_000);
        }
      }
    }
  }

  // Every served number, cells and margins, zeros included, in every read.
  const groupsIn = (area: string) => models.filter((m) => m.villages.some((v) => under(v, area)));
  const parts = new Map<string, { y: number; vars: number[] }>();
  let observations = 0;
  scenario.reads.forEach((reads, index) => {
    const read = index + 1;
    for (const [where, body] of reads) {
      const [area, period] = where.split("|") as [string, string];
      for (const f of body.forms) {
        if (!(FORMS as readonly string[]).includes(f.form) || f.withheld) continue;
        for (const table of f.tables) {
          const shapeFor = (villages: string[]) =>
            shapeOf(f.form, period, villages).find((s) => s.id === table.id) as SummaryTableShape;
          for (const num of servedNumbers(table)) {
            // Each other group's part: a served value of the sum of its cells feeding this number.
            const ys: number[] = [];
            for (const m of groupsIn(area)) {
              const s = shapeFor(m.villages);
              const x = unknowns(m, f.form, period, read);
              const vars = allKeys(s)
                .filter((key) => feedsIn(s, key, area, f.floor, num))
                .map((key) => x(s.id, key));
              if (!vars.length) continue;
              // The same cells are the same served part wherever they appear.
              const id = `${m.name} ${[...vars].sort((p, q) => p - q).join(",")}`;
              let part = parts.get(id);
              if (!part) {
                part = { y: attacker.variable(`served ${id}`), vars };
                parts.set(id, part);
                attacker.perturbs(vars, part.y);
              }
              ys.push(part.y);
            }
            let count = 0;
            let ckey = 0;
            if ([V11].some((v) => under(v, area))) {
              const s = shapeFor([V11]);
              const mine = scenario.own.get(`${f.form}|${period}|${read}`);
              for (const cell of mine?.tables.find((t) => t.id === table.id)?.cells ?? []) {
                if (feedsIn(s, cell.key, area, f.floor, num)) {
                  count += cell.count;
                  ckey = (ckey + cell.ckey) % 4096;
                }
              }
            }
            const rest = num.value - ownServed(count, ckey);
            if (ys.length)
              attacker.relate(
                ys,
                ys.map(() => 1),
                rest,
                rest,
              );
            else if (rest !== 0)
              attacker.contradictions.push(
                `${read} ${where} ${table.id}: ${num.value} is not A's own`,
              );
            observations++;
          }
        }
      }
    }
  });

  // The truth (never used by the reasoning): every relation must hold for it.
  const truthOf = new Map<number, { count: number; ckey: number }>();
  for (const m of models) {
    for (const [id, v] of m.vars) {
      const [form, period, era, table, ...key] = id.split("|");
      const cells = scenario.truth
        .get(`${m.name}|${form}|${period}|${era}`)
        ?.tables.find((t) => t.id === table)?.cells;
      const cell = cells?.find((c) => c.key.join("|") === key.join("|"));
      truthOf.set(v, { count: cell?.count ?? 0, ckey: cell?.ckey ?? 0 });
    }
  }
  const yOf = new Map([...parts.values()].map((p) => [p.y, p.vars]));
  const violated = attacker.violated((v) => {
    const vars = yOf.get(v);
    if (!vars) return truthOf.get(v)?.count ?? 0;
    let count = 0;
    let ckey = 0;
    for (const x of vars) {
      count += truthOf.get(x)?.count ?? 0;
      ckey = (ckey + (truthOf.get(x)?.ckey ?? 0)) % 4096;
    }
    return ownServed(count, ckey);
  });

  attacker.propagate();
  const pinned: string[] = [];
  const histogram = new Map<number, number>();
  for (const m of models) {
    for (const v of m.vars.values()) {
      const r = attacker.range(v);
      histogram.set(r.values.length, (histogram.get(r.values.length) ?? 0) + 1);
      if (r.values.length < 2) pinned.push(`${attacker.label(v)} = ${r.values.join()}`);
    }
  }
  return { attacker, models, pinned, violated, observations, histogram };
}

interface ServedNumber {
  key: string[];
  collapsed: number[];
  value: number;
}

/** Every number a served table holds: each grid cell (absent = 0), each margin and the grand total. */
function servedNumbers(table: ServedTable): ServedNumber[] {
  const n = table.dimensions.length;
  const value = (cells: ServedTable["cells"], key: string[]) =>
    cells.find((c) => c.key.join("|") === key.join("|"))?.value ?? 0;
  const out: ServedNumber[] = expandGrid(table).map((key) => ({
    key,
    collapsed: [],
    value: value(table.cells, key),
  }));
  for (const rv of table.dimensions[0]?.values ?? [])
    out.push({
      key: [rv],
      collapsed: Array.from({ length: n - 1 }, (_, i) => i + 1),
      value: value(table.margins.rows, [rv]),
    });
  if (n > 1)
    for (const key of expandGrid({ dimensions: table.dimensions.slice(1) }))
      out.push({ key, collapsed: [0], value: value(table.margins.columns, key) });
  out.push({
    key: [],
    collapsed: Array.from({ length: n }, (_, i) => i),
    value: table.margins.grand.value,
  });
  return out;
}

function feedsIn(
  s: SummaryTableShape,
  key: string[],
  area: string,
  floor: string,
  num: ServedNumber,
): boolean {
  const vi = s.dimensions.findIndex((d) => d.id === "village");
  if (vi >= 0 && !under(key[vi] as string, area)) return false;
  return feeds(s, servedKey(s, key, floor), num.key, num.collapsed);
}

function report(v: Verdict): string {
  const sizes = [...v.histogram].sort((x, y) => x[0] - y[0]).map(([k, n]) => `${k}:${n}`);
  return `${v.attacker.size} unknowns, ${v.observations} served numbers; values left per count (values:counts) ${sizes.join(" ")}`;
}

describe("the attacks on the shared server", () => {
  it("recover no count of another group from every table of every area, period and read", async () => {
    const place = placeIn("73.09", "73.09.01", "73.09.02", true);
    const scenario = await play(place, (key) => readAll(place.areas, auth(key)));
    const verdict = attack(scenario, support, ownServed);
    console.log(`perturbed roll-ups: ${report(verdict)}`);
    expect(verdict.violated).toEqual([]);
    expect(verdict.attacker.contradictions).toEqual([]);
    expect(verdict.pinned).toEqual([]);

    // The named attacks, on the counts they went for.
    const b = verdict.models[0] as GroupModel;
    const count = (id: string) => verdict.attacker.range(b.vars.get(id) as number).values.length;
    // The boy: his school, his month, his village (the kecamatan, for cases), in the quarter and year.
    for (const period of PERIODS) {
      expect(count(`case|${period}|2|place_sex_age|sekolah|L|child`)).toBeGreaterThanOrEqual(2);
      expect(count(`case|${period}|2|month_sex_age|${YEAR - 1}-02|L|child`)).toBeGreaterThanOrEqual(
        2,
      );
      expect(count(`case|${period}|2|village_sex_age|${place.v12}|L|child`)).toBeGreaterThanOrEqual(
        2,
      );
    }
    // What the shared village hides after A padded it: B's counts in it.
    expect(count(`person|${PY}|1|village_sex_age|${place.v11}|P|25-44`)).toBeGreaterThanOrEqual(2);
  }, 600_000);

  it("recovers the counts when the same numbers are served exact: the attacks are real", async () => {
    // Another regency, read only up to it: the first test's groups stay out of these areas.
    const place = placeIn("73.18", "73.18.01", "73.18.02", false);
    const scenario = await play(place, () => readAll(place.areas, auth(ADMIN_TOKEN), "&exact=1"));
    const exact = attack(
      scenario,
      () => [0],
      (count) => count,
    );
    console.log(`exact roll-ups: ${report(exact)}`);
    expect(exact.violated).toEqual([]);
    expect(exact.attacker.contradictions).toEqual([]);
    const b = exact.models[0] as GroupModel;
    const values = (id: string) => exact.attacker.range(b.vars.get(id) as number).values;
    // The boy's school case, recovered from the quarter's roll-ups alone.
    expect(values(`case|${PQ}|2|place_sex_age|sekolah|L|child`)).toHaveLength(1);
    // Every count of B and C pinned down, but the "not recorded" totals of the eligibility table
    // (one per sex, period): no other served number adds up to them, so even exact numbers leave
    // the attacker a range — those are named, so a new gap in the attack cannot hide.
    const counts = [...exact.histogram.values()].reduce((x, y) => x + y, 0);
    const unpinned: string[] = [];
    for (const m of exact.models)
      for (const [id, v] of m.vars)
        if (exact.attacker.range(v).values.length !== 1) unpinned.push(id);
    expect(
      unpinned.every((id) => /\|assistance_status_eligible\|not_recorded\|_all\|[LP]$/.test(id)),
    ).toBe(true);
    expect(unpinned.length).toBeLessThanOrEqual(4);
    expect(exact.pinned).toHaveLength(counts - unpinned.length);
  }, 600_000);
});

/** Every combination of a served table's dimension values. */
function expandGrid(table: Pick<ServedTable, "dimensions">): string[][] {
  let keys: string[][] = [[]];
  for (const d of table.dimensions) keys = keys.flatMap((k) => d.values.map((v) => [...k, v]));
  return keys;
}
