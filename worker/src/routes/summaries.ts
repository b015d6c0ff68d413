// PUT/GET /v1/summaries/{period}: a group's count-only summaries (checked against its form's report), and perturbed roll-ups over an area.
import { Hono } from "hono";
import * as z from "zod";
import { PERIOD_YEARS_BACK, REVISIONS_KEPT } from "../../../core/api/limits.ts";
import type {
  FloorLevel,
  OwnSummariesResponse,
  PutSummaryResponse,
  RollupForm,
  RollupResponse,
} from "../../../core/api/summaries.ts";
import { FORM_IDS, type FormId } from "../../../core/form-ids.ts";
import { t } from "../../../core/i18n.ts";
import { isPeriodOpen, parsePeriod, periodSchema } from "../../../core/period.ts";
import { perturbedValue } from "../../../core/perturbation/perturb.ts";
import { shapeIssues, shapeSignature, summaryShape } from "../../../core/reports/summary-shape.ts";
import { decodeParts, encodeParts, matchesShapes, rollupStoredJson } from "../../../core/rollup.ts";
import { canonicalSummary, summarySchema } from "../../../core/summary.ts";
import type { AppEnv } from "../app-env.ts";
import { requireAny, requireGroup } from "../auth.ts";
import { auditExactRead } from "../db/audit.ts";
import { readFloors } from "../db/form-floors.ts";
import { areaState, listGroupSummaries, putSummary, readAreaSummaries } from "../db/summaries.ts";
import { ApiError, invalidInput, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { sha256Hex } from "../key-hash.ts";
import { type Area, findArea, isKnownVillage, isUnder, levelOfCode } from "../regions.ts";
import { cachedRollup, keepRollup, rollupCacheKey } from "../rollup-cache.ts";
import { dailyRevisions, storageQuotaBytes } from "../settings.ts";
import { todayInIndonesia } from "../today.ts";

const formQuerySchema = z.enum(FORM_IDS).optional();
const exactQuerySchema = z.enum(["1"]).optional();

type RegionArea =
  | (Area & { level: "province" | "regency" | "district" })
  | { code: "all"; name: string; level: "country" };

const REGION_MESSAGE =
  "A region is all, or a province, regency or district code (e.g. 73, 73.09, 73.09.03).";

function parseRegion(text: string): RegionArea {
  if (text === "all") return { code: "all", name: "Indonesia", level: "country" };
  const level = levelOfCode(text);
  const area = level && level !== "village" ? findArea(text) : undefined;
  if (!area) throw invalidInput([{ path: ["region"], message: REGION_MESSAGE }], REGION_MESSAGE);
  return area as RegionArea;
}

// Finer first: a form whose floor is above the region's level is not served for that region.
const LEVEL_RANK: Record<string, number> = {
  village: 0,
  district: 1,
  regency: 2,
  province: 3,
  country: 4,
};

function isBelowFloor(level: string, floor: FloorLevel): boolean {
  return (LEVEL_RANK[level] ?? 0) < (LEVEL_RANK[floor] ?? 0);
}

/**
 * The answer's text with each form's `"tables":[]` filled with its tables' JSON, in order. Every
 * other string in the answer is JSON-escaped, so the marker occurs only where it was put.
 */
function withTables(text: string, tables: readonly string[][]): string {
  let form = 0;
  return text.replace(/"tables":\[\]/g, () => `"tables":[${(tables[form++] ?? []).join(",")}]`);
}

/** Seconds until the next UTC midnight, when the day's upload quota starts again. */
function secondsToNextDay(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}

export const summaries = new Hono<AppEnv>()
  .put("/:period", requireGroup, async (c) => {
    const periodText = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const period = parsePeriod(periodText);
    const now = new Date();
    if (!isPeriodOpen(period, todayInIndonesia(now), PERIOD_YEARS_BACK)) {
      const message = `Counts are taken for periods from January ${PERIOD_YEARS_BACK} years back up to the current one.`;
      throw new ApiError(400, "period_out_of_range", message, [{ path: ["period"], message }]);
    }
    const summary = parseInput(summarySchema, await readJson(c));
    const group = c.var.group;
    const shapes = summaryShape(summary.form, { period, villages: group.villages });
    const issues = shapeIssues(summary, shapes, isKnownVillage);
    if (issues.length > 0) {
      const outside = issues.every((i) => i.outsideVillage);
      throw new ApiError(
        400,
        outside ? "village_not_in_group" : "invalid_summary",
        outside
          ? "The summary counts villages that are not the group's own."
          : "The summary does not have the tables of this form's report.",
        issues.map((i) => ({ path: i.path, message: i.message })),
      );
    }
    const principal = c.var.principal;
    const content = canonicalSummary(summary);
    const result = await putSummary(c.var.db, {
      groupId: group.id,
      keyId: principal?.kind === "group" ? principal.keyId : "",
      form: summary.form,
      period: periodText,
      content,
      contentSha256: await sha256Hex(content),
      // Served parts made now, once, so roll-ups only add numbers (core/rollup.ts).
      served: encodeParts(shapes, summary, group.villages, perturbedValue),
      shapeSig: shapeSignature(shapes),
      villages: group.villages,
      now: now.toISOString(),
      quotas: {
        storageBytes: storageQuotaBytes(c.env),
        dailyRevisions: dailyRevisions(c.env),
        revisionsKept: REVISIONS_KEPT,
      },
    });
    if (result.kind === "storage_quota") {
      throw new ApiError(
        413,
        "storage_quota_exceeded",
        `The group's summaries would exceed its storage quota (${result.quota} bytes; ${result.used} used). The programme admin can raise GROUP_STORAGE_QUOTA_BYTES.`,
      );
    }
    if (result.kind === "daily_quota") {
      throw new ApiError(
        429,
        "daily_quota_exceeded",
        `The group stored ${result.revisions} new revisions today, its daily limit; unchanged uploads still work.`,
        [],
        { "Retry-After": String(secondsToNextDay(now)) },
      );
    }
    const body: PutSummaryResponse = {
      revision: result.revision,
      changed: result.kind === "written",
    };
    return c.json(body);
  })
  .get("/:period", requireAny, async (c) => {
    const period = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const form = parseInput(formQuerySchema, c.req.query("form"), ["form"]);
    const principal = c.var.principal;
    const regionText = c.req.query("region");
    if (regionText !== undefined) {
      const region = parseRegion(regionText);
      const exact = parseInput(exactQuerySchema, c.req.query("exact"), ["exact"]) === "1";
      if (exact && principal?.kind !== "admin") {
        throw new ApiError(403, "forbidden", "Only the programme admin may read exact roll-ups.");
      }
      const db = c.var.db;
      const json = (text: string, cacheState: "hit" | "miss" | "none") =>
        c.body(text, 200, {
          "Content-Type": "application/json; charset=UTF-8",
          "X-Pilah-Cache": cacheState,
        });
      // An unchanged area is answered from the cache: one small query instead of every summary.
      const key = exact
        ? undefined
        : await rollupCacheKey(
            region.code,
            period,
            form,
            await areaState(db, region.code, period, form),
          );
      const kept = key ? await cachedRollup(key) : undefined;
      if (kept !== undefined) return json(kept, "hit");
      const [{ groups, summaries: stored }, floors] = await Promise.all([
        readAreaSummaries(db, region.code, period, form),
        readFloors(db),
      ]);
      if (exact) {
        await auditExactRead(db, {
          at: new Date().toISOString(),
          region: region.code,
          period,
          form: form ?? null,
        });
      }
      // Every village of the area's groups is a row of a village table, reported or zero.
      const villages = [
        ...new Set(groups.flatMap((g) => g.villages.filter((v) => isUnder(v, region.code)))),
      ].sort();
      const serve = exact ? (count: number) => count : perturbedValue;
      const parsed = parsePeriod(period);
      const forms: FormId[] = form ? [form] : [...FORM_IDS];
      // Tables are written as JSON text by core/rollup.ts (a regency's village table has tens of
      // thousands of cells: no object per cell), then put in their places in the answer below.
      const tableTexts: string[][] = [];
      const body: RollupResponse = {
        period,
        region: { code: region.code, name: region.name, level: region.level },
        exact,
        note: {
          id: t("id", exact ? "shared.exact_note" : "shared.perturbation_note"),
          en: t("en", exact ? "shared.exact_note" : "shared.perturbation_note"),
        },
        forms: forms.map((f): RollupForm => {
          const shapes = summaryShape(f, { period: parsed, villages });
          const signature = shapeSignature(shapes);
          const ofForm = stored.filter((s) => s.form === f);
          // Parts made for this report's shape are used as they are; a summary without them is
          // checked against the shape from its cells.
          const current = ofForm.filter(
            (s) => !s.stale && (s.shapeSig === signature || matchesShapes(s.tables(), shapes)),
          );
          const currentIds = new Set(current.map((s) => s.groupId));
          const reported = new Set(ofForm.map((s) => s.groupId));
          // The admin's exact read is the programme's own audit: every level, villages included.
          const floor = exact ? "village" : floors[f];
          const withheld = isBelowFloor(region.level, floor);
          const entry: RollupForm = {
            form: f,
            floor,
            withheld,
            // As DHIS2 reports completeness: expected, reported, and who has not reported.
            completeness: {
              expected: groups.length,
              reported: currentIds.size,
              missing: groups
                .filter((g) => !reported.has(g.id))
                .map((g) => ({ id: g.id, name: g.name })),
              stale: groups
                .filter((g) => reported.has(g.id) && !currentIds.has(g.id))
                .map((g) => ({ id: g.id, name: g.name })),
            },
            tables: [],
          };
          tableTexts.push(
            withheld
              ? []
              : rollupStoredJson(
                  shapes,
                  current.map((s) => ({
                    villages: s.villages,
                    parts: s.served && s.shapeSig === signature ? decodeParts(s.served) : null,
                    tables: s.tables,
                  })),
                  // An exact read serves counts, which the stored (perturbed) parts are not.
                  { prefix: region.code, villages, floor, serve, fromParts: !exact },
                ),
          );
          return entry;
        }),
      };
      const text = withTables(JSON.stringify(body), tableTexts);
      if (key) keepRollup(c, key, text);
      return json(text, key ? "miss" : "none");
    }

    if (principal?.kind !== "group") {
      throw new ApiError(
        403,
        "forbidden",
        "The admin has no summaries of its own; ask for a roll-up with ?region=.",
      );
    }
    const group = principal.group;
    // A group reads its own summaries whole; naming another group is out of its scope.
    const asked = c.req.query("group");
    if (asked !== undefined && asked !== group.id) {
      throw new ApiError(403, "forbidden", "A key reads only its own group's summaries.");
    }
    const own = await listGroupSummaries(c.var.db, group.id, period, form);
    const body: OwnSummariesResponse = {
      period,
      group: { id: group.id, name: group.name },
      summaries: own.map((s) => ({
        form: s.form,
        revision: s.revision,
        updated_at: s.updatedAt,
        stale: s.stale,
        tables: s.tables,
      })),
    };
    return c.json(body);
  })
  .all("/:period", () => {
    throw methodNotAllowed("GET, HEAD, PUT");
  });
