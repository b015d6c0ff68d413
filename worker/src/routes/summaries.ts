// PUT/GET /v1/summaries/{period}: a group's count-only summaries, stored by content and revision.
import { Hono } from "hono";
import { z } from "zod";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { periodSchema } from "../../../core/period.ts";
import { canonicalSummary, summarySchema } from "../../../core/summary.ts";
import type { AppEnv } from "../app-env.ts";
import { requireGroup } from "../auth.ts";
import { listGroupSummaries, putSummary } from "../db/summaries.ts";
import { invalidInput, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { sha256Hex } from "../key-hash.ts";

const formQuerySchema = z.enum(FORM_IDS).optional();

export const summaries = new Hono<AppEnv>()
  .put("/:period", requireGroup, async (c) => {
    const period = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const summary = parseInput(summarySchema, await readJson(c));
    const content = canonicalSummary(summary);
    const result = await putSummary(c.env.DB, {
      groupId: c.var.group.id,
      form: summary.form,
      period,
      content,
      contentSha256: await sha256Hex(content),
      now: new Date().toISOString(),
    });
    return c.json(result);
  })
  .get("/:period", requireGroup, async (c) => {
    const period = parseInput(periodSchema, c.req.param("period"), ["period"]);
    const form = parseInput(formQuerySchema, c.req.query("form"), ["form"]);
    // Reserved for the regional roll-up with small-cell suppression (design.md, API contract v1).
    if (c.req.query("region") !== undefined) {
      throw invalidInput(
        [{ path: ["region"], message: "Regional roll-ups are not available yet." }],
        "Regional roll-ups are not available yet.",
      );
    }
    const group = c.var.group;
    const stored = await listGroupSummaries(c.env.DB, group.id, period, form);
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
