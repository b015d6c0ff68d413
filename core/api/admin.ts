// /v1/admin: the programme admin's requests and answers (groups, keys, audit, form floors).
import * as z from "zod";
import { FORM_IDS } from "../form-ids.ts";
import { MAX_GROUP_VILLAGES } from "./limits.ts";
import { FLOOR_LEVELS } from "./summaries.ts";

/** Lowercase slug: readable in roll-ups' lists of groups that have not reported. */
export const groupIdSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/,
    "A group id is 1-64 lowercase letters, digits and inner dashes.",
  );

// No control characters and no lone surrogates (which D1 would store as U+FFFD, not as sent).
const PRINTABLE_RE = /^[^\p{Cc}\p{Cs}]*$/u;

/** The request; villages are checked against the Kemendagri list by the worker, which holds it. */
export const createGroupRequestSchema = z.strictObject({
  id: groupIdSchema.optional(),
  name: z
    .string()
    .trim()
    .min(1, "A group needs a name.")
    .max(200, "A name has at most 200 characters.")
    .regex(PRINTABLE_RE, "A name has no control characters."),
  villages: z
    .array(z.string())
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

const keyInfoSchema = z.strictObject({
  id: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});

export const groupSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  villages: z.array(z.string()),
  created_at: z.string(),
  keys: z.array(keyInfoSchema),
});

export const createGroupResponseSchema = z.strictObject({ group: groupSchema });
export const listGroupsResponseSchema = z.strictObject({ groups: z.array(groupSchema) });

export const issuedKeySchema = z.strictObject({
  id: z.string(),
  group_id: z.string(),
  /** The key itself: the only time it is ever sent (only its hash is stored). */
  key: z.string(),
  created_at: z.string(),
});

export const revokedKeySchema = z.strictObject({
  id: z.string(),
  group_id: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullable(),
});

export const AUDIT_ACTIONS = [
  "group.create",
  "key.issue",
  "key.revoke",
  "summary.revise",
  "summary.unchanged",
  "rollup.exact",
  "form.floor",
] as const;

export const auditResponseSchema = z.strictObject({
  entries: z.array(
    z.strictObject({
      id: z.number().int(),
      at: z.string(),
      actor: z.union([
        z.strictObject({ kind: z.literal("admin") }),
        z.strictObject({
          kind: z.literal("group"),
          group_id: z.string().nullable(),
          key_id: z.string().nullable(),
        }),
      ]),
      action: z.enum(AUDIT_ACTIONS),
      group_id: z.string().nullable(),
      key_id: z.string().nullable(),
      form: z.string().nullable(),
      period: z.string().nullable(),
      revision: z.number().int().nullable(),
      /** The area of an exact roll-up read. */
      region: z.string().nullable(),
    }),
  ),
});

export const formFloorRequestSchema = z.strictObject({ floor: z.enum(FLOOR_LEVELS) });
/** A form and the lowest area level its counts are served at outside the group. */
export const formFloorSchema = z.strictObject({
  form: z.enum(FORM_IDS),
  floor: z.enum(FLOOR_LEVELS),
});
export const formFloorsResponseSchema = z.strictObject({ floors: z.array(formFloorSchema) });

export type CreateGroupRequest = z.infer<typeof createGroupRequestSchema>;
export type GroupJson = z.infer<typeof groupSchema>;
export type IssuedKey = z.infer<typeof issuedKeySchema>;
export type RevokedKey = z.infer<typeof revokedKeySchema>;
export type AuditResponse = z.infer<typeof auditResponseSchema>;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type FormFloor = z.infer<typeof formFloorSchema>;
export type FormFloorsResponse = z.infer<typeof formFloorsResponseSchema>;
