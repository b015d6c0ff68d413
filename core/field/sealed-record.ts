// What a phone seals for one record: the form, the record id and the typed values. The inbox's clear
// metadata (form, village, time) is only for the phone's list and quotas; the sealed copy decides.
import * as z from "zod/mini";
import { recordIdSchema } from "../api/field.ts";
import { FORM_IDS } from "../form-ids.ts";
import { openBase64Text } from "../sealed-box/open.ts";
import { personLookupSchema } from "./person-link.ts";

export const sealedRecordSchema = z.strictObject({
  v: z.literal(1),
  id: recordIdSchema,
  form: z.enum(FORM_IDS),
  saved_at: z.iso.datetime(),
  values: z.record(
    z.string().check(z.maxLength(64)),
    z.union([
      z.string().check(z.maxLength(4000)),
      z.number(),
      z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
      z.null(),
    ]),
  ),
  /** A case or service names its person this way; the sheet links it (the phone has no register). */
  person: z.optional(personLookupSchema),
});
export type SealedRecord = z.infer<typeof sealedRecordSchema>;

/** The record as its sealed JSON text (the phone seals this). */
export function sealedRecordText(record: SealedRecord): string {
  return JSON.stringify(record);
}

/**
 * Opens one inbox item's box with the group's key pair (base64) and reads the record inside;
 * undefined when the box does not open or holds something that is not a record.
 */
export function openSealedRecord(
  boxB64: string,
  publicKeyB64: string,
  secretKeyB64: string,
): SealedRecord | undefined {
  const text = openBase64Text(boxB64, publicKeyB64, secretKeyB64);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = sealedRecordSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
