// POST /v1/records/check: the stateless record check — validates the fields it receives, stores and logs nothing.
import { Hono } from "hono";
import { type CheckResponse, checkRequestSchema } from "../../../core/api/records.ts";
import { hasFormSpec } from "../../../core/forms/index.ts";
import { t } from "../../../core/i18n.ts";
import { checkRecords } from "../../../core/record-check.ts";
import type { AppEnv } from "../app-env.ts";
import { requireGroup } from "../auth.ts";
import { ApiError, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { pickLang } from "../lang.ts";
import { todayInIndonesia } from "../today.ts";

export const records = new Hono<AppEnv>()
  .post("/check", requireGroup, async (c) => {
    const lang = pickLang(c.req.query("lang"), c.req.header("Accept-Language"));
    const body = parseInput(checkRequestSchema, await readJson(c));
    if (!hasFormSpec(body.form)) {
      const message = t(lang, "error.unknown_form");
      throw new ApiError(400, "unknown_form", message, [{ path: ["form"], message }]);
    }
    const answer: CheckResponse = {
      results: checkRecords(body.form, body.records, {
        lang,
        today: todayInIndonesia(new Date()),
        villages: c.var.group.villages,
      }),
    };
    return c.json(answer);
  })
  .all("/check", () => {
    throw methodNotAllowed("POST");
  });
