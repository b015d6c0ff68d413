// Racing uploads: many concurrent PUTs from 20 groups; the exact roll-up equals the sum of each group's last revision.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { bandOf, SIMFONI_BANDS } from "../../core/age-bands.ts";
import type { RollupResponse } from "../../core/api/summaries.ts";
import { childrenOf } from "../../worker/src/regions.ts";
import { randomPersons, seeded as seededRandom } from "../support/summaries.ts";
import {
  ADMIN_TOKEN,
  apiWithEnv,
  auth,
  jsonInit,
  personSummary,
  type SeededGroup,
  seedGroup,
  villagesOf,
  YEAR,
} from "./helpers.ts";

const GROUPS = 20;
const UPLOADS_PER_GROUP = 10;
const ROUNDS = 10;
const NO_QUOTAS = { GROUP_DAILY_REVISIONS: "100000", GROUP_STORAGE_QUOTA_BYTES: "1000000000" };
const direct = (path: string, init?: RequestInit) => apiWithEnv(NO_QUOTAS, path, init);

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

/** village|sex|band → persons, counted here from the rows, not by the report code. */
function count(rows: readonly Record<string, unknown>[], into: Map<string, number>): void {
  for (const r of rows) {
    const k = `${r.village}|${r.sex}|${bandOf(r.age_years as number, SIMFONI_BANDS)}`;
    into.set(k, (into.get(k) ?? 0) + 1);
  }
}

describe("concurrent uploads from 20 groups", () => {
  it(`loses no revision and rolls up exactly each group's last upload (${ROUNDS} rounds × ${GROUPS} groups × ${UPLOADS_PER_GROUP} uploads)`, async () => {
    const seeded = await seedOnce();
    const failures: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const period = `${YEAR - 1}-${String(round + 1).padStart(2, "0")}`;
      // Every upload differs: upload u of a group has u + 1 more persons than its register's base.
      const uploads = seeded.map((g, i) =>
        Array.from({ length: UPLOADS_PER_GROUP }, (_, u) =>
          randomPersons(seededRandom(round * 1000 + i * 10 + u), 5 + u, g.group.villages),
        ),
      );
      // Every upload of every group at once, with roll-up reads racing them.
      const puts = seeded.flatMap((g, i) =>
        (uploads[i] ?? []).map(async (rows) => {
          const res = await direct(
            `/v1/summaries/${period}`,
            jsonInit("PUT", g.key, personSummary(rows, period, g.group.villages)),
          );
          if (res.status !== 200) failures.push(`PUT ${res.status} ${await res.clone().text()}`);
          return {
            group: i,
            rows,
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
        return undefined;
      });
      const results = (await Promise.all([...puts, ...reads])).filter((x) => x !== undefined);
      expect(failures).toEqual([]);

      // Per group: revisions 1..n, each exactly once, and the highest is the stored one.
      const expected = new Map<string, number>();
      for (let i = 0; i < GROUPS; i++) {
        const mine = results.filter((r) => r?.group === i);
        expect(mine.every((r) => r?.result.changed)).toBe(true);
        expect(mine.map((r) => r?.result.revision).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
          Array.from({ length: UPLOADS_PER_GROUP }, (_, n) => n + 1),
        );
        const last = mine.find((r) => r?.result.revision === UPLOADS_PER_GROUP);
        count(last?.rows ?? [], expected);
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

      // The admin's exact read: every cell the sum of the winners' rows.
      const res = await direct(
        `/v1/summaries/${period}?region=73.09&form=person&exact=1`,
        auth(ADMIN_TOKEN),
      );
      const rollup = (await res.json()) as RollupResponse;
      const [person] = rollup.forms;
      expect(person?.completeness).toMatchObject({ expected: GROUPS, reported: GROUPS });
      const table = person?.tables.find((t) => t.id === "village_sex_age");
      const cells = new Map((table?.cells ?? []).map((c) => [c.key.join("|"), c.value]));
      expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(expected));
      const total = [...expected.values()].reduce((a, b) => a + b, 0);
      expect(table?.margins.grand.value).toBe(total);

      // What any group reads: each cell within 5 of the exact count, never 1..4.
      const served = (await (
        await direct(`/v1/summaries/${period}?region=73.09&form=person`, auth(seeded[5]?.key ?? ""))
      ).json()) as RollupResponse;
      const perturbed = served.forms[0]?.tables.find((t) => t.id === "village_sex_age");
      for (const c of perturbed?.cells ?? []) {
        const exact = expected.get(c.key.join("|")) ?? 0;
        expect(exact).toBeGreaterThan(0);
        expect(Math.abs(c.value - exact)).toBeLessThanOrEqual(5);
        expect(c.value >= 5).toBe(true);
      }
    }
  }, 240_000);

  it("serialises racing identical uploads: one revision, the rest unchanged and unwritten", async () => {
    const [g] = await seedOnce();
    const period = `${YEAR - 1}-Q4`;
    const same = personSummary(
      randomPersons(seededRandom(7), 11, g?.group.villages ?? []),
      period,
      g?.group.villages,
    );
    const results = await Promise.all(
      Array.from({ length: 25 }, async () => {
        const res = await direct(`/v1/summaries/${period}`, jsonInit("PUT", g?.key ?? "", same));
        return (await res.json()) as { revision: number; changed: boolean };
      }),
    );
    expect(results.filter((r) => r.changed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.revision))).toEqual(new Set([1]));
    const { results: rows } = await env.DB.prepare(
      "SELECT action, count(*) AS n FROM audit_log WHERE group_id = ?1 AND period = ?2 GROUP BY action ORDER BY action",
    )
      .bind(g?.group.id, period)
      .all();
    expect(rows).toEqual([{ action: "summary.revise", n: 1 }]);
  });
});
