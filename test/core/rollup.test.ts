// The roll-up of groups' summaries: each group served on its own, margins from ALL cells, floors and composite dimensions.
import { describe, expect, it } from "vitest";
import { isUnder } from "../../core/areas.ts";
import { parsePeriod } from "../../core/period.ts";
import { perturbedValue } from "../../core/perturbation/perturb.ts";
import { summaryShape } from "../../core/reports/summary-shape.ts";
import {
  decodeParts,
  encodeParts,
  matchesShapes,
  rollupStored,
  rollupTables,
} from "../../core/rollup.ts";
import { ALL } from "../../core/summary.ts";
import { randomPersons, seeded, summaryOfRows } from "../support/summaries.ts";

describe("rollupTables", () => {
  const V1 = "73.09.03.2004";
  const V2 = "73.09.03.2005";
  const OUT = "73.18.01.2001";
  const exact = (count: number) => count;

  it("serves each group's cells on their own, then adds them up; villages outside the area left out", () => {
    const shapes = summaryShape("person", {
      period: parsePeriod("2025"),
      villages: [V1, V2],
    }).filter((s) => s.id === "village_sex_age");
    const table = (cells: [string, string, string, number, number][]) => ({
      id: "village_sex_age",
      dimensions: ["village", "sex", "age_band"],
      cells: cells.map(([v, sex, band, count, ckey]) => ({ key: [v, sex, band], count, ckey })),
    });
    const seen: [number, number][] = [];
    const [served] = rollupTables(
      shapes,
      [
        {
          tables: [
            table([
              [V1, "P", "60+", 2, 4000],
              [OUT, "P", "60+", 5, 1],
            ]),
          ],
        },
        {
          tables: [
            table([
              [V1, "P", "60+", 3, 200],
              [V2, "L", "0-5", 1, 7],
            ]),
          ],
        },
      ],
      {
        prefix: "73.09",
        villages: [V1, V2],
        floor: "village",
        serve: (count, ckey) => {
          seen.push([count, ckey]);
          return count;
        },
      },
    );
    expect(served?.cells).toEqual([
      { key: [V1, "P", "60+"], value: 5 },
      { key: [V2, "L", "0-5"], value: 1 },
    ]);
    // Each group's count is served with its own key, never the sum of both groups' keys.
    expect(seen).toContainEqual([2, 4000]);
    expect(seen).toContainEqual([3, 200]);
    expect(seen).not.toContainEqual([5, 104]);
    expect(served?.margins.rows).toEqual([
      { key: [V1], value: 5 },
      { key: [V2], value: 1 },
    ]);
    expect(served?.margins.grand).toEqual({ key: [], value: 6 });
    expect(served?.margins.columns).toEqual([
      { key: ["L", "0-5"], value: 1 },
      { key: ["P", "60+"], value: 5 },
    ]);
    // A group's grand total: its cells inside the area, keys added modulo 4096 (200 + 7).
    expect(seen).toContainEqual([4, 207]);
    expect(seen).toContainEqual([2, 4000]);
  });

  it("takes a total over a multi-answer dimension from the ALL cells", () => {
    const shapes = summaryShape("person", { period: parsePeriod("2025"), villages: [V1] }).filter(
      (s) => s.id === "category_sex",
    );
    const [served] = rollupTables(
      shapes,
      [
        {
          tables: [
            {
              id: "category_sex",
              dimensions: ["categories", "sex"],
              cells: [
                { key: ["disability", "P"], count: 7, ckey: 1 },
                { key: ["poor_household", "P"], count: 7, ckey: 2 },
                { key: [ALL, "P"], count: 7, ckey: 3 },
              ],
            },
          ],
        },
      ],
      { prefix: "73.09", villages: [V1], floor: "village", serve: exact },
    );
    expect(served?.margins.columns).toEqual([{ key: ["P"], value: 7 }]);
    expect(served?.margins.grand.value).toBe(7);
    expect(served?.margins.rows).toEqual([
      { key: ["disability"], value: 7 },
      { key: ["poor_household"], value: 7 },
    ]);
    expect(served?.cells.some((c) => c.key.includes(ALL))).toBe(false);
  });

  it("serves a village dimension at the floor's level, and joins composite parts back", () => {
    const caseShapes = summaryShape("case", {
      period: parsePeriod("2025"),
      villages: [V1, V2],
    }).filter((s) => s.id === "village_sex_age");
    const [byDistrict] = rollupTables(
      caseShapes,
      [
        {
          tables: [
            {
              id: "village_sex_age",
              dimensions: ["village", "victim_sex", "age_group"],
              cells: [
                { key: [V1, "P", "child"], count: 2, ckey: 1 },
                { key: [V2, "P", "child"], count: 3, ckey: 1 },
              ],
            },
          ],
        },
      ],
      { prefix: "73.09", villages: [V1, V2], floor: "district", serve: exact },
    );
    expect(byDistrict?.dimensions[0]).toEqual({ id: "district", values: ["73.09.03"] });
    expect(byDistrict?.cells).toEqual([{ key: ["73.09.03", "P", "child"], value: 5 }]);

    const serviceShapes = summaryShape("service", { period: parsePeriod("2025"), villages: [V1] });
    const [services] = rollupTables(
      serviceShapes,
      [
        {
          tables: [
            {
              id: "kind_item_status",
              dimensions: ["kind", "item", "status"],
              cells: [{ key: ["document", "ktp_el", "selesai"], count: 4, ckey: 9 }],
            },
          ],
        },
      ],
      { prefix: "73.09", villages: [V1], floor: "village", serve: exact },
    );
    expect(services?.dimensions.map((d) => d.id)).toEqual(["kind_item", "status"]);
    expect(services?.cells).toEqual([{ key: ["document/ktp_el", "selesai"], value: 4 }]);
  });

  it("tells a summary of the current layout from an older one", () => {
    const shapes = summaryShape("person", { period: parsePeriod("2025"), villages: [V1] });
    const current = shapes.map((s) => ({
      id: s.id,
      dimensions: s.dimensions.map((d) => d.id),
      cells: [],
    }));
    expect(matchesShapes(current, shapes)).toBe(true);
    expect(matchesShapes(current.slice(1), shapes)).toBe(false);
    const changed = current.map((t, i) => (i === 0 ? { ...t, dimensions: ["sex"] } : t));
    expect(matchesShapes(changed, shapes)).toBe(false);
  });
});

describe("stored parts", () => {
  const villagesA = ["73.09.03.2004", "73.09.03.2005"];
  const villagesB = ["73.09.04.1001", "73.09.03.2006"];
  const rows = (villages: string[], seed: number) => randomPersons(seeded(seed), 60, villages);
  const groups = [
    {
      villages: villagesA,
      summary: summaryOfRows("person", rows(villagesA, 1), { villages: villagesA, period: "2025" }),
    },
    {
      villages: villagesB,
      summary: summaryOfRows("person", rows(villagesB, 2), { villages: villagesB, period: "2025" }),
    },
  ];

  it("serve every area and floor exactly as the groups' cells do, also an area cutting through a group", () => {
    const period = parsePeriod("2025");
    for (const g of groups) {
      const table = g.summary.tables.find((t) => t.id === "village_sex_age");
      expect(new Set(table?.cells.map((c) => c.key[0]))).toEqual(new Set(g.villages));
    }
    for (const prefix of ["73.09.03", "73.09.04", "73.09", "all"]) {
      const villages = [...villagesA, ...villagesB].filter((v) => isUnder(v, prefix)).sort();
      const shapes = summaryShape("person", { period, villages });
      const stored = groups
        .filter((g) => g.villages.some((v) => isUnder(v, prefix)))
        .map((g) => {
          const own = summaryShape("person", { period, villages: g.villages });
          return {
            villages: g.villages,
            parts: decodeParts(encodeParts(own, g.summary, g.villages, perturbedValue)),
            tables: () => g.summary.tables,
          };
        });
      for (const floor of ["village", "district", "regency"] as const) {
        const opts = { prefix, villages, floor, serve: perturbedValue };
        const fromCells = rollupTables(
          shapes,
          stored.map((s) => ({ tables: s.tables() })),
          opts,
        );
        expect(
          rollupStored(shapes, stored, { ...opts, fromParts: true }),
          `${prefix} ${floor}`,
        ).toEqual(fromCells);
      }
    }
  });
});
