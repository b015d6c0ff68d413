// The one error envelope: every failure answers {"error":{"code","message","issues"}} as JSON.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as z from "zod";
import { StorageError } from "./db/guard.ts";

export interface ErrorIssue {
  path: (string | number)[];
  message: string;
}

export interface ErrorBody {
  error: { code: string; message: string; issues: ErrorIssue[] };
}

/** An expected failure: thrown anywhere in a request, answered by `onError` as an envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues: ErrorIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function zodIssues(error: z.ZodError, prefix: (string | number)[] = []): ErrorIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [
      ...prefix,
      ...issue.path.map((part) => (typeof part === "number" ? part : String(part))),
    ];
    // One issue per unknown key, pointing at the key itself, so a client can tell which to drop.
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...path, key], message: "Unknown key." }));
    }
    return [{ path, message: issue.message }];
  });
}

export function invalidInput(
  issues: ErrorIssue[],
  message = "The request is not valid.",
): ApiError {
  return new ApiError(400, "invalid_input", message, issues);
}

/**
 * Validates `value` with `schema` (classic or zod/mini: the same core); failures become a 400 whose
 * issue paths start at `prefix`. Parsing through the classic API also keeps zod's English issue
 * texts loaded, which the envelope carries whatever API a contract's schemas are built with.
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  prefix: (string | number)[] = [],
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) throw invalidInput(zodIssues(result.error, prefix));
  return result.data;
}

export function methodNotAllowed(allow: string): ApiError {
  return new ApiError(405, "method_not_allowed", "This method is not allowed here.", [], {
    Allow: allow,
  });
}

export function errorResponse(c: Context, error: ApiError): Response {
  const body: ErrorBody = {
    error: { code: error.code, message: error.message, issues: error.issues },
  };
  return c.json(body, error.status, error.headers);
}

const CODE_BY_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  409: "conflict",
  413: "payload_too_large",
  429: "rate_limited",
  503: "storage_unavailable",
};

/** Seconds a client should wait after a 503 before trying again. */
const STORAGE_RETRY_AFTER_S = 5;

export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiError) return errorResponse(c, err);
  if (err instanceof HTTPException && err.status < 500) {
    const code = CODE_BY_STATUS[err.status] ?? "bad_request";
    return errorResponse(c, new ApiError(err.status, code, err.message || code));
  }
  if (err instanceof StorageError) {
    // The reason is a D1 error class or "timeout", never a message that could quote data.
    console.error(`${c.req.method} ${c.req.path} 503 ${err.reason}`);
    return errorResponse(
      c,
      new ApiError(
        503,
        "storage_unavailable",
        "The database is unavailable; try again shortly (sending the same data again is safe).",
        [],
        { "Retry-After": String(STORAGE_RETRY_AFTER_S) },
      ),
    );
  }
  // Only the method, path and error name: a message could quote the request's personal data.
  const name = err instanceof Error ? err.name : typeof err;
  console.error(`${c.req.method} ${c.req.path} 500 ${name}`);
  return errorResponse(c, new ApiError(500, "internal_error", "Internal error."));
};

export const notFound: NotFoundHandler = (c) =>
  errorResponse(c, new ApiError(404, "not_found", "No such resource."));
