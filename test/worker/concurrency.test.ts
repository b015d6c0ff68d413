// Racing uploads: many concurrent PUTs from 20 groups; roll-ups equal the sum of each group's last revision.
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ServedTable } from "../../core/disclosure.ts";
import { childrenOf } from "../../worker/src/regions.ts";
import {
  apiWithEnv,
  auth,
  direct,
  jsonInit,
  type SeededGroup,
  seedGroup,
  villagesOf,
} from "./helpers.ts";

const GROUPS = 20;
const UPLOADS_PER_GROUP = 10;
const ROUNDS = 10;
const SEXES = ["L", "P"] as const;

interface Upload {
  cells: Map<string, number>; // "village|sex" → count
  sex: Map<string, number>;
}

function body(upload: Upload) {
  return {
    form: "person",
    tables: [
      {
        id: "village_sex",
        dimensions: ["village", "sex"],
        cells: [...upload.cells].map(([k, count]) => ({ key: k.split("|"), count })),
      },
      {
        id: "sex",
        dimensions: ["sex"],
        cells: [...upload.sex].map(([k, count]) => ({ key: [k], count })),
      },
    ],
  };
}

/** The villages of Kab. Maros, two per group, so the 20 groups together span the regency. */
const maros = (childrenOf("73.09") ?? []).flatMap((district) => villagesOf(district.code));

let groups: SeededGroup[] = [];

async function seedOnce(): Promise<SeededGroup[]> {
  if (groups.length === 0) {
    expect(maros.length).toBeGreaterThanOrEqual(2 * GROUPS);
    groups = await Promise.all(
      Array.from({ length: GROUPS }, (_, i) =>
        seedGroup(`Kelompok ${i + 1}`, [maros[2 * i] as string, maros[2 * i + 1] as string]),
      ),
    );
  }
  return groups;
}

function uploadArb(villages: readonly string[]): fc.Arbitrary<Upload> {
  const count = fc.integer({ min: 0, max: 60 });
  return fc
    .tuple(
      fc.array(count, { minLength: villages.length * 2, maxLength: villages.length * 2 }),
      count,
      count,
    )
    .map(([counts, l, p]) => ({
      cells: new Map(
        villages.flatMap((v, i) =>
          SEXES.map((s, j) => [`${v}|${s}`, counts[i * 2 + j] as number] as const),
        ),
      ),
      sex: new Map([
        ["L", l],
        ["P", p],
      ]),
    }));
}

function sumOf(uploads: Upload[]): { cells: Map<string, number>; sex: Map<string, number> } {
  const cells = new Map<string, number>();
  const sex = new Map<string, number>();
  for (const u of uploads) {
    for (const [k, n] of u.cells) cells.set(k, (cells.get(k) ?? 0) + n);
    for (const [k, n] of u.sex) sex.set(k, (sex.get(k) ?? 0) + n);
  }
  return { cells, sex };
}

const served = (table: ServedTable | undefined) =>
  new Map((table?.cells ?? []).map((c) => [c.key.join("|"), c]));

describe("concurrent uploads from 20 groups", () => {
  it(`loses no revision and rolls up exactly each group's last upload (${ROUNDS} rounds × ${GROUPS} groups × ${UPLOADS_PER_GROUP} uploads)`, async () => {
    const seeded = await seedOnce();
    const allUploads = fc.sample(
      fc.tuple(
        ...seeded.map((g) =>
          fc.uniqueArray(uploadArb(g.group.villages), {
            minLength: UPLOADS_PER_GROUP,
            maxLength: UPLOADS_PER_GROUP,
            selector: (u) => JSON.stringify(body(u)),
          }),
        ),
      ),
      { numRuns: ROUNDS, seed: 20260 },
    );
    const failures: string[] = [];
    for (const [round, uploads] of allUploads.entries()) {
      const period = `2070-${String(round + 1).padStart(2, "0")}`;
      // Every upload of every group at once, with roll-up reads racing them.
      const puts = seeded.flatMap((g, i) =>
        (uploads[i] as Upload[]).map(async (u) => {
          const res = await direct(`/v1/summaries/${period}`, jsonInit("PUT", g.key, body(u)));
          if (res.status !== 200) failures.push(`PUT ${res.status} ${await res.clone().text()}`);
          return {
            group: i,
            upload: u,
            result: (await res.json()) as { revision: number; changed: boolean },
          };
        }),
      );
      const reads = Array.from({ length: 10 }, async () => {
        const res = await direct(
          `/v1/summaries/${period}?region=73.09&form=person`,
          auth(seeded[0]?.key ?? ""),
        );
        if (res.status !== 200) failures.push(`GET ${res.status} ${await res.text()}`);
      });
      const results = await Promise.all([...puts, ...reads]).then((r) =>
        r.filter((x) => x !== undefined),
      );
      expect(failures).toEqual([]);

      // Per group: revisions 1..n, each exactly once, and the highest is the stored one.
      const winners: Upload[] = [];
      for (let i = 0; i < GROUPS; i++) {
        const mine = results.filter((r) => r?.group === i) as {
          upload: Upload;
          result: { revision: number; changed: boolean };
        }[];
        expect(mine.every((r) => r.result.changed)).toBe(true);
        expect(mine.map((r) => r.result.revision).sort((a, b) => a - b)).toEqual(
          Array.from({ length: UPLOADS_PER_GROUP }, (_, n) => n + 1),
        );
        const last = mine.find((r) => r.result.revision === UPLOADS_PER_GROUP);
        winners.push(last?.upload as Upload);
        const history = await env.DB.prepare(
          "SELECT count(*) AS n FROM summary_revisions WHERE group_id = ?1 AND period = ?2",
        )
          .bind(seeded[i]?.group.id, period)
          .first<{ n: number }>();
        expect(history?.n).toBe(UPLOADS_PER_GROUP);
        const audited = await env.DB.prepare(
          "SELECT count(*) AS n FROM audit_log WHERE group_id = ?1 AND period = ?2 AND action = 'summary.revise'",
        )
          .bind(seeded[i]?.group.id, period)
          .first<{ n: number }>();
        expect(audited?.n).toBe(UPLOADS_PER_GROUP);
      }

      const expected = sumOf(winners);
      // k = 1: nothing is suppressed, so every cell must equal the sum exactly.
      const res = await apiWithEnv(
        { SUPPRESSION_K: "1" },
        `/v1/summaries/${period}?region=73.09&form=person`,
        auth(seeded[3]?.key ?? ""),
      );
      const rollup = (await res.json()) as {
        forms: { completeness: { expected: number; reported: number }; tables: ServedTable[] }[];
      };
      const [person] = rollup.forms;
      expect(person?.completeness).toMatchObject({ expected: GROUPS, reported: GROUPS });
      const [sexTable, villageTable] = person?.tables ?? [];
      const cells = served(villageTable);
      expect(cells.size).toBe(expected.cells.size);
      for (const [k, n] of expected.cells) expect(cells.get(k)?.count, k).toBe(n);
      for (const [k, n] of expected.sex) expect(served(sexTable).get(k)?.count, k).toBe(n);
      const total = [...expected.cells.values()].reduce((a, b) => a + b, 0);
      expect(villageTable?.totals.grand.count).toBe(total);

      // Default k: every cell that is shown is exact, and the grand total is exact.
      const suppressed = (await (
        await direct(`/v1/summaries/${period}?region=73.09&form=person`, auth(seeded[5]?.key ?? ""))
      ).json()) as { forms: { tables: ServedTable[] }[] };
      const shown = served(suppressed.forms[0]?.tables[1]);
      for (const [k, cell] of shown) {
        if (!cell.suppressed) expect(cell.count, k).toBe(expected.cells.get(k));
        else expect(cell.count).toBeNull();
      }
    }
  }, 120_000);

  it("serialises racing identical uploads: one revision, the rest unchanged, all audited", async () => {
    const [g] = await seedOnce();
    const same = {
      form: "person",
      tables: [{ id: "sex", dimensions: ["sex"], cells: [{ key: ["P"], count: 11 }] }],
    };
    const results = await Promise.all(
      Array.from({ length: 25 }, async () => {
        const res = await direct("/v1/summaries/2071", jsonInit("PUT", g?.key ?? "", same));
        return (await res.json()) as { revision: number; changed: boolean };
      }),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.revision))).toEqual(new Set([1]));
    const { results: rows } = await env.DB.prepare(
      "SELECT action, count(*) AS n FROM audit_log WHERE group_id = ?1 AND period = '2071' GROUP BY action ORDER BY action",
    )
      .bind(g?.group.id)
      .all();
    expect(rows).toEqual([
      { action: "summary.revise", n: 1 },
      { action: "summary.unchanged", n: 24 },
    ]);
  });
});
