// Opening one phone entry in Apps Script: base64 in, the sealed text out, or null when it does not open.
import { fromBase64 } from "../../core/sealed-box/base64.ts";
import { openText } from "../../core/sealed-box/open.ts";

export function openFieldBox(
  boxB64: string,
  publicKeyB64: string,
  secretKeyB64: string,
): string | null {
  const box = fromBase64(boxB64);
  const pk = fromBase64(publicKeyB64);
  const sk = fromBase64(secretKeyB64);
  if (!box || !pk || !sk) return null;
  return openText(box, pk, sk) ?? null;
}
