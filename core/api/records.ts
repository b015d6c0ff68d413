// POST /v1/records/check: the stateless record check's request and answer.
import * as z from "zod";
import { FORM_IDS } from "../form-ids.ts";
import { MAX_RECORDS_PER_CHECK } from "./limits.ts";

export const checkRequestSchema = z.strictObject({
  form: z.enum(FORM_IDS),
  records: z
    .array(
      z.strictObject({
        // Not required to be unique or non-empty: rows pasted into a sheet may share or lack an
        // id, and results come back in request order anyway.
        id: z.string().max(128),
        // An object, looked into by the form's own check (which names unknown keys): not copied
        // key by key here, which on Workers cost as much as the check itself.
        values: z.custom<Record<string, unknown>>(
          (v) => typeof v === "object" && v !== null && !Array.isArray(v),
          { error: "values must be an object of field values" },
        ),
      }),
    )
    .min(1, "Send at least one record.")
    .max(MAX_RECORDS_PER_CHECK, `Send at most ${MAX_RECORDS_PER_CHECK} records per request.`),
});

export const fieldIssueSchema = z.strictObject({
  field: z.string(),
  code: z.string(),
  message: z.string(),
});

export const checkResultSchema = z.strictObject({
  id: z.string(),
  ok: z.boolean(),
  errors: z.array(fieldIssueSchema),
  warnings: z.array(fieldIssueSchema),
});

export const checkResponseSchema = z.strictObject({ results: z.array(checkResultSchema) });

export type FieldIssue = z.infer<typeof fieldIssueSchema>;
export type CheckRequest = z.infer<typeof checkRequestSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type CheckResponse = z.infer<typeof checkResponseSchema>;
