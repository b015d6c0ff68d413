// The Hono environment shared by the app and its sub-apps: bindings plus what middleware puts on the context.
import type { Group } from "./db/groups.ts";

/** Who is calling: the programme admin (ADMIN_TOKEN) or a group through one of its keys. */
export type Principal =
  | { kind: "admin" }
  | { kind: "group"; group: Group; keyId: string }
  /** A field member's entry token: may only send sealed records and read their states. */
  | { kind: "member"; groupId: string; memberId: string };

/** The Authorization header as read: absent, not a Bearer token, or the token's SHA-256. */
export type Credential =
  | { kind: "none" }
  | { kind: "malformed" }
  | { kind: "bearer"; hash: string };

export interface AppEnv {
  // ADMIN_TOKEN is a secret (`wrangler secret put`, `.dev.vars`), so `wrangler types` cannot see it.
  Bindings: Env & { ADMIN_TOKEN?: string };
  Variables: {
    /** The D1 binding, guarded: failures and stalls become 503s (db/guard.ts). */
    db: D1Database;
    credential: Credential;
    /** Set by the auth middleware of a route. */
    principal: Principal | null;
    /** Set by `requireGroup`: the calling key's group. */
    group: Group;
  };
}
