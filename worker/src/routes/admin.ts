// /v1/admin: the programme admin (ADMIN_TOKEN) creates groups, issues keys (shown once) and revokes them.
import { Hono } from "hono";
import * as z from "zod";
import {
  type AuditResponse,
  createGroupRequestSchema,
  type FormFloor,
  type FormFloorsResponse,
  formFloorRequestSchema,
  type GroupJson,
  type IssuedKey,
  type RevokedKey,
} from "../../../core/api/admin.ts";
import { FORM_IDS } from "../../../core/form-ids.ts";
import type { AppEnv } from "../app-env.ts";
import { requireAdmin } from "../auth.ts";
import { type AuditEntry, listAudit, listProgrammeAudit } from "../db/audit.ts";
import { readFloors, setFloor } from "../db/form-floors.ts";
import { issueGroupKey, revokeGroupKey } from "../db/group-keys.ts";
import { createGroup, type Group, getGroup, listGroupsWithKeys } from "../db/groups.ts";
import { ApiError, methodNotAllowed, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { hashKey } from "../key-hash.ts";
import { isKnownVillage } from "../regions.ts";

// The contract's request, plus what only the worker can check: every village is in the Kemendagri list.
const createGroupSchema = createGroupRequestSchema.safeExtend({
  villages: createGroupRequestSchema.shape.villages.check(
    z.superRefine((villages, ctx) => {
      villages.forEach((village, i) => {
        if (!isKnownVillage(village))
          ctx.addIssue({
            code: "custom",
            path: [i],
            message: "Not a village in the Kemendagri list (dotted code, e.g. 73.09.03.2004).",
          });
      });
    }),
  ),
});

const formParamSchema = z.enum(FORM_IDS);

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

function groupJson(group: Group, keys: GroupJson["keys"] = []): GroupJson {
  return {
    id: group.id,
    name: group.name,
    villages: group.villages,
    created_at: group.createdAt,
    keys,
  };
}

function auditJson(entries: AuditEntry[]): AuditResponse {
  return {
    entries: entries.map((e) => ({
      id: e.id,
      at: e.at,
      actor:
        e.actor === "admin"
          ? { kind: "admin" as const }
          : { kind: "group" as const, group_id: e.actorGroupId, key_id: e.actorKeyId },
      action: e.action,
      group_id: e.groupId,
      key_id: e.keyId,
      form: e.form,
      period: e.period,
      revision: e.revision,
      region: e.region,
    })),
  };
}

function notFound(what: string): ApiError {
  return new ApiError(404, "not_found", `No such ${what}.`);
}

export const admin = new Hono<AppEnv>()
  .get("/groups", requireAdmin, async (c) => {
    const groups = await listGroupsWithKeys(c.var.db);
    return c.json({
      groups: groups.map((g) =>
        groupJson(
          g,
          g.keys.map((k) => ({ id: k.id, created_at: k.createdAt, revoked_at: k.revokedAt })),
        ),
      ),
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
    return c.json({ group: groupJson(group) }, 201);
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
    const body: IssuedKey = {
      id: issued.id,
      group_id: issued.groupId,
      key,
      created_at: issued.createdAt,
    };
    return c.json(body, 201);
  })
  .get("/groups/:id/audit", requireAdmin, async (c) => {
    const id = c.req.param("id");
    if (!(await getGroup(c.var.db, id))) throw notFound("group");
    return c.json(auditJson(await listAudit(c.var.db, id)));
  })
  .get("/audit", requireAdmin, async (c) => c.json(auditJson(await listProgrammeAudit(c.var.db))))
  .get("/forms", requireAdmin, async (c) => {
    const floors = await readFloors(c.var.db);
    const body: FormFloorsResponse = {
      floors: FORM_IDS.map((form) => ({ form, floor: floors[form] })),
    };
    return c.json(body);
  })
  .put("/forms/:form", requireAdmin, async (c) => {
    const form = parseInput(formParamSchema, c.req.param("form"), ["form"]);
    const { floor } = parseInput(formFloorRequestSchema, await readJson(c));
    await setFloor(c.var.db, form, floor, new Date().toISOString());
    const body: FormFloor = { form, floor };
    return c.json(body);
  })
  .delete("/keys/:id", requireAdmin, async (c) => {
    const revoked = await revokeGroupKey(c.var.db, c.req.param("id"), new Date().toISOString());
    if (!revoked) throw notFound("key");
    const body: RevokedKey = {
      id: revoked.id,
      group_id: revoked.groupId,
      created_at: revoked.createdAt,
      revoked_at: revoked.revokedAt,
    };
    return c.json(body);
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
  })
  .all("/audit", () => {
    throw methodNotAllowed("GET, HEAD");
  })
  .all("/forms", () => {
    throw methodNotAllowed("GET, HEAD");
  })
  .all("/forms/:form", () => {
    throw methodNotAllowed("PUT");
  });
