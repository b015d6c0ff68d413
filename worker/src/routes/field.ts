// /v1/field: field entry from phones. The group sets its public key and manages member entry tokens;
// a member token sends sealed records and reads only its own records' states; the group pulls and acknowledges.
import { Hono } from "hono";
import * as z from "zod";
import {
  DEFAULT_INBOX_QUOTA_BYTES,
  type FieldKeyResponse,
  type FieldVillagesResponse,
  fieldKeyRequestSchema,
  INBOX_DAYS,
  type InboxPullResponse,
  type InboxStatusResponse,
  type IssuedMemberToken,
  inboxAckSchema,
  inboxPostSchema,
  inboxStatusRequestSchema,
  MAX_INBOX_ITEMS_PER_REQUEST,
  MAX_MEMBER_TOKENS,
  type MemberTokenJson,
} from "../../../core/api/field.ts";
import type { AppEnv } from "../app-env.ts";
import { requireGroup, requireGroupOrMember, requireMember } from "../auth.ts";
import {
  acknowledgeItems,
  dropExpired,
  getFieldKey,
  inboxBytes,
  insertMemberToken,
  listMemberTokens,
  type MemberToken,
  memberItemStates,
  pullInbox,
  putInboxItems,
  revokeMemberToken,
  setFieldKey,
} from "../db/field.ts";
import { getGroup } from "../db/groups.ts";
import { ApiError, parseInput } from "../errors.ts";
import { readJson } from "../json-body.ts";
import { hashKey } from "../key-hash.ts";

function positiveInt(text: string | undefined, fallback: number): number {
  return text !== undefined && /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : fallback;
}

/** Sealed bytes a group's inbox may hold (FIELD_INBOX_QUOTA_BYTES), default 4 MiB. */
function inboxQuota(env: unknown): number {
  return positiveInt(
    (env as { FIELD_INBOX_QUOTA_BYTES?: string }).FIELD_INBOX_QUOTA_BYTES,
    DEFAULT_INBOX_QUOTA_BYTES,
  );
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

const memberIdSchema = z.string().regex(/^m_[A-Za-z0-9_-]{16}$/);

function memberJson(m: MemberToken): MemberTokenJson {
  return { id: m.id, created_at: m.createdAt, revoked_at: m.revokedAt };
}

function groupOf(c: { var: AppEnv["Variables"] }): string {
  const p = c.var.principal;
  if (p?.kind === "group") return p.group.id;
  if (p?.kind === "member") return p.groupId;
  throw new Error("no group principal");
}

export const field = new Hono<AppEnv>()
  .put("/key", requireGroup, async (c) => {
    const body = parseInput(fieldKeyRequestSchema, await readJson(c));
    const at = new Date().toISOString();
    await setFieldKey(c.var.db, c.var.group.id, body.public_key, at);
    return c.json<FieldKeyResponse>({ public_key: body.public_key, updated_at: at });
  })
  .get("/key", requireGroupOrMember, async (c) => {
    const key = await getFieldKey(c.var.db, groupOf(c));
    if (!key) throw new ApiError(404, "not_found", "The group has not enabled field entry.");
    return c.json<FieldKeyResponse>({ public_key: key.publicKey, updated_at: key.updatedAt });
  })
  // A phone offers only its group's villages: codes only, never the group's name.
  .get("/villages", requireGroupOrMember, async (c) => {
    const group =
      c.var.principal?.kind === "group" ? c.var.group : await getGroup(c.var.db, groupOf(c));
    if (!group) throw new ApiError(404, "not_found", "No such group.");
    return c.json<FieldVillagesResponse>({ villages: group.villages });
  })
  .post("/members", requireGroup, async (c) => {
    const token = `pilahm_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
    const id = `m_${base64url(crypto.getRandomValues(new Uint8Array(12)))}`;
    const made = await insertMemberToken(
      c.var.db,
      { id, groupId: c.var.group.id, tokenHash: await hashKey(token) },
      new Date().toISOString(),
      MAX_MEMBER_TOKENS,
    );
    if (!made)
      throw new ApiError(
        409,
        "quota_exceeded",
        `A group may hold at most ${MAX_MEMBER_TOKENS} entry tokens.`,
      );
    return c.json<IssuedMemberToken>({ ...memberJson(made), token }, 201);
  })
  .get("/members", requireGroup, async (c) => {
    const list = await listMemberTokens(c.var.db, c.var.group.id);
    return c.json<{ members: MemberTokenJson[] }>({ members: list.map(memberJson) });
  })
  .delete("/members/:id", requireGroup, async (c) => {
    const id = parseInput(memberIdSchema, c.req.param("id"), ["id"]);
    const revoked = await revokeMemberToken(c.var.db, c.var.group.id, id, new Date().toISOString());
    if (!revoked) throw new ApiError(404, "not_found", "The group has no such entry token.");
    return c.json<MemberTokenJson>(memberJson(revoked));
  })
  .post("/inbox", requireMember, async (c) => {
    const body = parseInput(inboxPostSchema, await readJson(c));
    const p = c.var.principal;
    if (p?.kind !== "member") throw new Error("unreachable");
    const ids = new Set(body.items.map((i) => i.id));
    if (ids.size !== body.items.length)
      throw new ApiError(400, "invalid", "Each item needs its own id.", [
        { path: ["items"], message: "Duplicate ids." },
      ]);
    const now = new Date();
    await dropExpired(c.var.db, now.toISOString());
    const adding = body.items.reduce((n, i) => n + i.box.length, 0);
    if ((await inboxBytes(c.var.db, p.groupId)) + adding > inboxQuota(c.env))
      throw new ApiError(
        413,
        "quota_exceeded",
        "The group's inbox is full: the group must take the waiting records into the sheet first.",
      );
    const expires = new Date(now.getTime() + INBOX_DAYS * 86_400_000).toISOString();
    const states = await putInboxItems(
      c.var.db,
      p.groupId,
      p.memberId,
      body.items,
      now.toISOString(),
      expires,
    );
    const clash = states.indexOf("taken_by_other");
    if (clash >= 0)
      throw new ApiError(409, "conflict", "This record id is already used.", [
        { path: ["items", clash, "id"], message: "Make a new id for this record." },
      ]);
    return c.json<InboxStatusResponse>({
      items: body.items.map((i, k) => ({
        id: i.id,
        state: states[k] as InboxStatusResponse["items"][number]["state"],
      })),
    });
  })
  .post("/inbox/status", requireMember, async (c) => {
    const body = parseInput(inboxStatusRequestSchema, await readJson(c));
    const p = c.var.principal;
    if (p?.kind !== "member") throw new Error("unreachable");
    const states = await memberItemStates(c.var.db, p.groupId, p.memberId, body.ids);
    return c.json<InboxStatusResponse>({
      items: body.ids.map((id, k) => ({ id, state: states[k] ?? "unknown" })),
    });
  })
  .get("/inbox", requireGroup, async (c) => {
    await dropExpired(c.var.db, new Date().toISOString());
    const items = await pullInbox(c.var.db, c.var.group.id, MAX_INBOX_ITEMS_PER_REQUEST * 10 + 1);
    const more = items.length > MAX_INBOX_ITEMS_PER_REQUEST * 10;
    return c.json<InboxPullResponse>({
      items: items.slice(0, MAX_INBOX_ITEMS_PER_REQUEST * 10).map((i) => ({
        id: i.id,
        form: i.form,
        village: i.village,
        saved_at: i.saved_at,
        box: i.box,
        member_id: i.memberId,
        received_at: i.receivedAt,
      })),
      more,
    });
  })
  .post("/inbox/ack", requireGroup, async (c) => {
    const body = parseInput(inboxAckSchema, await readJson(c));
    await acknowledgeItems(c.var.db, c.var.group.id, body.items);
    return c.json({ acknowledged: body.items.length });
  });
