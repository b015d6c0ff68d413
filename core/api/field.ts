// The field-entry contract (phones → worker → sheet): group public key, member tokens, the sealed inbox.
// zod/mini, not the classic API: the phone app runs these schemas and must stay small (same checks, same issues).
import * as z from "zod/mini";
import { FORM_IDS } from "../form-ids.ts";
import { MAX_GROUP_VILLAGES } from "./limits.ts";

/** Sealed items per POST /v1/field/inbox and per pull. */
export const MAX_INBOX_ITEMS_PER_REQUEST = 20;
/** Base64 characters of one sealed record (a record is a few hundred bytes; room for long notes). */
export const MAX_BOX_CHARS = 8192;
/** Bytes of one POST /v1/field/inbox body: a full batch of the largest boxes, with room for the JSON around them. */
export const MAX_INBOX_BODY_BYTES = MAX_INBOX_ITEMS_PER_REQUEST * (MAX_BOX_CHARS + 512);
/** Days an item (its ciphertext, then its state) is kept. */
export const INBOX_DAYS = 30;
/** Sealed bytes a group's inbox may hold until the sheet takes them (FIELD_INBOX_QUOTA_BYTES). */
export const DEFAULT_INBOX_QUOTA_BYTES = 4 * 1024 * 1024;
/** Member tokens (live and revoked) one group may hold. */
export const MAX_MEMBER_TOKENS = 200;

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An X25519 public key: base64 of 32 bytes. */
export const publicKeySchema = z
  .string()
  .check(z.length(44), z.regex(/^[A-Za-z0-9+/]{43}=$/, "Base64 of 32 bytes."));

/** A Kemendagri village code, dotted (73.09.03.2004). */
export const villageCodeSchema = z
  .string()
  .check(z.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "A dotted village code."));

export const fieldKeyRequestSchema = z.strictObject({ public_key: publicKeySchema });
export interface FieldKeyResponse {
  public_key: string;
  updated_at: string;
}

/**
 * GET /v1/field/villages: the codes of the group's villages (no names: the phone has the list), so a
 * phone offers only those. The phone trusts nothing else.
 */
export const fieldVillagesResponseSchema = z.object({
  villages: z.array(villageCodeSchema).check(z.maxLength(MAX_GROUP_VILLAGES)),
});
export type FieldVillagesResponse = z.infer<typeof fieldVillagesResponseSchema>;

/** A record id made on the phone (random, no meaning). */
export const recordIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, "8-64 of A-Z a-z 0-9 _ -."));

export const inboxItemSchema = z.strictObject({
  id: recordIdSchema,
  form: z.enum(FORM_IDS),
  village: villageCodeSchema,
  saved_at: z.iso.datetime(),
  box: z
    .string()
    .check(z.minLength(64), z.maxLength(MAX_BOX_CHARS), z.regex(base64, "Base64 of a sealed box.")),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxPostSchema = z.strictObject({
  items: z.array(inboxItemSchema).check(z.minLength(1), z.maxLength(MAX_INBOX_ITEMS_PER_REQUEST)),
});

/** What a phone may learn of its own sends; "unknown" also for ids that are not its own. */
export const INBOX_STATES = ["sent", "taken", "rejected", "expired", "unknown"] as const;
export type InboxState = (typeof INBOX_STATES)[number];
export interface InboxStatusResponse {
  items: { id: string; state: InboxState }[];
}

export const inboxStatusRequestSchema = z.strictObject({
  ids: z.array(recordIdSchema).check(z.minLength(1), z.maxLength(200)),
});

export interface InboxPullResponse {
  items: (InboxItem & { member_id: string; received_at: string })[];
  /** More sealed items wait after these. */
  more: boolean;
}

export const inboxAckSchema = z.strictObject({
  items: z
    .array(z.strictObject({ id: recordIdSchema, state: z.enum(["taken", "rejected"]) }))
    .check(z.minLength(1), z.maxLength(200)),
});

export interface MemberTokenJson {
  id: string;
  created_at: string;
  revoked_at: string | null;
}
export interface IssuedMemberToken extends MemberTokenJson {
  /** Shown once: the worker keeps only its hash. */
  token: string;
}

/** GET /v1/field/inbox as the add-on trusts it: anything else is a failure. */
export const inboxPullResponseSchema = z.object({
  items: z.array(
    z.object({
      id: recordIdSchema,
      form: z.enum(FORM_IDS),
      village: z.string(),
      saved_at: z.string(),
      box: z.string().check(z.maxLength(MAX_BOX_CHARS)),
      member_id: z.string().check(z.maxLength(64)),
      received_at: z.string(),
    }),
  ),
  more: z.boolean(),
});

export const inboxAckResponseSchema = z.object({ acknowledged: z.number() });
