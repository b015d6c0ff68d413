// Opening one phone entry in Apps Script: base64 in, the sealed text out, or null when it does not open.
import { openBase64Text } from "../../core/sealed-box/open.ts";

export function openFieldBox(
  boxB64: string,
  publicKeyB64: string,
  secretKeyB64: string,
): string | null {
  return openBase64Text(boxB64, publicKeyB64, secretKeyB64) ?? null;
}
