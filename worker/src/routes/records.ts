// POST /v1/records/check: the stateless record check — validates records, stores and logs nothing.
import { Hono } from "hono";
import * as z from "zod";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { hasFormSpec } from "../../../core/forms/index.ts";
import { t } from "../../../core/i18n.ts";
import { checkRecords } from "../../../core/record-check.ts";
import type { AppEnv } from "../app-env.ts";
import { requireGroup } from "../auth.ts";
import { ApiError, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { pickLang } from "../lang.ts";
import { todayInIndonesia } from "../today.ts";

export const MAX_RECORDS = 1000;

const checkRequestSchema = z.strictObject({
  form: z.enum(FORM_IDS),
  records: z
    .array(
      z.strictObject({
        // Not required to be unique or non-empty: rows pasted into a sheet may share or lack an
        // id, and results come back in request order anyway.
        id: z.string().max(128),
        values: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1, "Send at least one record.")
    .max(MAX_RECORDS, `Send at most ${MAX_RECORDS} records per request.`),
});

export const records = new Hono<AppEnv>()
  .post("/check", requireGroup, async (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("Accept-Language"));
    const body = parseInput(checkRequestSchema, await readJson(c));
    if (!hasFormSpec(body.form)) {
      const message = t(lang, "error.unknown_form");
      throw new ApiError(400, "unknown_form", message, [{ path: ["form"], message }]);
    }
    const results = checkRecords(body.form, body.records, {
      lang,
      today: todayInIndonesia(new Date()),
      villages: c.var.group.villages,
    });
    return c.json({ results });
  })
  .all("/check", () => {
    throw methodNotAllowed("POST");
  });
