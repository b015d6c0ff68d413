// Reads a request body as JSON whatever its Content-Type (Apps Script sends form-encoded by default).
import type { Context } from "hono";
import { ApiError } from "./errors.ts";

/** The parsed body; an empty or malformed body is a 400 `invalid_json`, never a 5xx. */
export async function readJson(c: Context): Promise<unknown> {
  const bytes = await c.req.arrayBuffer();
  try {
    // fatal: bytes that are not UTF-8 are rejected rather than silently replaced.
    return JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    // The parser's message quotes the body, which may hold personal data: not passed on.
    throw new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
}
