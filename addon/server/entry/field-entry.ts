// Entry points of field entry (phones). Names ending in "_" are private in Apps Script: no sidebar may call them.
import { openFieldBox } from "../field-box.ts";

/** Used by the inbox import; exposed privately so the bundle test can open a phone's box in the bare runtime. */
export const openFieldBox_ = openFieldBox;
