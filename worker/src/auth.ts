// Authentication: "Authorization: Bearer <key>" → the admin, a group key's group or a field member; 401 unknown, 403 wrong scope.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv, Credential, Principal } from "./app-env.ts";
import { findMemberByHash } from "./db/field.ts";
import { findKeyByHash } from "./db/group-keys.ts";
import { ApiError } from "./errors.ts";
import { constantTimeEqual, hashKey } from "./key-hash.ts";

// RFC 6750 token68 characters; bounded so a huge header is not hashed.
const BEARER_RE = /^Bearer +([A-Za-z0-9\-._~+/]{1,256}=*) *$/i;

/** Shorter admin tokens are refused outright: the admin token guards every group's keys. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

function unauthorized(message: string): ApiError {
  return new ApiError(401, "unauthorized", message, [], { "WWW-Authenticate": "Bearer" });
}

function forbidden(message: string): ApiError {
  return new ApiError(403, "forbidden", message);
}

/** Reads and hashes the Bearer token once per request, before rate limiting and auth use it. */
export const readCredential = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization");
  let credential: Credential = { kind: "none" };
  if (header !== undefined) {
    const match = BEARER_RE.exec(header);
    credential = match?.[1]
      ? { kind: "bearer", hash: await hashKey(match[1]) }
      : { kind: "malformed" };
  }
  c.set("credential", credential);
  c.set("principal", null);
  await next();
});

// The admin token's hash, computed once per isolate (per token value).
let adminHash: { token: string; hash: string } | undefined;

async function adminTokenHash(token: string | undefined): Promise<string | null> {
  if (!token || token.length < MIN_ADMIN_TOKEN_LENGTH || !BEARER_RE.test(`Bearer ${token}`)) {
    return null;
  }
  if (adminHash?.token !== token) adminHash = { token, hash: await hashKey(token) };
  return adminHash.hash;
}

/** The caller, null when no credential was sent; 401 for a malformed, unknown or revoked one. */
async function identify(c: Context<AppEnv>): Promise<Principal | null> {
  const credential = c.var.credential;
  if (credential.kind === "none") return null;
  if (credential.kind === "malformed") {
    throw unauthorized("The Authorization header must be: Bearer <key>.");
  }
  const admin = await adminTokenHash(c.env.ADMIN_TOKEN);
  if (admin !== null && constantTimeEqual(admin, credential.hash)) {
    const principal: Principal = { kind: "admin" };
    c.set("principal", principal);
    return principal;
  }
  const found = await findKeyByHash(c.var.db, credential.hash);
  if (!found) {
    const member = await findMemberByHash(c.var.db, credential.hash);
    if (member && constantTimeEqual(member.tokenHash, credential.hash)) {
      // A phone must be able to tell "revoked" from a typo, so a revoked member token says so.
      if (member.revokedAt !== null)
        throw new ApiError(401, "revoked", "This entry token was revoked by the group.", [], {
          "WWW-Authenticate": "Bearer",
        });
      const principal: Principal = {
        kind: "member",
        groupId: member.groupId,
        memberId: member.id,
      };
      c.set("principal", principal);
      return principal;
    }
  }
  // Unknown and revoked keys get the same answer: a caller learns nothing about which keys exist.
  if (!found || found.revokedAt !== null || !constantTimeEqual(found.keyHash, credential.hash)) {
    throw unauthorized("Unknown or revoked key.");
  }
  const principal: Principal = { kind: "group", group: found.group, keyId: found.keyId };
  c.set("principal", principal);
  c.set("group", found.group);
  return principal;
}

const MEMBER_ONLY =
  "An entry token may only send records, read their status and read the group's key and villages.";

/** Requires a live member entry token (field entry). */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await identify(c);
  if (!principal) throw unauthorized("An entry token is required (Authorization: Bearer <token>).");
  if (principal.kind !== "member") throw forbidden("This route is for a member's entry token.");
  await next();
});

/** Requires a live group key or member token (reading the group's public key and villages). */
export const requireGroupOrMember = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await identify(c);
  if (!principal) throw unauthorized("A key is required (Authorization: Bearer <key>).");
  if (principal.kind === "admin")
    throw forbidden("This route is for a group key or an entry token.");
  await next();
});

/** Requires a live group key and puts its group on `c.var.group`. */
export const requireGroup = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await identify(c);
  if (!principal) throw unauthorized("A group key is required (Authorization: Bearer <key>).");
  if (principal.kind === "member") throw forbidden(MEMBER_ONLY);
  if (principal.kind !== "group") throw forbidden("This route is for a group key, not the admin.");
  await next();
});

/** Requires the admin token (the ADMIN_TOKEN secret); a group key is 403. */
export const requireAdmin = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await identify(c);
  if (!principal)
    throw unauthorized("The admin token is required (Authorization: Bearer <token>).");
  if (principal.kind === "member") throw forbidden(MEMBER_ONLY);
  if (principal.kind !== "admin") throw forbidden("A group key cannot use the admin routes.");
  await next();
});

/** Requires a live group key or the admin token. */
export const requireAny = createMiddleware<AppEnv>(async (c, next) => {
  const principal = await identify(c);
  if (!principal) throw unauthorized("A key is required (Authorization: Bearer <key>).");
  if (principal.kind === "member") throw forbidden(MEMBER_ONLY);
  await next();
});

/** Lets a caller without credentials through, but a credential that is sent must be valid. */
export const optionalAuth = createMiddleware<AppEnv>(async (c, next) => {
  await identify(c);
  await next();
});
