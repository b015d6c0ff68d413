// Region roll-ups: sums of every group's latest summary under an area, completeness, and small-cell suppression.
import { describe, expect, it } from "vitest";
import type { ServedTable } from "../../core/disclosure.ts";
import {
  ADMIN_TOKEN,
  api,
  apiWithEnv,
  auth,
  type ErrorEnvelope,
  jsonInit,
  seedGroup,
  villagesOf,
} from "./helpers.ts";

interface Rollup {
  period: string;
  region: { code: string; name: string; level: string };
  k: number;
  forms: {
    form: string;
    completeness: { expected: number; reported: number; missing: { id: string; name: string }[] };
    tables: ServedTable[];
    omitted: { id: string; dimensions: string[]; grid: number; reason: string }[];
  }[];
}

type Cells = [string, string, number][];

function summary(villageSex: Cells, sex: [string, number][]) {
  return {
    form: "person",
    tables: [
      {
        id: "village_sex",
        dimensions: ["village", "sex"],
        cells: villageSex.map(([v, s, count]) => ({ key: [v, s], count })),
      },
      { id: "sex", dimensions: ["sex"], cells: sex.map(([s, count]) => ({ key: [s], count })) },
    ],
  };
}

async function put(key: string, period: string, body: unknown): Promise<void> {
  const res = await api(`/v1/summaries/${period}`, jsonInit("PUT", key, body));
  expect(res.status).toBe(200);
}

async function rollup(key: string, query: string, k?: string): Promise<Rollup> {
  const path = `/v1/summaries/${query}`;
  const res =
    k === undefined
      ? await api(path, auth(key))
      : await apiWithEnv({ SUPPRESSION_K: k }, path, auth(key));
  expect(res.status).toBe(200);
  return (await res.json()) as Rollup;
}

/** A served table as {"village|sex": count}, for the cells that are shown. */
function shown(table: ServedTable | undefined): Record<string, number | null> {
  return Object.fromEntries((table?.cells ?? []).map((c) => [c.key.join("|"), c.count]));
}

describe("GET /v1/summaries/{period}?region=", () => {
  it("sums the latest summaries of the area's groups, villages outside the area left out", async () => {
    const [v1, v2, v3, v4] = villagesOf("73.09.01") as [string, string, string, string];
    const [w1, w2] = villagesOf("73.09.02") as [string, string];
    const a = await seedGroup("A", [v1, v2]);
    const b = await seedGroup("B", [v3, w1]);
    const c = await seedGroup("C", [w2]);
    const d = await seedGroup("D (belum lapor)", [v4]);
    await put(a.key, "2040", summary([[v1, "P", 1]], [["P", 1]]));
    // A's latest upload replaces its first one.
    await put(
      a.key,
      "2040",
      summary(
        [
          [v1, "P", 10],
          [v1, "L", 12],
          [v2, "P", 20],
          [v2, "L", 30],
        ],
        [
          ["P", 30],
          ["L", 42],
        ],
      ),
    );
    await put(
      b.key,
      "2040",
      summary(
        [
          [v3, "P", 15],
          [w1, "P", 100],
        ],
        [["P", 115]],
      ),
    );
    await put(c.key, "2040", summary([[w2, "P", 50]], [["P", 50]]));

    const body = await rollup(a.key, "2040?region=73.09.01&form=person", "1");
    expect(body.period).toBe("2040");
    expect(body.region).toEqual({ code: "73.09.01", name: expect.any(String), level: "district" });
    expect(body.k).toBe(1);
    expect(body.forms).toHaveLength(1);
    const [person] = body.forms;
    expect(person?.completeness).toEqual({
      expected: 3,
      reported: 2,
      missing: [{ id: d.group.id, name: "D (belum lapor)" }],
    });
    expect(person?.completeness.missing.map((m) => m.id)).not.toContain(c.group.id);
    const [sex, villageSex] = person?.tables ?? [];
    expect(sex?.id).toBe("sex");
    // A table without a village dimension counts every reporting group's table whole.
    expect(shown(sex)).toEqual({ L: 42, P: 145 });
    expect(villageSex?.id).toBe("village_sex");
    // Every village of the area's groups is a row, the one that reported nothing with zeros.
    expect(shown(villageSex)).toEqual({
      [`${v1}|L`]: 12,
      [`${v1}|P`]: 10,
      [`${v2}|L`]: 30,
      [`${v2}|P`]: 20,
      [`${v3}|L`]: 0,
      [`${v3}|P`]: 15,
      [`${v4}|L`]: 0,
      [`${v4}|P`]: 0,
    });
    expect(villageSex?.totals.grand).toEqual({ key: [], count: 87, suppressed: false });

    // The regency holds all four groups and every village of theirs.
    const regency = await rollup(a.key, "2040?region=73.09&form=person", "1");
    expect(regency.forms[0]?.completeness).toMatchObject({ expected: 4, reported: 3 });
    expect(regency.forms[0]?.tables[1]?.totals.grand.count).toBe(87 + 100 + 50);
    expect(regency.region).toEqual({ code: "73.09", name: "Kabupaten Maros", level: "regency" });
  });

  it("serves the exact shape: every form, completeness, k and protected tables", async () => {
    const [v] = villagesOf("73.09.04") as [string];
    const g = await seedGroup("Bentuk", [v]);
    await put(g.key, "2041", {
      form: "person",
      tables: [
        {
          id: "sex",
          dimensions: ["sex"],
          cells: [
            { key: ["P"], count: 40 },
            { key: ["L"], count: 9 },
          ],
        },
      ],
    });
    const res = await api("/v1/summaries/2041?region=73.09.04", auth(g.key));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      period: "2041",
      region: { code: "73.09.04", name: expect.any(String), level: "district" },
      k: 5,
      forms: [
        {
          form: "person",
          completeness: { expected: 1, reported: 1, missing: [] },
          tables: [
            {
              id: "sex",
              dimensions: ["sex"],
              cells: [
                { key: ["L"], count: 9, suppressed: false },
                { key: ["P"], count: 40, suppressed: false },
              ],
              totals: {
                rows: [
                  { key: ["L"], count: 9, suppressed: false },
                  { key: ["P"], count: 40, suppressed: false },
                ],
                columns: [],
                grand: { key: [], count: 49, suppressed: false },
              },
            },
          ],
          omitted: [],
        },
        ...["case", "service", "activity", "member"].map((form) => ({
          form,
          completeness: { expected: 1, reported: 0, missing: [{ id: g.group.id, name: "Bentuk" }] },
          tables: [],
          omitted: [],
        })),
      ],
    });
  });

  it("suppresses small cells in a roll-up, while the group reads its own counts whole", async () => {
    const [v1, v2] = villagesOf("73.09.05") as [string, string];
    const g = await seedGroup("Kecil", [v1, v2]);
    await put(
      g.key,
      "2042",
      summary(
        [
          [v1, "P", 2],
          [v1, "L", 30],
          [v2, "P", 40],
          [v2, "L", 50],
        ],
        [
          ["P", 42],
          ["L", 80],
        ],
      ),
    );
    const body = await rollup(g.key, "2042?region=73.09.05&form=person");
    expect(body.k).toBe(5);
    const villageSex = body.forms[0]?.tables.find((t) => t.id === "village_sex");
    const small = villageSex?.cells.find((c) => c.key[0] === v1 && c.key[1] === "P");
    expect(small).toEqual({ key: [v1, "P"], count: null, suppressed: true });
    // Nothing served gives the hidden count away: at least one more entry in its row is hidden.
    const hidden = [...(villageSex?.cells ?? []), ...(villageSex?.totals.rows ?? [])].filter(
      (c) => c.suppressed,
    );
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(body)).not.toMatch(/"count":2\b/);

    const own = await api("/v1/summaries/2042", auth(g.key));
    const ownBody = (await own.json()) as {
      summaries: { tables: { id: string; cells: unknown[] }[] }[];
    };
    expect(ownBody.summaries[0]?.tables.find((t) => t.id === "village_sex")?.cells).toContainEqual({
      key: [v1, "P"],
      count: 2,
    });
  });

  it("takes the threshold from SUPPRESSION_K and falls back to 5 on a bad value", async () => {
    const [v] = villagesOf("73.09.06") as [string];
    const g = await seedGroup("Ambang", [v]);
    await put(g.key, "2043", {
      form: "person",
      tables: [
        {
          id: "sex",
          dimensions: ["sex"],
          cells: [
            { key: ["P"], count: 7 },
            { key: ["L"], count: 8 },
          ],
        },
      ],
    });
    const at = async (k: string) => {
      const body = await rollup(g.key, "2043?region=73.09.06&form=person", k);
      return [body.k, body.forms[0]?.tables[0]?.cells.map((c) => c.count)];
    };
    expect(await at("1")).toEqual([1, [8, 7]]);
    expect(await at("8")).toEqual([8, [null, null]]);
    expect(await at("0")).toEqual([5, [8, 7]]);
    expect(await at("lima")).toEqual([5, [8, 7]]);
  });

  it("covers a province and all, and counts a group once however many of its villages are inside", async () => {
    const [m1, m2] = villagesOf("73.18.01") as [string, string];
    const [k1] = villagesOf("53.71.01") as [string];
    const toraja = await seedGroup("Toraja", [m1, m2]);
    const kupang = await seedGroup("Kupang", [k1]);
    await put(
      toraja.key,
      "2044",
      summary(
        [
          [m1, "P", 60],
          [m2, "P", 70],
        ],
        [["P", 130]],
      ),
    );
    await put(kupang.key, "2044", summary([[k1, "L", 80]], [["L", 80]]));
    const sulsel = await rollup(toraja.key, "2044?region=73&form=person", "1");
    expect(sulsel.region).toEqual({ code: "73", name: "Sulawesi Selatan", level: "province" });
    expect(sulsel.forms[0]?.completeness.reported).toBe(1);
    expect(shown(sulsel.forms[0]?.tables[0])).toEqual({ P: 130 });
    const all = await rollup(kupang.key, "2044?region=all&form=person", "1");
    expect(all.region).toEqual({ code: "all", name: "Indonesia", level: "country" });
    expect(all.forms[0]?.completeness.reported).toBe(2);
    expect(shown(all.forms[0]?.tables[0])).toEqual({ L: 80, P: 130 });
  });

  it("sums a table apart when its dimensions differ between groups", async () => {
    const [v1, v2] = villagesOf("73.09.07") as [string, string];
    const a = await seedGroup("Lama", [v1]);
    const b = await seedGroup("Baru", [v2]);
    await put(a.key, "2045", {
      form: "person",
      tables: [{ id: "t", dimensions: ["sex"], cells: [{ key: ["P"], count: 10 }] }],
    });
    await put(b.key, "2045", {
      form: "person",
      tables: [
        { id: "t", dimensions: ["sex", "age_band"], cells: [{ key: ["P", "0-5"], count: 20 }] },
      ],
    });
    const body = await rollup(a.key, "2045?region=73.09.07&form=person", "1");
    expect(body.forms[0]?.tables.map((t) => [t.id, t.dimensions, t.totals.grand.count])).toEqual([
      ["t", ["sex"], 10],
      ["t", ["sex", "age_band"], 20],
    ]);
  });

  it("lists a table too large to protect as omitted instead of serving it", async () => {
    const [v] = villagesOf("73.09.08") as [string];
    const g = await seedGroup("Besar", [v]);
    // 72 × 72 = 5,184 combinations: over MAX_ROLLUP_GRID (5,000).
    const cells = Array.from({ length: 72 }, (_, i) => ({
      key: [`a${i}`, `b${i}`],
      count: 1,
    }));
    await put(g.key, "2046", {
      form: "person",
      tables: [
        { id: "big", dimensions: ["a", "b"], cells },
        { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 9 }] },
      ],
    });
    const body = await rollup(g.key, "2046?region=73.09.08&form=person");
    expect(body.forms[0]?.omitted).toEqual([
      { id: "big", dimensions: ["a", "b"], grid: 5184, reason: "too_large" },
    ]);
    expect(body.forms[0]?.tables.map((t) => t.id)).toEqual(["sex"]);
  });

  it("lets the admin read roll-ups, but the admin has no summaries of its own", async () => {
    const body = await rollup(ADMIN_TOKEN, "2040?region=73.09&form=person");
    expect(body.region.code).toBe("73.09");
    const own = await api("/v1/summaries/2040", auth(ADMIN_TOKEN));
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
    const res = await api(`/v1/summaries/2040?region=${encodeURIComponent(region)}`, auth(key));
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorEnvelope;
    expect(body.error.issues.map((i) => i.path)).toEqual([["region"]]);
  });
});
