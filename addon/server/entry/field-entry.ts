// Entry points of field entry (phones). Names ending in "_" are private in Apps Script: no sidebar may call them.
import { openFieldBox } from "../field-box.ts";
import { importFieldEntries as importEntries, pullFieldEntries as pull } from "../field-import.ts";

/** Ambil isian dari HP: pulls, opens, checks and appends the phones' records, then acknowledges them. */
export const importFieldEntries = importEntries;

/** The menu item: the same, with a message to the user. */
export const pullFieldEntries = pull;

/** Exposed privately so the bundle test can open a phone's box in the bare runtime. */
export const openFieldBox_ = openFieldBox;

export {
  addFieldMember,
  enableFieldEntry,
  listFieldMembers,
  revokeFieldMember,
} from "../field-members.ts";
export { showFieldMembers } from "../ui.ts";
