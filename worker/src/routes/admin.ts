// /v1/admin: the programme admin (ADMIN_TOKEN) creates groups, issues keys (shown once) and revokes them.
import { Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../app-env.ts";
import { requireAdmin } from "../auth.ts";
import { listAudit } from "../db/audit.ts";
import { issueGroupKey, revokeGroupKey } from "../db/group-keys.ts";
import { createGroup, type Group, getGroup, listGroupsWithKeys } from "../db/groups.ts";
import { ApiError, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { hashKey } from "../key-hash.ts";
import { isKnownVillage } from "../regions.ts";

export const MAX_GROUP_VILLAGES = 1000;

/** Lowercase slug: readable in roll-ups' lists of groups that have not reported. */
export const groupIdSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    "A group id is 1-64 lowercase letters, digits and inner dashes.",
  );

// No control characters and no lone surrogates (which D1 would store as U+FFFD, not as sent).
const PRINTABLE_RE = /^[^\p{Cc}\p{Cs}]*$/u;

const createGroupSchema = z.strictObject({
  id: groupIdSchema.optional(),
  name: z
    .string()
    .trim()
    .min(1, "A group needs a name.")
    .max(200, "A name has at most 200 characters.")
    .regex(PRINTABLE_RE, "A name has no control characters."),
  villages: z
    .array(
      z
        .string()
        .refine(
          isKnownVillage,
          "Not a village in the Kemendagri list (dotted code, e.g. 73.09.03.2004).",
        ),
    )
    .min(1, "A group works in at least one village.")
    .max(MAX_GROUP_VILLAGES, `At most ${MAX_GROUP_VILLAGES} villages.`)
    .superRefine((villages, ctx) => {
      const seen = new Set<string>();
      villages.forEach((village, i) => {
        if (seen.has(village))
          ctx.addIssue({ code: "custom", path: [i], message: "Listed twice." });
        seen.add(village);
      });
    }),
});

function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A new group key: 256 random bits, base64url, with a prefix that says what it is. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `pilah_${base64.replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "")}`;
}

function groupJson(group: Group) {
  return {
    id: group.id,
    name: group.name,
    villages: group.villages,
    created_at: group.createdAt,
  };
}

function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `No such ${what}.`);
}

export const admin = new Hono<AppEnv>()
  .get("/groups", requireAdmin, async (c) => {
    const groups = await listGroupsWithKeys(c.var.db);
    return c.json({
      groups: groups.map((g) => ({
        ...groupJson(g),
        keys: g.keys.map((k) => ({ id: k.id, created_at: k.createdAt, revoked_at: k.revokedAt })),
      })),
    });
  })
  .post("/groups", requireAdmin, async (c) => {
    const body = parseInput(createGroupSchema, await readJson(c));
    const id = body.id ?? `g-${randomHex(8)}`;
    const group = await createGroup(
      c.var.db,
      { id, name: body.name, villages: body.villages },
      new Date().toISOString(),
    );
    if (!group) {
      throw new ApiError(409, "conflict", "A group with this id exists.", [
        { path: ["id"], message: "Taken." },
      ]);
    }
    return c.json({ group: { ...groupJson(group), keys: [] } }, 201);
  })
  .post("/groups/:id/keys", requireAdmin, async (c) => {
    const key = newKey();
    const issued = await issueGroupKey(
      c.var.db,
      { id: `k-${randomHex(12)}`, groupId: c.req.param("id"), keyHash: await hashKey(key) },
      new Date().toISOString(),
    );
    if (!issued) throw notFound("group");
    // The only time the key itself is ever sent: only its hash is stored.
    return c.json(
      { id: issued.id, group_id: issued.groupId, key, created_at: issued.createdAt },
      201,
    );
  })
  .get("/groups/:id/audit", requireAdmin, async (c) => {
    const id = c.req.param("id");
    if (!(await getGroup(c.var.db, id))) throw notFound("group");
    const entries = await listAudit(c.var.db, id);
    return c.json({
      entries: entries.map((e) => ({
        id: e.id,
        at: e.at,
        actor:
          e.actor === "admin"
            ? { kind: "admin" }
            : { kind: "group", group_id: e.actorGroupId, key_id: e.actorKeyId },
        action: e.action,
        group_id: e.groupId,
        key_id: e.keyId,
        form: e.form,
        period: e.period,
        revision: e.revision,
      })),
    });
  })
  .delete("/keys/:id", requireAdmin, async (c) => {
    const revoked = await revokeGroupKey(c.var.db, c.req.param("id"), new Date().toISOString());
    if (!revoked) throw notFound("key");
    return c.json({
      id: revoked.id,
      group_id: revoked.groupId,
      created_at: revoked.createdAt,
      revoked_at: revoked.revokedAt,
    });
  })
  .all("/groups", () => {
    throw methodNotAllowed("GET, HEAD, POST");
  })
  .all("/groups/:id/keys", () => {
    throw methodNotAllowed("POST");
  })
  .all("/groups/:id/audit", () => {
    throw methodNotAllowed("GET, HEAD");
  })
  .all("/keys/:id", () => {
    throw methodNotAllowed("DELETE");
  });
