// The phone's side of a record: sealed as soon as it is saved, so the queued copy on the phone is
// ciphertext too; only form, village and time stay readable (for the queue list and the worker's quota).
import { type InboxItem, type InboxState, inboxItemSchema } from "../api/field.ts";
import type { MessageKey } from "../messages.ts";
import { fromBase64, toBase64 } from "../sealed-box/base64.ts";
import { seal } from "../sealed-box/seal.ts";
import { type SealedRecord, sealedRecordSchema, sealedRecordText } from "./sealed-record.ts";

/** A record sealed to the group's public key (base64), ready to queue and send. */
export function sealForQueue(
  record: SealedRecord,
  village: string,
  groupPublicKey: string,
): InboxItem {
  const checked = sealedRecordSchema.parse(record);
  const pk = fromBase64(groupPublicKey);
  if (pk?.length !== 32) throw new Error("not a group public key");
  return inboxItemSchema.parse({
    id: checked.id,
    form: checked.form,
    village,
    saved_at: checked.saved_at,
    box: toBase64(seal(sealedRecordText(checked), pk)),
  });
}

/** What the member reads for a record: still on the phone, or the worker's state of it. */
export type PhoneState = "saved" | InboxState;

export function phoneStateMessage(state: PhoneState): MessageKey {
  switch (state) {
    case "saved":
      return "field.status.saved";
    case "sent":
      return "field.status.sent";
    case "taken":
      return "field.status.taken";
    case "rejected":
      return "field.status.rejected";
    default:
      // Expired or unknown to the worker: the phone still holds it, so it can be sent again.
      return "field.status.unknown";
  }
}
