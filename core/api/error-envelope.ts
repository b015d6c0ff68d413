// The one error shape of the API: {"error":{"code","message","issues":[{"path","message"}]}}.
import * as z from "zod";

export const errorIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(errorIssueSchema),
  }),
});

export type ErrorIssue = z.infer<typeof errorIssueSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/**
 * The codes a client may act on. Anything else is a generic failure to the add-on; the message
 * of the envelope says what happened in English for scripts and logs.
 */
export const ERROR_CODES = [
  "bad_request",
  "invalid_input",
  "invalid_json",
  "invalid_summary",
  "village_not_in_group",
  "period_out_of_range",
  "unknown_form",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "storage_quota_exceeded",
  "rate_limited",
  "daily_quota_exceeded",
  "storage_unavailable",
  "internal_error",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
