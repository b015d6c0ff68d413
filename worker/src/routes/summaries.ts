// PUT/GET /v1/summaries/{period}: a group's count-only summaries with revisions, and roll-ups over an area.
import { Hono } from "hono";
import * as z from "zod";
import { protectTable, type ServedTable } from "../../../core/disclosure.ts";
import { FORM_IDS, type FormId } from "../../../core/form-ids.ts";
import { periodSchema } from "../../../core/period.ts";
import {
  canonicalSummary,
  type Summary,
  type SummaryTable,
  summarySchema,
} from "../../../core/summary.ts";
import type { AppEnv } from "../app-env.ts";
import { requireAny, requireGroup } from "../auth.ts";
import { listGroupSummaries, putSummary, readAreaSummaries } from "../db/summaries.ts";
import {
  ApiError,
  type ErrorIssue,
  invalidInput,
  methodNotAllowed,
  parseInput,
} from "../errors.ts";
import { readJson } from "../json-body.ts";
import { sha256Hex } from "../key-hash.ts";
import { type Area, findArea, isUnder, levelOfCode } from "../regions.ts";
import { gridSize, sumTables, VILLAGE_DIMENSION } from "../rollup.ts";
import { suppressionK } from "../settings.ts";

const formQuerySchema = z.enum(FORM_IDS).optional();

// Enough to show what is wrong without a 50,000-cell summary making a megabyte of issues.
const MAX_VILLAGE_ISSUES = 100;

/** Cells that count people in villages that are not the group's own (zero counts count no one). */
function outsideVillageIssues(summary: Summary, villages: readonly string[]): ErrorIssue[] {
  const own = new Set(villages);
  const issues: ErrorIssue[] = [];
  summary.tables.forEach((table, t) => {
    const d = table.dimensions.indexOf(VILLAGE_DIMENSION);
    if (d < 0) return;
    table.cells.forEach((cell, i) => {
      const village = cell.key[d] as string;
      if (cell.count > 0 && !own.has(village) && issues.length < MAX_VILLAGE_ISSUES) {
        issues.push({
          path: ["tables", t, "cells", i, "key", d],
          message: `Village ${JSON.stringify(village)} is not one of the group's villages.`,
        });
      }
    });
  });
  return issues;
}

/**
 * The largest grid a roll-up protects: 357 villages by sex and seven age bands (a regency's
 * groups), which suppression handles within about 1.5 s of CPU even when every count is small
 * (measured in Node on core/disclosure.ts). A larger table is listed as omitted — ask for a
 * smaller area — rather than served unprotected or left to exhaust the worker's CPU limit.
 */
export const MAX_ROLLUP_GRID = 5_000;

type RegionArea = Area | { code: "all"; name: string; level: "country" };

const REGION_MESSAGE =
  "A region is all, or a province, regency or district code (e.g. 73, 73.09, 73.09.03).";

function parseRegion(text: string): RegionArea {
  if (text === "all") return { code: "all", name: "Indonesia", level: "country" };
  const level = levelOfCode(text);
  const area = level && level !== "village" ? findArea(text) : undefined;
  if (!area) throw invalidInput([{ path: ["region"], message: REGION_MESSAGE }], REGION_MESSAGE);
  return area;
}

function protectTables(tables: SummaryTable[], k: number, villages: readonly string[]) {
  const served: ServedTable[] = [];
  const omitted: { id: string; dimensions: string[]; grid: number; reason: "too_large" }[] = [];
  for (const table of tables) {
    const given = table.dimensions.includes(VILLAGE_DIMENSION)
      ? { [VILLAGE_DIMENSION]: villages }
      : undefined;
    const grid = gridSize(table, given);
    if (grid > MAX_ROLLUP_GRID) {
      omitted.push({ id: table.id, dimensions: table.dimensions, grid, reason: "too_large" });
    } else {
      served.push(protectTable(table, k, given));
    }
  }
  return { tables: served, omitted };
}

export const summaries = new Hono<AppEnv>()
  .put("/:period", requireGroup, async (c) => {
    const period = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const summary = parseInput(summarySchema, await readJson(c));
    const group = c.var.group;
    const outside = outsideVillageIssues(summary, group.villages);
    if (outside.length > 0) {
      throw new ApiError(
        400,
        "village_not_in_group",
        "The summary counts villages that are not the group's own.",
        outside,
      );
    }
    const principal = c.var.principal;
    const content = canonicalSummary(summary);
    const result = await putSummary(c.var.db, {
      groupId: group.id,
      keyId: principal?.kind === "group" ? principal.keyId : "",
      form: summary.form,
      period,
      content,
      contentSha256: await sha256Hex(content),
      now: new Date().toISOString(),
    });
    return c.json(result);
  })
  .get("/:period", requireAny, async (c) => {
    const period = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const form = parseInput(formQuerySchema, c.req.query("form"), ["form"]);
    const regionText = c.req.query("region");
    if (regionText !== undefined) {
      const region = parseRegion(regionText);
      const k = suppressionK(c.env);
      const { groups, summaries: stored } = await readAreaSummaries(
        c.var.db,
        region.code,
        period,
        form,
      );
      // Every village of the area's groups is a row of a village table, reported or zero.
      const villages = [
        ...new Set(groups.flatMap((g) => g.villages.filter((v) => isUnder(v, region.code)))),
      ].sort();
      const forms: FormId[] = form ? [form] : [...FORM_IDS];
      return c.json({
        period,
        region: { code: region.code, name: region.name, level: region.level },
        k,
        forms: forms.map((f) => {
          const ofForm = stored.filter((s) => s.form === f);
          const reported = new Set(ofForm.map((s) => s.groupId));
          return {
            form: f,
            // As DHIS2 reports completeness: expected, reported, and who has not reported.
            completeness: {
              expected: groups.length,
              reported: reported.size,
              missing: groups
                .filter((g) => !reported.has(g.id))
                .map((g) => ({ id: g.id, name: g.name })),
            },
            ...protectTables(sumTables(ofForm, region.code), k, villages),
          };
        }),
      });
    }

    const principal = c.var.principal;
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
    const stored = await listGroupSummaries(c.var.db, group.id, period, form);
    return c.json({
      period,
      group: { id: group.id, name: group.name },
      summaries: stored.map((s) => ({
        form: s.form,
        revision: s.revision,
        updated_at: s.updatedAt,
        tables: s.tables,
      })),
    });
  })
  .all("/:period", () => {
    throw methodNotAllowed("GET, HEAD, PUT");
  });
