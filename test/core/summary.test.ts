// The shared-summary format: strict validation (counts and cell keys only) and a canonical JSON that ignores order.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalSummary,
  compareKeys,
  MAX_CELLS,
  MAX_COUNT,
  MAX_TABLES,
  type Summary,
  summarySchema,
} from "../../core/summary.ts";

const valid: Summary = {
  form: "person",
  tables: [
    {
      id: "village_sex_age",
      dimensions: ["village", "sex", "age_band"],
      cells: [
        { key: ["73.09.03.2004", "P", "25-44"], count: 4, ckey: 4000 },
        { key: ["73.09.03.2004", "L", "60+"], count: 1, ckey: 17 },
      ],
    },
    { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 4, ckey: 4000 }] },
  ],
};

type Json = Record<string, unknown>;
const clone = (): Json => structuredClone(valid) as unknown as Json;
const table0 = (s: Json) => (s.tables as Json[])[0] as Json;
const cell0 = (s: Json) => (table0(s).cells as Json[])[0] as Json;

function issuePaths(value: unknown): PropertyKey[][] {
  const result = summarySchema.safeParse(value);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.path);
}

describe("summarySchema", () => {
  it("accepts a valid summary unchanged", () => {
    expect(summarySchema.parse(valid)).toEqual(valid);
  });

  it("accepts empty cells and the limits", () => {
    const s = clone();
    table0(s).cells = [];
    expect(summarySchema.safeParse(s).success).toBe(true);
    const big = clone();
    cell0(big).count = MAX_COUNT;
    (cell0(big).key as string[])[0] = "x".repeat(64);
    expect(summarySchema.safeParse(big).success).toBe(true);
  });

  it.each<[string, (s: Json) => void, PropertyKey[]]>([
    ["an unknown top-level key", (s) => Object.assign(s, { note: "Siti" }), []],
    ["an unknown table key", (s) => Object.assign(table0(s), { title: "x" }), ["tables", 0]],
    [
      "an unknown cell key",
      (s) => Object.assign(cell0(s), { name: "Siti" }),
      ["tables", 0, "cells", 0],
    ],
    ["an unknown form", (s) => Object.assign(s, { form: "people" }), ["form"]],
    ["no tables", (s) => Object.assign(s, { tables: [] }), ["tables"]],
    ["a bad table id", (s) => Object.assign(table0(s), { id: "Village Sex" }), ["tables", 0, "id"]],
    [
      "a table id over 64 chars",
      (s) => Object.assign(table0(s), { id: `a${"b".repeat(64)}` }),
      ["tables", 0, "id"],
    ],
    [
      "no dimensions",
      (s) => Object.assign(table0(s), { dimensions: [] }),
      ["tables", 0, "dimensions"],
    ],
    [
      "five dimensions",
      (s) => Object.assign(table0(s), { dimensions: ["a", "b", "c", "d", "e"] }),
      ["tables", 0, "dimensions"],
    ],
    [
      "a bad dimension",
      (s) => Object.assign(table0(s), { dimensions: ["village", "Sex", "age_band"] }),
      ["tables", 0, "dimensions", 1],
    ],
    [
      "a duplicate dimension",
      (s) => Object.assign(table0(s), { dimensions: ["village", "sex", "sex"] }),
      ["tables", 0, "dimensions", 2],
    ],
    [
      "a short cell key",
      (s) => Object.assign(cell0(s), { key: ["73.09.03.2004", "P"] }),
      ["tables", 0, "cells", 0, "key"],
    ],
    [
      "a key value over 64 chars",
      (s) => Object.assign(cell0(s), { key: ["x".repeat(65), "P", "0-5"] }),
      ["tables", 0, "cells", 0, "key", 0],
    ],
    [
      "a non-string key value",
      (s) => Object.assign(cell0(s), { key: [7309, "P", "0-5"] }),
      ["tables", 0, "cells", 0, "key", 0],
    ],
    [
      "a negative count",
      (s) => Object.assign(cell0(s), { count: -1 }),
      ["tables", 0, "cells", 0, "count"],
    ],
    [
      "a fractional count",
      (s) => Object.assign(cell0(s), { count: 1.5 }),
      ["tables", 0, "cells", 0, "count"],
    ],
    [
      "a count as text",
      (s) => Object.assign(cell0(s), { count: "4" }),
      ["tables", 0, "cells", 0, "count"],
    ],
    [
      "a count over the maximum",
      (s) => Object.assign(cell0(s), { count: MAX_COUNT + 1 }),
      ["tables", 0, "cells", 0, "count"],
    ],
    ["a missing cell key", (s) => delete cell0(s).ckey, ["tables", 0, "cells", 0, "ckey"]],
    [
      "a cell key of 4096",
      (s) => Object.assign(cell0(s), { ckey: 4096 }),
      ["tables", 0, "cells", 0, "ckey"],
    ],
    [
      "a negative cell key",
      (s) => Object.assign(cell0(s), { ckey: -1 }),
      ["tables", 0, "cells", 0, "ckey"],
    ],
    [
      "a fractional cell key",
      (s) => Object.assign(cell0(s), { ckey: 0.5 }),
      ["tables", 0, "cells", 0, "ckey"],
    ],
    [
      "a duplicate cell key",
      (s) =>
        (table0(s).cells as Json[]).push({
          key: ["73.09.03.2004", "P", "25-44"],
          count: 1,
          ckey: 1,
        }),
      ["tables", 0, "cells", 2, "key"],
    ],
    [
      "a duplicate table id",
      (s) => (s.tables as Json[]).push({ id: "sex", dimensions: ["sex"], cells: [] }),
      ["tables", 2, "id"],
    ],
  ])("rejects %s", (_name, mutate, path) => {
    const s = clone();
    mutate(s);
    expect(issuePaths(s)).toContainEqual(path);
  });

  it("rejects more than the maximum of tables or cells", () => {
    const tables = Array.from({ length: MAX_TABLES + 1 }, (_, i) => ({
      id: `t${i}`,
      dimensions: ["sex"],
      cells: [],
    }));
    expect(issuePaths({ form: "person", tables })).toContainEqual(["tables"]);
    const cells = Array.from({ length: MAX_CELLS + 1 }, (_, i) => ({
      key: [String(i)],
      count: 1,
      ckey: 0,
    }));
    expect(
      issuePaths({ form: "person", tables: [{ id: "n", dimensions: ["n"], cells }] }),
    ).toContainEqual(["tables", 0, "cells"]);
  });

  it("does not take keys that merely join alike as duplicates", () => {
    const s = {
      form: "person",
      tables: [
        {
          id: "ab",
          dimensions: ["a", "b"],
          cells: [
            { key: ["x,y", "z"], count: 1, ckey: 1 },
            { key: ["x", "y,z"], count: 1, ckey: 1 },
          ],
        },
      ],
    };
    expect(summarySchema.safeParse(s).success).toBe(true);
  });
});

describe("canonicalSummary", () => {
  it("sorts tables by id and cells by key, with a fixed property order", () => {
    expect(JSON.parse(canonicalSummary(valid))).toEqual({
      format: 2,
      form: "person",
      tables: [
        { id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 4, ckey: 4000 }] },
        {
          id: "village_sex_age",
          dimensions: ["village", "sex", "age_band"],
          cells: [
            { key: ["73.09.03.2004", "L", "60+"], count: 1, ckey: 17 },
            { key: ["73.09.03.2004", "P", "25-44"], count: 4, ckey: 4000 },
          ],
        },
      ],
    });
    expect(canonicalSummary(valid)).toMatch(
      /^\{"format":2,"form":"person","tables":\[\{"id":"sex","dimensions"/,
    );
  });

  it("drops zero cells but keeps the table and its dimension order", () => {
    const s: Summary = {
      form: "person",
      tables: [
        {
          id: "t",
          dimensions: ["sex", "village"],
          cells: [{ key: ["P", "v"], count: 0, ckey: 0 }],
        },
      ],
    };
    expect(canonicalSummary(s)).toBe(
      '{"format":2,"form":"person","tables":[{"id":"t","dimensions":["sex","village"],"cells":[]}]}',
    );
  });

  it("orders by code unit, not locale", () => {
    const s: Summary = {
      form: "person",
      tables: [
        {
          id: "t",
          dimensions: ["k"],
          cells: ["b", "a", "B", "é", "Z", "10", "9"].map((k) => ({ key: [k], count: 1, ckey: 0 })),
        },
      ],
    };
    const keys = (JSON.parse(canonicalSummary(s)) as Summary).tables[0]?.cells.map((c) => c.key[0]);
    expect(keys).toEqual(["10", "9", "B", "Z", "a", "b", "é"]);
  });

  it("does not modify its input", () => {
    const copy = structuredClone(valid);
    canonicalSummary(copy);
    expect(copy).toEqual(valid);
  });

  it("is the same for any order of tables and cells, and with zero cells added", () => {
    const cellArb = fc.record({
      key: fc.tuple(fc.constantFrom("v1", "v2", "v3"), fc.constantFrom("L", "P")),
      count: fc.integer({ min: 0, max: 50 }),
      ckey: fc.integer({ min: 0, max: 4095 }),
    });
    const summaryArb = fc
      .uniqueArray(cellArb, { selector: (c) => c.key.join("|"), maxLength: 6 })
      .map(
        (cells): Summary => ({
          form: "person",
          tables: [
            { id: "village_sex", dimensions: ["village", "sex"], cells },
            {
              id: "all",
              dimensions: ["sex"],
              cells: [{ key: ["P"], count: cells.length, ckey: 0 }],
            },
          ],
        }),
      );
    fc.assert(
      fc.property(summaryArb, fc.infiniteStream(fc.nat()), (summary, randoms) => {
        const shuffle = <T>(items: T[]): T[] =>
          items
            .map((item) => ({ item, r: randoms.next().value as number }))
            .sort((a, b) => a.r - b.r)
            .map(({ item }) => item);
        const shuffled: Summary = {
          form: summary.form,
          tables: shuffle(summary.tables).map((t) => ({ ...t, cells: shuffle(t.cells) })),
        };
        expect(summarySchema.safeParse(shuffled).success).toBe(true);
        expect(canonicalSummary(shuffled)).toBe(canonicalSummary(summary));
      }),
    );
  });
});

describe("compareKeys", () => {
  it("orders keys value by value in code-unit order, shorter first on a tie", () => {
    const keys = [["b"], ["a", "z"], ["a"], ["a", "B"], ["10"], ["9"]];
    expect([...keys].sort(compareKeys)).toEqual([
      ["10"],
      ["9"],
      ["a"],
      ["a", "B"],
      ["a", "z"],
      ["b"],
    ]);
  });
});
