// Region roll-ups: every group's latest counts added up under an area and served perturbed — never a count or key, never 1..4, the same cell the same number everywhere.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { bandOf, SIMFONI_BANDS } from "../../core/age-bands.ts";
import { type RollupResponse, rollupResponseSchema } from "../../core/api/summaries.ts";
import { caseRow, personRow, summaryOfRows } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  api,
  auth,
  type ErrorEnvelope,
  jsonInit,
  personSummary,
  seedGroup,
  villagesOf,
  YEAR,
} from "./helpers.ts";

const LAST = String(YEAR - 1);

async function put(key: string, period: string, body: unknown): Promise<void> {
  const res = await api(`/v1/summaries/${period}`, jsonInit("PUT", key, body));
  expect(res.status, await res.clone().text()).toBe(200);
}

async function rollup(key: string, query: string): Promise<RollupResponse> {
  const res = await api(`/v1/summaries/${query}`, auth(key));
  expect(res.status, await res.clone().text()).toBe(200);
  const json = await res.json();
  // The contract's shape, strictly: a served cell has a key and a value, nothing else.
  return rollupResponseSchema.parse(json);
}

type Table = RollupResponse["forms"][number]["tables"][number];

function tableOf(body: RollupResponse, form: string, id: string): Table {
  const t = body.forms.find((f) => f.form === form)?.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no ${form}.${id}`);
  return t;
}

function cellMap(cells: readonly { key: string[]; value: number }[]): Map<string, number> {
  return new Map(cells.map((c) => [c.key.join("|"), c.value]));
}

/** Every served value of a table: cells and margins. */
function servedValues(t: Table): number[] {
  return [
    ...t.cells.map((c) => c.value),
    ...t.margins.rows.map((c) => c.value),
    ...t.margins.columns.map((c) => c.value),
    t.margins.grand.value,
  ];
}

/** Rows of persons in villages, with their own record keys. */
function people(villages: readonly string[], n: number, seed: number) {
  return Array.from({ length: n }, (_, i) =>
    personRow({
      village: villages[i % villages.length] as string,
      sex: i % 3 === 0 ? "L" : "P",
      age: (i * 7 + seed) % 90,
      categories: i % 4 === 0 ? ["disability"] : [],
      recordKey: (i * 977 + seed * 31) % 4096,
    }),
  );
}

/** village|sex|band → number of rows, counted here from the rows themselves. */
function exactVillageSexAge(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.village}|${r.sex}|${bandOf(r.age_years as number, SIMFONI_BANDS)}`;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe("GET /v1/summaries/{period}?region=", () => {
  it("adds up the area's groups, leaves villages outside it out, and serves each count perturbed", async () => {
    const [a1, a2] = villagesOf("73.09.01") as [string, string];
    const [b1] = villagesOf("73.09.02") as [string];
    const a = await seedGroup("POKJA Satu", [a1, a2]);
    const b = await seedGroup("POKJA Dua", [a2, b1]);
    const rowsA = people([a1, a2], 40, 1);
    const rowsB = people([a2, b1], 30, 2);
    await put(a.key, LAST, personSummary(rowsA, LAST, [a1, a2]));
    await put(b.key, LAST, personSummary(rowsB, LAST, [a2, b1]));

    // The admin's exact read is the plain sum of both groups' rows inside the district.
    const exactBody = await rollup(ADMIN_TOKEN, `${LAST}?region=73.09.01&form=person&exact=1`);
    expect(exactBody.exact).toBe(true);
    const expected = exactVillageSexAge([...rowsA, ...rowsB].filter((r) => r.village !== b1));
    const exact = cellMap(tableOf(exactBody, "person", "village_sex_age").cells);
    expect(Object.fromEntries(exact)).toEqual(Object.fromEntries(expected));

    const body = await rollup(a.key, `${LAST}?region=73.09.01&form=person`);
    expect(body.exact).toBe(false);
    expect(body.forms[0]?.completeness).toEqual({
      expected: 2,
      reported: 2,
      missing: [],
      stale: [],
    });
    const served = tableOf(body, "person", "village_sex_age");
    expect(served.dimensions[0]).toEqual({ id: "village", values: [a1, a2] });
    const perturbed = cellMap(served.cells);
    for (const [key, count] of expected) {
      const value = perturbed.get(key) ?? 0;
      // Each group's part is perturbed on its own (by at most 5); a2 holds both groups.
      const groups = key.startsWith(a2) ? 2 : 1;
      expect(Math.abs(value - count), key).toBeLessThanOrEqual(5 * groups);
    }
    for (const key of perturbed.keys()) expect(expected.has(key), key).toBe(true);
    for (const t of body.forms[0]?.tables ?? [])
      for (const v of servedValues(t)) expect(v === 0 || v >= 5, `${t.id}: ${v}`).toBe(true);
    // Nothing but the served values: no count, no cell key anywhere in the answer.
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/"count"|"ckey"/);
  });

  it("serves the same cell as the same number in every area, table and request", async () => {
    const [v1, v2] = villagesOf("73.09.03") as [string, string];
    const g = await seedGroup("POKJA Tiga", [v1, v2]);
    await put(g.key, `${LAST}-Q1`, personSummary(people([v1, v2], 60, 3), `${LAST}-Q1`, [v1, v2]));
    const district = await rollup(g.key, `${LAST}-Q1?region=73.09.03&form=person`);
    const regency = await rollup(g.key, `${LAST}-Q1?region=73.09&form=person`);
    const province = await rollup(g.key, `${LAST}-Q1?region=73&form=person`);
    const again = await rollup(g.key, `${LAST}-Q1?region=73.09.03&form=person`);
    expect(again).toEqual(district);
    const d = cellMap(tableOf(district, "person", "village_sex_age").cells);
    for (const body of [regency, province]) {
      const other = cellMap(tableOf(body, "person", "village_sex_age").cells);
      for (const [key, value] of d) expect(other.get(key), key).toBe(value);
    }
    // The same people, counted by two tables: the same number.
    const everyone = (t: Table) => t.margins.grand.value;
    expect(everyone(tableOf(district, "person", "wg_status_sex"))).toBe(
      everyone(tableOf(district, "person", "village_sex_age")),
    );
  });

  it("builds totals over a multi-answer dimension from distinct persons, not ticks", async () => {
    const [v] = villagesOf("73.09.04") as [string];
    const g = await seedGroup("POKJA Empat", [v]);
    // 30 people, each with three categories: ticks would make 90.
    const rows = Array.from({ length: 30 }, (_, i) =>
      personRow({
        village: v,
        sex: "P",
        age: 30,
        categories: ["disability", "poor_household", "remote_community"],
        recordKey: i * 131,
      }),
    );
    await put(g.key, LAST, personSummary(rows, LAST, [v]));
    const exact = await rollup(ADMIN_TOKEN, `${LAST}?region=73.09.04&form=person&exact=1`);
    const categories = tableOf(exact, "person", "category_sex");
    expect(categories.margins.grand.value).toBe(30);
    expect(cellMap(categories.margins.columns).get("P")).toBe(30);
    expect(cellMap(categories.margins.rows).get("disability")).toBe(30);
  });

  it("counts cases from kecamatan level up: no village rows for anyone but the group", async () => {
    const [v1, v2] = villagesOf("73.09.05") as [string, string];
    const g = await seedGroup("KPD Lima", [v1, v2]);
    const rows = [
      caseRow({
        village: v1,
        sex: "L",
        age: 12,
        date: `${LAST}-03-04`,
        place: "sekolah",
        recordKey: 9,
      }),
      caseRow({ village: v2, sex: "P", age: 30, date: `${LAST}-05-06`, recordKey: 99 }),
      caseRow({ village: v2, sex: "P", age: 25, date: `${LAST}-05-07`, recordKey: 999 }),
    ];
    await put(g.key, LAST, summaryOfRows("case", rows, { villages: [v1, v2], period: LAST }));
    const body = await rollup(g.key, `${LAST}?region=73.09&form=case`);
    const cases = body.forms[0];
    expect(cases?.floor).toBe("district");
    const byArea = tableOf(body, "case", "village_sex_age");
    expect(byArea.dimensions[0]?.id).toBe("district");
    expect(byArea.dimensions[0]?.values).toContain("73.09.05");
    expect(JSON.stringify(body)).not.toContain(v1);
    // The group itself reads its own case counts whole, villages included.
    const own = await api(`/v1/summaries/${LAST}?form=case`, auth(g.key));
    expect(JSON.stringify(await own.json())).toContain(v1);
  });

  it("lets the admin raise a form's floor, and then withholds it for smaller areas", async () => {
    const [v] = villagesOf("73.09.06") as [string];
    const g = await seedGroup("POKJA Enam", [v]);
    await put(g.key, `${LAST}-Q2`, personSummary(people([v], 12, 6), `${LAST}-Q2`, [v]));
    const setFloor = (token: string, floor: string) =>
      api("/v1/admin/forms/person", jsonInit("PUT", token, { floor }));
    expect((await setFloor(g.key, "regency")).status).toBe(403);
    expect((await setFloor(ADMIN_TOKEN, "kecamatan")).status).toBe(400);
    expect((await setFloor(ADMIN_TOKEN, "regency")).status).toBe(200);
    try {
      const district = await rollup(g.key, `${LAST}-Q2?region=73.09.06&form=person`);
      expect(district.forms[0]).toMatchObject({ floor: "regency", withheld: true, tables: [] });
      const regency = await rollup(g.key, `${LAST}-Q2?region=73.09&form=person`);
      expect(regency.forms[0]?.withheld).toBe(false);
      expect(tableOf(regency, "person", "village_sex_age").dimensions[0]?.id).toBe("regency");
    } finally {
      expect((await setFloor(ADMIN_TOKEN, "village")).status).toBe(200);
    }
    const audit = await api("/v1/admin/audit", auth(ADMIN_TOKEN));
    const entries = ((await audit.json()) as { entries: { action: string; form: string }[] })
      .entries;
    expect(entries.filter((e) => e.action === "form.floor" && e.form === "person").length).toBe(2);
  });

  it("lets only the admin read exact roll-ups, and records each such read", async () => {
    const { key } = await seedGroup();
    const refused = await api(`/v1/summaries/${LAST}?region=73.09&exact=1`, auth(key));
    expect(refused.status).toBe(403);
    await rollup(ADMIN_TOKEN, `${LAST}-Q3?region=73.18&form=case&exact=1`);
    const audit = await api("/v1/admin/audit", auth(ADMIN_TOKEN));
    const entries = (
      (await audit.json()) as {
        entries: { action: string; region: string; period: string; form: string }[];
      }
    ).entries;
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: "rollup.exact",
        region: "73.18",
        period: `${LAST}-Q3`,
        form: "case",
      }),
    );
  });

  it("leaves summaries without cell keys or of an older layout out, and says which groups must report again", async () => {
    const [v1, v2] = villagesOf("73.09.07") as [string, string];
    const current = await seedGroup("Baru", [v1]);
    const old = await seedGroup("Lama", [v2]);
    await put(current.key, LAST, personSummary(people([v1], 8, 7), LAST, [v1]));
    await env.DB.prepare(
      `INSERT INTO summaries (group_id, form, period, revision, revision_id, content, content_sha256, created_at, updated_at)
       VALUES (?1, 'person', ?2, 1, 'r', ?3, ?4, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')`,
    )
      .bind(
        old.group.id,
        LAST,
        JSON.stringify({
          form: "person",
          tables: [{ id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 40 }] }],
        }),
        "1".repeat(64),
      )
      .run();
    const body = await rollup(current.key, `${LAST}?region=73.09.07&form=person`);
    expect(body.forms[0]?.completeness).toEqual({
      expected: 2,
      reported: 1,
      missing: [],
      stale: [{ id: old.group.id, name: "Lama" }],
    });
    const grand = tableOf(body, "person", "village_sex_age").margins.grand.value;
    expect(grand).toBeLessThan(20);
  });

  it("covers a province and all, with completeness per form and the note in both languages", async () => {
    const [m1] = villagesOf("73.18.01") as [string];
    const [k1] = villagesOf("53.71.01") as [string];
    const toraja = await seedGroup("Toraja", [m1]);
    const kupang = await seedGroup("Kupang", [k1]);
    await put(toraja.key, `${LAST}-Q4`, personSummary(people([m1], 9, 8), `${LAST}-Q4`, [m1]));
    await put(kupang.key, `${LAST}-Q4`, personSummary(people([k1], 9, 9), `${LAST}-Q4`, [k1]));
    const sulsel = await rollup(toraja.key, `${LAST}-Q4?region=73`);
    expect(sulsel.region).toEqual({ code: "73", name: "Sulawesi Selatan", level: "province" });
    expect(sulsel.forms.map((f) => f.form)).toEqual([
      "person",
      "case",
      "service",
      "activity",
      "member",
      "proposal",
    ]);
    const all = await rollup(kupang.key, `${LAST}-Q4?region=all&form=person`);
    expect(all.region).toEqual({ code: "all", name: "Indonesia", level: "country" });
    expect(all.forms[0]?.completeness.reported).toBeGreaterThanOrEqual(2);
    expect(all.note.id).toContain("digeser");
    expect(all.note.en).toContain("shifted");
  });

  it("serves a repeat read of an unchanged area from the cache, and any change replaces it", async () => {
    const [v] = villagesOf("73.09.08") as [string];
    const g = await seedGroup("POKJA Delapan", [v]);
    const path = `/v1/summaries/${LAST}-Q3?region=73.09.08&form=person`;
    await put(g.key, `${LAST}-Q3`, personSummary(people([v], 20, 8), `${LAST}-Q3`, [v]));
    const first = await api(path, auth(g.key));
    expect(first.headers.get("x-pilah-cache")).toBe("miss");
    const firstText = await first.text();
    const again = await api(path, auth(g.key));
    expect(again.headers.get("x-pilah-cache")).toBe("hit");
    expect(await again.text()).toBe(firstText);
    // A new revision of a group's summary is a new state: computed again.
    await put(g.key, `${LAST}-Q3`, personSummary(people([v], 40, 8), `${LAST}-Q3`, [v]));
    const after = await api(path, auth(g.key));
    expect(after.headers.get("x-pilah-cache")).toBe("miss");
    expect(await after.text()).not.toBe(firstText);
    // So is a new group in the area, and a changed floor.
    await seedGroup("POKJA Baru", [v]);
    expect((await api(path, auth(g.key))).headers.get("x-pilah-cache")).toBe("miss");
    // An exact read is never kept.
    const exact = await api(`${path}&exact=1`, auth(ADMIN_TOKEN));
    expect(exact.headers.get("x-pilah-cache")).toBe("none");
  });

  it("lets the admin read roll-ups, but the admin has no summaries of its own", async () => {
    const body = await rollup(ADMIN_TOKEN, `${LAST}?region=73.09&form=person`);
    expect(body.region.code).toBe("73.09");
    const own = await api(`/v1/summaries/${LAST}`, auth(ADMIN_TOKEN));
    expect(own.status).toBe(403);
  });

  it.each([
    "",
    "ALL",
    "7309",
    "73.9",
    "73.09.03.2004",
    "99",
    "73.99",
    "73.09.99",
    "73.09.",
    " 73",
    "73%",
    "73.09' OR 1=1",
  ])("rejects the region %j with a 400 on region", async (region) => {
    const { key } = await seedGroup();
    const res = await api(`/v1/summaries/${LAST}?region=${encodeURIComponent(region)}`, auth(key));
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.issues.map((i) => i.path)).toEqual([["region"]]);
  });
});
