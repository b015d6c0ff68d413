// Pengaturan → Anggota lapangan: enable field entry (the sidebar makes the key pair), add members
// (a join link carrying the worker address and the member's token), list and revoke them.

import * as z from "zod";
import { publicKeySchema } from "../../core/api/field.ts";
import { type QrPath, qrPath } from "../../core/field/qr-path.ts";
import { fromBase64 } from "../../core/sealed-box/base64.ts";
import { FIELD_MEMBERS, FIELD_PUBLIC_KEY, FIELD_SECRET_KEY } from "./field-import.ts";
import { loadSettings } from "./settings.ts";
import { call } from "./worker-client.ts";

export type { FieldResult } from "../shared/api/field-members-api.ts";

import type { FieldResult } from "../shared/api/field-members-api.ts";

const fieldKeyAnswer = z.object({ public_key: z.string(), updated_at: z.string() });
const issuedAnswer = z.object({
  id: z.string(),
  token: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
const memberAnswer = z.object({
  id: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});
const listAnswer = z.object({ members: z.array(memberAnswer) });

function names(): Record<string, string> {
  try {
    const parsed = JSON.parse(
      PropertiesService.getDocumentProperties().getProperty(FIELD_MEMBERS) ?? "{}",
    ) as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The phone app's address with the member's token and the group's public key in the fragment (never
 * sent in a request line). The phone seals to the key from the link, so whoever can change the key on
 * the worker still cannot make phones seal to another key.
 */
export function joinLink(serverUrl: string, token: string, publicKey: string): string {
  return `${serverUrl.replace(/\/+$/, "")}/lapangan/#t=${encodeURIComponent(token)}&k=${encodeURIComponent(publicKey)}`;
}

/**
 * Stores the key pair the sidebar made and gives the worker its public half. An existing pair is kept
 * unless `replace`: records sealed to the old key could no longer be opened.
 */
export function enableFieldEntry(
  publicKey: string,
  secretKey: string,
  replace = false,
): FieldResult<{ publicKey: string }> {
  const pk = fromBase64(publicKey);
  const sk = fromBase64(secretKey);
  if (
    !publicKeySchema.safeParse(publicKey).success ||
    !pk ||
    pk.length !== 32 ||
    !sk ||
    sk.length !== 32
  )
    return { ok: false, reason: "field.bad_key" };
  const props = PropertiesService.getDocumentProperties();
  const existing = props.getProperty(FIELD_PUBLIC_KEY);
  const keep = existing !== null && !replace;
  const active = keep ? existing : publicKey;
  const sent = call(loadSettings(), {
    method: "put",
    path: "/v1/field/key",
    body: { public_key: active },
    answer: fieldKeyAnswer,
  });
  if (!sent.ok) return { ok: false, reason: sent.reason };
  if (!keep) props.setProperties({ [FIELD_PUBLIC_KEY]: publicKey, [FIELD_SECRET_KEY]: secretKey });
  return { ok: true, publicKey: active };
}

/** What the Anggota lapangan page needs to render, without a network call. */
export function fieldEntryState(): { enabled: boolean; configured: boolean } {
  const settings = loadSettings();
  const enabled = PropertiesService.getDocumentProperties().getProperty(FIELD_PUBLIC_KEY) !== null;
  return {
    enabled,
    configured: settings.serverUrl !== "" && settings.groupKey !== "",
  };
}

/**
 * A new member: the token (shown once) in a join link, and the link as a QR path made here, so the
 * sidebar page does not carry a QR encoder.
 */
export function addFieldMember(
  name: string,
): FieldResult<{ id: string; name: string; link: string; qr: QrPath }> {
  const clean = String(name ?? "")
    .trim()
    .replace(/\s+/g, " ");
  if (!clean || clean.length > 80) return { ok: false, reason: "field.bad_name" };
  const settings = loadSettings();
  const publicKey = PropertiesService.getDocumentProperties().getProperty(FIELD_PUBLIC_KEY);
  if (!publicKey) return { ok: false, reason: "field.not_enabled" };
  const issued = call(settings, {
    method: "post",
    path: "/v1/field/members",
    body: {},
    answer: issuedAnswer,
  });
  if (!issued.ok) return { ok: false, reason: issued.reason };
  // The name stays in this spreadsheet: the worker knows the member only by id.
  const all = names();
  all[issued.data.id] = clean;
  PropertiesService.getDocumentProperties().setProperty(FIELD_MEMBERS, JSON.stringify(all));
  const link = joinLink(settings.serverUrl, issued.data.token, publicKey);
  return { ok: true, id: issued.data.id, name: clean, link, qr: qrPath(link) };
}

export function listFieldMembers(): FieldResult<{
  members: { id: string; name: string; createdAt: string; revoked: boolean }[];
}> {
  const list = call(loadSettings(), {
    method: "get",
    path: "/v1/field/members",
    answer: listAnswer,
  });
  if (!list.ok) return { ok: false, reason: list.reason };
  const all = names();
  return {
    ok: true,
    members: list.data.members.map((m) => ({
      id: m.id,
      name: all[m.id] ?? m.id,
      createdAt: m.created_at,
      revoked: m.revoked_at !== null,
    })),
  };
}

export function revokeFieldMember(id: string): FieldResult<{ id: string }> {
  if (!/^m_[A-Za-z0-9_-]{16}$/.test(String(id))) return { ok: false, reason: "field.bad_member" };
  const res = call(loadSettings(), {
    method: "delete",
    path: `/v1/field/members/${id}`,
    answer: memberAnswer,
  });
  return res.ok ? { ok: true, id } : { ok: false, reason: res.reason };
}
