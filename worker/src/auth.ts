// Group-key authentication: "Authorization: Bearer <key>" → the key's group, or a 401 envelope.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";
import { findKeyByHash } from "./db/group-keys.ts";
import { ApiError } from "./errors.ts";
import { constantTimeEqual, hashKey } from "./key-hash.ts";

// RFC 6750 token68 characters; bounded so a huge header is not hashed.
const BEARER_RE = /^Bearer +([A-Za-z0-9\-._~+/]{1,256}=*) *$/i;

function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, [], { "WWW-Authenticate": "Bearer" });
}

/** Requires a live group key and puts its group on `c.var.group`. */
export const requireGroup = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization");
  if (!header) throw unauthorized("A group key is required (Authorization: Bearer <key>).");
  const match = BEARER_RE.exec(header);
  if (!match?.[1]) throw unauthorized("The Authorization header must be: Bearer <key>.");
  const keyHash = await hashKey(match[1]);
  const found = await findKeyByHash(c.env.DB, keyHash);
  // Unknown and revoked keys get the same answer: a caller learns nothing about which keys exist.
  if (!found || found.revokedAt !== null || !constantTimeEqual(found.keyHash, keyHash)) {
    throw unauthorized("Unknown or revoked group key.");
  }
  c.set("group", found.group);
  await next();
});
